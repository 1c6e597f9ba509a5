import { Logger } from '@nestjs/common';
import { ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { CounterCheckStore, CounterDrift } from './counter-check.store';

/**
 * Compares every recent and future slot's counter with the places its bookings hold. It never
 * fixes a difference (that would hide the bug that made it): it reports it, and the job is marked
 * failed so monitoring sees it.
 */
@ScheduledJob({ name: 'booking.counter_check', everySeconds: 3_600 })
export class CounterCheckJob implements ScheduledJobHandler {
  private readonly logger = new Logger(CounterCheckJob.name);

  constructor(private readonly store: CounterCheckStore) {}

  async run(): Promise<void> {
    const drift = await this.drift();
    if (!drift.length) return;
    for (const slot of drift.slice(0, 50)) {
      this.logger.error(`Slot ${slot.slotId}: ${slot.counter} says ${slot.value}, bookings hold ${slot.held}`);
    }
    throw new Error(`Booking counters drifted in ${drift.length} slots`);
  }

  drift(): Promise<CounterDrift[]> {
    return this.store.drift();
  }
}
