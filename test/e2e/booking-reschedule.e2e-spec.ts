import { CounterCheckJob } from '@kepu/booking';
import { OutboxRunner } from '@kepu/core';
import { addDays, shanghaiToday } from '@kepu/schedule';
import { StatsRollupJob } from '@kepu/stats';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  book,
  bookableEvent,
  bookingBody,
  idNumberFor,
  moveSlot,
  openForCheckIn,
  visitorAccounts,
} from '../support/booking';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/** Change of time (改期, docs/booking-rules.md, "Changing the time"). */
describe('changing the time of a booking', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, operator2: SignedIn, city: SignedIn;
  const day2 = addDays(shanghaiToday(), 2);
  const day3 = addDays(shanghaiToday(), 3);

  const reschedule = (who: SignedIn, id: string, slotId: string, key = randomUUID()) =>
    t.http().post(`/api/v1/bookings/${id}/reschedule`).set(bearer(who)).set('Idempotency-Key', key).send({ slotId });
  const counters = async (slotIds: string[]) =>
    (
      await db.query(`SELECT booked FROM slots WHERE id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], id)`, [
        slotIds,
      ])
    ).map((r: { booked: number }) => r.booked);
  const row = async (id: string) =>
    (
      await db.query(
        `SELECT slot_id AS "slotId", to_char(visit_date, 'YYYY-MM-DD') AS "visitDate", status,
                reschedule_count AS "rescheduleCount", code
           FROM bookings WHERE id = $1`,
        [id],
      )
    )[0];
  const party = (n: number) => Array.from({ length: n }, (_v, i) => ({ name: `游客${i}`, category: 'adult' }));
  /** An event with 10:00 and 14:00 on the day after tomorrow and the day after: [A, B, C, D]. */
  const event = (offering: Record<string, unknown> = {}) =>
    bookableEvent(t, operator, city, { dates: [day2, day3], startTimes: ['10:00', '14:00'], ...offering });

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [operator, operator2, city] = await Promise.all(
      ['operator', 'operator2', 'city-admin'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
  });
  afterAll(() => t.close());

  it('moves the party’s places exactly, keeps the booking, tells the visitor and counts it once', async () => {
    const { slotIds, resourceId } = await event({ capacity: 5, realName: true });
    const [a, , c, d] = slotIds;
    const [family] = await visitorAccounts(t, 1);
    const visitors = [
      { name: '李四', idNumber: idNumberFor(1), category: 'adult' },
      { name: '李小四', category: 'child' },
    ];
    const made = (await book(t, family, bookingBody(a, { visitors })).expect(201)).body;
    expect(made).toMatchObject({ reschedulesLeft: 2, reschedulableUntil: expect.stringMatching(/T09:30:00\+08:00$/) });

    const key = randomUUID();
    const res = await reschedule(family, made.id, c, key).expect(200);
    expect(res.body).toMatchObject({
      id: made.id,
      code: made.code,
      status: 'confirmed',
      slotId: c,
      visitDate: day3,
      partySize: 2,
      visitors: made.visitors,
      reschedulesLeft: 1,
      reschedulableUntil: `${day3}T09:30:00+08:00`,
    });
    expect(res.body.start).toBe(`${day3}T10:00:00+08:00`);
    expect(await counters([a, c])).toEqual([0, 2]);
    expect(
      await db.query(
        `SELECT DISTINCT to_char(visit_date, 'YYYY-MM-DD') AS day FROM booking_visitors WHERE booking_id = $1`,
        [made.id],
      ),
    ).toEqual([{ day: day3 }]);

    // A retry after a lost answer gets that answer: nothing moves or counts twice.
    const replay = await reschedule(family, made.id, c, key).expect(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body.reschedulesLeft).toBe(1);
    expect(await counters([a, c])).toEqual([0, 2]);

    // The second and last change; the third is refused in words, before anything moves.
    const last = await reschedule(family, made.id, d).expect(200);
    expect(last.body).toMatchObject({ slotId: d, reschedulesLeft: 0, reschedulableUntil: null });
    const third = await reschedule(family, made.id, a).expect(409);
    expect(third.body).toMatchObject({ code: 'RESCHEDULE_LIMIT_REACHED', details: { limit: 2 } });
    expect(third.body.message).toContain('最多改期 2 次');
    expect(await counters([a, c, d])).toEqual([0, 0, 2]);
    expect(await t.app.get(CounterCheckJob).drift()).toEqual([]);

    // Statistics see one booking, on its new day, and no cancellation.
    await t.app.get(StatsRollupJob).refresh(day2, day3);
    const stats = await db.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, bookings, people_booked AS "peopleBooked",
              cancelled_bookings AS cancelled
         FROM stats_daily WHERE resource_id = $1 ORDER BY day`,
      [resourceId],
    );
    expect(stats).toEqual([
      { day: day2, bookings: 0, peopleBooked: 0, cancelled: 0 },
      { day: day3, bookings: 1, peopleBooked: 2, cancelled: 0 },
    ]);

    const audit = await db.query(
      `SELECT actor_account_id AS "actorId", details FROM audit_log WHERE action = 'booking.rescheduled' AND subject_id = $1
        ORDER BY id`,
      [made.id],
    );
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      actorId: family.user.id,
      details: { fromSlotId: a, toSlotId: c, partySize: 2, resourceId, reschedules: 1 },
    });

    await t.app.get(OutboxRunner).drain();
    const told: { subject: string; text: string }[] = await db.query(
      `SELECT subject, text FROM notification_deliveries
        WHERE account_id = $1 AND kind = 'booking.rescheduled' AND channel = 'mailbox' ORDER BY created_at`,
      [family.user.id],
    );
    expect(told).toHaveLength(2);
    expect(told[0].subject).toMatch(/^改期成功：.*，预约码 /);
    expect(told[0].text).toContain('预约码不变');
    expect(told[0].text).toContain('Your booking has moved from');
    expect(told[0].text).toContain(made.code);
  });

  it('refuses a full slot in words and leaves the booking as it was', async () => {
    const { slotIds } = await event({ capacity: 2 });
    const [a, b] = slotIds;
    const [family, other] = await visitorAccounts(t, 2);
    const made = (await book(t, family, bookingBody(a, { visitors: party(2) })).expect(201)).body;
    await book(t, other, bookingBody(b, { visitors: party(1) })).expect(201);

    const refused = await reschedule(family, made.id, b).set('Accept-Language', 'zh-CN').expect(409);
    expect(refused.body).toMatchObject({ code: 'SLOT_FULL', message: '该场次已约满' });
    expect(await row(made.id)).toMatchObject({ slotId: a, visitDate: day2, status: 'confirmed', rescheduleCount: 0 });
    expect(await counters([a, b])).toEqual([2, 1]);
    const view = (await t.http().get(`/api/v1/bookings/${made.id}`).set(bearer(family)).expect(200)).body;
    expect(view.reschedulesLeft).toBe(2);

    // Neither the slot it holds nor another offering's is a change of time.
    expect((await reschedule(family, made.id, a).expect(400)).body.code).toBe('RESCHEDULE_SAME_SLOT');
    const elsewhere = await event();
    const wrong = await reschedule(family, made.id, elsewhere.slotIds[0]).expect(400);
    expect(wrong.body.code).toBe('SLOT_NOT_IN_OFFERING');
    expect(wrong.body.details[0]).toMatchObject({ field: 'slotId', messages: [{ 'zh-CN': expect.any(String) }] });
    expect(await t.app.get(CounterCheckJob).drift()).toEqual([]);
  });

  it('leaves the places held for the counter, as booking online does; the desk moves its own booking into them', async () => {
    // Half of each slot's 4 places are the desk's until a day before (docs/booking-rules.md, "The counter quota").
    const { slotIds } = await event({ capacity: 4, counterShare: 50 });
    const [a, b] = slotIds;
    const [family, other] = await visitorAccounts(t, 2);
    const made = (await book(t, family, bookingBody(a, { visitors: party(2) })).expect(201)).body;
    await book(t, other, bookingBody(b, { visitors: party(2) })).expect(201);
    expect((await reschedule(family, made.id, b).expect(409)).body.code).toBe('SLOT_FULL');

    const desk = (
      await t
        .http()
        .post('/api/v1/bookings')
        .set(bearer(operator))
        .set('Idempotency-Key', randomUUID())
        .send({ ...bookingBody(a, { visitors: party(2) }), channel: 'phone' })
        .expect(201)
    ).body;
    await reschedule(operator, desk.id, b).expect(200);
    expect(await counters([a, b])).toEqual([2, 4]);
    expect(await t.app.get(CounterCheckJob).drift()).toEqual([]);
  });

  it('lets only one of two bookings moving at once into the last place have it', async () => {
    const { slotIds } = await event({ capacity: 2 });
    const [a, b] = slotIds;
    const [first, second, third] = await visitorAccounts(t, 3);
    const ids = [
      (await book(t, first, bookingBody(a, { visitors: party(1) })).expect(201)).body.id,
      (await book(t, second, bookingBody(a, { visitors: party(1) })).expect(201)).body.id,
    ];
    await book(t, third, bookingBody(b, { visitors: party(1) })).expect(201);

    const answers = await Promise.all([reschedule(first, ids[0], b), reschedule(second, ids[1], b)]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.status === 409)?.body.code).toBe('SLOT_FULL');
    expect(await counters([a, b])).toEqual([1, 2]);
    const rows = await Promise.all(ids.map(row));
    expect(rows.map((r) => r.slotId).sort()).toEqual([a, b].sort());
    expect(await t.app.get(CounterCheckJob).drift()).toEqual([]);
  });

  it('gives the freed places to the old slot’s waitlist, as a cancellation does', async () => {
    const { slotIds } = await event({ capacity: 2 });
    const [a, b] = slotIds;
    const [family, waiting] = await visitorAccounts(t, 2);
    const made = (await book(t, family, bookingBody(a, { visitors: party(2) })).expect(201)).body;
    const queued = (await book(t, waiting, bookingBody(a, { visitors: party(2), waitlist: true })).expect(201)).body;
    expect(queued.status).toBe('waitlisted');

    await reschedule(family, made.id, b).expect(200);
    expect(await row(queued.id)).toMatchObject({ status: 'confirmed', slotId: a });
    expect(await counters([a, b])).toEqual([2, 2]);
    expect(await t.app.get(CounterCheckJob).drift()).toEqual([]);
    await t.app.get(OutboxRunner).drain();
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM notification_deliveries WHERE account_id = $1 AND kind = 'booking.promoted'`,
      [waiting.user.id],
    );
    expect(n).toBeGreaterThan(0);

    // A waitlisted party holds no place to keep: it cancels and books again instead.
    const [late] = await visitorAccounts(t, 1);
    const queuedAgain = (await book(t, late, bookingBody(a, { visitors: party(1), waitlist: true })).expect(201)).body;
    const refused = await reschedule(late, queuedAgain.id, slotIds[2]).expect(409);
    expect(refused.body.code).toBe('BOOKING_NOT_RESCHEDULABLE');
    expect(queuedAgain.reschedulableUntil).toBeNull();
  });

  it('holds the new day to the booking rules: ages on that day, one booking per document a day, bans', async () => {
    // The child turns 6 on the later day: welcome then, not the day before.
    const [year, month, day] = day3.split('-');
    const child = { name: '王小宝', idNumber: idNumberFor(7, `${Number(year) - 6}${month}${day}`), category: 'child' };
    const { slotIds } = await event({ realName: true, minAge: 6 });
    const [a, , c] = slotIds;
    const [family, other] = await visitorAccounts(t, 2);
    const adult = { name: '王五', idNumber: idNumberFor(8), category: 'adult' };
    const made = (await book(t, family, bookingBody(c, { visitors: [adult, child] })).expect(201)).body;

    const young = await reschedule(family, made.id, a).expect(400);
    expect(young.body.code).toBe('AGE_NOT_ALLOWED');
    expect(young.body.details).toEqual([
      expect.objectContaining({
        field: 'visitors.1',
        messages: [expect.objectContaining({ 'zh-CN': expect.stringContaining('5 岁') })],
      }),
    ]);
    expect(await row(made.id)).toMatchObject({ slotId: c, rescheduleCount: 0 });

    // The adult is booked on the earlier day by someone else: the refusal names the person.
    await db.query(`UPDATE offerings SET min_age = NULL WHERE id = (SELECT offering_id FROM slots WHERE id = $1)`, [a]);
    await book(t, other, bookingBody(slotIds[1], { visitors: [adult] })).expect(201);
    const taken = await reschedule(family, made.id, a).expect(409);
    expect(taken.body.code).toBe('ID_ALREADY_BOOKED');
    expect(taken.body.details).toEqual([expect.objectContaining({ field: 'visitors.0' })]);
    expect(await counters([a, c])).toEqual([0, 2]);

    // Nor does a change of time get round a no-show ban.
    await db.query(
      `INSERT INTO booking_bans (account_id, ends_at, no_shows) VALUES ($1, now() + interval '30 days', 3)`,
      [family.user.id],
    );
    expect((await reschedule(family, made.id, slotIds[3]).expect(403)).body.code).toBe('BOOKING_BANNED');
  });

  it('stops at check-in and at the cutoff, and is the family’s own (the venue moves only its desk bookings)', async () => {
    const { slotIds } = await event({ capacity: 10 });
    const [a, b] = slotIds;
    const [family, stranger] = await visitorAccounts(t, 2);
    const made = (await book(t, family, bookingBody(a, { visitors: party(1) })).expect(201)).body;

    // Someone else's booking does not exist for them; the venue sees a family's but does not move it.
    expect((await reschedule(stranger, made.id, b).expect(404)).body.code).toBe('NOT_FOUND');
    expect((await reschedule(operator2, made.id, b).expect(404)).body.code).toBe('NOT_FOUND');
    expect((await reschedule(operator, made.id, b).expect(403)).body.code).toBe('FORBIDDEN');

    // A booking taken at the counter is the venue's to move.
    const desk = (
      await t
        .http()
        .post('/api/v1/bookings')
        .set(bearer(operator))
        .set('Idempotency-Key', randomUUID())
        .send({ ...bookingBody(a, { visitors: party(2) }), channel: 'counter' })
        .expect(201)
    ).body;
    expect((await reschedule(operator, desk.id, b).expect(200)).body).toMatchObject({ slotId: b, channel: 'counter' });
    expect(await counters([a, b])).toEqual([1, 2]);

    // Too late: booking closes 30 minutes before the start, and so do changes.
    await moveSlot(t, a, 20);
    const late = await reschedule(family, made.id, b).expect(409);
    expect(late.body.code).toBe('RESCHEDULE_CLOSED');
    expect(late.body.details.deadline).toMatch(/\+08:00$/);

    // Checked in: the visit is under way.
    await openForCheckIn(t, a);
    await t.http().post('/api/v1/check-ins').set(bearer(operator)).send({ code: made.code }).expect(200);
    expect((await reschedule(family, made.id, b).expect(409)).body.code).toBe('BOOKING_NOT_RESCHEDULABLE');
    expect(await t.app.get(CounterCheckJob).drift()).toEqual([]);
  });
});
