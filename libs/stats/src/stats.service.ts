import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, CoreErrors, RegionTree } from '@kepu/core';
import { Actor, PolicyService, Role } from '@kepu/identity';
import { administeredRegions, currentAccreditationSql, RegionsService } from '@kepu/register';
import { addDays, shanghaiToday } from '@kepu/schedule';
import { StatsQueryDto } from './stats.dto';
import { StatsErrors } from './stats-errors';
import type {
  DistrictStatsRow,
  GroupFigures,
  PublicFigures,
  RegisterFigures,
  ServiceFigures,
  StatsOverview,
  StatsScope,
  StatsSeriesPoint,
  VenueStatsRow,
} from './stats.views';

const MAX_PERIOD_DAYS = 3_660;
const CATEGORIES = ['adult', 'child', 'senior'] as const;

/**
 * Places of the days that have begun: utilisation compares people served with these, so the part
 * of a period still to come (slots already published) does not read as empty places.
 */
const PLACES_SO_FAR = `coalesce(sum(d.capacity) FILTER (WHERE d.day <= (now() AT TIME ZONE 'Asia/Shanghai')::date), 0)::int`;

/** A resolved scope: which venues (a condition over `res` and its parameter) and when. */
interface Scope extends StatsScope {
  /** A condition on the alias `res` (resources), its one parameter numbered `$n`. */
  where: (n: number) => string;
  param: unknown;
}

/** The first and last day of the quarter `today` falls in. */
function thisQuarter(today: string): [string, string] {
  const [year, month] = today.split('-').map(Number);
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const last = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return [`${year}-${pad(first)}-01`, `${year}-${pad(first + 2)}-${pad(last)}`];
}

/** Venues (`res`) in the region whose path is parameter `$n`, or in any region below it. */
const inRegion = (n: number) =>
  `res.region_code IN (SELECT code FROM regions WHERE path = $${n} OR path LIKE $${n} || '/%')`;

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);
const counts = (rows: { key: string; n: number }[]) => Object.fromEntries(rows.map((row) => [row.key, row.n]));

/** Sums of the daily rollup, as columns of one SELECT over `d` (stats_daily). */
const SERVICE_SUMS = `
  coalesce(sum(d.slots), 0)::int AS slots, coalesce(sum(d.capacity), 0)::int AS capacity,
  ${PLACES_SO_FAR} AS "placesSoFar",
  coalesce(sum(d.bookings), 0)::int AS bookings, coalesce(sum(d.people_booked), 0)::int AS "peopleBooked",
  coalesce(sum(d.people_served), 0)::int AS "peopleServed", coalesce(sum(d.people_no_show), 0)::int AS "peopleNoShow",
  coalesce(sum(d.cancelled_bookings), 0)::int AS "cancelledBookings", coalesce(sum(d.waitlisted), 0)::int AS waitlisted,
  coalesce(sum(d.promoted), 0)::int AS promoted,
  coalesce(sum(d.booked_adult), 0)::int AS booked_adult, coalesce(sum(d.booked_child), 0)::int AS booked_child,
  coalesce(sum(d.booked_senior), 0)::int AS booked_senior, coalesce(sum(d.served_adult), 0)::int AS served_adult,
  coalesce(sum(d.served_child), 0)::int AS served_child, coalesce(sum(d.served_senior), 0)::int AS served_senior,
  coalesce(sum(d.group_bookings), 0)::int AS "groupBookings",
  coalesce(sum(d.group_people_served), 0)::int AS "groupPeopleServed",
  coalesce(sum(d.people_booked_counter), 0)::int AS booked_counter,
  coalesce(sum(d.people_booked_phone), 0)::int AS booked_phone,
  coalesce(sum(d.walk_ins), 0)::int AS "walkIns"`;

/**
 * Figures for a region or a venue over a period: the register as it is now, service figures from
 * the daily rollup (kept by the worker; at most five minutes behind), and group visits. Scoped by
 * the caller: administrators see their regions, operators their organisations' venues.
 */
