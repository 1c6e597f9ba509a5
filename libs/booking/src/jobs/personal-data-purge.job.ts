import { Inject, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KEPU_CONFIG, KepuConfig, ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { addDays, shanghaiToday } from '@kepu/schedule';

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
    @Inject(KEPU_CONFIG) private readonly config: KepuConfig,
  ) {}

  async run(now = new Date()): Promise<void> {
    const before = addDays(shanghaiToday(now), -this.config.privacy.personalDataDays);
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `UPDATE booking_visitors SET id_number = NULL, id_hash = NULL, phone = NULL
          WHERE visit_date < $1 AND (id_number IS NOT NULL OR id_hash IS NOT NULL OR phone IS NOT NULL)`,
        [before],
      );
      await tx.query(
        `UPDATE booking_visitors SET name = NULL WHERE visit_date < $1 AND group_role IS NOT NULL AND name IS NOT NULL`,
        [before],
      );
      const [, purged] = await tx.query(
        `UPDATE bookings SET contact_phone = NULL, personal_data_purged_at = now()
          WHERE visit_date < $1 AND personal_data_purged_at IS NULL`,
        [before],
      );
      await tx.query(
        `UPDATE group_visits SET leader_phone = NULL
          WHERE leader_phone IS NOT NULL AND coalesce(visit_date, (expires_at AT TIME ZONE 'Asia/Shanghai')::date,
                (updated_at AT TIME ZONE 'Asia/Shanghai')::date) < $1`,
        [before],
      );
      // A ban's ID numbers are needed only while it lasts.
      await tx.query(`UPDATE booking_bans SET id_hashes = '{}' WHERE ends_at <= now() AND cardinality(id_hashes) > 0`);
      if (purged) this.logger.log(`Erased personal data of ${purged} bookings visited before ${before}`);
    });
  }
}
