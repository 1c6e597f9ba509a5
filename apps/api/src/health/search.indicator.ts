import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult } from '@nestjs/terminus';
import { KEPU_CONFIG, KepuConfig } from '@kepu/core';

/**
 * Meilisearch liveness. Unlike the database, search being down does not make Kepu unhealthy:
 * search falls back to Postgres, so this reports "down" without failing the check.
 */
@Injectable()
export class SearchHealthIndicator {
  constructor(@Inject(KEPU_CONFIG) private readonly config: KepuConfig) {}

  async check(key = 'search'): Promise<HealthIndicatorResult> {
    try {
      const res = await fetch(`${this.config.search.url}/health`, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return { [key]: { status: 'up' } };
      return { [key]: { status: 'down', message: `HTTP ${res.status}` } };
    } catch (error) {
      const message = error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'unreachable';
      return { [key]: { status: 'down', message } };
    }
  }
}
