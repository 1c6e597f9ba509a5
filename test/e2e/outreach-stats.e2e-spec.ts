import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { addDays, minutesOf, shanghaiInstant, shanghaiToday } from '@kepu/schedule';
import { v1 } from '../support/matrix';
import { communityWorker, providerOperator, memberOf } from '../support/outreach';
import { binary } from '../support/register';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/** 坪山区: no demo outreach happens there, so its figures are this test's alone. */
const PINGSHAN = '440310';

/**
 * Outreach figures from orders with known outcomes in Pingshan: three orders (one completed and
 * rated 2, one taken a day after it was made, one still waiting), two volunteers of one team (one
 * credited, one under the 60 % rule) and hours added by hand; scoped to the region's administrators.
 */
describe('outreach statistics', () => {
  let t: TestApp;
  let city: SignedIn, nanshan: SignedIn, operator: SignedIn;
  const today = shanghaiToday();
  const period = `from=${addDays(today, -30)}&to=${addDays(today, 30)}`;
  const get = (who: SignedIn | undefined, path: string) => {
    const req = t.http().get(v1(path));
    return who ? req.set(bearer(who)) : req;
  };

  beforeAll(async () => {
    t = await startTestApp();
    [city, nanshan, operator] = await Promise.all(
      ['city-admin', 'nanshan-admin', 'operator'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
    const db = t.app.get(DataSource);
    const orderer = await communityWorker(t, PINGSHAN);
    const team = await providerOperator(t, PINGSHAN);
    const volunteers = await Promise.all([1, 2].map(() => memberOf(t, team.organisationId, 'volunteer')));
    const order = async (status: string, madeDaysAgo: number, takenAfterHours: number | null, rating?: number) => {
      const made = shanghaiInstant(addDays(today, -madeDaysAgo), minutesOf('09:00'));
      const [row]: { id: string }[] = await db.query(
        `INSERT INTO outreach_orders (orderer_id, ordered_by, topic, audience, headcount, address, latitude, longitude,
           region_code, window_from, window_to, status, provider_id, taken_at, rating, rated_at, created_at)
         VALUES ($1, $2, '科学实验秀', 'primary', 80, '坪山区某社区', 22.7, 114.35, $3, $4, $4, $5, $6,
           $7::timestamptz, $8::smallint, CASE WHEN $8::smallint IS NOT NULL THEN now() END, $9) RETURNING id`,
        [
          orderer.organisationId,
          orderer.user.id,
          PINGSHAN,
          addDays(today, 10),
          status,
          takenAfterHours === null ? null : team.organisationId,
          takenAfterHours === null ? null : new Date(made.getTime() + takenAfterHours * 3_600_000),
          rating ?? null,
          made,
        ],
      );
      return row.id;
    };
    const completed = await order('completed', 10, 4, 2);
    await order('taken', 3, 24);
    await order('submitted', 1, null);
    const start = shanghaiInstant(addDays(today, -2), minutesOf('14:00'));
    const [activity]: { id: string }[] = await db.query(
      `INSERT INTO outreach_activities (order_id, provider_id, starts_at, ends_at, lead_id, sign_code, people_reached, completed_at)
       VALUES ($1, $2, $3, $3::timestamptz + interval '100 minutes', $4, '123456', 75, now()) RETURNING id`,
      [completed, team.organisationId, start, team.user.id],
    );
    for (const [volunteer, credited] of [
      [volunteers[0], 100],
      [volunteers[1], 0],
    ] as const) {
      await db.query(
        `INSERT INTO outreach_activity_volunteers (activity_id, account_id, team_id, signed_in_at, signed_out_at, credited_minutes)
         VALUES ($1, $2, $3, $4, $4::timestamptz + interval '100 minutes', $5)`,
        [activity.id, volunteer.user.id, team.organisationId, start, credited],
      );
    }
    await db.query(
      `INSERT INTO volunteer_manual_hours (account_id, team_id, minutes, reason, added_by)
       VALUES ($1, $2, 45, '纸质签到表补录', $1)`,
      [volunteers[1].user.id, team.organisationId],
    );
  });
  afterAll(() => t.close());

  it("counts a region's orders, time to take them, people reached, volunteers' hours and ratings", async () => {
    const res = await get(city, `/stats/outreach?region=${PINGSHAN}&${period}`).expect(200);
    expect(res.body).toMatchObject({
      scope: { region: { code: PINGSHAN, name: '坪山区' } },
      orders: { total: 3, submitted: 1, taken: 1, completed: 1, open: 0, cancelled: 0 },
      // Taken after 4 and after 24 hours.
      medianHoursToTake: 14,
      activitiesDelivered: 1,
      peopleReached: 75,
      volunteers: 2,
      volunteerMinutes: 100,
      manualMinutes: 45,
      ratings: 1,
      averageRating: 2,
      lowRatings: 1,
    });
    expect(res.body.byDistrict).toEqual([
      {
        regionCode: PINGSHAN,
        name: '坪山区',
        orders: 3,
        completed: 1,
        peopleReached: 75,
        volunteerMinutes: 100,
        medianHoursToTake: 14,
      },
    ]);
    expect(res.body.byTeam).toEqual([
      expect.objectContaining({ volunteers: 2, activities: 1, minutes: 100, manualMinutes: 45 }),
    ]);
    const city_ = await get(city, `/stats/outreach?region=440300&${period}`).expect(200);
    const pingshanRow = city_.body.byDistrict.find((row: { regionCode: string }) => row.regionCode === PINGSHAN);
    expect(pingshanRow).toMatchObject({ orders: 3, peopleReached: 75 });
  });

  it('adds the people reached to the public 服务人次 of the district and the city', async () => {
    // The year the activity took place in.
    const year = Number(addDays(today, -2).slice(0, 4));
    const open = await get(undefined, `/stats/public?region=440300&year=${year}`).expect(200);
    const pingshan = open.body.byDistrict.find((row: { regionCode: string }) => row.regionCode === PINGSHAN);
    // No visits were booked in Pingshan: its 服务人次 are the people the activity reached.
    expect(pingshan).toMatchObject({ peopleServed: 75, outreachPeopleReached: 75 });
    expect(open.body.peopleServed).toBeGreaterThanOrEqual(open.body.outreachPeopleReached);
    expect(open.body.outreachPeopleReached).toBeGreaterThanOrEqual(75);
  });

  it('exports the figures as CSV and as a workbook with one sheet per table', async () => {
    const csv = await get(city, `/stats/outreach?region=${PINGSHAN}&${period}&format=csv`).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain('服务人次 People reached');
    const xlsx = await get(city, `/stats/outreach?region=${PINGSHAN}&${period}&format=xlsx`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['科普点单', '各区', '志愿服务队']);
  });

  it("is the region's administrators' only", async () => {
    expect((await get(nanshan, `/stats/outreach?region=${PINGSHAN}&${period}`)).status).toBe(403);
    expect((await get(operator, `/stats/outreach?${period}`)).status).toBe(403);
    expect((await get(undefined, `/stats/outreach?region=${PINGSHAN}`)).status).toBe(401);
    const bad = await get(city, `/stats/outreach?region=${PINGSHAN}&from=2026-12-31&to=2026-01-01`).expect(400);
    expect(bad.body.code).toBe('PERIOD_INVERTED');
  });
});
