import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, AuditService, CoreErrors, RegionTree } from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { VOCABULARIES } from '@kepu/register';
import { shanghaiToday } from '@kepu/schedule';
import { AnnualServiceQueryDto, PutServiceCriteriaDto, ServiceCriteriaQueryDto } from './service-criteria.dto';
import type {
  AnnualServiceReport,
  AnnualServiceRow,
  ServiceCriteriaView,
  ServiceCriterionRow,
  ServiceStatus,
} from './service-criteria.views';
import { StatsErrors } from './stats-errors';
import { StatsService } from './stats.service';

const RESOURCE_TYPE_CODES = Object.keys(VOCABULARIES.resourceTypes);
const LEVEL_ORDER = Object.keys(VOCABULARIES.accreditationLevels);
const STATUS_ORDER: ServiceStatus[] = ['below', 'met', 'no_rule'];

/**
 * The rule for the resource type `typeSql` in the region at `pathSql`, as the lateral join `rule`:
 * the nearest region from there up that sets one (a district's rule overrides its city's).
 */
const nearestRule = (typeSql: string, pathSql: string) => `
  LEFT JOIN LATERAL (
    SELECT c.min_open_days, c.min_visitors, c.region_code, cr.name AS region_name
      FROM service_criteria c JOIN regions cr ON cr.code = c.region_code
     WHERE c.resource_type = ${typeSql} AND (${pathSql} = cr.path OR ${pathSql} LIKE cr.path || '/%')
     ORDER BY length(cr.path) DESC
     LIMIT 1) rule ON true`;

/**
 * Science bases' yearly service against their region's criteria (docs/register.md, "Yearly service
 * against the district's criteria"): the criteria per region and type, inherited down the region
 * tree, and each base's open days and visitors of a year from the daily rollup.
 */
