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
import { ServiceCriteriaStore } from './service-criteria.store';
import { StatsDailyStore } from './stats-daily.store';
import { StatsErrors } from './stats-errors';
import { StatsService } from './stats.service';

const RESOURCE_TYPE_CODES = Object.keys(VOCABULARIES.resourceTypes);
const LEVEL_ORDER = Object.keys(VOCABULARIES.accreditationLevels);
const STATUS_ORDER: ServiceStatus[] = ['below', 'met', 'no_rule'];

/**
 * Science bases' yearly service against their region's criteria (docs/register.md, "Yearly service
 * against the district's criteria"): the criteria per region and type, inherited down the region
 * tree, and each base's open days and visitors of a year from the daily rollup.
 */
@Injectable()
export class ServiceCriteriaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: ServiceCriteriaStore,
    private readonly daily: StatsDailyStore,
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
      await this.store.lockRegion(tx, regionCode);
      const before = await this.store.ofRegion(tx, regionCode);
      await this.store.replace(tx, regionCode, body.criteria, actor.accountId);
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
    const { name } = (await this.regions.find(regionCode))!;
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

    const regions = await this.regions.within(scope.region.code);
    const rows = await this.store.annual(from, to, year, regions);
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
    const refreshed = await this.daily.refreshedAt();
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
      updatedAt: refreshed.toISOString(),
    };
  }

  private async view(actor: Actor, region: { code: string; name: string }): Promise<ServiceCriteriaView> {
    const { path } = (await this.regions.find(region.code))!;
    const rules = await this.store.inForce(RESOURCE_TYPE_CODES, path);
    const criteria: ServiceCriterionRow[] = await Promise.all(
      rules.map(async ({ sourceCode, ...rule }) => ({
        ...rule,
        sourceCode,
        sourceName: sourceCode === null ? null : ((await this.regions.find(sourceCode))?.name ?? null),
        inherited: sourceCode !== null && sourceCode !== region.code,
      })),
    );
    const editable =
      (await this.policy.decide(actor, 'stats.set_service_criteria', { regionCode: region.code })) === 'allow';
    return { region, editable, criteria };
  }
}
