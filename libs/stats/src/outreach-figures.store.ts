import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { partOfSql, partsParam, partsSql, RegionPart } from './stats-scope';
import type { OutreachDistrictRow, OutreachTeamRow } from './stats.views';

/** Parameters of every query: $1 from, $2 to (Shanghai days), $3 the codes of the regions counted. */
const inRegion = (column: string) => `${column} = ANY($3::text[])`;
const onDay = (column: string) => `(${column} AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2`;
const hoursToTake = `round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o.taken_at - o.created_at) / 3600))::numeric, 1)::float`;

/**
 * Outreach figures (docs/outreach.md), read from the views outreach publishes (`outreach_order_facts`,
 * `outreach_activity_facts`, `volunteer_service_facts`, `volunteer_manual_minutes`) and register's
 * `organisation_names` for the teams (docs/table-ownership.md, "Read models").
 */
@Injectable()
export class OutreachFiguresStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The region's headline figures of the period. */
  async totals(
    from: string,
    to: string,
    regionCodes: string[],
  ): Promise<{
    byStatus: { status: string; n: number }[];
    taken: { median: number | null };
    delivered: { activities: number; people: number };
    hours: { volunteers: number; minutes: number };
    manual: { minutes: number };
    ratings: { count: number; average: number | null; low: number };
  }> {
    const q = <T>(sql: string): Promise<T[]> => this.dataSource.query(sql, [from, to, regionCodes]);
    const [byStatus, [taken], [delivered], [hours], [manual], [ratings]] = await Promise.all([
      q<{ status: string; n: number }>(
        `SELECT status, count(*)::int AS n FROM outreach_order_facts o
          WHERE ${onDay('o.created_at')} AND ${inRegion('o.region_code')} GROUP BY 1`,
      ),
      q<{ median: number | null }>(
        `SELECT ${hoursToTake} AS median FROM outreach_order_facts o
          WHERE o.taken_at IS NOT NULL AND ${onDay('o.created_at')} AND ${inRegion('o.region_code')}`,
      ),
      q<{ activities: number; people: number }>(
        `SELECT count(*)::int AS activities, coalesce(sum(a.people_reached), 0)::int AS people
           FROM outreach_activity_facts a JOIN outreach_order_facts o ON o.id = a.order_id
          WHERE o.status = 'completed' AND ${onDay('a.starts_at')} AND ${inRegion('o.region_code')}`,
      ),
      q<{ volunteers: number; minutes: number }>(
        `SELECT count(DISTINCT v.account_id)::int AS volunteers, coalesce(sum(v.credited_minutes), 0)::int AS minutes
           FROM volunteer_service_facts v JOIN outreach_activity_facts a ON a.id = v.activity_id
           JOIN outreach_order_facts o ON o.id = a.order_id
          WHERE v.signed_in_at IS NOT NULL AND ${onDay('a.starts_at')} AND ${inRegion('o.region_code')}`,
      ),
      q<{ minutes: number }>(
        `SELECT coalesce(sum(m.minutes), 0)::int AS minutes
           FROM volunteer_manual_minutes m JOIN organisation_names t ON t.id = m.team_id
          WHERE ${onDay('m.added_at')} AND ${inRegion('t.region_code')}`,
      ),
      q<{ count: number; average: number | null; low: number }>(
        `SELECT count(*)::int AS count, round(avg(o.rating), 2)::float AS average,
                count(*) FILTER (WHERE o.rating <= 2)::int AS low
           FROM outreach_order_facts o WHERE o.rating IS NOT NULL AND ${onDay('o.rated_at')} AND ${inRegion('o.region_code')}`,
      ),
    ]);
    return { byStatus, taken, delivered, hours, manual, ratings };
  }

  /** Each part of the region with its own figures. */
  byDistrict(from: string, to: string, parts: RegionPart[]): Promise<Omit<OutreachDistrictRow, 'name'>[]> {
    const within = (column: string) => `${column} IN (SELECT w.region_code FROM part_of w WHERE w.part = p.code)`;
    return this.dataSource.query(
      `WITH ${partOfSql(3)}
       SELECT p.code AS "regionCode",
              (SELECT count(*)::int FROM outreach_order_facts o WHERE ${onDay('o.created_at')} AND ${within('o.region_code')}) AS orders,
              (SELECT count(*)::int FROM outreach_order_facts o JOIN outreach_activity_facts a ON a.order_id = o.id
                WHERE o.status = 'completed' AND ${onDay('a.starts_at')} AND ${within('o.region_code')}) AS completed,
              (SELECT coalesce(sum(a.people_reached), 0)::int FROM outreach_order_facts o JOIN outreach_activity_facts a ON a.order_id = o.id
                WHERE o.status = 'completed' AND ${onDay('a.starts_at')} AND ${within('o.region_code')}) AS "peopleReached",
              (SELECT coalesce(sum(v.credited_minutes), 0)::int FROM volunteer_service_facts v
                 JOIN outreach_activity_facts a ON a.id = v.activity_id JOIN outreach_order_facts o ON o.id = a.order_id
                WHERE ${onDay('a.starts_at')} AND ${within('o.region_code')}) AS "volunteerMinutes",
              (SELECT ${hoursToTake} FROM outreach_order_facts o
                WHERE o.taken_at IS NOT NULL AND ${onDay('o.created_at')} AND ${within('o.region_code')}) AS "medianHoursToTake"
         FROM ${partsSql(3)} ORDER BY p.code`,
      [from, to, partsParam(parts)],
    );
  }

  /** Teams whose volunteers served in the region in the period, or were given hours there by hand. */
  byTeam(from: string, to: string, regionCodes: string[]): Promise<OutreachTeamRow[]> {
    return this.dataSource.query(
      `WITH credited AS (
         SELECT v.team_id, count(DISTINCT v.account_id)::int AS volunteers, count(DISTINCT v.activity_id)::int AS activities,
                coalesce(sum(v.credited_minutes), 0)::int AS minutes
           FROM volunteer_service_facts v JOIN outreach_activity_facts a ON a.id = v.activity_id
           JOIN outreach_order_facts o ON o.id = a.order_id
          WHERE v.signed_in_at IS NOT NULL AND ${onDay('a.starts_at')} AND ${inRegion('o.region_code')}
          GROUP BY v.team_id),
       manual AS (
         SELECT m.team_id, sum(m.minutes)::int AS minutes
           FROM volunteer_manual_minutes m JOIN organisation_names t ON t.id = m.team_id
          WHERE ${onDay('m.added_at')} AND ${inRegion('t.region_code')} GROUP BY m.team_id)
       SELECT t.id AS "teamId", coalesce(t.verified_name, t.name) AS name,
              coalesce(c.volunteers, 0) AS volunteers, coalesce(c.activities, 0) AS activities,
              coalesce(c.minutes, 0) AS minutes, coalesce(m.minutes, 0) AS "manualMinutes"
         FROM credited c FULL JOIN manual m ON m.team_id = c.team_id
         JOIN organisation_names t ON t.id = coalesce(c.team_id, m.team_id)
        ORDER BY minutes DESC, name`,
      [from, to, regionCodes],
    );
  }
}
