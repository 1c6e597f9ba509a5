import { Injectable } from '@nestjs/common';
import { AppError, CoreErrors } from '@kepu/core';
import { Actor } from '@kepu/identity';
import { OutreachFiguresStore } from './outreach-figures.store';
import type { RegionPart } from './stats-scope';
import { StatsQueryDto } from './stats.dto';
import { StatsService } from './stats.service';
import type { OutreachDistrictRow, OutreachFigures, OutreachOrderCounts } from './stats.views';

const STATUSES = ['submitted', 'open', 'taken', 'scheduled', 'confirmed', 'completed', 'cancelled'] as const;

/**
 * Outreach figures of a region (docs/outreach.md): orders made in the period and how fast they
 * were taken, activities held in it with the people they reached, volunteers' hours (credited and
 * hand-added apart), and ratings given in it. Administrators of the region only.
 */
@Injectable()
export class OutreachFiguresService {
  constructor(
    private readonly store: OutreachFiguresStore,
    private readonly stats: StatsService,
  ) {}

  async figures(actor: Actor, query: StatsQueryDto): Promise<OutreachFigures> {
    const scope = await this.stats.scope(actor, { ...query, resourceId: undefined });
    // Operators have venues, not regions: outreach figures are the districts'.
    if (!scope.region) throw new AppError(CoreErrors.FORBIDDEN);
    const { from, to } = scope;
    const [codes, parts] = await Promise.all([
      this.stats.codesWithin(scope.region.code),
      this.stats.regionParts(scope.region.code),
    ]);
    const [{ byStatus, taken, delivered, hours, manual, ratings }, byDistrict, byTeam] = await Promise.all([
      this.store.totals(from, to, codes),
      this.byDistrict(from, to, parts),
      this.store.byTeam(from, to, codes),
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
  private async byDistrict(from: string, to: string, parts: RegionPart[]): Promise<OutreachDistrictRow[]> {
    const names = new Map(parts.map((part) => [part.code, part.name]));
    const rows = await this.store.byDistrict(from, to, parts);
    return rows.map(({ regionCode, ...figures }) => ({ regionCode, name: names.get(regionCode)!, ...figures }));
  }
}
