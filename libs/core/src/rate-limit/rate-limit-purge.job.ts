import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduledJob, ScheduledJobHandler } from '../jobs/scheduled-job.decorator';

/** Counters whose window and block have both ended count for nothing: they go. */
@ScheduledJob({ name: 'core.rate_limit_purge', everySeconds: 600 })
export class RateLimitPurgeJob implements ScheduledJobHandler {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM rate_limit_hits WHERE window_ends_at < now() AND (blocked_until IS NULL OR blocked_until < now())`,
    );
  }
}
