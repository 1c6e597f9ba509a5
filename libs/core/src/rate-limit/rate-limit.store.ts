import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A key's counter after a hit: hits in its window, seconds left of the window and of a block. */
export interface RateLimitCount {
  hits: number;
  expiresIn: number;
  blockedFor: number | null;
}

/** The `rate_limit_hits` table (unlogged): one counter per key, a fixed window and a block. */
@Injectable()
export class RateLimitStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Counts a hit on `key` and judges it in one atomic upsert: a window of `ttl` ms, past `limit`
   * hits the key is blocked for `blockDuration` ms.
   */
  async hit(key: string, ttl: number, limit: number, blockDuration: number): Promise<RateLimitCount> {
    const [row]: RateLimitCount[] = await this.dataSource.query(
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
    return row;
  }

  /** Deletes the counters whose window and block have both ended. */
  async deleteEnded(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM rate_limit_hits WHERE window_ends_at < now() AND (blocked_until IS NULL OR blocked_until < now())`,
    );
  }
}
