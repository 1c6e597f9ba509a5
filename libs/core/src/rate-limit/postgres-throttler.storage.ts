import type { ThrottlerStorage } from '@nestjs/throttler';
import type { DataSource } from 'typeorm';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Rate-limit counters in Postgres, so every API process spends from one budget. A fixed window per
 * key, counted and judged in one atomic upsert; past the limit the key is blocked for
 * `blockDuration`. The table is unlogged: losing counters in a crash only forgives a minute.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    const [row]: { hits: number; expiresIn: number; blockedFor: number | null }[] = await this.dataSource.query(
      `WITH settings AS (SELECT make_interval(secs => $2::float8 / 1000) AS span, make_interval(secs => $4::float8 / 1000) AS block)
       INSERT INTO rate_limit_hits AS r (key, hits, window_ends_at)
       SELECT $1, 1, now() + span FROM settings
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_ends_at <= now() THEN 1 ELSE r.hits + 1 END,
         window_ends_at = CASE WHEN r.window_ends_at <= now() THEN EXCLUDED.window_ends_at ELSE r.window_ends_at END,
         blocked_until = CASE
           WHEN r.blocked_until > now() THEN r.blocked_until
           WHEN r.window_ends_at > now() AND r.hits + 1 > $3 THEN now() + (SELECT block FROM settings)
         END
       RETURNING hits,
                 extract(epoch FROM window_ends_at - now())::float8 AS "expiresIn",
                 extract(epoch FROM blocked_until - now())::float8 AS "blockedFor"`,
      [key, ttl, limit, blockDuration],
    );
    const blockedFor = row.blockedFor !== null && row.blockedFor > 0 ? Math.ceil(row.blockedFor) : 0;
    return {
      totalHits: row.hits,
      timeToExpire: Math.max(0, Math.ceil(row.expiresIn)),
      isBlocked: blockedFor > 0,
      timeToBlockExpire: blockedFor,
    };
  }
}