@Injectable()
export class ServiceCriteriaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly regions: RegionTree,
    private readonly stats: StatsService,
    private readonly audit: AuditService,
  ) {}

  /** The rule that applies to each resource type in the region, and where it comes from. */
  async criteria(actor: Actor, query: ServiceCriteriaQueryDto): Promise<ServiceCriteriaView> {
    const { region } = await this.stats.scope(actor, { region: query.region });
    if (!region) throw new AppError(CoreErrors.FORBIDDEN);
    return this.view(actor, region);
  }

  /** Replaces the region's own rules; the types left out inherit from the region above. */
  async setCriteria(
    actor: Actor,
    regionCode: string,
    body: PutServiceCriteriaDto,
    correlationId?: string,
  ): Promise<ServiceCriteriaView> {
    if (!(await this.regions.exists(regionCode))) throw new AppError(CoreErrors.UNKNOWN_REGION);
    await this.policy.authorize(actor, 'stats.set_service_criteria', { regionCode });
    await this.dataSource.transaction(async (tx) => {
      // The region row serialises concurrent edits of its rules.
      await tx.query(`SELECT 1 FROM regions WHERE code = $1 FOR UPDATE`, [regionCode]);
      const before = await tx.query(
        `SELECT resource_type AS "resourceType", min_open_days AS "minOpenDays", min_visitors AS "minVisitors"
           FROM service_criteria WHERE region_code = $1 ORDER BY resource_type`,
        [regionCode],
      );
      await tx.query(`DELETE FROM service_criteria WHERE region_code = $1`, [regionCode]);
      await tx.query(
        `INSERT INTO service_criteria (region_code, resource_type, min_open_days, min_visitors, updated_by)
         SELECT $1::varchar, *, $5::uuid FROM unnest($2::text[], $3::int[], $4::int[])`,
        [
          regionCode,
          body.criteria.map((c) => c.resourceType),
          body.criteria.map((c) => c.minOpenDays),
          body.criteria.map((c) => c.minVisitors),
          actor.accountId,
        ],
      );
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'stats.service_criteria.update',
          subjectType: 'region',
          subjectId: regionCode,
          details: { before, after: body.criteria.map((c) => ({ ...c })) },
          correlationId,
        },
        tx,
      );
    });
    const [{ name }] = await this.dataSource.query(`SELECT name FROM regions WHERE code = $1`, [regionCode]);
    return this.view(actor, { code: regionCode, name });
  }

  /**
   * Each science base of the region (published, with an accreditation current during the year): its
   * open days and visitors of the year, against the rule for its type; those below first.
   */
  async annual(actor: Actor, query: AnnualServiceQueryDto): Promise<AnnualServiceReport> {
    const today = shanghaiToday();
    const thisYear = Number(today.slice(0, 4));
    const year = query.year ?? thisYear - 1;
    if (year > thisYear) throw new AppError(StatsErrors.YEAR_NOT_BEGUN);
    const from = `${year}-01-01`;
    const to = year === thisYear ? today : `${year}-12-31`;
    const scope = await this.stats.scope(actor, { region: query.region, from, to });
    if (!scope.region) throw new AppError(CoreErrors.FORBIDDEN);

    const rows: (Omit<AnnualServiceRow, 'openDaysBelow' | 'visitorsBelow' | 'status'> & { levels: string[] })[] =
      await this.dataSource.query(
        `SELECT res.id AS "resourceId", res.name, res.region_code AS "regionCode", res.type, acc.levels,
                coalesce(f.open_days, 0)::int AS "openDays", coalesce(f.visitors, 0)::int AS visitors,
                rule.min_open_days AS "minOpenDays", rule.min_visitors AS "minVisitors",
                rule.region_code AS "ruleRegionCode"
           FROM published_venue_content res
           JOIN regions rr ON rr.code = res.region_code
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
          WHERE res.status = 'published' AND acc.levels IS NOT NULL AND ${scope.where(4)}
          ORDER BY res.name, res.id`,
        [from, to, year, scope.param],
      );
    const bases = rows
      .map(({ levels, ...row }): AnnualServiceRow => {
        const ruled = row.minOpenDays !== null;
        const openDaysBelow = ruled ? row.openDays < row.minOpenDays! : null;
        const visitorsBelow = ruled ? row.visitors < row.minVisitors! : null;
        return {
          ...row,
          accreditationLevels: levels.sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b)),
          openDaysBelow,
          visitorsBelow,
          status: !ruled ? 'no_rule' : openDaysBelow || visitorsBelow ? 'below' : 'met',
        };
      })
      .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
    const [{ refreshed }] = await this.dataSource.query(
      `SELECT coalesce(max(refreshed_at), now()) AS refreshed FROM stats_daily`,
    );
    const count = (status: ServiceStatus) => bases.filter((b) => b.status === status).length;
    return {
      region: scope.region,
      year,
      from,
      to,
      complete: year < thisYear,
      bases,
      totals: {
        bases: bases.length,
        below: count('below'),
        met: count('met'),
        noRule: count('no_rule'),
        openDays: bases.reduce((sum, b) => sum + b.openDays, 0),
        visitors: bases.reduce((sum, b) => sum + b.visitors, 0),
      },
      updatedAt: new Date(refreshed).toISOString(),
    };
  }

  private async view(actor: Actor, region: { code: string; name: string }): Promise<ServiceCriteriaView> {
    const criteria: ServiceCriterionRow[] = await this.dataSource.query(
      `SELECT t.type AS "resourceType", rule.min_open_days AS "minOpenDays", rule.min_visitors AS "minVisitors",
              rule.region_code AS "sourceCode", rule.region_name AS "sourceName",
              coalesce(rule.region_code <> r.code, false) AS inherited
         FROM unnest($1::text[]) WITH ORDINALITY AS t (type, n)
        CROSS JOIN (SELECT code, path FROM regions WHERE code = $2) r
        ${nearestRule('t.type', 'r.path')}
        ORDER BY t.n`,
      [RESOURCE_TYPE_CODES, region.code],
    );
    const editable =
      (await this.policy.decide(actor, 'stats.set_service_criteria', { regionCode: region.code })) === 'allow';
    return { region, editable, criteria };
  }
}
