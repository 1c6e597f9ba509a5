import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { FAILURE_MEMORY_MINUTES } from './auth.service';
import { InvitationsStore } from './invitations.store';
import { LoginAttemptsStore } from './login-attempts.store';
import { SessionsStore } from './sessions.store';
import { VerificationCodesStore } from './verification-codes.store';

/** Invitations decided or overdue this long ago are gone: the audit log keeps that they happened. */
export const INVITATION_RECORD_DAYS = 30;

/**
 * Ended sessions (with their used refresh tokens, kept only to catch a replayed token), failed
 * sign-ins that no longer count towards a back-off, codes past their day's sending budget, and
 * invitations long decided: all name a person and serve no purpose later.
 */
@ScheduledJob({ name: 'identity.sign_in_records_purge', everySeconds: 3_600 })
export class SignInRecordsPurgeJob implements ScheduledJobHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsStore,
    private readonly attempts: LoginAttemptsStore,
    private readonly codes: VerificationCodesStore,
    private readonly invitations: InvitationsStore,
  ) {}

  async run(now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.sessions.purge(tx, now);
      await this.attempts.purge(tx, now, FAILURE_MEMORY_MINUTES);
      await this.codes.purge(tx, now);
      await this.invitations.purge(tx, now, INVITATION_RECORD_DAYS);
    });
  }
}
