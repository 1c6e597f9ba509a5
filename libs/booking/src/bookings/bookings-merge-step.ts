import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppError } from '@kepu/core';
import { RegisterErrors, ResourceMergeSteps } from '@kepu/register';
import { VenueMergeStore } from './venue-merge.store';

/**
 * A merged venue's bookings (with their visitors), group visits, agreements and walk-in tallies move
 * to the kept venue, where they are checked in and counted as before (docs/register.md, "Duplicates
 * and merging"). The walk-ins' slots move with the offerings; the figures join walk-ins by venue.
 */
@Injectable()
export class BookingsMergeStep implements OnModuleInit {
  constructor(
    private readonly steps: ResourceMergeSteps,
    private readonly store: VenueMergeStore,
  ) {}

  onModuleInit(): void {
    this.steps.register(async (tx, { from, into }) => {
      // One visit per person, venue and day: two of them would become one venue's.
      const clashes = await this.store.idClashes(tx, from, into);
      if (clashes) throw new AppError(RegisterErrors.MERGE_BLOCKED_BY_BOOKINGS, { visitors: clashes });
      return this.store.moveToResource(tx, from, into);
    });
  }
}
