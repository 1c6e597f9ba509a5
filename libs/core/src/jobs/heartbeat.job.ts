import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduledJob, ScheduledJobHandler } from './scheduled-job.decorator';

/**
 * The smallest real job: proves a worker is alive and can reach Postgres. Its row in
 * `scheduled_jobs` (last_finished_at, run_count) is what an operator looks at.
 */
@ScheduledJob({ name: 'system.heartbeat', everySeconds: 60, leaseSeconds: 30 })
export class HeartbeatJob implements ScheduledJobHandler {
  private readonly logger = new Logger(HeartbeatJob.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(): Promise<void> {
    const [{ now }] = await this.dataSource.query('SELECT now() AS now');
    this.logger.debug(`Worker heartbeat at ${new Date(now).toISOString()}`);
  }
}
