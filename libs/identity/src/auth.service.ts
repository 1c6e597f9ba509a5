import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, maskPhone } from '@kepu/core';
import { DataSource } from 'typeorm';
import { AccountsService, AccountView, requireLogin, requireStrongPassword } from './accounts.service';
import { Account } from './entities';
import { IdentityErrors } from './identity-errors';
import { LoginName } from './login';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './password';
import { Actor } from './policy/actor';
import { Role } from './roles';
import { TokenPair, TokensService } from './tokens.service';

/** After this many failed sign-ins for one login within the window, it is locked for the same time. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

export interface SignedIn extends TokenPair {
  user: AccountView;
}

/** A login as it may appear in the audit log: enough to recognise, not enough to read. */
function maskLogin(login: LoginName): string {
  if (login.kind === 'phone') return maskPhone(login.value);
  const [name, domain] = login.value.split('@');
  return `${name.slice(0, 1)}***@${domain}`;
}

const lockKey = (login: LoginName) => `${login.kind}:${login.value}`;

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly tokens: TokensService,
    private readonly audit: AuditService,
  ) {}

  /** Self-registration: a visitor account, signed in at once. */
  async register(
    input: { login: string; password: string; displayName: string },
    correlationId?: string,
  ): Promise<SignedIn> {
    const account = await this.accounts.provision({ ...input, grants: [{ role: Role.Visitor }] });
    await this.audit.record({
      actorId: account.id,
      action: 'account.register',
      subjectType: 'account',
      subjectId: account.id,
      correlationId,
    });
    return this.signIn(account, correlationId);
  }

  async login(input: { login: string; password: string }, correlationId?: string): Promise<SignedIn> {
    const login = requireLogin(input.login);
    const retryAfterSeconds = await this.lockedFor(login);
    if (retryAfterSeconds > 0) throw new AppError(IdentityErrors.ACCOUNT_LOCKED, { retryAfterSeconds });

    const account = await this.accounts.findByLogin(login);
    // The same work whether or not the login exists, and the same answer: no hint either way.
    const valid = account
      ? await verifyPassword(account.passwordHash, input.password)
      : await verifyAgainstDecoy(input.password);
    if (!account || !valid) {
      await this.recordFailure(login);
      await this.audit.record({
        actorId: null,
        action: 'auth.sign_in_failed',
        subjectType: 'account',
        subjectId: account?.id,
        details: { login: maskLogin(login) },
        correlationId,
      });
      throw new AppError(IdentityErrors.INVALID_CREDENTIALS);
    }
    if (account.status !== 'active') throw new AppError(IdentityErrors.ACCOUNT_DISABLED);
    await this.dataSource.query(`DELETE FROM login_attempts WHERE login_key = $1`, [lockKey(login)]);
    return this.signIn(account, correlationId);
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    return this.tokens.refresh(refreshToken);
  }

  async logout(actor: Actor, correlationId?: string): Promise<void> {
    await this.tokens.revokeSession(actor.sessionId, 'logout');
    await this.audit.record({
      actorId: actor.accountId,
      action: 'auth.sign_out',
      subjectType: 'session',
      subjectId: actor.sessionId,
      correlationId,
    });
  }

  /** A new password ends every other session (a thief's included); this one stays signed in. */
  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
    correlationId?: string,
  ): Promise<void> {
    const account = await this.dataSource.getRepository(Account).findOneByOrFail({ id: actor.accountId });
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      throw new AppError(IdentityErrors.CURRENT_PASSWORD_WRONG);
    }
    requireStrongPassword(newPassword, account.email ?? account.phone ?? '');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(Account).update({ id: account.id }, { passwordHash });
      await this.tokens.revokeOtherSessions(account.id, actor.sessionId, 'password_changed', tx);
      await this.audit.record(
        {
          actorId: account.id,
          action: 'account.password_change',
          subjectType: 'account',
          subjectId: account.id,
          correlationId,
        },
        tx,
      );
    });
  }

  private async signIn(account: Account, correlationId?: string): Promise<SignedIn> {
    const tokens = await this.tokens.startSession(account.id);
    await this.audit.record({
      actorId: account.id,
      action: 'auth.sign_in',
      subjectType: 'account',
      subjectId: account.id,
      correlationId,
    });
    return { ...tokens, user: await this.accounts.view(account.id) };
  }

  private async lockedFor(login: LoginName): Promise<number> {
    const [row]: { seconds: number }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds
         FROM login_attempts WHERE login_key = $1 AND locked_until > now()`,
      [lockKey(login)],
    );
    return row?.seconds ?? 0;
  }

  /** Counts a failure within the window; the failure that reaches the limit starts the lockout. */
  private async recordFailure(login: LoginName): Promise<void> {
    await this.dataSource.query(
      `WITH counted AS (
         SELECT CASE WHEN a.last_failed_at IS NULL OR a.last_failed_at < now() - make_interval(mins => $3)
                     THEN 1 ELSE a.failed_count + 1 END AS failed_count
           FROM (SELECT 1) one LEFT JOIN login_attempts a ON a.login_key = $1)
       INSERT INTO login_attempts (login_key, failed_count, last_failed_at, locked_until)
       SELECT $1, failed_count, now(), CASE WHEN failed_count >= $2 THEN now() + make_interval(mins => $3) END FROM counted
       ON CONFLICT (login_key) DO UPDATE
          SET failed_count = EXCLUDED.failed_count, last_failed_at = now(), locked_until = EXCLUDED.locked_until`,
      [lockKey(login), MAX_FAILED_SIGN_INS, LOCKOUT_MINUTES],
    );
  }
}
