import { OutboxRunner } from '@kepu/core';
import { addDays, shanghaiToday } from '@kepu/schedule';
import { DataSource } from 'typeorm';
import { book, bookableEvent, bookingBody, IDS, visitorAccounts } from '../support/booking';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The operator's booking desk (docs/booking-rules.md, "The booking desk"): the venue's bookings by
 * day and slot, and one person's found by code, name, phone digits or document.
 */
describe('the booking desk', () => {
  let t: TestApp;
  let operator: SignedIn, operator2: SignedIn, city: SignedIn;
  let resourceId: string;
  const codes: Record<string, string> = {};

  const desk = (who: SignedIn, query: string, status = 200) =>
    t
      .http()
      .get(`/api/v1/resources/${resourceId}/bookings?${query}`)
      .set(bearer(who))
      .expect(status)
      .then((res) => res.body);

  beforeAll(async () => {
    t = await startTestApp();
    [operator, operator2, city] = await Promise.all(
      ['operator', 'operator2', 'city-admin'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
    const event = await bookableEvent(t, operator, city, { realName: true, startTimes: ['10:00', '14:00'] });
    resourceId = event.resourceId;
    const [zhang, doe, li] = await visitorAccounts(t, 3);
    const bookings = [
      [zhang, event.slotIds[1], { visitors: [{ name: '张三', idNumber: IDS.parent, category: 'adult' }] }],
      [
        doe,
        event.slotIds[0],
        {
          visitors: [
            {
              name: 'Jane Doe',
              category: 'adult',
              documentType: 'passport',
              documentNumber: 'C01X00T47',
              documentCountry: 'GBR',
            },
          ],
          contactPhone: '13912345678',
        },
      ],
      [li, event.slotIds[0], { visitors: [{ name: '李四', idNumber: IDS.senior, category: 'senior' }] }],
    ] as const;
    for (const [who, slotId, body] of bookings) {
      const res = await book(t, who, bookingBody(slotId, body)).expect(201);
      codes[res.body.visitors[0].name] = res.body.code;
    }
  });
  afterAll(() => t.close());

  it('lists the week ahead by slot, earliest first, with personal numbers masked', async () => {
    const page = await desk(operator, '');
    expect(page.total).toBe(3);
    expect(page.items.map((b: { visitors: { name: string }[] }) => b.visitors[0].name)).toEqual([
      'Jane Doe',
      '李四',
      '张三',
    ]);
    expect(page.items[0]).toMatchObject({ contactPhone: '139****5678', visitors: [{ idNumber: 'C0*****47' }] });
    const later = await desk(operator, `from=${addDays(shanghaiToday(), 3)}`);
    expect(later.total).toBe(0);
    expect((await desk(operator, 'pageSize=1&page=3')).items[0].code).toBe(codes['张三']);
  });

  it.each([
    [
      'a code, typed in lower case with a hyphen',
      () => `${codes['李四'].slice(0, 5)}-${codes['李四'].slice(5)}`.toLowerCase(),
      '李四',
    ],
    ['part of a name', () => '张', '张三'],
    ['the last four digits of the phone', () => '5678', 'Jane Doe'],
    ['a whole phone number', () => '139 1234 5678', 'Jane Doe'],
    ['a passport number', () => 'c01x00t47', 'Jane Doe'],
    ['an ID number', () => IDS.senior.toLowerCase(), '李四'],
  ])('finds one booking by %s', async (_what, q, name) => {
    const page = await desk(operator, `q=${encodeURIComponent(q())}`);
    expect(page.items.map((b: { visitors: { name: string }[] }) => b.visitors[0].name)).toEqual([name]);
  });

  it('finds nothing by a few digits of a number, or by the middle of a document', async () => {
    expect((await desk(operator, 'q=567')).total).toBe(0);
    expect((await desk(operator, 'q=X00T')).total).toBe(0);
  });

  it('cancels for a visitor who phones, with a reason the visitor is told and the audit keeps', async () => {
    const [{ id }] = (await desk(operator, `q=${codes['李四']}`)).items;
    const cancelled = await t
      .http()
      .post(`/api/v1/bookings/${id}/cancel`)
      .set(bearer(operator))
      .send({ reason: '应游客来电要求取消' })
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledBy: 'venue' });
    await t.app.get(OutboxRunner).drain();
    const [account] = await t.app
      .get(DataSource)
      .query(`SELECT a.email FROM bookings b JOIN accounts a ON a.id = b.account_id WHERE b.id = $1`, [id]);
    const mail = (await t.http().get(`/dev/mailbox?to=${account.email}`).expect(200)).body as { text: string }[];
    expect(mail.map((m) => m.text).join('\n')).toContain('场馆工作人员取消了您的预约，原因：应游客来电要求取消。');
    const [audit] = await t.app
      .get(DataSource)
      .query(`SELECT details FROM audit_log WHERE action = 'booking.cancelled_by_venue' AND subject_id = $1`, [id]);
    expect(audit.details.reason).toBe('应游客来电要求取消');
    // Still listed, now cancelled.
    expect((await desk(operator, `q=${codes['李四']}`)).items[0].status).toBe('cancelled');
  });

  it("is its operators' alone, and refuses a range longer than a month", async () => {
    await desk(operator2, '', 404);
    await t.http().get(`/api/v1/resources/${resourceId}/bookings`).expect(401);
    const today = shanghaiToday();
    const refused = await desk(operator, `from=${today}&to=${addDays(today, 31)}`, 400);
    expect(refused.code).toBe('INVALID_DATE_RANGE');
    // Administrators keep the register, not a venue's visitors.
    await desk(city, '', 403);
  });
});
