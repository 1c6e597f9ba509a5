import { Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KepuConfig } from '../config/config';
import { KEPU_CONFIG } from '../config/config.module';
import { ScheduledJob, ScheduledJobHandler } from '../jobs/scheduled-job.decorator';

/**
 * Delivered events go once they are as old as the personal data they may carry (notification
 * texts, sealed phone numbers); undelivered ones stay until they are delivered.
 */
@ScheduledJob({ name: 'core.outbox_purge', everySeconds: 3_600 })
export class OutboxPurgeJob implements ScheduledJobHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(KEPU_CONFIG) private readonly config: KepuConfig,
  ) {}

  async run(now = new Date()): Promise<void> {
    await this.dataSource.query(`DELETE FROM outbox WHERE processed_at < $1::timestamptz - make_interval(days => $2)`, [
      now,
      this.config.privacy.personalDataDays,
    ]);
  }
}
