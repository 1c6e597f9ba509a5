import { Injectable, OnModuleInit } from '@nestjs/common';
import { ResourceMergeSteps } from '@kepu/register';
import { StatsDailyStore } from './stats-daily.store';

/**
 * A merged venue's daily figures (`stats_daily`) join the kept venue's: days both have are added
 * up. The rollup recomputes recent days from the moved bookings anyway; older days exist only here.
 */
@Injectable()
export class StatsMergeStep implements OnModuleInit {
  constructor(
    private readonly steps: ResourceMergeSteps,
    private readonly daily: StatsDailyStore,
  ) {}

  onModuleInit(): void {
    this.steps.register(async (tx, { from, into }) => {
      const days = await this.daily.moveVenue(tx, from, into);
      return { statisticsDays: days };
    });
  }
}
