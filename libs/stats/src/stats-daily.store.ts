import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { partOfSql, partsParam, partsSql, RegionPart, Scope } from './stats-scope';
import type { DistrictStatsRow, StatsSeriesPoint, VenueStatsRow } from './stats.views';

const HELD = `('confirmed', 'checked_in', 'no_show')`;

/** Every figure of a venue-day: a merged venue's days are added to the kept venue's (docs/register.md). */
const FIGURES = [
  'slots',
  'capacity',
  'bookings',
  'people_booked',
  'people_served',
  'people_no_show',
  'cancelled_bookings',
  'waitlisted',
  'promoted',
  'booked_adult',
  'booked_child',
  'booked_senior',
  'served_adult',
  'served_child',
  'served_senior',
  'group_bookings',
  'group_people_served',
  'people_booked_counter',
  'people_booked_phone',
  'walk_ins',
];

/**
 * Places of the days that have begun: utilisation compares people served with these, so the part
 * of a period still to come (slots already published) does not read as empty places.
 */
const PLACES_SO_FAR = `coalesce(sum(d.capacity) FILTER (WHERE d.day <= (now() AT TIME ZONE 'Asia/Shanghai')::date), 0)::int`;

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

/** A venue's service figures before the rates are worked out. */
export type VenueFigures = Omit<VenueStatsRow, 'utilisation' | 'noShowRate'> & { placesSoFar: number };

/**
 * The daily rollup (`stats_daily`, docs/statistics.md): one row per venue and day, recomputed from
 * the views booking and schedule publish, and the figures read from it for a scope.
 */
