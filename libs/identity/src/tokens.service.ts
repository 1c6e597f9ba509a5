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
  ) {}

  async startSession(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<TokenPair> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO sessions (account_id, expires_at) VALUES ($1, now() + make_interval(days => $2)) RETURNING id`,
      [accountId, SESSION_DAYS],
    );
    return this.issue(accountId, id, manager);
  }

  /** Exchanges a refresh token for a new pair. A token used twice means theft: the session ends. */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const [row]: {
        id: string;
        used_at: Date | null;
        expired: boolean;
        session_id: string;
        account_id: string;
        session_ok: boolean;
      }[] = await manager.query(
        `SELECT t.id, t.used_at, t.expires_at <= now() AS expired, s.id AS session_id, s.account_id,
                  (s.revoked_at IS NULL AND s.expires_at > now() AND a.status = 'active') AS session_ok
             FROM refresh_tokens t
             JOIN sessions s ON s.id = t.session_id
             JOIN accounts a ON a.id = s.account_id
            WHERE t.token_hash = $1
              FOR UPDATE OF t, s`,
        [sha256(refreshToken)],
      );
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
      await manager.query(`UPDATE refresh_tokens SET used_at = now() WHERE id = $1`, [row.id]);
      await manager.query(`UPDATE sessions SET expires_at = now() + make_interval(days => $2) WHERE id = $1`, [
        row.session_id,
        SESSION_DAYS,
      ]);
      return { ok: true as const, pair: await this.issue(row.account_id, row.session_id, manager) };
    });
    // The reuse revocation must commit, so the refusal is thrown after the transaction.
    if (!outcome.ok) throw new AppError(IdentityErrors.TOKEN_INVALID);
    return outcome.pair;
  }

  async revokeSession(
    sessionId: string,
    reason: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `UPDATE sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId, reason],
    );
  }

  /** Ends every session of an account, or all but one (after a password change, the current one). */
  async revokeSessions(
    accountId: string,
    reason: string,
    manager: EntityManager,
    keepSessionId?: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE sessions SET revoked_at = now(), revoked_reason = $3
        WHERE account_id = $1 AND id IS DISTINCT FROM $2 AND revoked_at IS NULL`,
      [accountId, keepSessionId ?? null, reason],
    );
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
    const [row]: SessionFacts[] = await this.dataSource.query(
      `SELECT s.account_id AS "accountId", s.expires_at AS "expiresAt", a.verified_at IS NOT NULL AS verified,
              coalesce(json_agg(json_build_object('id', g.id, 'role', g.role, 'regionCode', g.region_code,
                                                 'organisationId', g.organisation_id)) FILTER (WHERE g.id IS NOT NULL), '[]') AS grants
         FROM sessions s
         JOIN accounts a ON a.id = s.account_id AND a.status = 'active'
         LEFT JOIN role_grants g ON g.account_id = a.id
        WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
        GROUP BY s.id, a.verified_at`,
      [sessionId],
    );
    if (row) this.sessions.keep(sessionId, row, mark);
    return row;
  }

  private async issue(accountId: string, sessionId: string, manager: EntityManager): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO refresh_tokens (session_id, token_hash, expires_at)
       VALUES ($1, $2, now() + make_interval(days => $3))`,
      [sessionId, sha256(refreshToken), SESSION_DAYS],
    );
    const claims: AccessClaims = { sub: accountId, sid: sessionId };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: ACCESS_TOKEN_SECONDS, algorithm: 'HS256' });
    return { accessToken, refreshToken, expiresIn: ACCESS_TOKEN_SECONDS };
  }
}
