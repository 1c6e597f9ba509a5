import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult } from '@nestjs/terminus';
import { MeiliClient, MeiliError } from '@kepu/search';

/**
 * Meilisearch liveness. Unlike the database, search being down does not make Kepu unhealthy:
 * search falls back to Postgres, so this reports "down" without failing the check. While the
 * circuit breaker is open it says so at once (docs/search.md, "The circuit breaker").
 */
@Injectable()
export class SearchHealthIndicator {
  constructor(private readonly meili: MeiliClient) {}

  async check(key = 'search'): Promise<HealthIndicatorResult> {
    if (this.meili.breaker.isOpen) return { [key]: { status: 'down', message: 'circuit open' } };
    try {
      await this.meili.health();
      return { [key]: { status: 'up' } };
    } catch (error) {
      if (!(error instanceof MeiliError)) throw error;
      const message = error.status ? `HTTP ${error.status}` : error.timedOut ? 'timeout' : 'unreachable';
      this.meili.breaker.failed(`health: ${message}`);
      return { [key]: { status: 'down', message } };
    }
  }
}
