import { CounterCheckJob, WaitlistSweepJob } from '@kepu/booking';
import { idNumberCheckCharacter, OutboxRunner, PersonalDataCipher } from '@kepu/core';
import { addDays, shanghaiInstant, shanghaiToday } from '@kepu/schedule';
import { StatsRollupJob } from '@kepu/stats';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  book,
  bookableEvent,
  bookingBody,
  IDS,
  idNumberFor,
  moveSlot,
  openForCheckIn,
  visitorAccounts,
} from '../support/booking';
import { newMobile } from '../support/codes';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

const withCheck = (first17: string) => first17 + idNumberCheckCharacter(first17);

/**
 * Booking for people without an account, the counter quota and walk-ins (docs/booking-rules.md,
 * "The booking desk", "The counter quota", "Walk-ins").
 */
describe('booking at the counter and on the phone', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, operator2: SignedIn, city: SignedIn;

  const deskBook = (who: SignedIn, body: object, key = randomUUID()) =>
    t.http().post('/api/v1/bookings').set(bearer(who)).set('Idempotency-Key', key).send(body);
  const walkIns = (who: SignedIn, slotId: string, count: number) =>
    t.http().post(`/api/v1/slots/${slotId}/walk-ins`).set(bearer(who)).send({ count });
  const availability = async (offeringId: string, date: string) =>
    (await t.http().get(`/api/v1/offerings/${offeringId}/availability?from=${date}&to=${date}`).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [operator, operator2, city] = await Promise.all(
      ['operator', 'operator2', 'city-admin'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
  });
  afterAll(() => t.close());

  describe('a booking made by the venue', () => {
    let event: Awaited<ReturnType<typeof bookableEvent>>;
    beforeAll(async () => {
      event = await bookableEvent(t, operator, city, { realName: true, maxPartySize: 3 });
    });

    it.each([
      ['a mainland ID card', { idNumber: idNumberFor(11, '19800101') }],
      ['a Hong Kong and Macao permit', { documentType: 'hk_macao_permit', documentNumber: 'H12345678' }],
      ['a Taiwan permit', { documentType: 'taiwan_permit', documentNumber: '12345678' }],
      ['a residence permit', { documentType: 'residence_permit', documentNumber: withCheck('81000019900101001') }],
      ['a permanent resident card', { documentType: 'foreign_permanent_resident', documentNumber: 'GBR110085061201' }],
      ['a passport', { documentType: 'passport', documentNumber: 'E12345678', documentCountry: 'FRA' }],
    ])(
      'books someone without an account at the counter with %s, and texts the number given',
      async (_kind, document) => {
        const phone = newMobile();
        const res = await deskBook(
          operator,
          bookingBody(event.slotIds[0], {
            channel: 'counter',
            contactPhone: phone,
            visitors: [{ name: '王女士', category: 'adult', ...document }],
          }),
        ).expect(201);
        expect(res.body).toMatchObject({ status: 'confirmed', channel: 'counter', contactPhoneVerified: true });
        const [row] = await db.query(`SELECT account_id, booked_by FROM bookings WHERE id = $1`, [res.body.id]);
        expect(row).toEqual({ account_id: null, booked_by: operator.user.id });
        await t.app.get(OutboxRunner).drain('notification');
        const texts = (await t.http().get(`/dev/mailbox?to=${phone}`).expect(200)).body as { kind: string }[];
        expect(texts.map((m) => m.kind)).toEqual(['booking.confirmed']);
        // The operator reads it back (a printable confirmation), and it is audited as theirs.
        const read = await t.http().get(`/api/v1/bookings/${res.body.id}`).set(bearer(operator)).expect(200);
        expect(read.body.code).toBe(res.body.code);
        const [audit] = await db.query(
          `SELECT actor_account_id AS "actorId", details FROM audit_log WHERE action = 'booking.booked_at_desk' AND subject_id = $1`,
          [res.body.id],
        );
        expect(audit).toMatchObject({ actorId: operator.user.id, details: { channel: 'counter' } });
      },
    );

    it('books a caller by phone without any number to text, and tells nobody', async () => {
      const before = await db.query(`SELECT count(*)::int AS n FROM outbox WHERE topic = 'booking.confirmed'`);
      const res = await deskBook(operator, {
        slotId: event.slotIds[0],
        channel: 'phone',
        visitors: [{ name: '赵爷爷', category: 'senior', idNumber: IDS.senior }],
      }).expect(201);
      expect(res.body).toMatchObject({ channel: 'phone', contactPhone: null, contactPhoneVerified: false });
      const after = await db.query(`SELECT count(*)::int AS n FROM outbox WHERE topic = 'booking.confirmed'`);
      expect(after[0].n).toBe(before[0].n);
    });

    it('keeps the one-booking-per-document-a-day rule across channels', async () => {
      const [visitor] = await visitorAccounts(t, 1);
      await book(
        t,
        visitor,
        bookingBody(event.slotIds[0], { visitors: [{ name: '张三', idNumber: IDS.parent, category: 'adult' }] }),
      ).expect(201);
      const refused = await deskBook(
        operator,
        bookingBody(event.slotIds[0], {
          channel: 'counter',
          visitors: [{ name: '张三', idNumber: IDS.parent, category: 'adult' }],
        }),
      ).expect(409);
      expect(refused.body.code).toBe('ID_ALREADY_BOOKED');
    });

    it("is the venue's own: another venue's operator, an administrator and a visitor are refused", async () => {
      const [visitor] = await visitorAccounts(t, 1);
      const count = async () =>
        (await db.query(`SELECT count(*)::int AS n FROM bookings WHERE slot_id = $1`, [event.slotIds[0]]))[0].n;
      const before = await count();
      const body = bookingBody(event.slotIds[0], {
        channel: 'phone',
        visitors: [{ name: '钱', idNumber: idNumberFor(7, '19860101'), category: 'adult' }],
      });
      expect((await deskBook(operator2, body).expect(404)).body.code).toBe('NOT_FOUND');
      expect((await deskBook(city, body).expect(403)).body.code).toBe('FORBIDDEN');
      expect((await deskBook(visitor, body).expect(404)).body.code).toBe('NOT_FOUND');
      expect(await count()).toBe(before);
    });
  });

  describe('the counter quota', () => {
    it('holds back a share from online booking until the release, then lets the waitlist have it', async () => {
      const event = await bookableEvent(t, operator, city, {
        capacity: 10,
        counterShare: 20,
        counterReleaseHours: 24,
        maxPartySize: 5,
      });
      const [slotId] = event.slotIds;
      const [before] = await availability(event.offeringId, event.date);
      expect(before).toMatchObject({ capacity: 10, remaining: 8, heldForDesk: 2 });
      expect(before.deskReleaseAt).toMatch(/T10:00:00\+08:00$/);
      const visitors = await visitorAccounts(t, 3);
      const party = (size: number) =>
        Array.from({ length: size }, (_v, i) => ({ name: `访客${i}`, category: 'adult' }));
      for (const visitor of visitors.slice(0, 2)) {
        await book(t, visitor, bookingBody(slotId, { visitors: party(4) })).expect(201);
      }
      // Online is full at 8; the two held places are the desk's.
      const refused = await book(t, visitors[2], bookingBody(slotId, { visitors: party(1) })).expect(409);
      expect(refused.body.code).toBe('SLOT_FULL');
      const waiting = await book(t, visitors[2], bookingBody(slotId, { visitors: party(1), waitlist: true })).expect(
        201,
      );
      expect(waiting.body.status).toBe('waitlisted');
      expect(await availability(event.offeringId, event.date)).toMatchObject([
        { remaining: 0, heldForDesk: 2, status: 'full' },
      ]);
      await deskBook(operator, bookingBody(slotId, { visitors: party(1), channel: 'counter' })).expect(201);
      // Released: the slot now starts within 24 hours, and the sweep promotes the family waiting.
      await moveSlot(t, slotId, 12 * 60);
      await t.app.get(WaitlistSweepJob).run();
      const promoted = await t.http().get(`/api/v1/bookings/${waiting.body.id}`).set(bearer(visitors[2])).expect(200);
      expect(promoted.body.status).toBe('confirmed');
      expect(await t.app.get(CounterCheckJob).drift()).toEqual([]);
    });

    it('is checked when the offering is saved', async () => {
      const res = await bookableEvent(t, operator, city).then((e) =>
        t.http().patch(`/api/v1/offerings/${e.offeringId}`).set(bearer(operator)).send({ counterShare: 80 }),
      );
      expect(res.status).toBe(400);
    });
  });

  describe('walk-ins', () => {
    it('take places on the day, can be corrected, and show in the statistics beside the channels', async () => {
      const event = await bookableEvent(t, operator, city, { capacity: 6 });
      const [slotId] = event.slotIds;
      expect((await walkIns(operator, slotId, 2).expect(409)).body.code).toBe('WALK_INS_NOT_TODAY');
      const [visitor] = await visitorAccounts(t, 1);
      await book(t, visitor, bookingBody(slotId, { visitors: [{ name: '张三', category: 'adult' }] })).expect(201);
      await deskBook(operator, { slotId, channel: 'phone', visitors: [{ name: '李四', category: 'adult' }] }).expect(
        201,
      );
      await openForCheckIn(t, slotId);
      const tally = await walkIns(operator, slotId, 3).expect(200);
      expect(tally.body).toEqual({ slotId, walkIns: 3, capacity: 6, booked: 5, remaining: 1 });
      const over = await walkIns(operator, slotId, 2).expect(409);
      expect(over.body).toMatchObject({ code: 'WALK_INS_OVER_CAPACITY', details: { remaining: 1 } });
      expect((await walkIns(operator, slotId, -4).expect(409)).body.code).toBe('WALK_INS_BELOW_ZERO');
      expect((await walkIns(operator, slotId, -1).expect(200)).body).toMatchObject({ walkIns: 2, booked: 4 });
      expect((await walkIns(operator2, slotId, 1).expect(404)).body.code).toBe('NOT_FOUND');
      expect((await walkIns(operator, slotId, 0).expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect(await t.app.get(CounterCheckJob).drift()).toEqual([]);
      const arrivals = await t.http().get(`/api/v1/slots/${slotId}/arrivals`).set(bearer(operator)).expect(200);
      expect(arrivals.body).toMatchObject({ booked: 4, totals: { expected: 2, walkIns: 2 } });

      await t.app.get(StatsRollupJob).refresh();
      const overview = await t
        .http()
        .get(`/api/v1/stats/overview?resourceId=${event.resourceId}`)
        .set(bearer(operator))
        .expect(200);
      expect(overview.body.service).toMatchObject({
        peopleBooked: 2,
        bookedByChannel: { online: 1, counter: 0, phone: 1 },
        walkIns: 2,
        peopleServed: 2,
      });
    });
  });
  describe('no-show bans', () => {
    it('refuse at the desk a person whose document is banned, as online', async () => {
      // A ban as the no-show job leaves it (booking.e2e-spec.ts tests the job): the account and the documents it booked for.
      const [account] = await visitorAccounts(t, 1);
      await db.query(`INSERT INTO booking_bans (account_id, ends_at, no_shows, id_hashes) VALUES ($1, $2, 3, $3)`, [
        account.user.id,
        shanghaiInstant(addDays(shanghaiToday(), 30), 0),
        [t.app.get(PersonalDataCipher).hash(IDS.parent)],
      ]);
      const event = await bookableEvent(t, operator, city, { realName: true });
      const refused = await deskBook(operator, {
        slotId: event.slotIds[0],
        channel: 'counter',
        visitors: [{ name: '张三', idNumber: IDS.parent, category: 'adult' }],
      }).expect(403);
      expect(refused.body).toMatchObject({ code: 'VISITOR_BANNED', details: { until: addDays(shanghaiToday(), 30) } });
    });
  });
});
