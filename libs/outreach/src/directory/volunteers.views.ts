/**
 * What the volunteer endpoints answer. Times are ISO 8601 in Shanghai time
 * (`2026-05-01T09:30:00+08:00`).
 */
import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ORDER_STATUSES, OrderStatus } from '../orders/order.entity';

/** A nested model or null, written so the CLI plugin adds no `nullable` beside the explicit `anyOf`. */
type OrNull<T> = T | null;

export class VolunteerProfileView {
  /** As on the ID: printed on the certificate of hours. */
  realName!: string;
  skills!: string[];
  districtCodes!: string[];
}

/** A team (organisation) the account volunteers for. */
export class VolunteerTeamView {
  id!: string;
  name!: string;
}

/** An activity the volunteer joined, and what it was credited. */
export class VolunteerActivityView {
  activityId!: string;
  orderId!: string;
  @ApiProperty({ enum: ORDER_STATUSES })
  orderStatus!: OrderStatus;
  /** The menu item's title, or the order's topic for a free request. */
  title!: string;
  topic!: string;
  teamName!: string;
  startsAt!: string;
  endsAt!: string;
  signedInAt!: string | null;
  signedOutAt!: string | null;
  /** Set at sign-out: 0 when under 60 % of the scheduled duration. */
  creditedMinutes!: number | null;
}

/** Hours an administrator added by hand: kept apart from signed hours and marked as such. */
export class ManualHoursView {
  id!: string;
  accountId!: string;
  teamId!: string;
  teamName!: string;
  /** The activity they belong to, if the administrator named one. */
  activityId!: string | null;
  minutes!: number;
  reason!: string;
  addedAt!: string;
  /** Always true: these hours were added by hand, and the certificate says so. */
  handAdded!: boolean;
}

export class VolunteerTotalsView {
  /** Minutes credited from sign-in to sign-out. */
  creditedMinutes!: number;
  /** Minutes administrators added by hand, counted apart. */
  manualMinutes!: number;
  /** Activities attended with credited time. */
  activities!: number;
}

/** A volunteer's own record: empty for an account that volunteers for no team and never did. */
@ApiExtraModels(VolunteerProfileView)
export class VolunteerRecordView {
  @ApiProperty({
    anyOf: [{ $ref: getSchemaPath(VolunteerProfileView) }, { type: 'object', nullable: true, enum: [null] }],
  })
  profile!: OrNull<VolunteerProfileView>;
  teams!: VolunteerTeamView[];
  /** Latest first. */
  activities!: VolunteerActivityView[];
  totals!: VolunteerTotalsView;
  /** Latest first. */
  manualEntries!: ManualHoursView[];
}
