import { isIP } from 'node:net';
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

/**
 * Failed sign-ins are counted per login and client address, so nobody can hold back someone else's
 * sign-in: after WAIT_AFTER_FAILURES failures an address waits a minute, and each further failure
 * doubles its wait, up to 15 minutes. Its failures are forgotten at its next success, or an hour
 * after its last one. A login with LOGIN_FAILURE_BOUND failures remembered across all addresses is
 * under attack: every address that has failed on it at all then waits from its first failure, while
 * an address without failures (the owner's, usually) still signs in at once.
 */
const WAIT_AFTER_FAILURES = 5;
export const FAILURE_MEMORY_MINUTES = 60;
const LOGIN_FAILURE_BOUND = 50;
const FIRST_WAIT_SECONDS = 60;
const MAX_WAIT_SECONDS = 15 * 60;

/** Seconds an address waits after its latest failure, its `threshold`-th failure starting the first minute. */
function backOffSeconds(failures: number, threshold: number): number {
  if (failures < threshold) return 0;
  return Math.min(FIRST_WAIT_SECONDS * 2 ** (failures - threshold), MAX_WAIT_SECONDS);
}

export interface SignedIn extends TokenPair {
  user: AccountView;
}

/** A login as it may appear in the audit log: enough to recognise, not enough to read. */
function maskLogin(login: LoginName): string {
  if (login.kind === 'phone') return maskPhone(login.value);
  const [name, domain] = login.value.split('@');
  return `${name.slice(0, 1)}***@${domain}`;
}

const loginKey = (login: LoginName) => `${login.kind}:${login.value}`;

/**
 * Fastify's client address. Only a caller inside a trusted proxy range can make it something else
 * (a forged X-Forwarded-For entry); such callers share one count rather than break the insert.
 */
const clientAddress = (ip: string | undefined) => (ip && isIP(ip) ? ip : '::');

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

  async login(
    input: { login: string; password: string },
    clientIp: string | undefined,
    correlationId?: string,
  ): Promise<SignedIn> {
    const login = requireLogin(input.login);
    const address = clientAddress(clientIp);
    const retryAfterSeconds = await this.waitFor(login, address);
    if (retryAfterSeconds > 0) throw new AppError(IdentityErrors.SIGN_IN_BACKOFF, { retryAfterSeconds });

    const account = await this.accounts.findByLogin(login);
    // The same work whether or not the login exists, and the same answer: no hint either way.
    const valid = account
      ? await verifyPassword(account.passwordHash, input.password)
      : await verifyAgainstDecoy(input.password);
    if (!account || !valid) {
      await this.recordFailure(login, address);
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
    await this.dataSource.query(`DELETE FROM login_attempts WHERE login_key = $1 AND client_ip = $2`, [
      loginKey(login),
      address,
    ]);
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

  /** Seconds this address must still wait before trying this login again; 0 when it may try now. */
  private async waitFor(login: LoginName, address: string): Promise<number> {
    const [row]: { failures: number; sinceLast: number; onLogin: number }[] = await this.dataSource.query(
      `SELECT a.failed_count AS failures, extract(epoch FROM now() - a.last_failed_at)::float8 AS "sinceLast",
              (SELECT sum(failed_count) FROM login_attempts
                WHERE login_key = $1 AND last_failed_at > now() - make_interval(mins => $3))::int AS "onLogin"
         FROM login_attempts a
        WHERE a.login_key = $1 AND a.client_ip = $2 AND a.last_failed_at > now() - make_interval(mins => $3)`,
      [loginKey(login), address, FAILURE_MEMORY_MINUTES],
    );
    if (!row) return 0;
    const threshold = row.onLogin >= LOGIN_FAILURE_BOUND ? 1 : WAIT_AFTER_FAILURES;
    return Math.max(0, Math.ceil(backOffSeconds(row.failures, threshold) - row.sinceLast));
  }

  /** Counts a failure of this address on this login; a count an hour old starts again. */
  private async recordFailure(login: LoginName, address: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_attempts (login_key, client_ip, failed_count, last_failed_at) VALUES ($1, $2, 1, now())
       ON CONFLICT (login_key, client_ip) DO UPDATE
          SET failed_count = CASE WHEN login_attempts.last_failed_at > now() - make_interval(mins => $3)
                                  THEN login_attempts.failed_count + 1 ELSE 1 END,
              last_failed_at = now()`,
      [loginKey(login), address, FAILURE_MEMORY_MINUTES],
    );
  }
}
