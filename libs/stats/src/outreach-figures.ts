import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, CoreErrors } from '@kepu/core';
import { Actor } from '@kepu/identity';
import { StatsQueryDto } from './stats.dto';
import { StatsService } from './stats.service';
import type { OutreachDistrictRow, OutreachFigures, OutreachOrderCounts, OutreachTeamRow } from './stats.views';

const STATUSES = ['submitted', 'open', 'taken', 'scheduled', 'confirmed', 'completed', 'cancelled'] as const;

/** Parameters of every query: $1 from, $2 to (Shanghai days), $3 the region's path. */
const inRegion = (column: string) => `${column} IN (SELECT code FROM regions WHERE path = $3 OR path LIKE $3 || '/%')`;
const onDay = (column: string) => `(${column} AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2`;
const hoursToTake = `round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o.taken_at - o.created_at) / 3600))::numeric, 1)::float`;

/**
 * Outreach figures of a region (docs/outreach.md): orders made in the period and how fast they
 * were taken, activities held in it with the people they reached, volunteers' hours (credited and
 * hand-added apart), and ratings given in it. Administrators of the region only.
 */
@Injectable()
export class OutreachFiguresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stats: StatsService,
  ) {}

  async figures(actor: Actor, query: StatsQueryDto): Promise<OutreachFigures> {
    const scope = await this.stats.scope(actor, { ...query, resourceId: undefined });
    // Operators have venues, not regions: outreach figures are the districts'.
    if (!scope.region) throw new AppError(CoreErrors.FORBIDDEN);
    const params = [scope.from, scope.to, scope.param];
    const q = <T>(sql: string): Promise<T[]> => this.dataSource.query(sql, params);
    const [byStatus, [taken], [delivered], [hours], [manual], [ratings], byDistrict, byTeam] = await Promise.all([
      q<{ status: string; n: number }>(
        `SELECT status, count(*)::int AS n FROM outreach_orders o
          WHERE ${onDay('o.created_at')} AND ${inRegion('o.region_code')} GROUP BY 1`,
      ),
      q<{ median: number | null }>(
        `SELECT ${hoursToTake} AS median FROM outreach_orders o
          WHERE o.taken_at IS NOT NULL AND ${onDay('o.created_at')} AND ${inRegion('o.region_code')}`,
      ),
      q<{ activities: number; people: number }>(
        `SELECT count(*)::int AS activities, coalesce(sum(a.people_reached), 0)::int AS people
           FROM outreach_activities a JOIN outreach_orders o ON o.id = a.order_id
          WHERE o.status = 'completed' AND ${onDay('a.starts_at')} AND ${inRegion('o.region_code')}`,
      ),
      q<{ volunteers: number; minutes: number }>(
        `SELECT count(DISTINCT v.account_id)::int AS volunteers, coalesce(sum(v.credited_minutes), 0)::int AS minutes
           FROM outreach_activity_volunteers v JOIN outreach_activities a ON a.id = v.activity_id
           JOIN outreach_orders o ON o.id = a.order_id
          WHERE v.signed_in_at IS NOT NULL AND ${onDay('a.starts_at')} AND ${inRegion('o.region_code')}`,
      ),
      q<{ minutes: number }>(
        `SELECT coalesce(sum(m.minutes), 0)::int AS minutes
           FROM volunteer_manual_hours m JOIN organisation_names t ON t.id = m.team_id
          WHERE ${onDay('m.added_at')} AND ${inRegion('t.region_code')}`,
      ),
      q<{ count: number; average: number | null; low: number }>(
        `SELECT count(*)::int AS count, round(avg(o.rating), 2)::float AS average,
                count(*) FILTER (WHERE o.rating <= 2)::int AS low
           FROM outreach_orders o WHERE o.rating IS NOT NULL AND ${onDay('o.rated_at')} AND ${inRegion('o.region_code')}`,
      ),
      this.byDistrict(params),
      this.byTeam(params),
    ]);
    const statuses = Object.fromEntries(byStatus.map((row) => [row.status, row.n]));
    const orders = Object.fromEntries(STATUSES.map((status) => [status, statuses[status] ?? 0])) as Omit<
      OutreachOrderCounts,
      'total'
    >;
    return {
      scope: { region: scope.region, resourceIds: null, from: scope.from, to: scope.to },
      orders: { total: byStatus.reduce((sum, row) => sum + row.n, 0), ...orders },
      medianHoursToTake: taken.median,
      activitiesDelivered: delivered.activities,
      peopleReached: delivered.people,
      volunteers: hours.volunteers,
      volunteerMinutes: hours.minutes,
      manualMinutes: manual.minutes,
      ratings: ratings.count,
      averageRating: ratings.average,
      lowRatings: ratings.low,
      byDistrict,
      byTeam,
    };
  }

  /** The region's children (or the region itself when it has none), each with its own figures. */
  private byDistrict(params: unknown[]): Promise<OutreachDistrictRow[]> {
    const within = (column: string) =>
      `${column} IN (SELECT code FROM regions WHERE path = p.path OR path LIKE p.path || '/%')`;
    return this.dataSource.query(
      `WITH region AS (SELECT code FROM regions WHERE path = $3),
       parts AS (
         SELECT code, name, path FROM regions WHERE parent_code = (SELECT code FROM region)
         UNION ALL
         SELECT code, name, path FROM regions
          WHERE path = $3 AND NOT EXISTS (SELECT 1 FROM regions WHERE parent_code = (SELECT code FROM region)))
       SELECT p.code AS "regionCode", p.name,
              (SELECT count(*)::int FROM outreach_orders o WHERE ${onDay('o.created_at')} AND ${within('o.region_code')}) AS orders,
              (SELECT count(*)::int FROM outreach_orders o JOIN outreach_activities a ON a.order_id = o.id
                WHERE o.status = 'completed' AND ${onDay('a.starts_at')} AND ${within('o.region_code')}) AS completed,
              (SELECT coalesce(sum(a.people_reached), 0)::int FROM outreach_orders o JOIN outreach_activities a ON a.order_id = o.id
                WHERE o.status = 'completed' AND ${onDay('a.starts_at')} AND ${within('o.region_code')}) AS "peopleReached",
              (SELECT coalesce(sum(v.credited_minutes), 0)::int FROM outreach_activity_volunteers v
                 JOIN outreach_activities a ON a.id = v.activity_id JOIN outreach_orders o ON o.id = a.order_id
                WHERE ${onDay('a.starts_at')} AND ${within('o.region_code')}) AS "volunteerMinutes",
              (SELECT ${hoursToTake} FROM outreach_orders o
                WHERE o.taken_at IS NOT NULL AND ${onDay('o.created_at')} AND ${within('o.region_code')}) AS "medianHoursToTake"
         FROM parts p ORDER BY p.code`,
      params,
    );
  }

  /** Teams whose volunteers served in the region in the period, or were given hours there by hand. */
  private byTeam(params: unknown[]): Promise<OutreachTeamRow[]> {
    return this.dataSource.query(
      `WITH credited AS (
         SELECT v.team_id, count(DISTINCT v.account_id)::int AS volunteers, count(DISTINCT v.activity_id)::int AS activities,
                coalesce(sum(v.credited_minutes), 0)::int AS minutes
           FROM outreach_activity_volunteers v JOIN outreach_activities a ON a.id = v.activity_id
           JOIN outreach_orders o ON o.id = a.order_id
          WHERE v.signed_in_at IS NOT NULL AND ${onDay('a.starts_at')} AND ${inRegion('o.region_code')}
          GROUP BY v.team_id),
       manual AS (
         SELECT m.team_id, sum(m.minutes)::int AS minutes
           FROM volunteer_manual_hours m JOIN organisation_names t ON t.id = m.team_id
          WHERE ${onDay('m.added_at')} AND ${inRegion('t.region_code')} GROUP BY m.team_id)
       SELECT t.id AS "teamId", coalesce(t.verified_name, t.name) AS name,
              coalesce(c.volunteers, 0) AS volunteers, coalesce(c.activities, 0) AS activities,
              coalesce(c.minutes, 0) AS minutes, coalesce(m.minutes, 0) AS "manualMinutes"
         FROM credited c FULL JOIN manual m ON m.team_id = c.team_id
         JOIN organisation_names t ON t.id = coalesce(c.team_id, m.team_id)
        ORDER BY minutes DESC, name`,
      params,
    );
  }
}
