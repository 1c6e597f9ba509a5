import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { PageOf } from '@kepu/core';
import { REVISION_STATES, type RevisionState } from '../resources/resource-revision.entity';
import { RESOURCE_STATUSES, type ResourceStatus } from '../resources/resource.entity';

/** The organisation that runs a stale resource. */
export class StaleResourceOrganisation {
  id!: string;
  name!: string;
}

/** A published resource nobody confirmed for REGISTER_RECONFIRM_MONTHS (docs/register.md). */
export class StaleResource {
  resourceId!: string;
  name!: string;
  regionCode!: string;
  organisation!: StaleResourceOrganisation;
  confirmedAt!: Date;
  /** When the upkeep job marked it stale. */
  staleSince!: Date;
  /** Whole months since it was last confirmed. */
  monthsSinceConfirmation!: number;
  /** Out of search after REGISTER_HIDE_AFTER_MONTHS, until its operator confirms it. */
  outOfSearch!: boolean;
  outOfSearchSince!: Date | null;
}

export class StaleResourcePage extends PageOf(StaleResource) {}

/** A nested model or null, written so the CLI plugin adds no `nullable` beside the explicit `anyOf`. */
type OrNull<T> = T | null;

/** The edit of a venue under way: a draft, under review, returned or refused. */
export class PendingEdit {
  @ApiProperty({ enum: REVISION_STATES.filter((state) => state !== 'approved') })
  state!: Exclude<RevisionState, 'approved'>;
  submittedAt!: Date | null;
}

/** Where a venue stands with its reviewers and its yearly re-confirmation (docs/register.md). */
@ApiExtraModels(PendingEdit)
export class VenueStanding {
  resourceId!: string;
  name!: string;
  @ApiProperty({ enum: RESOURCE_STATUSES })
  status!: ResourceStatus;
  @ApiProperty({ anyOf: [{ $ref: getSchemaPath(PendingEdit) }, { type: 'object', nullable: true, enum: [null] }] })
  pending!: OrNull<PendingEdit>;
  /** When the yearly re-confirmation falls due; null until first published. */
  confirmBy!: Date | null;
  /** The re-confirmation is due (from a month before `confirmBy`). */
  confirmationDue!: boolean;
  /** Not re-confirmed in time: the public page says 信息待更新. */
  stale!: boolean;
  /** Out of search until its operators confirm it. */
  outOfSearch!: boolean;
}
