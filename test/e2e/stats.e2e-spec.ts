import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { addDays, shanghaiToday } from '@kepu/schedule';
import { StatsRollupJob } from '@kepu/stats';
import { book, bookableEvent, bookingBody, visitorAccounts } from '../support/booking';
import { v1 } from '../support/matrix';
import { binary } from '../support/register';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Statistics from bookings with known outcomes: one new Futian venue, two slots on one day, four
 * bookings (checked in, no-show, still confirmed, cancelled) → exact figures, scoped by role.
 */
describe('statistics', () => {
  let t: TestApp;
  let operator: SignedIn, operator2: SignedIn, futian: SignedIn, nanshan: SignedIn, city: SignedIn, family: SignedIn;
  let venue: { resourceId: string; slotIds: string[]; date: string };
  let capacity: number;
  const get = (who: SignedIn | undefined, path: string) => {
    const req = t.http().get(v1(path));
    return who ? req.set(bearer(who)) : req;
  };

  beforeAll(async () => {
    t = await startTestApp();
    [operator, operator2, futian, nanshan, city, family] = await Promise.all(
      ['operator', 'operator2', 'futian-admin', 'nanshan-admin', 'city-admin', 'family'].map((who) =>
        signIn(t, `${who}@demo.kepu`),
      ),
    );
    venue = await bookableEvent(t, operator, city, { startTimes: ['10:00', '14:00'], capacity: 20, groupCapacity: 10 });
    const visitors = await visitorAccounts(t, 4);
    const party = (...categories: string[]) => categories.map((category, i) => ({ name: `访客${i}`, category }));
    const [checkedIn, noShow, confirmed, cancelled] = await Promise.all([
      book(t, visitors[0], bookingBody(venue.slotIds[0], { visitors: party('adult', 'child', 'child') })),
      book(t, visitors[1], bookingBody(venue.slotIds[0], { visitors: party('adult', 'senior') })),
      book(t, visitors[2], bookingBody(venue.slotIds[1], { visitors: party('adult') })),
      book(t, visitors[3], bookingBody(venue.slotIds[1], { visitors: party('adult', 'adult') })),
    ]);
    for (const res of [checkedIn, noShow, confirmed, cancelled]) expect(res.status).toBe(201);
    const db = t.app.get(DataSource);
    // The outcomes the day brought, set directly: check-in and no-shows have their own tests.
    await db.query(
      `UPDATE bookings SET status = 'checked_in', checked_in_at = now(), checked_in_count = 3 WHERE id = $1`,
      [checkedIn.body.id],
    );
    await db.query(`UPDATE bookings SET status = 'no_show', no_show_at = now() WHERE id = $1`, [noShow.body.id]);
    await t
      .http()
      .post(v1(`/bookings/${cancelled.body.id}/cancel`))
      .set(bearer(visitors[3]))
      .expect(200);
    // The day has passed: its slots move to yesterday, as visits are counted once they happen.
    const yesterday = addDays(shanghaiToday(), -1);
    const moveTo = `($2::date + (starts_at AT TIME ZONE 'Asia/Shanghai')::time) AT TIME ZONE 'Asia/Shanghai'`;
    await db.query(
      `UPDATE slots SET ends_at = ends_at - (starts_at - ${moveTo}), starts_at = ${moveTo} WHERE resource_id = $1`,
      [venue.resourceId, yesterday],
    );
    for (const table of ['bookings', 'booking_visitors'])
      await db.query(`UPDATE ${table} SET visit_date = $2 WHERE resource_id = $1`, [venue.resourceId, yesterday]);
    venue = { ...venue, date: yesterday };
    [{ capacity }] = await db.query(
      `SELECT sum(capacity + group_capacity)::int AS capacity FROM slots WHERE resource_id = $1`,
      [venue.resourceId],
    );
    await t.app.get(StatsRollupJob).run();
  });
  afterAll(() => t.close());

  const period = () => `from=${venue.date}&to=${venue.date}`;

  it('adds up the venue’s day exactly for the district administrator', async () => {
    const res = await get(futian, `/stats/overview?${period()}&resourceId=${venue.resourceId}`).expect(200);
    expect(res.body.scope).toMatchObject({ resourceIds: [venue.resourceId], from: venue.date, to: venue.date });
    expect(res.body.service).toEqual({
      slots: 2,
      capacity,
      bookings: 4,
      peopleBooked: 6,
      peopleServed: 3,
      walkIns: 0,
      bookedByChannel: { online: 6, counter: 0, phone: 0 },
      peopleNoShow: 2,
      cancelledBookings: 1,
      waitlisted: 0,
      promoted: 0,
      bookedByCategory: { adult: 3, child: 2, senior: 1 },
      servedByCategory: { adult: 1, child: 2, senior: 0 },
      groupBookings: 0,
      groupPeopleServed: 0,
      rates: {
        utilisation: Math.round((3 / capacity) * 10_000) / 10_000,
        noShow: 0.4,
        cancellation: 0.25,
        waitlistConversion: null,
      },
    });
    expect(res.body.register).toMatchObject({ venues: 1, byType: { science_museum: 1 }, activeOfferings: 1 });

    // The whole district: the demo venues bring places but no bookings.
    const district = await get(futian, `/stats/overview?${period()}`).expect(200);
    expect(district.body.scope.region).toEqual({ code: '440304', name: '福田区' });
    expect(district.body.service).toMatchObject({ peopleBooked: 6, peopleServed: 3, peopleNoShow: 2 });
    expect(district.body.service.capacity).toBeGreaterThanOrEqual(capacity);
    expect(Object.keys(district.body.register.byDistrict)).toEqual(['440304']);
  });

  it('gives the operator their venues, one venue on request, and nothing of another organisation', async () => {
    const mine = await get(operator, `/stats/overview?${period()}`).expect(200);
    expect(mine.body.scope.resourceIds).toContain(venue.resourceId);
    expect(mine.body.service.peopleServed).toBe(3);
    const one = await get(operator, `/stats/overview?${period()}&resourceId=${venue.resourceId}`).expect(200);
    expect(one.body.service.peopleBooked).toBe(6);
    await get(operator2, `/stats/overview?${period()}&resourceId=${venue.resourceId}`).expect(404);
    const theirs = await get(operator2, `/stats/overview?${period()}`).expect(200);
    expect(theirs.body.service.peopleServed).toBe(0);
  });

  it('keeps district administrators to their district, and refuses visitors', async () => {
    const own = await get(nanshan, `/stats/overview?${period()}`).expect(200);
    expect(own.body.scope.region.code).toBe('440305');
    expect(own.body.service.peopleServed).toBe(0);
    const refused = await get(nanshan, `/stats/overview?${period()}&region=440304`).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const city = await get(futian, `/stats/overview?region=440300&${period()}`).expect(403);
    expect(city.body.code).toBe('FORBIDDEN');
    const visitor = await get(family, '/stats/overview').expect(403);
    expect(visitor.body.code).toBe('FORBIDDEN');
  });

  it('breaks the figures down by day, venue and district, with venues per 10,000 residents', async () => {
    const series = await get(city, `/stats/series?resourceId=${venue.resourceId}&${period()}&interval=day`).expect(200);
    expect(series.body).toEqual([
      {
        period: venue.date,
        capacity,
        bookings: 4,
        peopleBooked: 6,
        peopleServed: 3,
        peopleNoShow: 2,
        cancelledBookings: 1,
      },
    ]);
    const venues = await get(city, `/stats/venues?region=440304&${period()}`).expect(200);
    expect(venues.body[0]).toMatchObject({ resourceId: venue.resourceId, peopleServed: 3, noShowRate: 0.4 });
    const districts = await get(city, `/stats/districts?${period()}`).expect(200);
    expect(districts.body).toHaveLength(10); // nine districts and 大鹏新区
    const futianRow = districts.body.find((d: { regionCode: string }) => d.regionCode === '440304');
    expect(futianRow).toMatchObject({ name: '福田区', population: 1553225, peopleServed: 3, peopleBooked: 6 });
    expect(futianRow.venuesPer10k).toBeCloseTo((futianRow.venues / 1553225) * 10_000, 3);
  });

  it('exports every table: the overview as a workbook, venues as CSV', async () => {
    const workbook = new ExcelJS.Workbook();
    const xlsx = await get(city, `/stats/overview?region=440304&${period()}&format=xlsx`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(xlsx.headers['content-disposition']).toMatch(/kepu-overview-.*\.xlsx/);
    await workbook.xlsx.load(xlsx.body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(['概览', '按类型', '按区', '按人群', '团体按学校']),
    );
    const served = workbook
      .getWorksheet('概览')!
      .getSheetValues()
      .find((row) => Array.isArray(row) && String(row[1]).startsWith('服务人次'));
    expect((served as unknown[])[2]).toBe(3);
    const csv = await get(city, `/stats/venues?region=440304&${period()}&format=csv`).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\n')[0]).toContain('场馆 Venue');
  });

  it('answers every week of a quarter, those without sessions as zeros, and exports the same rows', async () => {
    // The 13 weeks before the venue's day and its own: 14 Mondays, one of them with the day's figures.
    const from = addDays(venue.date, -13 * 7);
    const query = `/stats/series?resourceId=${venue.resourceId}&from=${from}&to=${venue.date}&interval=week`;
    const series = (await get(city, query).expect(200)).body as { period: string; peopleBooked: number }[];
    expect(series).toHaveLength(14);
    for (const [i, point] of series.entries()) {
      expect(new Date(`${point.period}T00:00:00Z`).getUTCDay()).toBe(1);
      if (i) expect(point.period).toBe(addDays(series[i - 1].period, 7));
    }
    expect(series.filter((p) => p.peopleBooked > 0)).toEqual([expect.objectContaining({ peopleBooked: 6 })]);
    const csv = await get(city, `${query}&format=csv`).expect(200);
    const lines = csv.text.trim().split('\n');
    expect(lines).toHaveLength(1 + series.length);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(series.map((p) => p.period));
  });

  it('publishes the region’s year without signing in, and refuses a backwards period', async () => {
    const year = Number(venue.date.slice(0, 4));
    const open = await get(undefined, `/stats/public?region=440300&year=${year}`).expect(200);
    // 服务人次 also counts people reached by outreach (outreach-stats.e2e-spec.ts): here, the venue's three.
    expect(open.body).toMatchObject({ region: { code: '440300' }, year });
    expect(open.body.peopleServed - open.body.outreachPeopleReached).toBe(3);
    const futianRow = open.body.byDistrict.find((d: { regionCode: string }) => d.regionCode === '440304');
    expect(futianRow.peopleServed - futianRow.outreachPeopleReached).toBe(3);
    const backwards = await get(city, `/stats/overview?from=2026-12-31&to=2026-01-01`).expect(400);
    expect(backwards.body.code).toBe('PERIOD_INVERTED');
  });
});
