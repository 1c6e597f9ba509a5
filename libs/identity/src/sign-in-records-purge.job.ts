import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { FAILURE_MEMORY_MINUTES } from './auth.service';

/** Invitations decided or overdue this long ago are gone: the audit log keeps that they happened. */
export const INVITATION_RECORD_DAYS = 30;

/**
 * Ended sessions (with their used refresh tokens, kept only to catch a replayed token), failed
 * sign-ins that no longer count towards a back-off, codes past their day's sending budget, and
 * invitations long decided: all name a person and serve no purpose later.
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
      await tx.query(
        `DELETE FROM verification_codes WHERE window_started_at < $1::timestamptz - interval '1 day' AND expires_at < $1`,
        [now],
      );
      await tx.query(
        `DELETE FROM invitations
          WHERE coalesce(decided_at, expires_at) < $1::timestamptz - make_interval(days => $2)`,
        [now, INVITATION_RECORD_DAYS],
      );
    });
  }
}
