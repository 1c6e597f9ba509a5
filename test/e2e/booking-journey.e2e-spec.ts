import { addDays, shanghaiToday } from '@kepu/schedule';
import { book, bookableEvent, bookingBody, idNumberFor, visitorAccounts } from '../support/booking';
import { codeFor, newMobile } from '../support/codes';
import { v1 } from '../support/matrix';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

/**
 * What the booking form knows before its last step: the days an account already holds a booking,
 * and the contact phone it gave last, proven once and remembered (docs/booking-rules.md, "Defaults
 * an offering starts from" and "Who may book, and contact phones").
 */
describe('the booking form’s own facts', () => {
  let t: TestApp;
  let operator: SignedIn, city: SignedIn;

  const daysOf = (who: SignedIn, query: string) =>
    t
      .http()
      .get(v1(`/bookings/mine/days?${query}`))
      .set(bearer(who));
  const phoneOf = async (who: SignedIn) =>
    (await t.http().get(v1('/bookings/mine/contact-phone')).set(bearer(who)).expect(200)).body as {
      phone: string | null;
      proven: boolean;
    };

  beforeAll(async () => {
    t = await startTestApp();
    [operator, city] = await Promise.all(['operator', 'city-admin'].map((who) => signIn(t, `${who}@demo.kepu`)));
  });
  afterAll(() => t.close());

  it('lists the days an account holds a booking at a venue, by offering, until it is cancelled', async () => {
    const event = await bookableEvent(t, operator, city);
    const [family, neighbour] = await visitorAccounts(t, 2);
    const booked = await book(t, family, bookingBody(event.slotIds[0])).expect(201);

    const held = await daysOf(family, `resourceId=${event.resourceId}`).expect(200);
    expect(held.body).toEqual([
      { visitDate: event.date, offeringId: event.offeringId, bookingId: booked.body.id, status: 'confirmed' },
    ]);
    // The same offering that day is refused, as the list said it would be.
    const again = await book(
      t,
      family,
      bookingBody(event.slotIds[0], { visitors: [{ name: '李四', idNumber: idNumberFor(41), category: 'adult' }] }),
    ).expect(409);
    expect(again.body.code).toBe('ALREADY_BOOKED');
    // Another account, and days outside the range asked, hold nothing.
    expect((await daysOf(neighbour, `resourceId=${event.resourceId}`).expect(200)).body).toEqual([]);
    const tomorrow = addDays(shanghaiToday(), 1);
    expect(
      (await daysOf(family, `resourceId=${event.resourceId}&from=${tomorrow}&to=${tomorrow}`).expect(200)).body,
    ).toEqual([]);

    await t
      .http()
      .post(v1(`/bookings/${booked.body.id}/cancel`))
      .set(bearer(family))
      .send({})
      .expect(200);
    expect((await daysOf(family, `resourceId=${event.resourceId}`).expect(200)).body).toEqual([]);
  });

  it('refuses a range too long or backwards with a message in both languages at its field', async () => {
    const [family] = await visitorAccounts(t, 1);
    const { resourceId } = await bookableEvent(t, operator, city);
    const today = shanghaiToday();
    const tooLong = await daysOf(family, `resourceId=${resourceId}&from=${today}&to=${addDays(today, 62)}`).expect(400);
    expect(tooLong.body).toMatchObject({
      code: 'INVALID_DATE_RANGE',
      details: [{ field: 'to', messages: [{ 'zh-CN': expect.stringContaining('62'), en: expect.any(String) }] }],
    });
    const missing = await daysOf(family, 'from=2026-01-01').expect(400);
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    await t
      .http()
      .get(v1(`/bookings/mine/days?resourceId=${resourceId}`))
      .expect(401);
  });

  it('refuses a child without a document at an offering for adults, at the child’s category, in words', async () => {
    const { slotIds } = await bookableEvent(t, operator, city, { minAge: 18 });
    const [family] = await visitorAccounts(t, 1);
    const party = [
      { name: '张三', category: 'adult', idNumber: idNumberFor(51) },
      { name: '张小宝', category: 'child' },
    ];
    const refused = await book(t, family, bookingBody(slotIds[0], { visitors: party })).expect(400);
    expect(refused.body).toMatchObject({
      code: 'AGE_NOT_ALLOWED',
      details: [
        {
          field: 'visitors.1.category',
          messages: [{ 'zh-CN': '此项目限 18 岁及以上，这个类别的参观人不能预约', en: expect.stringContaining('18') }],
        },
      ],
    });
  });

  it('books with the last booking’s phone when none is given, and one proven by a code needs no code again', async () => {
    const events = await Promise.all([1, 2, 3, 4].map(() => bookableEvent(t, operator, city)));
    const [family] = await visitorAccounts(t, 1);
    expect(await phoneOf(family)).toEqual({ phone: null, proven: false });
    const withoutPhone = (slotId: string) => ({ ...bookingBody(slotId), contactPhone: undefined });
    expect((await book(t, family, withoutPhone(events[0].slotIds[0])).expect(400)).body.code).toBe(
      'CONTACT_PHONE_REQUIRED',
    );

    const phone = newMobile();
    const code = await codeFor(t, phone);
    await book(t, family, bookingBody(events[0].slotIds[0], { contactPhone: phone, contactPhoneCode: code })).expect(
      201,
    );
    expect(await phoneOf(family)).toEqual({ phone: masked(phone), proven: true });
    // Named again, or not named at all: the same number, still proven, no code asked.
    const again = await book(t, family, bookingBody(events[1].slotIds[0], { contactPhone: phone })).expect(201);
    expect(again.body).toMatchObject({ contactPhone: masked(phone), contactPhoneVerified: true });
    const remembered = await book(t, family, withoutPhone(events[2].slotIds[0])).expect(201);
    expect(remembered.body).toMatchObject({ contactPhone: masked(phone), contactPhoneVerified: true });

    // A number never proven is remembered as such, and proven by nothing but its own code.
    const other = newMobile();
    const typed = await book(t, family, bookingBody(events[3].slotIds[0], { contactPhone: other })).expect(201);
    expect(typed.body).toMatchObject({ contactPhoneVerified: false });
    expect(await phoneOf(family)).toEqual({ phone: masked(other), proven: false });
  });
});
