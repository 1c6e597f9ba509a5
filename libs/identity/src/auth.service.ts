import { isIP } from 'node:net';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, PersonalDataCipher } from '@kepu/core';
import { DataSource } from 'typeorm';
import { AccountsService, PRIVACY_POLICY_VERSION, requireStrongPassword } from './accounts.service';
import { AccountsStore } from './accounts.store';
import { Account } from './entities';
import { IdentityErrors } from './identity-errors';
import { AccountView, OwnCodeSent, SignedIn, TokenPair } from './identity.views';
import { LoginAttemptsStore } from './login-attempts.store';
import { LoginName, maskLogin, requireLogin, signInAttemptKey } from './login';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './password';
import { Actor } from './policy/actor';
import { Role } from './roles';
import { TokensService } from './tokens.service';
import { VerificationCodes } from './verification-codes.service';

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

/** A code or a password: what proves the person at sign-in, and again before deleting an account. */
export interface Proof {
  code?: string;
  password?: string;
}

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
    private readonly codes: VerificationCodes,
    private readonly cipher: PersonalDataCipher,
    private readonly store: AccountsStore,
    private readonly attempts: LoginAttemptsStore,
  ) {}

  /** Self-registration with a code sent to the login: a visitor account, proven and signed in at once. */
  async register(
    input: { login: string; code: string; displayName: string; password?: string; privacyPolicyVersion: string },
    correlationId?: string,
  ): Promise<SignedIn> {
    const login = requireLogin(input.login);
    if (input.privacyPolicyVersion !== PRIVACY_POLICY_VERSION) {
      throw new AppError(IdentityErrors.PRIVACY_POLICY_NOT_ACCEPTED);
    }
    if (input.password !== undefined) requireStrongPassword(input.password, login.value);
    await this.codes.consume(login, input.code);
    const account = await this.accounts.provision({
      login: input.login,
      password: input.password,
      displayName: input.displayName,
      grants: [{ role: Role.Visitor }],
      verified: true,
      privacyVersion: PRIVACY_POLICY_VERSION,
    });
    await this.audit.record({
      actorId: account.id,
      action: 'account.register',
      subjectType: 'account',
      subjectId: account.id,
      details: { privacyPolicyVersion: PRIVACY_POLICY_VERSION },
      correlationId,
    });
    return this.signIn(account, correlationId);
  }

  /** Signs in with a password or a code. A code proves the login, so it also verifies an older account. */
  async login(
    input: { login: string } & Proof,
    clientIp: string | undefined,
    correlationId?: string,
  ): Promise<SignedIn> {
    const login = requireLogin(input.login);
    if (input.code === undefined && input.password === undefined) {
      throw new AppError(IdentityErrors.CREDENTIALS_REQUIRED);
    }
    const address = clientAddress(clientIp);
    const retryAfterSeconds = await this.waitFor(login, address);
    if (retryAfterSeconds > 0) throw new AppError(IdentityErrors.SIGN_IN_BACKOFF, { retryAfterSeconds });

    const account = await this.accounts.findByLogin(login);
    const proven = await this.proves(account?.status === 'deleted' ? null : account, login, input);
    if (!account || !proven) {
      await this.recordFailure(login, address);
      await this.audit.record({
        actorId: null,
        action: 'auth.sign_in_failed',
        subjectType: 'account',
        subjectId: account?.id,
        details: { login: maskLogin(login), by: input.code === undefined ? 'password' : 'code' },
        correlationId,
      });
      throw new AppError(IdentityErrors.INVALID_CREDENTIALS);
    }
    if (account.status !== 'active') throw new AppError(IdentityErrors.ACCOUNT_SUSPENDED);
    await this.attempts.forget(signInAttemptKey(this.cipher, login), address);
    if (input.code !== undefined && !account.verifiedAt) await this.markVerified(account.id, correlationId);
    return this.signIn(account, correlationId);
  }

  /**
   * Whether the proof fits the account. A password takes the same work whether or not the login
   * exists, and gets the same answer: no hint either way. A right code proves the person holds the
   * login, so only they learn that it has no account yet, and keep the code to register with.
   */
  private async proves(account: Account | null, login: LoginName, proof: Proof): Promise<boolean> {
    if (proof.code !== undefined) {
      try {
        await this.codes.check(login, proof.code);
      } catch (error) {
        if (error instanceof AppError && error.definition === IdentityErrors.CODE_ATTEMPTS_EXCEEDED) throw error;
        return false;
      }
      if (!account) throw new AppError(IdentityErrors.NO_ACCOUNT_FOR_LOGIN);
      await this.codes.spend(login);
      return true;
    }
    const password = proof.password ?? '';
    return account?.passwordHash
      ? verifyPassword(account.passwordHash, password)
      : verifyAgainstDecoy(password).then(() => false);
  }

  /** A code to the account's own login, which the person sees only masked: for verifying, accepting, deleting. */
  async sendOwnCode(actor: Actor): Promise<OwnCodeSent> {
    const account = await this.store.get(actor.accountId);
    const login = this.accounts.loginOf(account);
    if (!login) throw new AppError(IdentityErrors.INVALID_LOGIN);
    return { ...(await this.codes.send(login)), to: maskLogin(login) };
  }

  /** Proves an older account's own login with a code sent to it. */
  async verify(actor: Actor, code: string, correlationId?: string): Promise<AccountView> {
    const account = await this.store.get(actor.accountId);
    const login = this.accounts.loginOf(account);
    if (!login) throw new AppError(IdentityErrors.CODE_INVALID);
    if (!account.verifiedAt) {
      await this.codes.consume(login, code);
      await this.markVerified(account.id, correlationId);
    }
    return this.accounts.view(account.id);
  }

  /** Records that the person accepted the privacy policy now in force. */
  async acceptPrivacyPolicy(actor: Actor, version: string, correlationId?: string): Promise<AccountView> {
    if (version !== PRIVACY_POLICY_VERSION) throw new AppError(IdentityErrors.PRIVACY_POLICY_NOT_ACCEPTED);
    await this.dataSource.transaction(async (tx) => {
      await this.store.setPrivacyVersion(tx, actor.accountId, version);
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'account.privacy_accept',
          subjectType: 'account',
          subjectId: actor.accountId,
          details: { version },
          correlationId,
        },
        tx,
      );
    });
    return this.accounts.view(actor.accountId);
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

  /**
   * Sets a new password: after the current one, or (for an account that signs in by code and has
   * none) alone. It ends every other session (a thief's included); this one stays signed in.
   */
  async changePassword(
    actor: Actor,
    currentPassword: string | undefined,
    newPassword: string,
    correlationId?: string,
  ): Promise<void> {
    const account = await this.store.get(actor.accountId);
    if (account.passwordHash && !(await verifyPassword(account.passwordHash, currentPassword ?? ''))) {
      throw new AppError(IdentityErrors.CURRENT_PASSWORD_WRONG);
    }
    requireStrongPassword(newPassword, this.accounts.loginOf(account)?.value ?? '');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (tx) => {
      await this.store.setPasswordHash(tx, account.id, passwordHash);
      await this.tokens.revokeSessions(account.id, 'password_changed', tx, actor.sessionId);
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

  /** Checks a fresh proof from the signed-in person before something that cannot be undone. */
  async confirm(account: Account, proof: Proof): Promise<void> {
    const login = this.accounts.loginOf(account);
    if (proof.code !== undefined && login) return this.codes.consume(login, proof.code);
    if (proof.password === undefined) throw new AppError(IdentityErrors.CREDENTIALS_REQUIRED);
    if (!account.passwordHash || !(await verifyPassword(account.passwordHash, proof.password))) {
      throw new AppError(IdentityErrors.CURRENT_PASSWORD_WRONG);
    }
  }

  private async markVerified(accountId: string, correlationId?: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.store.markVerified(accountId, tx);
      await this.audit.record(
        { actorId: accountId, action: 'account.verify', subjectType: 'account', subjectId: accountId, correlationId },
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
    const row = await this.attempts.recentFailures(
      signInAttemptKey(this.cipher, login),
      address,
      FAILURE_MEMORY_MINUTES,
    );
    if (!row) return 0;
    const threshold = row.onLogin >= LOGIN_FAILURE_BOUND ? 1 : WAIT_AFTER_FAILURES;
    return Math.max(0, Math.ceil(backOffSeconds(row.failures, threshold) - row.sinceLast));
  }

  /** Counts a failure of this address on this login; a count an hour old starts again. */
  private async recordFailure(login: LoginName, address: string): Promise<void> {
    await this.attempts.recordFailure(signInAttemptKey(this.cipher, login), address, FAILURE_MEMORY_MINUTES);
  }
}
