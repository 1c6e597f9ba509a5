import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { Waitlist } from '../bookings/waitlist';

/**
 * Every minute: slots where the waitlist rule promotes somebody now. Mostly those whose booking
 * has just closed, so the places held for a party that never fitted go to those behind it in
 * line (docs/booking-rules.md, "Waitlist"); also any party a race between joining and a
 * cancellation left waiting with room for it. One transaction per slot.
 */
@ScheduledJob({ name: 'booking.waitlist_sweep', everySeconds: 60 })
export class WaitlistSweepJob implements ScheduledJobHandler {
  private readonly logger = new Logger(WaitlistSweepJob.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly waitlist: Waitlist,
  ) {}

  async run(now = new Date()): Promise<void> {
    let promoted = 0;
    for (const slotId of await this.waitlist.due(now)) {
      promoted += (await this.dataSource.transaction((tx) => this.waitlist.promote(tx, slotId, now))).length;
    }
    if (promoted) this.logger.log(`${promoted} waitlisted bookings promoted`);
  }
}
