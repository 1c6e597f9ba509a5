import { Logger } from '@nestjs/common';
import { ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { UpkeepService } from './upkeep.service';

/**
 * Tells a venue's operators and its district's administrators 90, 30 and 7 days before an
 * accreditation expires and on the day, each once (docs/register.md, "Accreditations and their
 * expiry"). Runs hourly so a restart loses no day; the thresholds are dates in Shanghai.
 */
@ScheduledJob({ name: 'register.accreditation_reminders', everySeconds: 3_600 })
export class AccreditationRemindersJob implements ScheduledJobHandler {
  private readonly logger = new Logger(AccreditationRemindersJob.name);

  constructor(private readonly upkeep: UpkeepService) {}

  async run(now = new Date()): Promise<void> {
    const sent = await this.upkeep.remindExpiringAccreditations(now);
    if (sent) this.logger.log(`${sent} accreditation reminders sent`);
  }
}
