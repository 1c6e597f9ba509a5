/**
 * What the yearly-service endpoints answer (docs/register.md, "Yearly service against the
 * district's criteria"). A rule is the minimum of open days and visitors a science base of one
 * resource type must reach in a year; the nearest region that sets one (district, city, province) wins.
 */
import { ApiProperty } from '@nestjs/swagger';
import { StatsRegion } from './stats.views';

/** The rule that applies to one resource type in a region, and where it comes from. */
export class ServiceCriterionRow {
  /** A resource type code. */
  resourceType!: string;
  /** Null when no region from here up sets a rule for the type. */
  minOpenDays!: number | null;
  minVisitors!: number | null;
  /** The region that sets the rule (this one or the nearest above); null without a rule. */
  sourceCode!: string | null;
  sourceName!: string | null;
  /** True when the rule is a region above's, not this region's own. */
  inherited!: boolean;
}

/** `GET /stats/service-criteria`: one row per resource type of the vocabulary. */
export class ServiceCriteriaView {
  region!: StatsRegion;
  /** Whether the caller may set this region's own rules. */
  editable!: boolean;
  criteria!: ServiceCriterionRow[];
}

export const SERVICE_STATUSES = ['below', 'met', 'no_rule'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** One science base's year against the rule for its type. */
export class AnnualServiceRow {
  resourceId!: string;
  name!: string;
  regionCode!: string;
  /** A resource type code. */
  type!: string;
  /** Levels of the accreditations current during the year (codes, highest first). */
  accreditationLevels!: string[];
  /** Days in the period with a slot offered (not cancelled) or a visitor checked in. */
  openDays!: number;
  /** People checked in during the period (a group's counted headcount). */
  visitors!: number;
  /** The threshold for the base's type in its region; null without a rule. */
  minOpenDays!: number | null;
  minVisitors!: number | null;
  /** The region whose rule applies; null without a rule. */
  ruleRegionCode!: string | null;
  /** True when the open days fall short of the rule; null without a rule. */
  openDaysBelow!: boolean | null;
  visitorsBelow!: boolean | null;
  /** `below` when either measure falls short, `met`, or `no_rule` for a type without one. */
  @ApiProperty({ enum: SERVICE_STATUSES })
  status!: ServiceStatus;
}

export class AnnualServiceTotals {
  bases!: number;
  below!: number;
  met!: number;
  noRule!: number;
  openDays!: number;
  visitors!: number;
}

/** `GET /stats/annual-service`: a region's science bases over a year, those below their rule first. */
export class AnnualServiceReport {
  region!: StatsRegion;
  year!: number;
  /** The first day counted (a Beijing date). */
  from!: string;
  /** The last day counted: the year's last, or today for the year in progress. */
  to!: string;
  /** False for the year in progress: the figures so far. */
  complete!: boolean;
  bases!: AnnualServiceRow[];
  totals!: AnnualServiceTotals;
  /** When the figures were last rolled up. */
  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}
