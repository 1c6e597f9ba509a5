import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduledJob, ScheduledJobHandler } from '../jobs/scheduled-job.decorator';

/** Expired keys and their stored answers go: they hold masked personal data, and no one may replay them. */
@ScheduledJob({ name: 'core.idempotency_purge', everySeconds: 3_600 })
export class IdempotencyPurgeJob implements ScheduledJobHandler {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE expires_at <= now()`);
  }
}
