import { addDays, shanghaiToday } from '@kepu/schedule';
import { DataSource } from 'typeorm';
import {
  book,
  bookableEvent,
  bookingBody,
  IDS,
  idNumberFor,
  moveSlot,
  pinClockToMidday,
  visitorAccounts,
} from '../support/booking';
import { groupRequestBody, requestGroupVisit } from '../support/groups';
import { createOffering } from '../support/schedule';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The operator's day at a glance (工作台) and the gate's answers: today's figures against the
 * bookings, arrivals and walk-ins behind them, for the venue's own operators alone; and at the
 * gate, when a code opens, when it was checked in, a mistyped code said as such, the party on
 * success, and a booking found by a phone or document number.
 */
describe('the operator’s day and the gate', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, operator2: SignedIn, city: SignedIn, futian: SignedIn, family: SignedIn, school: SignedIn;
  let resourceId: string;
  /** The first slot is open at the gate (it starts in 10 minutes), the second opens in 90 minutes. */
  let slotIds: string[];
  const codes: Record<string, string> = {};
  const v1 = (path: string) => `/api/v1${path}`;
  const DEVICE = 'dev-gate-east-0001';

  const day = (who: SignedIn, query = '', status = 200) =>
    t
      .http()
      .get(v1(`/console/operator/today${query}`))
      .set(bearer(who))
      .expect(status)
      .then((res) => res.body);
  const checkIn = (body: Record<string, unknown>, who = operator) =>
    t.http().post(v1('/check-ins')).set(bearer(who)).send(body);
  const lookup = (q: string, who = operator, status = 200) =>
    t
      .http()
      .get(v1(`/resources/${resourceId}/check-in-lookup?q=${encodeURIComponent(q)}`))
      .set(bearer(who))
      .expect(status)
      .then((res) => res.body);

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    pinClockToMidday();
    [operator, operator2, city, futian, family, school] = await Promise.all(
      ['operator', 'operator2', 'city-admin', 'futian-admin', 'family', 'school'].map((who) =>
        signIn(t, `${who}@demo.kepu`),
      ),
    );
    const event = await bookableEvent(t, operator, city, {
      title: '星空课堂',
      realName: true,
      startTimes: ['10:00', '14:00'],
      capacity: 20,
    });
    ({ resourceId, slotIds } = event);
    const visitors = await visitorAccounts(t, 4);
    const parties: [string, string, Record<string, unknown>][] = [
      [
        'family',
        slotIds[0],
        {
          visitors: [
            { name: '张三', idNumber: IDS.parent, category: 'adult' },
            { name: '张小明', idNumber: IDS.child, category: 'child' },
          ],
          contactPhone: '13912345678',
        },
      ],
      ['senior', slotIds[0], { visitors: [{ name: '李四', idNumber: IDS.senior, category: 'senior' }] }],
      ['waiting', slotIds[0], { visitors: [{ name: '王五', idNumber: idNumberFor(1), category: 'adult' }] }],
      ['later', slotIds[1], { visitors: [{ name: '赵六', idNumber: idNumberFor(2), category: 'adult' }] }],
    ];
    for (const [i, [key, slotId, body]] of parties.entries()) {
      const res = await book(t, visitors[i], bookingBody(slotId, body));
      if (res.status !== 201) throw new Error(`booking failed: ${JSON.stringify(res.body)}`);
      codes[key] = res.body.code;
    }
    await moveSlot(t, slotIds[0], 10);
    await moveSlot(t, slotIds[1], 120);
  });
  afterAll(async () => {
    jest.useRealTimers();
    await t.close();
  });

  describe('the gate', () => {
    it('says when a slot’s check-in opens', async () => {
      const early = await checkIn({ code: codes.later }).expect(409);
      const opensAt = new Date(Date.now() + 90 * 60_000);
      expect(early.body).toMatchObject({ code: 'CHECK_IN_NOT_OPEN', details: { opensAt: expect.any(String) } });
      expect(Math.abs(new Date(early.body.details.opensAt).getTime() - opensAt.getTime())).toBeLessThan(60_000);
      expect(early.body.details.opensAt).toMatch(/\+08:00$/);
    });

    it('says a mistyped code is not a booking code, as it says of another venue’s', async () => {
      const unknown = await checkIn({ code: 'ZZZZZZZZZZ' }).set('Accept-Language', 'zh-CN').expect(404);
      expect(unknown.body).toMatchObject({
        code: 'BOOKING_CODE_UNKNOWN',
        message: '没有找到这个预约码，请核对后重试',
        messages: { en: 'No booking has this code: check it and try again' },
      });
      const elsewhere = await checkIn({ code: codes.family }, operator2).expect(404);
      expect(elsewhere.body.code).toBe('BOOKING_CODE_UNKNOWN');
      expect((await checkIn({ code: codes.family }, family).expect(404)).body.code).toBe('BOOKING_CODE_UNKNOWN');
    });

    it('admits a party showing its names masked, its categories and its size', async () => {
      const res = await checkIn({ code: codes.family, deviceId: DEVICE }).expect(200);
      expect(res.body).toMatchObject({
        status: 'checked_in',
        partySize: 2,
        names: ['张*', '张**'],
        categories: { adult: 1, child: 1, senior: 0 },
      });
      const senior = await checkIn({ code: codes.senior }).expect(200);
      expect(senior.body).toMatchObject({ names: ['李*'], categories: { adult: 0, child: 0, senior: 1 } });
    });

    it('says when a code was checked in, and whether on this device', async () => {
      const again = (deviceId?: string) =>
        checkIn({ code: codes.family, ...(deviceId && { deviceId }) })
          .expect(409)
          .then((res) => res.body);
      const here = await again(DEVICE);
      expect(here).toMatchObject({ code: 'ALREADY_CHECKED_IN', details: { onThisDevice: true } });
      expect(Math.abs(new Date(here.details.checkedInAt).getTime() - Date.now())).toBeLessThan(60_000);
      expect((await again('dev-gate-west-0002')).details.onThisDevice).toBe(false);
      expect((await again()).details.onThisDevice).toBeNull();
      // A check-in without a device names none: whichever device asks, nobody can say.
      expect(
        (await checkIn({ code: codes.senior, deviceId: DEVICE }).expect(409)).body.details.onThisDevice,
      ).toBeNull();
    });

    it('finds today’s booking by a phone’s last digits or a whole document number, masked', async () => {
      const byPhone = await lookup('5678');
      expect(byPhone).toEqual({
        more: false,
        items: [
          {
            code: codes.family,
            status: 'checked_in',
            kind: 'individual',
            offeringTitle: '星空课堂',
            start: expect.stringMatching(/\+08:00$/),
            end: expect.stringMatching(/\+08:00$/),
            partySize: 2,
            names: ['张*', '张**'],
            categories: { adult: 1, child: 1, senior: 0 },
            contactPhone: '139****5678',
            checkedInAt: expect.any(String),
          },
        ],
      });
      expect((await lookup(IDS.senior)).items.map((b: { code: string }) => b.code)).toEqual([codes.senior]);
      // The phone the other parties gave: every one of the day's, earliest slot first.
      expect((await lookup('13800138000')).items.map((b: { code: string }) => b.code)).toEqual([
        codes.senior,
        codes.waiting,
        codes.later,
      ]);
      expect((await lookup('0000')).items).toEqual([]);
      expect(JSON.stringify(await lookup('5678'))).not.toContain('张三');
    });

    it('keeps the lookup to the venue’s operators and to numbers', async () => {
      await lookup('5678', operator2, 404);
      await lookup('5678', futian, 403);
      const short = await t
        .http()
        .get(v1(`/resources/${resourceId}/check-in-lookup?q=56`))
        .set(bearer(operator))
        .expect(400);
      expect(short.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('the day at a glance', () => {
    beforeAll(async () => {
      // Two walked in to the open slot.
      await t
        .http()
        .post(v1(`/slots/${slotIds[0]}/walk-ins`))
        .set(bearer(operator))
        .send({ count: 2 })
        .expect(200);
      // A school's request waits for an answer; another has lapsed (the expiry job has not run yet).
      const lessons = await createOffering(t, operator, resourceId, {
        title: '馆校课程',
        kind: 'event',
        slotMinutes: 60,
        capacity: 10,
        groupCapacity: 100,
        dates: [addDays(shanghaiToday(), 5)],
        startTimes: ['09:30'],
      });
      const [{ id: lessonSlot }] = await db.query(`SELECT id FROM slots WHERE offering_id = $1`, [lessons.id]);
      for (const className of ['四年级（1）班', '四年级（2）班']) {
        await requestGroupVisit(t, school, groupRequestBody(lessons.id as string, [lessonSlot], { className })).expect(
          201,
        );
      }
      // The process's clock, which is pinned, not the database's.
      await db.query(`UPDATE group_visits SET expires_at = $3 WHERE resource_id = $1 AND class_name = $2`, [
        resourceId,
        '四年级（1）班',
        new Date(Date.now() - 60_000),
      ]);
      // A public holiday three days ahead, on which the venue opens (its hours open on holidays).
      const holiday = addDays(shanghaiToday(), 3);
      await db.query(
        `INSERT INTO holiday_calendar_days (date, year, kind, name) VALUES ($1, $2, 'holiday', '测试节')
         ON CONFLICT (date) DO UPDATE SET kind = 'holiday', name = '测试节'`,
        [holiday, Number(holiday.slice(0, 4))],
      );
    });

    it('counts today’s slots in people: booked, arrived, waiting, walk-ins and places left', async () => {
      const body = await day(operator, `?resourceId=${resourceId}`);
      expect(body).toMatchObject({ date: shanghaiToday(), generatedAt: expect.stringMatching(/\+08:00$/) });
      expect(body.venues).toHaveLength(1);
      const [venue] = body.venues;
      expect(venue.slots).toEqual([
        {
          slotId: slotIds[0],
          offeringTitle: '星空课堂',
          start: expect.any(String),
          end: expect.any(String),
          checkInOpensAt: expect.any(String),
          capacity: 20,
          booked: 6,
          groupCapacity: 0,
          groupBooked: 0,
          expected: 4,
          arrived: 3,
          waiting: 1,
          noShow: 0,
          walkIns: 2,
          remaining: 14,
        },
        expect.objectContaining({ slotId: slotIds[1], booked: 1, expected: 1, arrived: 0, waiting: 1, remaining: 19 }),
      ]);
      expect(new Date(venue.slots[0].start).getTime() - new Date(venue.slots[0].checkInOpensAt).getTime()).toBe(
        30 * 60_000,
      );
      expect(venue.totals).toEqual({ slots: 2, expected: 5, arrived: 3, waiting: 2, walkIns: 2, remaining: 33 });
      expect(venue.groupRequests).toBe(1);
    });

    it('shows today’s hours and the holidays ahead, as the venue’s hours say', async () => {
      const hours = (
        await t
          .http()
          .get(v1(`/resources/${resourceId}/opening-hours`))
          .expect(200)
      ).body;
      const [venue] = (await day(operator, `?resourceId=${resourceId}`)).venues;
      const holiday = addDays(shanghaiToday(), 3);
      expect(venue.hours).toEqual({
        set: true,
        today: hours.today.ranges,
        holidays: expect.arrayContaining([{ name: '测试节', from: holiday, to: holiday, openDays: 1, days: 1 }]),
      });
    });

    it('tells the edit under review, returned, and the yearly re-confirmation due', async () => {
      const standing = async () => (await day(operator, `?resourceId=${resourceId}`)).venues[0].venue;
      expect(await standing()).toMatchObject({
        resourceId,
        status: 'published',
        pending: null,
        confirmationDue: false,
        stale: false,
        outOfSearch: false,
      });
      await t
        .http()
        .patch(v1(`/resources/${resourceId}`))
        .set(bearer(operator))
        .send({ transport: '地铁1号线购物公园站' })
        .expect(200);
      await t
        .http()
        .post(v1(`/resources/${resourceId}/submit`))
        .set(bearer(operator))
        .expect(200);
      expect((await standing()).pending).toEqual({ state: 'submitted', submittedAt: expect.any(String) });
      await t
        .http()
        .post(v1(`/resources/${resourceId}/review`))
        .set(bearer(futian))
        .send({ decision: 'request_changes', comment: '请补充交通信息' })
        .expect(200);
      expect((await standing()).pending).toMatchObject({ state: 'changes_requested' });

      await db.query(
        `UPDATE resources SET confirmed_at = now() - interval '11 months 5 days', stale_since = now() WHERE id = $1`,
        [resourceId],
      );
      const due = await standing();
      expect(due).toMatchObject({ confirmationDue: true, stale: true });
      expect(new Date(due.confirmBy).getTime()).toBeGreaterThan(Date.now());
    });

    it('lists every venue of the operator’s without a choice, and no other organisation’s', async () => {
      const mine = await day(operator);
      const ids = mine.venues.map((v: { venue: { resourceId: string } }) => v.venue.resourceId);
      expect(ids).toContain(resourceId);
      const theirs = await day(operator2);
      expect(theirs.venues.map((v: { venue: { resourceId: string } }) => v.venue.resourceId)).not.toContain(resourceId);
      expect(theirs.venues.length).toBeGreaterThan(0);
    });

    it('is for the venue’s own operators: another venue’s operator and the administrators are refused', async () => {
      await day(operator2, `?resourceId=${resourceId}`, 403);
      await day(futian, `?resourceId=${resourceId}`, 403);
      await day(city, `?resourceId=${resourceId}`, 403);
      await day(family, '', 403);
      await t.http().get(v1('/console/operator/today')).expect(401);
      await day(operator, '?resourceId=6f1c2f0e-8a4b-4c3d-9e2f-1a2b3c4d5e6f', 404);
    });
  });
});
