import { Logger } from '@nestjs/common';
import { ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { UpkeepService } from './upkeep.service';

/**
 * The yearly re-confirmation (docs/register.md, "Yearly re-confirmation and stale entries"): a
 * reminder a month before it is due, the stale mark when due, and out of search later on.
 */
@ScheduledJob({ name: 'register.reconfirmation', everySeconds: 3_600 })
export class ReconfirmationJob implements ScheduledJobHandler {
  private readonly logger = new Logger(ReconfirmationJob.name);

  constructor(private readonly upkeep: UpkeepService) {}

  async run(now = new Date()): Promise<void> {
    const { reminded, stale, hidden } = await this.upkeep.keepConfirmationsCurrent(now);
    if (reminded || stale || hidden)
      this.logger.log(`${reminded} re-confirmation reminders, ${stale} newly stale, ${hidden} out of search`);
  }
}
