import type { ThrottlerStorage } from '@nestjs/throttler';
import type { DataSource } from 'typeorm';
import { RateLimitStore } from './rate-limit.store';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Rate-limit counters in Postgres, so every API process spends from one budget. A fixed window per
 * key, counted and judged in one atomic upsert; past the limit the key is blocked for
 * `blockDuration`. The table is unlogged: losing counters in a crash only forgives a minute.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  private readonly store: RateLimitStore;

  constructor(dataSource: DataSource) {
    this.store = new RateLimitStore(dataSource);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    const row = await this.store.hit(key, ttl, limit, blockDuration);
    const blockedFor = row.blockedFor !== null && row.blockedFor > 0 ? Math.ceil(row.blockedFor) : 0;
    return {
      totalHits: row.hits,
      timeToExpire: Math.max(0, Math.ceil(row.expiresIn)),
      isBlocked: blockedFor > 0,
      timeToBlockExpire: blockedFor,
    };
  }
}
