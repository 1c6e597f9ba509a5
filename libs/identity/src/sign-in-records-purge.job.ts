import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { FAILURE_MEMORY_MINUTES } from './auth.service';

/**
 * Ended sessions (with their used refresh tokens, kept only to catch a replayed token) and failed
 * sign-ins that no longer count towards a back-off: both name a person and serve no purpose later.
 */
@ScheduledJob({ name: 'identity.sign_in_records_purge', everySeconds: 3_600 })
export class SignInRecordsPurgeJob implements ScheduledJobHandler {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM sessions WHERE expires_at < $1 OR revoked_at < $1::timestamptz - interval '1 day'`, [
        now,
      ]);
      await tx.query(`DELETE FROM login_attempts WHERE last_failed_at < $1::timestamptz - make_interval(mins => $2)`, [
        now,
        FAILURE_MEMORY_MINUTES,
      ]);
    });
  }
}
