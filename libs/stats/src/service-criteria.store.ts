import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AnnualServiceRow } from './service-criteria.views';

/**
 * Serialises edits of one region's rules: a transaction-scoped advisory lock on (this key, the
 * region code's hash). Two-key advisory locks do not share a key space with core's one-key locks.
 */
const CRITERIA_EDIT_LOCK = 4_400_302;

/**
 * The rule for the resource type `typeSql` in the region at `pathSql`, as the lateral join `rule`:
 * the nearest region from there up that sets one (a district's rule overrides its city's). A path
 * is the codes from the root down, joined by `/` (docs/regions.md).
 */
const nearestRule = (typeSql: string, pathSql: string) => `
  LEFT JOIN LATERAL (
    SELECT c.min_open_days, c.min_visitors, c.region_code
      FROM service_criteria c
     WHERE c.resource_type = ${typeSql} AND c.region_code = ANY(string_to_array(${pathSql}, '/'))
     ORDER BY array_position(string_to_array(${pathSql}, '/'), c.region_code::text) DESC
     LIMIT 1) rule ON true`;

/** A rule as a region sets it. */
export interface Criterion {
  resourceType: string;
  minOpenDays: number;
  minVisitors: number;
}

/** A science base's year before it is judged against its rule. */
export type AnnualFigures = Omit<
  AnnualServiceRow,
  'accreditationLevels' | 'openDaysBelow' | 'visitorsBelow' | 'status'
> & {
  levels: string[];
};

/**
 * Yearly service criteria (`service_criteria`, docs/register.md, "Yearly service against the
 * district's criteria") and the yearly report that judges science bases by them, over the daily
 * rollup and register's `published_venue_content` view.
 */
@Injectable()
export class ServiceCriteriaStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Held until the transaction ends: concurrent edits of the region's rules wait their turn. */
  async lockRegion(tx: EntityManager, regionCode: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [CRITERIA_EDIT_LOCK, regionCode]);
  }

  /** The region's own rules, by resource type. */
  ofRegion(tx: EntityManager, regionCode: string): Promise<Criterion[]> {
    return tx.query(
      `SELECT resource_type AS "resourceType", min_open_days AS "minOpenDays", min_visitors AS "minVisitors"
         FROM service_criteria WHERE region_code = $1 ORDER BY resource_type`,
      [regionCode],
    );
  }

  /** Replaces the region's own rules with these. */
  async replace(tx: EntityManager, regionCode: string, criteria: Criterion[], accountId: string): Promise<void> {
    await tx.query(`DELETE FROM service_criteria WHERE region_code = $1`, [regionCode]);
    await tx.query(
      `INSERT INTO service_criteria (region_code, resource_type, min_open_days, min_visitors, updated_by)
       SELECT $1::varchar, *, $5::uuid FROM unnest($2::text[], $3::int[], $4::int[])`,
      [
        regionCode,
        criteria.map((c) => c.resourceType),
        criteria.map((c) => c.minOpenDays),
        criteria.map((c) => c.minVisitors),
        accountId,
      ],
    );
  }

  /** The rule in force for each of these types in the region at `path`, in their order, and the region that sets it. */
  inForce(
    types: string[],
    path: string,
  ): Promise<
    { resourceType: string; minOpenDays: number | null; minVisitors: number | null; sourceCode: string | null }[]
  > {
    return this.dataSource.query(
      `SELECT t.type AS "resourceType", rule.min_open_days AS "minOpenDays", rule.min_visitors AS "minVisitors",
              rule.region_code AS "sourceCode"
         FROM unnest($1::text[]) WITH ORDINALITY AS t (type, n)
        ${nearestRule('t.type', '$2::text')}
        ORDER BY t.n`,
      [types, path],
    );
  }

  /**
   * Each science base filed under these regions (published, with an accreditation current during
   * the year): its open days and visitors from the daily rollup, and the rule for its type.
   */
  annual(from: string, to: string, year: number, regions: { code: string; path: string }[]): Promise<AnnualFigures[]> {
    return this.dataSource.query(
      `SELECT res.id AS "resourceId", res.name, res.region_code AS "regionCode", res.type, acc.levels,
              coalesce(f.open_days, 0)::int AS "openDays", coalesce(f.visitors, 0)::int AS visitors,
              rule.min_open_days AS "minOpenDays", rule.min_visitors AS "minVisitors",
              rule.region_code AS "ruleRegionCode"
         FROM published_venue_content res
         JOIN jsonb_to_recordset($4::jsonb) AS rr(code text, path text) ON rr.code = res.region_code
         CROSS JOIN LATERAL (
           SELECT array_agg(DISTINCT a->>'level') AS levels
             FROM jsonb_array_elements(res.accreditations) a
            WHERE (a->>'yearGranted')::int <= $3
              -- Current on some day of the year: it stops counting on its expiry date (docs/register.md).
              AND (a->>'expiresOn' IS NULL OR (a->>'expiresOn')::date > $1::date)) acc
         LEFT JOIN LATERAL (
           SELECT count(*) FILTER (WHERE d.slots > 0 OR d.people_served > 0) AS open_days,
                  sum(d.people_served) AS visitors
             FROM stats_daily d
            WHERE d.resource_id = res.id AND d.day BETWEEN $1 AND $2) f ON true
         ${nearestRule('res.type', 'rr.path')}
        WHERE res.status = 'published' AND acc.levels IS NOT NULL
        ORDER BY res.name, res.id`,
      [from, to, year, JSON.stringify(regions.map(({ code, path }) => ({ code, path })))],
    );
  }
}
