import { Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KEPU_CONFIG, KepuConfig, ScheduledJob, ScheduledJobHandler } from '@kepu/core';

/**
 * Sent messages (their texts name visitors and visits) go with the rest of a visit's personal data;
 * a record whose event still awaits another channel stays, or that channel would send twice.
 */
@ScheduledJob({ name: 'notify.delivery_purge', everySeconds: 3_600 })
export class DeliveryPurgeJob implements ScheduledJobHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(KEPU_CONFIG) private readonly config: KepuConfig,
  ) {}

  async run(now = new Date()): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM notification_deliveries d
        WHERE d.created_at < $1::timestamptz - make_interval(days => $2)
          AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.id = d.outbox_id AND o.processed_at IS NULL)`,
      [now, this.config.privacy.personalDataDays],
    );
  }
}