@Injectable()
export class StatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly regions: RegionTree,
    private readonly regionList: RegionsService,
  ) {}

  async scope(actor: Actor, query: StatsQueryDto): Promise<Scope> {
    const [quarterStart, quarterEnd] = thisQuarter(shanghaiToday());
    const from = query.from ?? quarterStart;
    const to = query.to ?? quarterEnd;
    if (to < from) throw new AppError(StatsErrors.PERIOD_INVERTED);
    if (addDays(from, MAX_PERIOD_DAYS) < to) throw new AppError(StatsErrors.PERIOD_TOO_LONG);

    if (query.resourceId) {
      const [venue] = await this.dataSource.query(
        `SELECT id, organisation_id AS "organisationId", region_code AS "regionCode" FROM venue_facts WHERE id = $1`,
        [query.resourceId],
      );
      if (!venue) throw new AppError(CoreErrors.NOT_FOUND);
      await this.policy.authorize(actor, 'stats.read_venue', venue);
      return { region: null, resourceIds: [venue.id], from, to, where: (n) => `res.id = $${n}`, param: venue.id };
    }
    const administered = administeredRegions(actor);
    if (administered === undefined || administered.length) {
      // An administrator's own region (a city admin's city); the system administrator's, the busiest city.
      const code = query.region ?? administered?.[0] ?? (await this.regionList.defaultCity());
      const region = await this.region(code);
      await this.policy.authorize(actor, 'stats.read_region', { regionCode: code });
      return {
        region: { code, name: region.name },
        resourceIds: null,
        from,
        to,
        where: inRegion,
        param: region.path,
      };
    }
    const organisations = actor.organisationsAs(Role.Operator);
    if (!organisations.length) throw new AppError(CoreErrors.FORBIDDEN);
    const venues: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM venue_facts WHERE organisation_id = ANY($1::uuid[]) ORDER BY name`,
      [organisations],
    );
    const ids = venues.map((venue) => venue.id);
    return { region: null, resourceIds: ids, from, to, where: (n) => `res.id = ANY($${n}::uuid[])`, param: ids };
  }

  async overview(actor: Actor, query: StatsQueryDto): Promise<StatsOverview> {
    const scope = await this.scope(actor, query);
    const [register, service, groups] = await Promise.all([
      this.register(scope),
      this.service(scope),
      this.groups(scope),
    ]);
    return { scope: this.publicScope(scope), register, service, groups };
  }

  async series(actor: Actor, query: StatsQueryDto, interval: 'day' | 'week' | 'month'): Promise<StatsSeriesPoint[]> {
    const scope = await this.scope(actor, query);
    // Every period of the range, those without sessions as zeros: the chart, the CSV and the
    // workbook have the same rows (14 weeks are 14 rows), and the time axis stays even.
    return this.dataSource.query(
      `WITH days AS (
         SELECT date_trunc('${interval}', d.day::timestamp) AS period, d.*
           FROM stats_daily d JOIN venue_facts res ON res.id = d.resource_id
          WHERE d.day BETWEEN $1 AND $2 AND ${scope.where(3)})
       SELECT to_char(p.period, 'YYYY-MM-DD') AS period,
              coalesce(sum(days.capacity), 0)::int AS capacity, coalesce(sum(days.bookings), 0)::int AS bookings,
              coalesce(sum(days.people_booked), 0)::int AS "peopleBooked",
              coalesce(sum(days.people_served), 0)::int AS "peopleServed",
              coalesce(sum(days.people_no_show), 0)::int AS "peopleNoShow",
              coalesce(sum(days.cancelled_bookings), 0)::int AS "cancelledBookings"
         FROM generate_series(date_trunc('${interval}', $1::date::timestamp), $2::date::timestamp,
                              interval '1 ${interval}') AS p(period)
         LEFT JOIN days ON days.period = p.period
        GROUP BY p.period ORDER BY p.period`,
      [scope.from, scope.to, scope.param],
    );
  }

  async venues(actor: Actor, query: StatsQueryDto): Promise<VenueStatsRow[]> {
    const scope = await this.scope(actor, query);
    const rows: (Omit<VenueStatsRow, 'utilisation' | 'noShowRate'> & { placesSoFar: number })[] =
      await this.dataSource.query(
        `SELECT res.id AS "resourceId", res.name, res.name_en AS "nameEn", res.region_code AS "regionCode", res.type,
              coalesce(sum(d.capacity), 0)::int AS capacity, ${PLACES_SO_FAR} AS "placesSoFar",
              coalesce(sum(d.bookings), 0)::int AS bookings,
              coalesce(sum(d.people_booked), 0)::int AS "peopleBooked",
              coalesce(sum(d.people_served), 0)::int AS "peopleServed",
              coalesce(sum(d.walk_ins), 0)::int AS "walkIns",
              coalesce(sum(d.people_no_show), 0)::int AS "peopleNoShow"
         FROM venue_facts res
         LEFT JOIN stats_daily d ON d.resource_id = res.id AND d.day BETWEEN $1 AND $2
        WHERE ${scope.where(3)} AND (res.status = 'published' OR d.resource_id IS NOT NULL)
        GROUP BY res.id, res.name, res.name_en, res.region_code, res.type ORDER BY "peopleServed" DESC, res.name`,
        [scope.from, scope.to, scope.param],
      );
    return rows.map(({ placesSoFar, ...row }) => ({
      ...row,
      utilisation: rate(row.peopleServed, placesSoFar),
      noShowRate: rate(row.peopleNoShow, row.peopleServed - row.walkIns + row.peopleNoShow),
    }));
  }

  /** The region's districts (or the district itself), with venues per 10,000 residents where the population is known. */
  async districts(actor: Actor, query: StatsQueryDto): Promise<DistrictStatsRow[]> {
    const scope = await this.scope(actor, query);
    if (!scope.region) throw new AppError(CoreErrors.FORBIDDEN);
    return this.districtRows(scope.region.code, scope.from, scope.to);
  }

  /** `GET /stats/public`: a region's year in headline figures, for everyone; without one, the busiest city's. */
  async publicFigures(city?: string, year = Number(shanghaiToday().slice(0, 4))): Promise<PublicFigures> {
    const regionCode = city ?? (await this.regionList.defaultCity());
    const region = await this.region(regionCode);
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const districts = await this.districtRows(regionCode, from, to);
    const [{ students }] = await this.dataSource.query(
      `SELECT coalesce(sum(g.students), 0)::int AS students
         FROM group_visits g JOIN venue_facts res ON res.id = g.resource_id
        WHERE g.status = 'approved' AND g.visit_date BETWEEN $1 AND $2
          AND ${inRegion(3)}`,
      [from, to, region.path],
    );
    const [{ refreshed }] = await this.dataSource.query(
      `SELECT coalesce(max(refreshed_at), now()) AS refreshed FROM stats_daily`,
    );
    return {
      region: { code: regionCode, name: region.name },
      year,
      venues: districts.reduce((sum, d) => sum + d.venues, 0),
      peopleServed: districts.reduce((sum, d) => sum + d.peopleServed + d.outreachPeopleReached, 0),
      outreachPeopleReached: districts.reduce((sum, d) => sum + d.outreachPeopleReached, 0),
      groupStudents: students,
      byDistrict: districts.map(
        ({ regionCode: code, name, venues, peopleServed, outreachPeopleReached, venuesPer10k }) => ({
          regionCode: code,
          name,
          venues,
          peopleServed: peopleServed + outreachPeopleReached,
          outreachPeopleReached,
          venuesPer10k,
        }),
      ),
      updatedAt: new Date(refreshed).toISOString(),
    };
  }

  private async districtRows(regionCode: string, from: string, to: string): Promise<DistrictStatsRow[]> {
    // The region's children, or the region itself when it has none (a district).
    const rows: Omit<DistrictStatsRow, 'venuesPer10k'>[] = await this.dataSource.query(
      `WITH parts AS (
         SELECT code, name, population, path FROM regions WHERE parent_code = $3
         UNION ALL
         SELECT code, name, population, path FROM regions
          WHERE code = $3 AND NOT EXISTS (SELECT 1 FROM regions WHERE parent_code = $3))
       SELECT p.code AS "regionCode", p.name, p.population,
              (SELECT count(*)::int FROM venue_facts res JOIN regions r ON r.code = res.region_code
                WHERE res.status = 'published' AND (r.path = p.path OR r.path LIKE p.path || '/%')) AS venues,
              coalesce(served.people_served, 0)::int AS "peopleServed",
              coalesce(served.people_booked, 0)::int AS "peopleBooked",
              (SELECT coalesce(sum(a.people_reached), 0)::int
                 FROM outreach_activities a JOIN outreach_orders o ON o.id = a.order_id JOIN regions r ON r.code = o.region_code
                WHERE o.status = 'completed' AND (a.starts_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2
                  AND (r.path = p.path OR r.path LIKE p.path || '/%')) AS "outreachPeopleReached"
         FROM parts p
         LEFT JOIN LATERAL (
           SELECT sum(d.people_served) AS people_served, sum(d.people_booked) AS people_booked
             FROM stats_daily d JOIN venue_facts res ON res.id = d.resource_id JOIN regions r ON r.code = res.region_code
            WHERE d.day BETWEEN $1 AND $2 AND (r.path = p.path OR r.path LIKE p.path || '/%')) served ON true
        ORDER BY p.code`,
      [from, to, regionCode],
    );
    return rows.map((row) => ({
      ...row,
      venuesPer10k: row.population ? Math.round((row.venues / row.population) * 10_000 * 1000) / 1000 : null,
    }));
  }

  private async region(code: string): Promise<{ name: string; path: string }> {
    const [region] = await this.dataSource.query(`SELECT name, path FROM regions WHERE code = $1`, [code]);
    if (!region) throw new AppError(CoreErrors.UNKNOWN_REGION);
    return region;
  }

  private publicScope({ region, resourceIds, from, to }: Scope): StatsScope {
    return { region, resourceIds, from, to };
  }

  private async register(scope: Scope): Promise<RegisterFigures> {
    const params = [scope.param];
    const published = `FROM venue_facts res WHERE res.status = 'published' AND ${scope.where(1)}`;
    const content = `FROM published_venue_content res
                    WHERE res.status = 'published' AND ${scope.where(1)}`;
    const [byType, byDistrict, byLevel, byAccessibility, [{ accessible }], [{ offerings }]] = await Promise.all([
      this.dataSource.query(`SELECT res.type AS key, count(*)::int AS n ${published} GROUP BY 1`, params),
      this.dataSource.query(`SELECT res.region_code AS key, count(*)::int AS n ${published} GROUP BY 1`, params),
      this.dataSource.query(
        `SELECT a->>'level' AS key, count(DISTINCT res.id)::int AS n ${content.replace(
          'WHERE',
          `CROSS JOIN jsonb_array_elements(res.accreditations) a WHERE ${currentAccreditationSql('a')} AND`,
        )} GROUP BY 1`,
        params,
      ),
      this.dataSource.query(
        `SELECT f AS key, count(*)::int AS n ${content.replace(
          'WHERE',
          `CROSS JOIN jsonb_array_elements_text(res.accessibility) f WHERE`,
        )} GROUP BY 1`,
        params,
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS accessible ${content} AND jsonb_array_length(res.accessibility) > 0`,
        params,
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS offerings FROM offering_facts o JOIN venue_facts res ON res.id = o.resource_id
          WHERE o.status = 'active' AND res.status = 'published' AND ${scope.where(1)}`,
        params,
      ),
    ]);
    const types = counts(byType);
    return {
      venues: Object.values(types).reduce((sum, n) => sum + n, 0),
      byType: types,
      byDistrict: counts(byDistrict),
      byAccreditationLevel: counts(byLevel),
      accessible,
      byAccessibility: counts(byAccessibility),
      activeOfferings: offerings,
    };
  }

  private async service(scope: Scope): Promise<ServiceFigures> {
    const [sums] = await this.dataSource.query(
      `SELECT ${SERVICE_SUMS}
         FROM stats_daily d JOIN venue_facts res ON res.id = d.resource_id
        WHERE d.day BETWEEN $1 AND $2 AND ${scope.where(3)}`,
      [scope.from, scope.to, scope.param],
    );
    const byCategory = (prefix: 'booked' | 'served') =>
      Object.fromEntries(CATEGORIES.map((c) => [c, sums[`${prefix}_${c}`] as number])) as Record<
        (typeof CATEGORIES)[number],
        number
      >;
    return {
      slots: sums.slots,
      capacity: sums.capacity,
      bookings: sums.bookings,
      peopleBooked: sums.peopleBooked,
      peopleServed: sums.peopleServed,
      walkIns: sums.walkIns,
      bookedByChannel: {
        online: sums.peopleBooked - sums.booked_counter - sums.booked_phone,
        counter: sums.booked_counter,
        phone: sums.booked_phone,
      },
      peopleNoShow: sums.peopleNoShow,
      cancelledBookings: sums.cancelledBookings,
      waitlisted: sums.waitlisted,
      promoted: sums.promoted,
      bookedByCategory: byCategory('booked'),
      servedByCategory: byCategory('served'),
      groupBookings: sums.groupBookings,
      groupPeopleServed: sums.groupPeopleServed,
      rates: {
        utilisation: rate(sums.peopleServed, sums.placesSoFar),
        noShow: rate(sums.peopleNoShow, sums.peopleServed - sums.walkIns + sums.peopleNoShow),
        cancellation: rate(sums.cancelledBookings, sums.bookings),
        waitlistConversion: rate(sums.promoted, sums.waitlisted),
      },
    };
  }

  /** Group visits dated in the period (requested ones by the day they were asked for). */
  private async groups(scope: Scope): Promise<GroupFigures> {
    const inScope = `FROM group_visits g JOIN venue_facts res ON res.id = g.resource_id
                     WHERE ${scope.where(3)}
                       AND coalesce(g.visit_date, (g.created_at AT TIME ZONE 'Asia/Shanghai')::date) BETWEEN $1 AND $2`;
    const params = [scope.from, scope.to, scope.param];
    const [[totals], byGrade, bySchool] = await Promise.all([
      this.dataSource.query(
        `SELECT count(*)::int AS requested, count(*) FILTER (WHERE g.status = 'approved')::int AS approved,
                coalesce(sum(g.students) FILTER (WHERE g.status = 'approved'), 0)::int AS students,
                coalesce(sum(g.teachers) FILTER (WHERE g.status = 'approved'), 0)::int AS teachers,
                count(g.rating)::int AS feedback, avg(g.rating)::float AS "averageRating" ${inScope}`,
        params,
      ),
      this.dataSource.query(
        `SELECT g.grade_band AS key, sum(g.students)::int AS n ${inScope} AND g.status = 'approved' GROUP BY 1`,
        params,
      ),
      this.dataSource.query(
        `SELECT g.school_id AS "schoolId", o.name, count(*)::int AS visits, sum(g.students)::int AS students
           ${inScope.replace('WHERE', 'JOIN organisation_names o ON o.id = g.school_id WHERE')} AND g.status = 'approved'
          GROUP BY g.school_id, o.name ORDER BY students DESC, o.name LIMIT 100`,
        params,
      ),
    ]);
    return {
      requested: totals.requested,
      approved: totals.approved,
      students: totals.students,
      teachers: totals.teachers,
      byGradeBand: counts(byGrade),
      bySchool,
      feedback: {
        count: totals.feedback,
        averageRating: totals.averageRating === null ? null : Math.round(totals.averageRating * 100) / 100,
      },
    };
  }
}
