import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService } from '@kepu/core';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { IdentityErrors } from './identity-errors';
import { TokenPair } from './identity.views';
import { Actor } from './policy/actor';
import { SessionCache, SessionFacts } from './session-cache';
import { SessionsStore } from './sessions.store';

/** Access tokens are short-lived; a session (and its refresh tokens) lasts a month of inactivity at most. */
export const ACCESS_TOKEN_SECONDS = 15 * 60;
const SESSION_DAYS = 30;

interface AccessClaims {
  sub: string;
  sid: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Sessions, signed access tokens and single-use refresh tokens. A request's session and roles come
 * from the session cache, which every process empties of an account the moment logout, a revoked
 * role or a suspension commits.
 */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    private readonly sessions: SessionCache,
    private readonly store: SessionsStore,
  ) {}

  async startSession(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<TokenPair> {
    const id = await this.store.start(accountId, SESSION_DAYS, manager);
    return this.issue(accountId, id, manager);
  }

  /** Exchanges a refresh token for a new pair. A token used twice means theft: the session ends. */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const row = await this.store.lockRefreshToken(manager, sha256(refreshToken));
      if (!row || row.expired || !row.session_ok) return { ok: false as const };
      if (row.used_at) {
        await this.revokeSession(row.session_id, 'refresh_token_reuse', manager);
        await this.audit.record(
          {
            actorId: row.account_id,
            action: 'auth.refresh_token_reuse',
            subjectType: 'session',
            subjectId: row.session_id,
          },
          manager,
        );
        return { ok: false as const };
      }
      await this.store.markRefreshTokenUsed(manager, row.id);
      await this.store.extend(manager, row.session_id, SESSION_DAYS);
      return { ok: true as const, pair: await this.issue(row.account_id, row.session_id, manager) };
    });
    // The reuse revocation must commit, so the refusal is thrown after the transaction.
    if (!outcome.ok) throw new AppError(IdentityErrors.TOKEN_INVALID);
    return outcome.pair;
  }

  async revokeSession(sessionId: string, reason: string, manager?: EntityManager): Promise<void> {
    await this.store.revoke(sessionId, reason, manager);
  }

  /** Ends every session of an account, or all but one (after a password change, the current one). */
  async revokeSessions(
    accountId: string,
    reason: string,
    manager: EntityManager,
    keepSessionId?: string,
  ): Promise<void> {
    await this.store.revokeAllOf(manager, accountId, reason, keepSessionId);
  }

  /** The actor behind an access token, or TOKEN_INVALID (expired, tampered, revoked, suspended). */
  async authenticate(accessToken: string): Promise<Actor> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(accessToken, { algorithms: ['HS256'] });
    } catch {
      throw new AppError(IdentityErrors.TOKEN_INVALID);
    }
    const session = this.sessions.get(claims.sid) ?? (await this.readSession(claims.sid));
    if (!session || session.accountId !== claims.sub) throw new AppError(IdentityErrors.TOKEN_INVALID);
    return new Actor(claims.sub, claims.sid, session.grants, session.verified);
  }

  /** A live session of an active account, with its roles; kept in the session cache. */
  private async readSession(sessionId: string): Promise<SessionFacts | undefined> {
    const mark = this.sessions.mark();
    const row = await this.store.live(sessionId);
    if (row) this.sessions.keep(sessionId, row, mark);
    return row;
  }

  private async issue(accountId: string, sessionId: string, manager: EntityManager): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.store.addRefreshToken(manager, sessionId, sha256(refreshToken), SESSION_DAYS);
    const claims: AccessClaims = { sub: accountId, sid: sessionId };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: ACCESS_TOKEN_SECONDS, algorithm: 'HS256' });
    return { accessToken, refreshToken, expiresIn: ACCESS_TOKEN_SECONDS };
  }
}