@Injectable()
export class StatsDailyStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async isEmpty(): Promise<boolean> {
    const [{ empty }] = await this.dataSource.query(`SELECT NOT EXISTS (SELECT 1 FROM stats_daily) AS empty`);
    return empty;
  }

  /** When the rollup last ran (now, before its first run). */
  async refreshedAt(): Promise<Date> {
    const [{ refreshed }] = await this.dataSource.query(
      `SELECT coalesce(max(refreshed_at), now()) AS refreshed FROM stats_daily`,
    );
    return new Date(refreshed);
  }

  /** Recomputes the venue-days between `from` and `to` (inclusive); returns how many rows it wrote. */
  async rollUp(tx: EntityManager, from: string, to: string): Promise<number> {
    await tx.query(`DELETE FROM stats_daily WHERE day BETWEEN $1 AND $2`, [from, to]);
    const written = await tx.queryRunner!.query(
      `WITH s AS (
         SELECT resource_id, (starts_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
                count(*)::int AS slots, sum(capacity + group_capacity)::int AS capacity
           FROM slot_facts
          WHERE status <> 'cancelled'
            AND starts_at >= ($1::date::timestamp AT TIME ZONE 'Asia/Shanghai')
            AND starts_at < (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
          GROUP BY 1, 2),
       b AS (
         SELECT resource_id, visit_date AS day,
                count(*) FILTER (WHERE status IN ${HELD} OR status = 'cancelled')::int AS bookings,
                coalesce(sum(party_size) FILTER (WHERE status IN ${HELD}), 0)::int AS people_booked,
                coalesce(sum(party_size) FILTER (WHERE status IN ${HELD} AND channel = 'counter'), 0)::int
                  AS people_booked_counter,
                coalesce(sum(party_size) FILTER (WHERE status IN ${HELD} AND channel = 'phone'), 0)::int
                  AS people_booked_phone,
                coalesce(sum(coalesce(checked_in_count, party_size)) FILTER (WHERE status = 'checked_in'), 0)::int
                  AS people_served,
                coalesce(sum(party_size) FILTER (WHERE status = 'no_show'), 0)::int AS people_no_show,
                count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled_bookings,
                count(*) FILTER (WHERE status IN ('waitlisted', 'expired') OR promoted_at IS NOT NULL)::int
                  AS waitlisted,
                count(*) FILTER (WHERE promoted_at IS NOT NULL)::int AS promoted,
                count(*) FILTER (WHERE kind = 'group' AND status IN ${HELD})::int AS group_bookings,
                coalesce(sum(coalesce(checked_in_count, party_size))
                  FILTER (WHERE kind = 'group' AND status = 'checked_in'), 0)::int AS group_people_served
           FROM booking_facts
          WHERE visit_date BETWEEN $1 AND $2
          GROUP BY 1, 2),
       v AS (
         SELECT b.resource_id, b.visit_date AS day,
                count(*) FILTER (WHERE v.category = 'adult' AND b.status IN ${HELD})::int AS booked_adult,
                count(*) FILTER (WHERE v.category = 'child' AND b.status IN ${HELD})::int AS booked_child,
                count(*) FILTER (WHERE v.category = 'senior' AND b.status IN ${HELD})::int AS booked_senior,
                count(*) FILTER (WHERE v.category = 'adult' AND b.status = 'checked_in')::int AS served_adult,
                count(*) FILTER (WHERE v.category = 'child' AND b.status = 'checked_in')::int AS served_child,
                count(*) FILTER (WHERE v.category = 'senior' AND b.status = 'checked_in')::int AS served_senior
           FROM booking_visitor_categories v JOIN booking_facts b ON b.id = v.booking_id
          WHERE b.visit_date BETWEEN $1 AND $2
          GROUP BY 1, 2),
       w AS (
         SELECT resource_id, visit_date AS day, sum(count)::int AS walk_ins
           FROM walk_in_counts
          WHERE visit_date BETWEEN $1 AND $2
          GROUP BY 1, 2)
       INSERT INTO stats_daily (resource_id, day, slots, capacity, bookings, people_booked, people_served,
                                people_no_show, cancelled_bookings, waitlisted, promoted, booked_adult, booked_child,
                                booked_senior, served_adult, served_child, served_senior, group_bookings,
                                group_people_served, people_booked_counter, people_booked_phone, walk_ins)
       SELECT resource_id, day, coalesce(s.slots, 0), coalesce(s.capacity, 0), coalesce(b.bookings, 0),
              coalesce(b.people_booked, 0), coalesce(b.people_served, 0) + coalesce(w.walk_ins, 0),
              coalesce(b.people_no_show, 0),
              coalesce(b.cancelled_bookings, 0), coalesce(b.waitlisted, 0), coalesce(b.promoted, 0),
              coalesce(v.booked_adult, 0), coalesce(v.booked_child, 0), coalesce(v.booked_senior, 0),
              coalesce(v.served_adult, 0), coalesce(v.served_child, 0), coalesce(v.served_senior, 0),
              coalesce(b.group_bookings, 0), coalesce(b.group_people_served, 0),
              coalesce(b.people_booked_counter, 0), coalesce(b.people_booked_phone, 0), coalesce(w.walk_ins, 0)
         FROM s FULL JOIN b USING (resource_id, day) LEFT JOIN v USING (resource_id, day)
         LEFT JOIN w USING (resource_id, day)`,
      [from, to],
      true,
    );
    return written.affected ?? 0;
  }

  /** Adds the merged venue's days to the kept venue's; returns how many days the kept venue got or changed. */
  async moveVenue(tx: EntityManager, from: string, into: string): Promise<number> {
    const [{ days }]: { days: number }[] = await tx.query(
      `WITH moved AS (DELETE FROM stats_daily WHERE resource_id = $1 RETURNING *),
              added AS (
                INSERT INTO stats_daily (resource_id, day, ${FIGURES.join(', ')})
                SELECT $2, day, ${FIGURES.join(', ')} FROM moved
                ON CONFLICT (resource_id, day) DO UPDATE
                  SET ${FIGURES.map((f) => `${f} = stats_daily.${f} + EXCLUDED.${f}`).join(', ')}, refreshed_at = now()
                RETURNING 1)
         SELECT count(*)::int AS days FROM added`,
      [from, into],
    );
    return days;
  }

  /**
   * Service figures per day, week or month of the period, oldest first; every period of the range,
   * those without sessions as zeros, so the chart, the CSV and the workbook have the same rows and
   * the time axis stays even.
   */
  series(scope: Scope, interval: 'day' | 'week' | 'month'): Promise<StatsSeriesPoint[]> {
    return this.dataSource.query(
      `WITH days AS (
         SELECT date_trunc($4, d.day::timestamp) AS period, d.*
           FROM stats_daily d JOIN venue_facts res ON res.id = d.resource_id
          WHERE d.day BETWEEN $1 AND $2 AND ${scope.where(3)})
       SELECT to_char(p.period, 'YYYY-MM-DD') AS period,
              coalesce(sum(days.capacity), 0)::int AS capacity, coalesce(sum(days.bookings), 0)::int AS bookings,
              coalesce(sum(days.people_booked), 0)::int AS "peopleBooked",
              coalesce(sum(days.people_served), 0)::int AS "peopleServed",
              coalesce(sum(days.people_no_show), 0)::int AS "peopleNoShow",
              coalesce(sum(days.cancelled_bookings), 0)::int AS "cancelledBookings"
         FROM generate_series(date_trunc($4, $1::date::timestamp), $2::date::timestamp,
                              ('1 ' || $4)::interval) AS p(period)
         LEFT JOIN days ON days.period = p.period
        GROUP BY p.period ORDER BY p.period`,
      [scope.from, scope.to, scope.param, interval],
    );
  }

  /** Each venue in scope with its figures of the period: the published ones, and any other that served in it. */
  venueFigures(scope: Scope): Promise<VenueFigures[]> {
    return this.dataSource.query(
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
  }

  /** The period's sums over the venues in scope, as SERVICE_SUMS names them. */
  async serviceSums(scope: Scope): Promise<Record<string, number>> {
    const [sums] = await this.dataSource.query(
      `SELECT ${SERVICE_SUMS}
         FROM stats_daily d JOIN venue_facts res ON res.id = d.resource_id
        WHERE d.day BETWEEN $1 AND $2 AND ${scope.where(3)}`,
      [scope.from, scope.to, scope.param],
    );
    return sums;
  }

  /**
   * Each part of a region: its published venues now, and its people served and booked in the
   * period, with the people outreach reached there (outreach's views).
   */
  districtFigures(
    from: string,
    to: string,
    parts: RegionPart[],
  ): Promise<Omit<DistrictStatsRow, 'name' | 'population' | 'venuesPer10k'>[]> {
    return this.dataSource.query(
      `WITH ${partOfSql(3)},
       venues AS (
         SELECT w.part, count(*)::int AS n FROM venue_facts res JOIN part_of w ON w.region_code = res.region_code
          WHERE res.status = 'published' GROUP BY w.part),
       served AS (
         SELECT w.part, sum(d.people_served) AS people_served, sum(d.people_booked) AS people_booked
           FROM stats_daily d JOIN venue_facts res ON res.id = d.resource_id JOIN part_of w ON w.region_code = res.region_code
          WHERE d.day BETWEEN $1 AND $2 GROUP BY w.part),
       reached AS (
         SELECT w.part, sum(a.people_reached) AS people
           FROM outreach_activity_facts a JOIN outreach_order_facts o ON o.id = a.order_id
           JOIN part_of w ON w.region_code = o.region_code
          WHERE o.status = 'completed' AND (a.starts_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2
          GROUP BY w.part)
       SELECT p.code AS "regionCode", coalesce(v.n, 0) AS venues, coalesce(s.people_served, 0)::int AS "peopleServed",
              coalesce(s.people_booked, 0)::int AS "peopleBooked", coalesce(r.people, 0)::int AS "outreachPeopleReached"
         FROM ${partsSql(3)}
         LEFT JOIN venues v ON v.part = p.code LEFT JOIN served s ON s.part = p.code LEFT JOIN reached r ON r.part = p.code
        ORDER BY p.code`,
      [from, to, partsParam(parts)],
    );
  }
}
