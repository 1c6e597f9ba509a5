import { createHash } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isTransientConflict } from '../database/errors';
import { AppError, ErrorDefinition, ErrorDetail } from '../errors/app-error';
import { PersonalDataHolder, PersonalDataRegistry, PersonalDataSection } from '../privacy/personal-data';
import { IdempotencyErrors } from './idempotency-errors';

/** Tries of a transaction Postgres keeps aborting as a deadlock or serialization failure. */
const CONFLICT_ATTEMPTS = 3;

/** How long a key and its first response are kept. */
export const IDEMPOTENCY_HOURS = 24;

export interface IdempotentRequest {
  accountId: string;
  /** The operation, e.g. `POST /bookings`: one key may be used once per operation. */
  scope: string;
  key: string;
  body: unknown;
}

export interface IdempotentResponse<T = unknown> {
  status: number;
  body: T;
  /** True when this is the stored answer to an earlier request with the same key. */
  replayed: boolean;
}

interface StoredRow {
  requestHash: string;
  responseStatus: number;
  responseBody: { result?: unknown; error?: ErrorDefinition; details?: ErrorDetail[] | Record<string, unknown> };
}

const IDEMPOTENCY_ERROR_CODES = new Set(Object.keys(IdempotencyErrors));

/**
 * Runs a write at most once per key. The key is held with a transaction-level advisory lock, so
 * a concurrent request with the same key is told 409 at once instead of queueing, and a crash
 * never leaves a key stuck "in flight". The first answer (success or 4xx error) is stored in the
 * same transaction as the write and replayed for 24 hours; the same key with another body is 422.
 */
@Injectable()
export class IdempotencyService implements OnModuleInit, PersonalDataHolder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  /** Stored answers repeat what a person sent (visitors' names): they go with the account. */
  onModuleInit(): void {
    this.personalData.register(this);
  }

  async exportFor(): Promise<PersonalDataSection[]> {
    return []; // copies of answers the person already has, kept a day at most
  }

  async erase(accountId: string, tx: EntityManager): Promise<void> {
    await tx.query(`DELETE FROM idempotency_keys WHERE account_id = $1`, [accountId]);
  }

  async run<T>(
    request: IdempotentRequest,
    work: (tx: EntityManager) => Promise<{ status: number; body: T }>,
  ): Promise<IdempotentResponse<T>> {
    const requestHash = digest(request.body);
    let outcome: { stored: StoredRow } | { result: { status: number; body: T } };
    const attempt = () =>
      this.dataSource.transaction(async (tx) => {
        const stored = await this.claim(tx, request, requestHash);
        if (stored) return { stored };
        const result = await work(tx);
        await this.store(tx, request, requestHash, result.status, { result: result.body });
        return { result };
      });
    try {
      outcome = await retryTransientConflicts(attempt);
    } catch (error) {
      if (
        error instanceof AppError &&
        error.definition.status < 500 &&
        !IDEMPOTENCY_ERROR_CODES.has(error.definition.code)
      ) {
        await this.storeRefusal(request, requestHash, error).catch(() => undefined);
      }
      throw error;
    }
    return 'stored' in outcome ? replay<T>(outcome.stored) : { ...outcome.result, replayed: false };
  }

  /** The write rolled back; its refusal is still the answer this key gets from now on (best effort). */
  private storeRefusal(request: IdempotentRequest, requestHash: string, error: AppError): Promise<void> {
    return this.dataSource.transaction(async (tx) => {
      if (await this.claim(tx, request, requestHash)) return;
      await this.store(tx, request, requestHash, error.definition.status, {
        error: error.definition,
        details: error.details,
      });
    });
  }

  /** Takes the key's lock (409 when another request holds it) and returns its stored answer, if any. */
  private async claim(tx: EntityManager, request: IdempotentRequest, requestHash: string): Promise<StoredRow | null> {
    const [{ locked }] = await tx.query(`SELECT pg_try_advisory_xact_lock($1::bigint) AS locked`, [lockKey(request)]);
    if (!locked) throw new AppError(IdempotencyErrors.IDEMPOTENCY_IN_FLIGHT);
    // A separate statement: its snapshot is taken after the lock, so it sees a just-committed answer.
    const [stored]: StoredRow[] = await tx.query(
      `SELECT request_hash AS "requestHash", response_status AS "responseStatus", response_body AS "responseBody"
         FROM idempotency_keys
        WHERE account_id = $1 AND scope = $2 AND key = $3 AND expires_at > now()`,
      [request.accountId, request.scope, request.key],
    );
    if (stored && stored.requestHash !== requestHash) throw new AppError(IdempotencyErrors.IDEMPOTENCY_KEY_REUSED);
    return stored ?? null;
  }

  private async store(
    tx: EntityManager,
    request: IdempotentRequest,
    requestHash: string,
    status: number,
    body: StoredRow['responseBody'],
  ): Promise<void> {
    await tx.query(
      `INSERT INTO idempotency_keys (account_id, scope, key, request_hash, response_status, response_body, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(hours => $7))
       ON CONFLICT (account_id, scope, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, response_status = EXCLUDED.response_status,
             response_body = EXCLUDED.response_body, created_at = now(), expires_at = EXCLUDED.expires_at`,
      [request.accountId, request.scope, request.key, requestHash, status, JSON.stringify(body), IDEMPOTENCY_HOURS],
    );
  }
}

/**
 * Runs a transaction again when Postgres aborted it as a deadlock or serialization failure: it
 * wrote nothing, and its key's claim went with it, so the request is simply tried anew.
 */
async function retryTransientConflicts<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isTransientConflict(error) || tries >= CONFLICT_ATTEMPTS) throw error;
    }
  }
}

function replay<T>(stored: StoredRow): IdempotentResponse<T> {
  const { error, details, result } = stored.responseBody;
  if (error) throw new AppError(error, details);
  return { status: stored.responseStatus, body: result as T, replayed: true };
}

/** JSON with sorted keys, so the same body written in another key order is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const digest = (body: unknown) => createHash('sha256').update(canonical(body)).digest('hex');

/** 64 bits of the key's hash, as Postgres advisory locks take them. */
const lockKey = (request: IdempotentRequest) =>
  createHash('sha256')
    .update(`${request.accountId}\n${request.scope}\n${request.key}`)
    .digest()
    .readBigInt64BE()
    .toString();
