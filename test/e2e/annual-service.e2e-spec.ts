import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { addDays, shanghaiToday } from '@kepu/schedule';
import { StatsRollupJob } from '@kepu/stats';
import { book, bookingBody, visitorAccounts } from '../support/booking';
import { v1 } from '../support/matrix';
import { binary, createDraft, publish } from '../support/register';
import { createOffering, putHours } from '../support/schedule';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

interface Criterion {
  resourceType: string;
  minOpenDays: number | null;
  minVisitors: number | null;
  sourceCode: string | null;
  inherited: boolean;
}
interface Base {
  resourceId: string;
  name: string;
  openDays: number;
  visitors: number;
  minOpenDays: number | null;
  minVisitors: number | null;
  ruleRegionCode: string | null;
  openDaysBelow: boolean | null;
  visitorsBelow: boolean | null;
  status: 'below' | 'met' | 'no_rule';
}

/**
 * Yearly service against the criteria (docs/register.md): rules inherited down the region tree and
 * overridden by a district, refused edits that write nothing, and a science base whose bookings of
 * last year (checked in, no-show, a slot cancelled) give exact open days and visitors.
 */
describe('yearly service against the criteria', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, futian: SignedIn, nanshan: SignedIn, city: SignedIn;
  const thisYear = Number(shanghaiToday().slice(0, 4));
  const lastYear = thisYear - 1;

  const get = (who: SignedIn, path: string) => t.http().get(v1(path)).set(bearer(who));
  const put = (who: SignedIn, region: string, criteria: object[]) =>
    t
      .http()
      .put(v1(`/stats/service-criteria/${region}`))
      .set(bearer(who))
      .send({ criteria });
  const ownRules = (region: string) =>
    db.query(
      `SELECT resource_type, min_open_days, min_visitors FROM service_criteria WHERE region_code = $1 ORDER BY 1`,
      [region],
    );
  const ruleOf = (criteria: Criterion[], type: string) => criteria.find((c) => c.resourceType === type);

  /** A published Futian resource of the operator's organisation, with these accreditations. */
  const base = async (type: string, accreditations: object[]) => {
    const id = await createDraft(t, operator, { type, accreditations });
    await putHours(t, operator, id);
    await publish(t, id, operator, city);
    return id;
  };
  const accredited = (yearGranted = lastYear - 3) => [{ name: '深圳市科普教育基地', level: 'municipal', yearGranted }];

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [operator, futian, nanshan, city] = await Promise.all(
      ['operator', 'futian-admin', 'nanshan-admin', 'city-admin'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
  });
  afterAll(() => t.close());

  describe('criteria', () => {
    it('seeds 龙岗区 with its criteria, by the register’s types, and nothing above it', async () => {
      const res = await get(city, '/stats/service-criteria?region=440307').expect(200);
      expect(res.body.region).toEqual({ code: '440307', name: '龙岗区' });
      expect(res.body.editable).toBe(true);
      const seeded = (res.body.criteria as Criterion[]).filter((c) => c.minOpenDays !== null);
      expect(seeded.map((c) => [c.resourceType, c.minOpenDays, c.minVisitors, c.sourceCode, c.inherited])).toEqual([
        ['science_museum', 80, 800, '440307', false],
        ['museum', 80, 800, '440307', false],
        ['planetarium', 80, 800, '440307', false],
        ['research_facility', 20, 800, '440307', false],
        ['enterprise_hall', 100, 2000, '440307', false],
      ]);
      expect(ruleOf(res.body.criteria, 'nature_park')).toMatchObject({ minOpenDays: null, sourceCode: null });
      expect(res.body.criteria).toHaveLength(9);
    });

    it('passes the city’s rules down to its districts, where a district’s own rule wins', async () => {
      const cityRules = [
        { resourceType: 'science_museum', minOpenDays: 50, minVisitors: 500 },
        { resourceType: 'research_facility', minOpenDays: 2, minVisitors: 2 },
      ];
      const set = await put(city, '440300', cityRules).expect(200);
      expect(ruleOf(set.body.criteria, 'science_museum')).toMatchObject({ minOpenDays: 50, inherited: false });

      const inherited = await get(futian, '/stats/service-criteria').expect(200);
      expect(inherited.body.region.code).toBe('440304');
      expect(ruleOf(inherited.body.criteria, 'science_museum')).toEqual({
        resourceType: 'science_museum',
        minOpenDays: 50,
        minVisitors: 500,
        sourceCode: '440300',
        sourceName: '深圳市',
        inherited: true,
      });

      const own = await put(futian, '440304', [{ resourceType: 'science_museum', minOpenDays: 3, minVisitors: 6 }]);
      expect(own.status).toBe(200);
      expect(ruleOf(own.body.criteria, 'science_museum')).toMatchObject({
        minOpenDays: 3,
        minVisitors: 6,
        sourceCode: '440304',
        inherited: false,
      });
      expect(ruleOf(own.body.criteria, 'research_facility')).toMatchObject({ minOpenDays: 2, sourceCode: '440300' });
      // 龙岗区's own rules still beat the city's.
      const longgang = await get(city, '/stats/service-criteria?region=440307').expect(200);
      expect(ruleOf(longgang.body.criteria, 'science_museum')).toMatchObject({ minOpenDays: 80, sourceCode: '440307' });
      expect(ruleOf(longgang.body.criteria, 'community_venue')).toMatchObject({ minOpenDays: null });

      const [audit] = await db.query(
        `SELECT actor_account_id, details FROM audit_log WHERE action = 'stats.service_criteria.update' AND subject_id = '440304'
          ORDER BY id DESC LIMIT 1`,
      );
      expect(audit.actor_account_id).toBe(futian.user.id);
      expect(audit.details.after).toEqual([{ resourceType: 'science_museum', minOpenDays: 3, minVisitors: 6 }]);
    });

    it('refuses other districts, the city to a district admin, bad numbers and unknown regions, writing nothing', async () => {
      const before = await ownRules('440304');
      const rule = { resourceType: 'museum', minOpenDays: 1, minVisitors: 1 };
      const other = await put(nanshan, '440304', [rule]).expect(403);
      expect(other.body.code).toBe('FORBIDDEN');
      await put(futian, '440300', [rule]).expect(403);
      await put(operator, '440304', [rule]).expect(403);
      await get(nanshan, '/stats/service-criteria?region=440304').expect(403);
      const viewOfNanshan = await get(nanshan, '/stats/service-criteria?region=440304');
      expect(viewOfNanshan.body.code).toBe('FORBIDDEN');

      const negative = await put(futian, '440304', [{ ...rule, minVisitors: -1 }]).expect(400);
      expect(negative.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(negative.body.details)).toContain('minVisitors');
      for (const bad of [
        [{ ...rule, minOpenDays: 367 }],
        [{ ...rule, minVisitors: 1.5 }],
        [{ ...rule, resourceType: 'castle' }],
        [rule, { ...rule, minOpenDays: 2 }],
      ]) {
        const res = await put(futian, '440304', bad).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
      const unknown = await put(city, '999999', [rule]).expect(400);
      expect(unknown.body.code).toBe('UNKNOWN_REGION');
      expect(await ownRules('440304')).toEqual(before);
      expect(await ownRules('999999')).toEqual([]);
    });

    it('takes concurrent edits of one region one after another: each replaces the whole set', async () => {
      const edits = [1, 2, 3, 4, 5, 6].map((days) => [
        { resourceType: 'museum', minOpenDays: days, minVisitors: days },
      ]);
      const answers = await Promise.all(edits.map((criteria) => put(nanshan, '440305', criteria)));
      expect(answers.map((res) => res.status)).toEqual(edits.map(() => 200));
      const [kept] = await ownRules('440305');
      expect(await ownRules('440305')).toHaveLength(1);
      expect(kept.min_open_days).toBe(kept.min_visitors);
      // Each edit saw the one before it whole: the audit trail chains from nothing to what is kept.
      const trail: { details: { before: object[]; after: object[] } }[] = await db.query(
        `SELECT details FROM audit_log WHERE action = 'stats.service_criteria.update' AND subject_id = '440305' ORDER BY id`,
      );
      expect(trail).toHaveLength(edits.length);
      expect(trail[0].details.before).toEqual([]);
      trail.slice(1).forEach((entry, i) => expect(entry.details.before).toEqual(trail[i].details.after));
    });
  });

  describe('a year of service', () => {
    let museum: string, lab: string, park: string, unaccredited: string, lapsed: string, recent: string;
    let visitors: SignedIn[];

    beforeAll(async () => {
      await put(city, '440300', [{ resourceType: 'research_facility', minOpenDays: 2, minVisitors: 2 }]).expect(200);
      await put(futian, '440304', [{ resourceType: 'science_museum', minOpenDays: 3, minVisitors: 6 }]).expect(200);
      museum = await base('science_museum', accredited());
      lab = await base('research_facility', accredited());
      park = await base('nature_park', accredited());
      unaccredited = await base('science_museum', []);
      lapsed = await base('science_museum', accredited(lastYear - 5));
      recent = await base('science_museum', accredited(thisYear));
      // Expiries the API would refuse to backdate: the lapsed one ended on last year's first day (from
      // then on it no longer counted), the lab's in the middle of last year (it counted until then).
      for (const [id, expiresOn] of [
        [lapsed, `${lastYear}-01-01`],
        [lab, `${lastYear}-06-30`],
      ])
        await db.query(
          `UPDATE resource_revisions rev SET content = jsonb_set(rev.content, '{accreditations,0,expiresOn}', to_jsonb($2::text))
             FROM resources res WHERE res.id = $1 AND rev.id = res.published_revision_id`,
          [id, expiresOn],
        );

      // The museum's events on four days (one cancelled later), booked and visited, then moved to last year.
      const dates = [2, 3, 4, 5].map((n) => addDays(shanghaiToday(), n));
      const offering = await createOffering(t, operator, museum, {
        title: '年度考核测试活动',
        kind: 'event',
        slotMinutes: 60,
        capacity: 20,
        dates,
        startTimes: ['10:00'],
      });
      const slots: { id: string }[] = await db.query(`SELECT id FROM slots WHERE offering_id = $1 ORDER BY starts_at`, [
        offering.id,
      ]);
      expect(slots).toHaveLength(4);
      visitors = await visitorAccounts(t, 4);
      const party = (n: number) => Array.from({ length: n }, (_v, i) => ({ name: `访客${i}`, category: 'adult' }));
      const bookings = [
        await book(t, visitors[0], bookingBody(slots[0].id, { visitors: party(2) })),
        await book(t, visitors[1], bookingBody(slots[0].id, { visitors: party(1) })),
        await book(t, visitors[2], bookingBody(slots[1].id, { visitors: party(4) })),
        await book(t, visitors[3], bookingBody(slots[3].id, { visitors: party(1) })),
      ];
      for (const res of bookings) expect(res.status).toBe(201);
      // What the days brought: two came of the party of two, the one did not come, three of four came.
      const checkIn = (id: string, count: number) =>
        db.query(
          `UPDATE bookings SET status = 'checked_in', checked_in_at = now(), checked_in_count = $2 WHERE id = $1`,
          [id, count],
        );
      await checkIn(bookings[0].body.id, 2);
      await db.query(`UPDATE bookings SET status = 'no_show', no_show_at = now() WHERE id = $1`, [bookings[1].body.id]);
      await checkIn(bookings[2].body.id, 3);
      await t
        .http()
        .post(v1(`/bookings/${bookings[3].body.id}/cancel`))
        .set(bearer(visitors[3]))
        .expect(200);
      await db.query(`UPDATE slots SET status = 'cancelled' WHERE id = $1`, [slots[3].id]);
      // Last year: the visited days, a day with a slot and nobody, and the cancelled day.
      const lastYearDays = [`${lastYear}-03-10`, `${lastYear}-06-10`, `${lastYear}-12-31`, `${lastYear}-08-08`];
      const moveTo = `($2::date + (starts_at AT TIME ZONE 'Asia/Shanghai')::time) AT TIME ZONE 'Asia/Shanghai'`;
      for (const [i, slot] of slots.entries()) {
        await db.query(
          `UPDATE slots SET ends_at = ends_at - (starts_at - ${moveTo}), starts_at = ${moveTo} WHERE id = $1`,
          [slot.id, lastYearDays[i]],
        );
        await db.query(`UPDATE bookings SET visit_date = $2 WHERE slot_id = $1`, [slot.id, lastYearDays[i]]);
        await db.query(
          `UPDATE booking_visitors SET visit_date = $2 WHERE booking_id IN (SELECT id FROM bookings WHERE slot_id = $1)`,
          [slot.id, lastYearDays[i]],
        );
      }
      await t.app.get(StatsRollupJob).refresh();
    });

    const report = async (query = '') => (await get(futian, `/stats/annual-service${query}`).expect(200)).body;
    const row = (bases: Base[], id: string) => bases.find((b) => b.resourceId === id);

    it('counts last year by default: open days with a slot or a visitor, people checked in, against the rule', async () => {
      const body = await report();
      expect(body).toMatchObject({
        region: { code: '440304', name: '福田区' },
        year: lastYear,
        from: `${lastYear}-01-01`,
        to: `${lastYear}-12-31`,
        complete: true,
      });
      expect(row(body.bases, museum)).toMatchObject({
        openDays: 3,
        visitors: 5,
        minOpenDays: 3,
        minVisitors: 6,
        ruleRegionCode: '440304',
        openDaysBelow: false,
        visitorsBelow: true,
        status: 'below',
        accreditationLevels: ['municipal'],
      });
      expect(row(body.bases, lab)).toMatchObject({
        openDays: 0,
        visitors: 0,
        minOpenDays: 2,
        minVisitors: 2,
        ruleRegionCode: '440300',
        openDaysBelow: true,
        visitorsBelow: true,
        status: 'below',
      });
      expect(row(body.bases, park)).toMatchObject({
        minOpenDays: null,
        minVisitors: null,
        ruleRegionCode: null,
        openDaysBelow: null,
        visitorsBelow: null,
        status: 'no_rule',
      });
      // Not science bases last year: no accreditation, one lapsed before it began, one granted this year.
      for (const id of [unaccredited, lapsed, recent]) expect(row(body.bases, id)).toBeUndefined();

      const ranks = (body.bases as Base[]).map((b) => ['below', 'met', 'no_rule'].indexOf(b.status));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const bases = body.bases as Base[];
      expect(body.totals).toEqual({
        bases: bases.length,
        below: bases.filter((b) => b.status === 'below').length,
        met: bases.filter((b) => b.status === 'met').length,
        noRule: bases.filter((b) => b.status === 'no_rule').length,
        openDays: bases.reduce((sum, b) => sum + b.openDays, 0),
        visitors: bases.reduce((sum, b) => sum + b.visitors, 0),
      });
    });

    it('meets the rule once the district lowers it, and gives this year so far', async () => {
      await put(futian, '440304', [{ resourceType: 'science_museum', minOpenDays: 3, minVisitors: 5 }]).expect(200);
      const body = await report(`?year=${lastYear}&region=440304`);
      expect(row(body.bases, museum)).toMatchObject({ openDaysBelow: false, visitorsBelow: false, status: 'met' });

      const soFar = await report(`?year=${thisYear}`);
      expect(soFar).toMatchObject({ year: thisYear, to: shanghaiToday(), complete: false });
      expect(row(soFar.bases, museum)).toMatchObject({ openDays: 0, visitors: 0 });
      expect(row(soFar.bases, recent)).toMatchObject({ status: 'below' });

      const future = await get(futian, `/stats/annual-service?year=${thisYear + 1}`).expect(400);
      expect(future.body.code).toBe('YEAR_NOT_BEGUN');
      const refused = await get(nanshan, '/stats/annual-service?region=440304').expect(403);
      expect(refused.body.code).toBe('FORBIDDEN');
      await get(operator, '/stats/annual-service').expect(403);
    });

    it('exports the table as CSV and as a workbook that read back to the same figures', async () => {
      const csv = await get(city, `/stats/annual-service?region=440304&year=${lastYear}&format=csv`).expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.headers['content-disposition']).toContain(`kepu-annual-service-440304-${lastYear}.csv`);
      const rows: string[][] = parse(csv.text, { bom: true });
      expect(rows[0]).toEqual(expect.arrayContaining(['基地 Base', '开放天数 Open days', '服务人次 Visitors']));
      const name = (await db.query(`SELECT name FROM resources WHERE id = $1`, [museum]))[0].name as string;
      const museumRow = rows.find((r) => r[0] === name)!;
      expect(museumRow.slice(4)).toEqual(['3', '3', '达标 met', '5', '5', '达标 met', '达标 met']);
      const parkName = (await db.query(`SELECT name FROM resources WHERE id = $1`, [park]))[0].name as string;
      expect(rows.find((r) => r[0] === parkName)!.slice(6)).toEqual([
        '无规则 no rule',
        '0',
        '',
        '无规则 no rule',
        '无规则 no rule',
      ]);
      expect(rows.at(-1)![0]).toBe('合计 Total');

      const xlsx = await get(city, `/stats/annual-service?region=440304&year=${lastYear}&format=xlsx`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body);
      const sheet = workbook.getWorksheet(`${lastYear}年度服务`)!;
      const values = sheet.getSheetValues().filter(Array.isArray) as unknown[][];
      const inSheet = values.find((r) => r[1] === name)!;
      expect(inSheet.slice(5, 12)).toEqual([3, 3, '达标 met', 5, 5, '达标 met', '达标 met']);
      const json = await report(`?region=440304&year=${lastYear}`);
      expect(values.at(-1)!.slice(5)).toEqual([json.totals.openDays, undefined, undefined, json.totals.visitors]);
    });
  });
});
