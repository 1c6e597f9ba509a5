import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** Which request a key belongs to: the account, the operation and the caller's key. */
export interface IdempotencyKeyRef {
  accountId: string;
  scope: string;
  key: string;
}

/** A stored answer as `idempotency_keys` holds it. */
export interface StoredAnswer<Body> {
  requestHash: string;
  responseStatus: number;
  responseBody: Body;
}

/** The `idempotency_keys` table: the answers to requests sent with an `Idempotency-Key`. */
@Injectable()
export class IdempotencyStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** SQL: whether a key has an answer stored, given the SQL (parameters) of its account, scope and key. */
  static usedKeySql(accountId: string, scope: string, key: string): string {
    return `EXISTS (SELECT 1 FROM idempotency_keys k
                       WHERE k.account_id = ${accountId} AND k.scope = ${scope} AND k.key = ${key})`;
  }

  /** Takes the key's transaction-level advisory lock if it is free; false when another request holds it. */
  async tryLock(tx: EntityManager, lockKey: string): Promise<boolean> {
    const [{ locked }] = await tx.query(`SELECT pg_try_advisory_xact_lock($1::bigint) AS locked`, [lockKey]);
    return locked;
  }

  /** The key's answer while it lasts. */
  async findLive<Body>(tx: EntityManager, ref: IdempotencyKeyRef): Promise<StoredAnswer<Body> | undefined> {
    const [stored] = await tx.query(
      `SELECT request_hash AS "requestHash", response_status AS "responseStatus", response_body AS "responseBody"
         FROM idempotency_keys
        WHERE account_id = $1 AND scope = $2 AND key = $3 AND expires_at > now()`,
      [ref.accountId, ref.scope, ref.key],
    );
    return stored;
  }

  /** Stores (or replaces) the key's answer for `hours`. */
  async save(tx: EntityManager, ref: IdempotencyKeyRef, answer: StoredAnswer<unknown>, hours: number): Promise<void> {
    await tx.query(
      `INSERT INTO idempotency_keys (account_id, scope, key, request_hash, response_status, response_body, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(hours => $7))
       ON CONFLICT (account_id, scope, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, response_status = EXCLUDED.response_status,
             response_body = EXCLUDED.response_body, created_at = now(), expires_at = EXCLUDED.expires_at`,
      [
        ref.accountId,
        ref.scope,
        ref.key,
        answer.requestHash,
        answer.responseStatus,
        JSON.stringify(answer.responseBody),
        hours,
      ],
    );
  }

  async deleteOf(tx: EntityManager, accountId: string): Promise<void> {
    await tx.query(`DELETE FROM idempotency_keys WHERE account_id = $1`, [accountId]);
  }

  async deleteExpired(): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE expires_at <= now()`);
  }
}
