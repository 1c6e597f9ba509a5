import { OutboxRelay, ResourceIndex } from '@kepu/search';
import { addDays, isoWeekday, shanghaiClock, shanghaiToday, SlotHorizonJob } from '@kepu/schedule';
import { DataSource } from 'typeorm';
import { createDraft, publish } from '../support/register';
import { admissionBody, createOffering, museumHours, putHours, scheduledVenue } from '../support/schedule';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

describe('open hours, the holiday calendar, offerings and slots', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, operator2: SignedIn, city: SignedIn, nanshan: SignedIn, admin: SignedIn;
  const today = shanghaiToday();
  const v1 = (path: string) => `/api/v1${path}`;
  /** The next date after today (Shanghai) that falls on this ISO weekday. */
  const next = (weekday: number) => {
    let date = addDays(today, 1);
    while (isoWeekday(date) !== weekday) date = addDays(date, 1);
    return date;
  };
  const slotsOn = async (offeringId: string, date: string) =>
    (
      await db.query(
        `SELECT id, starts_at AS "startsAt", capacity, booked, status FROM slots
          WHERE offering_id = $1 AND (starts_at AT TIME ZONE 'Asia/Shanghai')::date = $2 ORDER BY starts_at`,
        [offeringId, date],
      )
    ).map((s: { startsAt: Date }) => ({ ...s, time: shanghaiClock(s.startsAt).minutes }));

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [operator, operator2, city, nanshan, admin] = await Promise.all(
      ['operator', 'operator2', 'city-admin', 'nanshan-admin', 'admin'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
  });
  afterAll(() => t.close());

  describe('opening hours', () => {
    let resourceId: string;
    beforeAll(async () => {
      resourceId = await createDraft(t, operator);
      await publish(t, resourceId, operator, city);
    });

    it('are published by the operator and read by anyone, with today, the next 14 days and JSON-LD', async () => {
      const saved = await putHours(
        t,
        operator,
        resourceId,
        museumHours({ exceptions: [{ date: next(3), closed: true, note: '检修' }] }),
      );
      expect(saved.rules).toMatchObject({ publicHolidays: 'open', makeupWorkdays: 'as_weekday' });
      const res = await t
        .http()
        .get(v1(`/resources/${resourceId}/opening-hours`))
        .expect(200);
      expect(res.body).toMatchObject({ timezone: 'Asia/Shanghai', today: { date: today } });
      expect(res.body.days).toHaveLength(14);
      expect(res.body.days.find((d: { date: string }) => d.date === next(1))).toMatchObject({
        ranges: [],
        reason: 'weekly',
      });
      expect(res.body.days.find((d: { date: string }) => d.date === next(2)).ranges).toEqual([
        { open: '09:00', close: '12:00' },
        { open: '13:30', close: '17:00' },
      ]);
      expect(res.body.days.find((d: { date: string }) => d.date === next(3))).toMatchObject({
        ranges: [],
        reason: 'exception',
        note: '检修',
      });
      expect(typeof res.body.openNow).toBe('boolean');
      expect(res.body.nextOpening).toMatch(/\+08:00$/);
      expect(res.body.jsonLd.openingHoursSpecification).toHaveLength(3);
      expect(res.body.jsonLd.specialOpeningHoursSpecification).toContainEqual(
        expect.objectContaining({ validFrom: next(3), opens: '00:00', closes: '00:00' }),
      );
      const longer = await t
        .http()
        .get(v1(`/resources/${resourceId}/opening-hours?days=30`))
        .expect(200);
      expect(longer.body.days).toHaveLength(30);
    });

    it('are previewed for the next days without being saved, and bad rules are refused the same way', async () => {
      const before = (await t.http().get(v1(`/resources/${resourceId}/opening-hours`))).body.rules;
      const res = await t
        .http()
        .post(v1(`/resources/${resourceId}/opening-hours/preview`))
        .set(bearer(operator))
        .send(museumHours({ weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '08:00', close: '20:00' }] }))
        .expect(200);
      expect(res.body.days).toHaveLength(14);
      // Monday, closed under the saved hours, opens in the preview.
      expect(res.body.days.find((d: { date: string }) => d.date === next(1)).ranges).toEqual([
        { open: '08:00', close: '20:00' },
      ]);
      expect((await t.http().get(v1(`/resources/${resourceId}/opening-hours`))).body.rules).toEqual(before);
      const bad = await t
        .http()
        .post(v1(`/resources/${resourceId}/opening-hours/preview`))
        .set(bearer(operator))
        .send(museumHours({ weekly: [{ days: [2], open: '17:00', close: '09:00' }] }))
        .expect(400);
      expect(bad.body.code).toBe('INVERTED_RANGE');
    });

    it('appear on the venue page', async () => {
      const res = await t
        .http()
        .get(v1(`/resources/${resourceId}`))
        .expect(200);
      expect(res.body.openingHours.rules.weekly).toHaveLength(3);
      expect(res.body.offerings).toEqual([]);
    });

    it('apply the national calendar: open on a holiday Monday, named', async () => {
      // 2026-10-05 was a Monday in the National Day holiday: the 14-day window cannot reach it, so
      // ask the calendar and the rules directly through a one-off exception-free venue.
      const calendar = await t.http().get(v1('/calendar/2026')).expect(200);
      expect(calendar.body).toMatchObject({ year: 2026, status: 'official' });
      expect(calendar.body.days).toContainEqual({ date: '2026-10-05', kind: 'holiday', name: '国庆节' });
      expect(calendar.body.days).toContainEqual({ date: '2026-10-10', kind: 'workday', name: '国庆节' });
      const provisional = await t.http().get(v1('/calendar/2027')).expect(200);
      expect(provisional.body.status).toBe('provisional');
      expect(provisional.body.days).toContainEqual({ date: '2027-02-06', kind: 'holiday', name: '春节' });
    });

    it.each([
      ['24:00', { weekly: [{ days: [2], open: '09:00', close: '24:00' }] }, 'VALIDATION_FAILED', 'weekly.0.close'],
      ['day 8', { weekly: [{ days: [8], open: '09:00', close: '17:00' }] }, 'VALIDATION_FAILED', 'weekly.0.days'],
      ['inverted', { weekly: [{ days: [2], open: '17:00', close: '09:00' }] }, 'INVERTED_RANGE', 'weekly[0]'],
      [
        'overlapping',
        {
          weekly: [
            { days: [2], open: '09:00', close: '12:00' },
            { days: [2], open: '11:00', close: '13:00' },
          ],
        },
        'OVERLAPPING_RANGES',
        'weekly',
      ],
      [
        'a past exception',
        { exceptions: [{ date: '2020-01-01', closed: true }] },
        'EXCEPTION_IN_PAST',
        'exceptions[0].date',
      ],
      [
        'a date that does not exist',
        { exceptions: [{ date: '2027-02-30', closed: true }] },
        'VALIDATION_FAILED',
        'exceptions.0.date',
      ],
      [
        'a month that does not exist',
        { exceptions: [{ date: '2027-13-01', closed: true }] },
        'VALIDATION_FAILED',
        'exceptions.0.date',
      ],
      ['a bad holiday rule', { publicHolidays: 'sometimes' }, 'VALIDATION_FAILED', 'publicHolidays'],
      ['a rule that is a list', { weekly: [[]] }, 'VALIDATION_FAILED', 'weekly'],
      ['holiday hours that are a list', { holidayHours: [] }, 'VALIDATION_FAILED', 'holidayHours'],
    ])('refuse %s with a code naming the field, and change nothing', async (_name, change, code, field) => {
      const before = (
        await t
          .http()
          .get(v1(`/resources/${resourceId}/opening-hours`))
          .expect(200)
      ).body.rules;
      const res = await t
        .http()
        .put(v1(`/resources/${resourceId}/opening-hours`))
        .set(bearer(operator))
        .send(museumHours(change))
        .expect(400);
      expect(res.body.code).toBe(code);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect((await t.http().get(v1(`/resources/${resourceId}/opening-hours`))).body.rules).toEqual(before);
    });

    it('are changed only by the venue’s operators', async () => {
      const put = (who?: SignedIn) => {
        const req = t
          .http()
          .put(v1(`/resources/${resourceId}/opening-hours`))
          .send(museumHours());
        return who ? req.set(bearer(who)) : req;
      };
      expect((await put()).status).toBe(401);
      expect((await put(operator2)).status).toBe(404);
      expect((await put(nanshan)).status).toBe(404);
      expect((await put(city)).status).toBe(403);
    });
  });

  describe('offerings and slots', () => {
    let resourceId: string;
    let offeringId: string;
    beforeAll(async () => {
      ({ resourceId, offeringId } = await scheduledVenue(t, operator, city));
    });

    it('materialise slots for the horizon that tile the open hours, on open days only', async () => {
      const tuesday = await slotsOn(offeringId, next(2));
      // 09:00–12:00 and 13:30–17:00 in 30-minute windows: 6 + 7.
      expect(tuesday).toHaveLength(13);
      expect(tuesday[0]).toMatchObject({ time: 9 * 60, capacity: 100, booked: 0, status: 'scheduled' });
      expect(tuesday.at(-1).time).toBe(16 * 60 + 30);
      expect(await slotsOn(offeringId, next(1))).toHaveLength(0); // Monday
      const [{ last }] = await db.query(`SELECT max(starts_at) AS last FROM slots WHERE offering_id = $1`, [
        offeringId,
      ]);
      expect(shanghaiClock(last).date >= addDays(today, 55)).toBe(true);
    });

    it('show availability with places left and when booking opens', async () => {
      const from = addDays(today, 1);
      const res = await t
        .http()
        .get(v1(`/offerings/${offeringId}/availability?from=${from}&to=${addDays(from, 13)}`))
        .expect(200);
      expect(res.body.length).toBeGreaterThan(50);
      const now = Date.now();
      for (const slot of res.body) {
        expect(slot).toMatchObject({ slotId: expect.any(String), capacity: 100, remaining: 100, groupRemaining: 20 });
        expect(slot.start).toMatch(/\+08:00$/);
        const opens = Date.parse(slot.bookingOpensAt);
        expect(slot.status).toBe(now < opens ? 'not_open_yet' : 'open');
      }
      // Released 7 days ahead at 09:00 Shanghai time.
      const first = res.body[0];
      expect(first.bookingOpensAt).toBe(`${addDays(first.start.slice(0, 10), -7)}T09:00:00+08:00`);
      const statuses = new Set(res.body.map((s: { status: string }) => s.status));
      expect(statuses.has('not_open_yet')).toBe(true);
    });

    it('mark full and closed slots', async () => {
      const [slot] = await slotsOn(offeringId, next(2));
      await db.query(`UPDATE slots SET booked = capacity WHERE id = $1`, [slot.id]);
      const date = shanghaiClock(slot.startsAt).date;
      const res = await t
        .http()
        .get(v1(`/offerings/${offeringId}/availability?from=${date}&to=${date}`))
        .expect(200);
      const shown = res.body.find((s: { slotId: string }) => s.slotId === slot.id);
      expect(shown.remaining).toBe(0);
      expect(['full', 'not_open_yet']).toContain(shown.status);
      await db.query(`UPDATE slots SET booked = 0 WHERE id = $1`, [slot.id]);
    });

    it('keep counters in range with a CHECK, whatever the writer', async () => {
      const [slot] = await slotsOn(offeringId, next(2));
      await expect(db.query(`UPDATE slots SET booked = capacity + 1 WHERE id = $1`, [slot.id])).rejects.toThrow(
        /slots_booked/,
      );
      await expect(db.query(`UPDATE slots SET group_booked = -1 WHERE id = $1`, [slot.id])).rejects.toThrow(
        /slots_group_booked/,
      );
    });

    it('refuse bad offerings with a code naming the field', async () => {
      const post = async (body: object) =>
        (
          await t
            .http()
            .post(v1(`/resources/${resourceId}/offerings`))
            .set(bearer(operator))
            .send(body)
        ).body;
      expect(await post(admissionBody({ capacity: 0 }))).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ field: 'capacity' }],
      });
      expect(await post(admissionBody({ capacity: 100_001 }))).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(await post(admissionBody({ slotMinutes: 90 }))).toMatchObject({
        code: 'SLOT_LENGTH_MISMATCH',
        details: [{ field: 'slotMinutes' }],
      });
      expect(await post(admissionBody({ startTimes: ['08:00'] }))).toMatchObject({ code: 'START_OUTSIDE_HOURS' });
      expect(await post(admissionBody({ startTimes: ['10:00', '10:15'] }))).toMatchObject({ code: 'STARTS_OVERLAP' });
      expect(await post(admissionBody({ kind: 'event' }))).toMatchObject({ code: 'EVENT_NEEDS_DATES' });
      expect(await post(admissionBody({ minPartySize: 6, maxPartySize: 2 }))).toMatchObject({
        code: 'INVALID_PARTY_SIZE',
      });
      expect(await post(admissionBody({ kind: 'concert' }))).toMatchObject({ code: 'VALIDATION_FAILED' });
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM offerings WHERE resource_id = $1`, [resourceId]);
      expect(n).toBe(1);
    });

    it('need hours first, unless it is an event or a lab open day with its own dates and times', async () => {
      const draft = await createDraft(t, operator);
      const post = (body: object) =>
        t
          .http()
          .post(v1(`/resources/${draft}/offerings`))
          .set(bearer(operator))
          .send(body);
      expect((await post(admissionBody())).body.code).toBe('HOURS_NOT_SET');
      const night = addDays(today, 10);
      const event = await post(
        admissionBody({
          kind: 'event',
          title: '全国科普日观星夜',
          dates: [night],
          startTimes: ['19:30'],
          slotMinutes: 120,
        }),
      ).expect(201);
      const slots = await slotsOn(event.body.id, night);
      expect(slots.map((s: { time: number }) => s.time)).toEqual([19 * 60 + 30]);
      // A lab with no public hours opens on its open day, at the times it names.
      const openDay = await post(
        admissionBody({ kind: 'lab_open_day', title: '实验室开放日', dates: [night], startTimes: ['09:30'] }),
      ).expect(201);
      expect((await slotsOn(openDay.body.id, night)).map((s: { time: number }) => s.time)).toEqual([9 * 60 + 30]);
      // Without dates a lab open day follows the hours, which this venue has not set.
      expect((await post(admissionBody({ kind: 'lab_open_day', startTimes: ['09:30'] }))).body.code).toBe(
        'HOURS_NOT_SET',
      );
    });

    it('rejects availability ranges that are inverted or longer than 62 days', async () => {
      const get = (query: string) => t.http().get(v1(`/offerings/${offeringId}/availability?${query}`));
      expect((await get(`from=${addDays(today, 5)}&to=${today}`)).body.code).toBe('INVALID_DATE_RANGE');
      expect((await get(`from=${today}&to=${addDays(today, 62)}`)).body.code).toBe('INVALID_DATE_RANGE');
      expect((await get(`from=${today}&to=${addDays(today, 61)}`)).status).toBe(200);
      expect((await get('from=tomorrow')).body.code).toBe('VALIDATION_FAILED');
    });

    it('mark the venue bookable in search', async () => {
      await t.app.get(ResourceIndex).reindex();
      await t.app.get(OutboxRelay).drain();
      const res = await t.http().get(v1('/search?bookable=1&pageSize=100')).expect(200);
      expect(res.body.hits.map((h: { id: string }) => h.id)).toContain(resourceId);
      const venue = await t
        .http()
        .get(v1(`/resources/${resourceId}`))
        .expect(200);
      expect(venue.body.offerings.map((o: { id: string }) => o.id)).toContain(offeringId);
    });
  });

  describe('changing hours or capacity never silently drops a booked slot', () => {
    let resourceId: string;
    let offeringId: string;
    let sundaySlot: { id: string };
    beforeAll(async () => {
      ({ resourceId, offeringId } = await scheduledVenue(t, operator, city));
      [sundaySlot] = await slotsOn(offeringId, next(7));
      // Two places taken (the booking lib will do this through POST /bookings).
      await db.query(`UPDATE slots SET booked = 2 WHERE id = $1`, [sundaySlot.id]);
    });
    const closedSundays = museumHours({
      weekly: [
        { days: [2, 3, 4, 5], open: '09:00', close: '12:00' },
        { days: [2, 3, 4, 5], open: '13:30', close: '17:00' },
        { days: [6], open: '09:00', close: '17:30' },
      ],
    });
    const put = (query = '') =>
      t
        .http()
        .put(v1(`/resources/${resourceId}/opening-hours${query}`))
        .set(bearer(operator))
        .send(closedSundays);

    it('removes empty slots, but refuses to drop a booked one without the operator’s choice (409, nothing changed)', async () => {
      const res = await put().expect(409);
      expect(res.body.code).toBe('SLOTS_HAVE_BOOKINGS');
      expect(res.body.details.affected).toEqual([
        expect.objectContaining({ slotId: sundaySlot.id, offeringId, booked: 2, groupBooked: 0 }),
      ]);
      expect(await slotsOn(offeringId, next(7))).toHaveLength(17); // Sunday untouched: 09:00–17:30
    });

    it('keeps it when asked, removing the rest of Sunday', async () => {
      const res = await put('?onAffectedSlots=keep').expect(200);
      expect(res.body.slots.kept.map((s: { slotId: string }) => s.slotId)).toEqual([sundaySlot.id]);
      expect(res.body.slots.removed).toBeGreaterThan(0);
      const sunday = await slotsOn(offeringId, next(7));
      expect(sunday.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
        [sundaySlot.id, 'scheduled'],
      ]);
    });

    it('cancels it when asked, announcing the cancellation through the outbox', async () => {
      const res = await put('?onAffectedSlots=cancel').expect(200);
      expect(res.body.slots.cancelled.map((s: { slotId: string }) => s.slotId)).toEqual([sundaySlot.id]);
      const [slot] = await slotsOn(offeringId, next(7));
      expect(slot.status).toBe('cancelled');
      const events = await db.query(`SELECT topic FROM outbox WHERE aggregate_type = 'slot' AND aggregate_id = $1`, [
        sundaySlot.id,
      ]);
      expect(events).toEqual([{ topic: 'slot.cancelled' }]);
    });

    it('never lowers a capacity below the places booked, and says so', async () => {
      const [slot] = await slotsOn(offeringId, next(6));
      await db.query(`UPDATE slots SET booked = 60 WHERE id = $1`, [slot.id]);
      const res = await t
        .http()
        .patch(v1(`/offerings/${offeringId}`))
        .set(bearer(operator))
        .send({ capacity: 40 })
        .expect(200);
      expect(res.body.capacity).toBe(40);
      expect(res.body.slots.capacityKept.map((s: { slotId: string }) => s.slotId)).toEqual([slot.id]);
      const [after] = await slotsOn(offeringId, next(6));
      expect(after.capacity).toBe(60);
      expect((await slotsOn(offeringId, next(2)))[0].capacity).toBe(40);
    });

    it('refuses a patch that sets a field to null, and changes nothing', async () => {
      const res = await t
        .http()
        .patch(v1(`/offerings/${offeringId}`))
        .set(bearer(operator))
        .send({ capacity: null, title: '改名' })
        .expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'capacity' }] });
      const [offering] = await db.query(`SELECT capacity, title FROM offerings WHERE id = $1`, [offeringId]);
      expect(offering.capacity).toBe(40);
      expect(offering.title).not.toBe('改名');
    });

    it('archives an offering only with a choice for its booked slots', async () => {
      const archive = (query = '') =>
        t
          .http()
          .post(v1(`/offerings/${offeringId}/archive${query}`))
          .set(bearer(operator));
      expect((await archive()).body.code).toBe('SLOTS_HAVE_BOOKINGS');
      await archive('?onAffectedSlots=keep').expect(200);
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM slots WHERE offering_id = $1 AND starts_at > now() AND status = 'scheduled'`,
        [offeringId],
      );
      expect(n).toBe(1); // the booked Saturday slot stays for its visitors
      expect((await t.http().get(v1(`/offerings/${offeringId}/availability`))).body.code).toBe('OFFERING_ARCHIVED');
      expect((await archive('?onAffectedSlots=keep')).body.code).toBe('OFFERING_ARCHIVED');
    });
  });

  describe('the slot job', () => {
    it('is idempotent and fills what is missing', async () => {
      const { offeringId } = await scheduledVenue(t, operator, city);
      const job = t.app.get(SlotHorizonJob);
      const count = async () =>
        (await db.query(`SELECT count(*)::int AS n FROM slots WHERE offering_id = $1`, [offeringId]))[0].n as number;
      const before = await count();
      await job.run();
      expect(await count()).toBe(before);
      await db.query(`DELETE FROM slots WHERE offering_id = $1 AND starts_at > now() + interval '40 days'`, [
        offeringId,
      ]);
      expect(await count()).toBeLessThan(before);
      await job.run();
      expect(await count()).toBe(before);
    });
  });

  describe('the holiday calendar', () => {
    const put = (who: SignedIn, body: object) => t.http().put(v1('/calendar/2031')).set(bearer(who)).send(body);

    it('is replaced year by year by a system administrator and marked official', async () => {
      const res = await put(admin, {
        source: '国务院办公厅关于2031年部分节假日安排的通知',
        days: [
          { date: '2031-10-01', kind: 'holiday', name: '国庆节' },
          { date: '2031-09-27', kind: 'workday', name: '国庆节' },
        ],
      }).expect(200);
      expect(res.body).toMatchObject({
        year: 2031,
        status: 'official',
        days: [{ date: '2031-09-27' }, { date: '2031-10-01' }],
      });
      expect((await put(nanshan, { days: [] })).status).toBe(403);
      expect((await put(city, { days: [] })).status).toBe(403);
    });

    it('refuses days outside the year and make-up working days on weekdays', async () => {
      expect((await put(admin, { days: [{ date: '2030-12-31', kind: 'holiday', name: 'x' }] })).body.code).toBe(
        'CALENDAR_DATE_OUTSIDE_YEAR',
      );
      expect((await put(admin, { days: [{ date: '2031-10-08', kind: 'workday', name: '国庆节' }] })).body.code).toBe(
        'VALIDATION_FAILED',
      );
      expect((await t.http().get(v1('/calendar/1999'))).status).toBe(400);
      expect((await t.http().get(v1('/calendar/2040'))).status).toBe(404);
    });
  });

  it('creates offerings for the operator’s own venues only', async () => {
    const { resourceId } = await scheduledVenue(t, operator, city);
    const res = await t
      .http()
      .post(v1(`/resources/${resourceId}/offerings`))
      .set(bearer(operator2))
      .send(admissionBody());
    expect(res.status).toBe(404);
    await createOffering(
      t,
      operator,
      resourceId,
      admissionBody({
        title: '定时讲解',
        kind: 'guided_tour',
        slotMinutes: 60,
        startTimes: ['10:00', '14:00'],
        groupCapacity: 0,
      }),
    );
  });
});
