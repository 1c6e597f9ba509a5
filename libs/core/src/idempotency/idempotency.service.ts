import { createHash } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isTransientConflict } from '../database/errors';
import { AppError, ErrorDefinition, ErrorDetail } from '../errors/app-error';
import { PersonalDataHolder, PersonalDataRegistry, PersonalDataSection } from '../privacy/personal-data';
import { IdempotencyErrors } from './idempotency-errors';
import { IdempotencyStore, StoredAnswer } from './idempotency.store';

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

type StoredRow = StoredAnswer<{
  result?: unknown;
  error?: ErrorDefinition;
  details?: ErrorDetail[] | Record<string, unknown>;
}>;

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
    private readonly store: IdempotencyStore,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  /**
   * SQL for another lib's query (a booking's early refusal, one query on a hot path): whether a key
   * has an answer stored, given the SQL (parameters, as `$2`) of its account, scope and key.
   */
  static usedKeySql(accountId: string, scope: string, key: string): string {
    return IdempotencyStore.usedKeySql(accountId, scope, key);
  }

  /** Stored answers repeat what a person sent (visitors' names): they go with the account. */
  onModuleInit(): void {
    this.personalData.register(this);
  }

  async exportFor(): Promise<PersonalDataSection[]> {
    return []; // copies of answers the person already has, kept a day at most
  }

  async erase(accountId: string, tx: EntityManager): Promise<void> {
    await this.store.deleteOf(tx, accountId);
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
        await this.save(tx, request, requestHash, result.status, { result: result.body });
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
      await this.save(tx, request, requestHash, error.definition.status, {
        error: error.definition,
        details: error.details,
      });
    });
  }

  /** Takes the key's lock (409 when another request holds it) and returns its stored answer, if any. */
  private async claim(tx: EntityManager, request: IdempotentRequest, requestHash: string): Promise<StoredRow | null> {
    if (!(await this.store.tryLock(tx, lockKey(request)))) throw new AppError(IdempotencyErrors.IDEMPOTENCY_IN_FLIGHT);
    // A separate statement: its snapshot is taken after the lock, so it sees a just-committed answer.
    const stored = await this.store.findLive<StoredRow['responseBody']>(tx, request);
    if (stored && stored.requestHash !== requestHash) throw new AppError(IdempotencyErrors.IDEMPOTENCY_KEY_REUSED);
    return stored ?? null;
  }

  private save(
    tx: EntityManager,
    request: IdempotentRequest,
    requestHash: string,
    status: number,
    body: StoredRow['responseBody'],
  ): Promise<void> {
    return this.store.save(tx, request, { requestHash, responseStatus: status, responseBody: body }, IDEMPOTENCY_HOURS);
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
