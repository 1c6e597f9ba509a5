import { Injectable } from '@nestjs/common';
import { ConcurrencyGate } from '@kepu/core';
import { SearchErrors } from './search-errors';
import { FACETS } from './search-document';
import { Bbox, GeoPoint, MapRow, SearchFallbackStore, SearchRow } from './search-fallback.store';
import type { SearchFiltersDto, SearchQueryDto } from './search.dto';

/** Fallback searches one process runs at once (a third of its pool), and how many may wait. */
const FALLBACK_CONCURRENCY = 3;
const FALLBACK_QUEUE = 100;

/**
 * The degraded search over the Postgres copy of the search documents, while Meilisearch cannot
 * answer (docs/search.md, "The Postgres fallback"): the same filters and facets, a few searches at
 * a time per process.
 */
@Injectable()
export class SearchFallback {
  /** Fallback searches hold a connection each and cost Postgres real work: a few at a time per process. */
  private readonly gate = new ConcurrencyGate(FALLBACK_CONCURRENCY, FALLBACK_QUEUE, SearchErrors.SEARCH_BUSY);

  constructor(private readonly store: SearchFallbackStore) {}

  async search(
    query: SearchQueryDto,
    today: string,
    point: GeoPoint | undefined,
    bbox: Bbox | undefined,
  ): Promise<{ rows: SearchRow[]; total: number; facets: Record<string, Record<string, number>> }> {
    return this.gate.run(async () => {
      const counts = await this.store.facetCounts(query, today, point, bbox);
      const rows = await this.store.page(query, today, point, bbox);
      const facets: Record<string, Record<string, number>> = Object.fromEntries(
        [...FACETS, 'openToday'].map((facet) => [facet, {}]),
      );
      let total = 0;
      for (const { value, n } of counts) {
        if (value === null) total = n;
        else {
          const colon = value.indexOf(':');
          facets[value.slice(0, colon)][value.slice(colon + 1)] = n;
        }
      }
      return { rows, total, facets };
    });
  }

  /** Every searchable resource matching the filters, for the map: no paging, at most `limit`. */
  features(
    query: SearchFiltersDto,
    today: string,
    point: GeoPoint | undefined,
    bbox: Bbox | undefined,
    limit: number,
  ): Promise<MapRow[]> {
    return this.gate.run(() => this.store.features(query, today, point, bbox, limit));
  }

  /** Type-ahead: ten names holding every word of `q`, within `kind`'s district and type filters. */
  suggest(q: string, kind: SearchFiltersDto = {}): Promise<{ id: string; name: string }[]> {
    return this.gate.run(() => this.store.suggest(q, kind));
  }
}
