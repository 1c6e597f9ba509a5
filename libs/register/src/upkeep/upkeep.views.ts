import { PageOf } from '@kepu/core';

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
