import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { OpeningHoursStore } from '../hours/opening-hours.store';
import { OfferingsStore } from '../offerings/offerings.store';
import { SlotPlanner } from './slot-planner.service';

/**
 * Keeps every active offering's slots materialised for the booking horizon: each day adds a day
 * of slots, and calendar edits reach the slots. Booked slots the rules no longer produce are kept
 * (only an operator may cancel them). One offering per transaction, so a failure stays local.
 */
@ScheduledJob({ name: 'schedule.slot_horizon', everySeconds: 3_600, leaseSeconds: 600 })
export class SlotHorizonJob implements ScheduledJobHandler {
  private readonly logger = new Logger(SlotHorizonJob.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planner: SlotPlanner,
    private readonly store: OpeningHoursStore,
    private readonly offerings: OfferingsStore,
  ) {}

  async run(): Promise<void> {
    const offerings = await this.offerings.activeIds();
    let created = 0;
    for (const { id } of offerings) {
      const report = await this.dataSource.transaction(async (tx) => {
        const offering = await this.offerings.lock(tx, id);
        if (offering?.status !== 'active') return null;
        return this.planner.replan(offering, await this.store.load(offering.resourceId, tx), 'keep', tx);
      });
      created += report?.created ?? 0;
    }
    if (created) this.logger.log(`Materialised ${created} slots for ${offerings.length} offerings`);
  }
}
