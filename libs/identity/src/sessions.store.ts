import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SessionFacts } from './session-cache';

/** A refresh token as its exchange sees it, with its session and whether that may go on. */
export interface RefreshTokenRow {
  id: string;
  used_at: Date | null;
  expired: boolean;
  session_id: string;
  account_id: string;
  session_ok: boolean;
}

/** Signed-in sessions and their single-use refresh tokens: `sessions` and `refresh_tokens`. */
@Injectable()
export class SessionsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Starts a session lasting `days`; its id. */
  async start(accountId: string, days: number, manager?: EntityManager): Promise<string> {
    const [{ id }]: { id: string }[] = await (manager ?? this.dataSource.manager).query(
      `INSERT INTO sessions (account_id, expires_at) VALUES ($1, now() + make_interval(days => $2)) RETURNING id`,
      [accountId, days],
    );
    return id;
  }

  /** Moves a session's end to `days` from now. */
  async extend(tx: EntityManager, sessionId: string, days: number): Promise<void> {
    await tx.query(`UPDATE sessions SET expires_at = now() + make_interval(days => $2) WHERE id = $1`, [
      sessionId,
      days,
    ]);
  }

  async revoke(sessionId: string, reason: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `UPDATE sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId, reason],
    );
  }

  /** Ends every live session of an account but `keepSessionId`, if given. */
  async revokeAllOf(tx: EntityManager, accountId: string, reason: string, keepSessionId?: string): Promise<void> {
    await tx.query(
      `UPDATE sessions SET revoked_at = now(), revoked_reason = $3
        WHERE account_id = $1 AND id IS DISTINCT FROM $2 AND revoked_at IS NULL`,
      [accountId, keepSessionId ?? null, reason],
    );
  }

  /** A live session of an active account, with its roles; undefined when there is none. */
  async live(sessionId: string): Promise<SessionFacts | undefined> {
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
    return row;
  }

  /** Stores a refresh token (by its hash) for a session, valid for `days`. */
  async addRefreshToken(manager: EntityManager, sessionId: string, tokenHash: string, days: number): Promise<void> {
    await manager.query(
      `INSERT INTO refresh_tokens (session_id, token_hash, expires_at)
       VALUES ($1, $2, now() + make_interval(days => $3))`,
      [sessionId, tokenHash, days],
    );
  }

  /** The refresh token with this hash and its session, both locked for this transaction. */
  async lockRefreshToken(tx: EntityManager, tokenHash: string): Promise<RefreshTokenRow | undefined> {
    const [row]: RefreshTokenRow[] = await tx.query(
      `SELECT t.id, t.used_at, t.expires_at <= now() AS expired, s.id AS session_id, s.account_id,
                  (s.revoked_at IS NULL AND s.expires_at > now() AND a.status = 'active') AS session_ok
             FROM refresh_tokens t
             JOIN sessions s ON s.id = t.session_id
             JOIN accounts a ON a.id = s.account_id
            WHERE t.token_hash = $1
              FOR UPDATE OF t, s`,
      [tokenHash],
    );
    return row;
  }

  async markRefreshTokenUsed(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`UPDATE refresh_tokens SET used_at = now() WHERE id = $1`, [id]);
  }

  /** Sessions that ended before `now`, or were revoked more than a day before it (their tokens go with them). */
  async purge(tx: EntityManager, now: Date): Promise<void> {
    await tx.query(`DELETE FROM sessions WHERE expires_at < $1 OR revoked_at < $1::timestamptz - interval '1 day'`, [
      now,
    ]);
  }
}
