import { Inject, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KEPU_CONFIG, KepuConfig, ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { addDays, shanghaiToday } from '@kepu/schedule';
import { BookingPersonalDataStore } from '../booking-personal-data.store';
import { BansStore } from '../bookings/bans.store';

/**
 * Erases visitors' ID numbers (sealed and hashed), contact phones, group leaders' phones and the
 * names on school groups' lists (mostly children's) once the visit is `personalDataDays` behind us:
 * kept no longer than the venue may need them. What statistics count stays: each listed person's
 * role and age category, and a family's names with its booking.
 */
@ScheduledJob({ name: 'booking.personal_data_purge', everySeconds: 3_600 })
export class PersonalDataPurgeJob implements ScheduledJobHandler {
  private readonly logger = new Logger(PersonalDataPurgeJob.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: BookingPersonalDataStore,
    private readonly bans: BansStore,
    @Inject(KEPU_CONFIG) private readonly config: KepuConfig,
  ) {}

  async run(now = new Date()): Promise<void> {
    const before = addDays(shanghaiToday(now), -this.config.privacy.personalDataDays);
    await this.dataSource.transaction(async (tx) => {
      const purged = await this.store.purgeVisitedBefore(tx, before);
      await this.bans.forgetEndedDocuments(tx);
      if (purged) this.logger.log(`Erased personal data of ${purged} bookings visited before ${before}`);
    });
  }
}
