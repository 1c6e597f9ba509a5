import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NamedRegion, regionNames, Understanding, understandQuery } from './query-understanding';
import type { SearchFiltersDto } from './search.dto';

/** Regions are added by hand, a few times a year: their names are read again after this long. */
const NAMES_TTL_MS = 5 * 60_000;

/** Turns place and kind words into filters for search and the map alike (docs/search.md). */
@Injectable()
export class QueryUnderstanding {
  private names?: { map: Promise<Map<string, string>>; readAt: number };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Undefined when the query is searched as typed: asked to, other words in it, or a filter given that says otherwise. */
  async of(query: SearchFiltersDto): Promise<Understanding | undefined> {
    if (query.asTyped || !query.q?.trim()) return undefined;
    const understood = understandQuery(query.q, await this.regionNames());
    const conflicts =
      (understood?.district && query.district && understood.district !== query.district) ||
      (understood?.type && query.type && understood.type !== query.type);
    return conflicts ? undefined : understood;
  }

  private regionNames(): Promise<Map<string, string>> {
    if (!this.names || Date.now() - this.names.readAt > NAMES_TTL_MS) {
      const map = this.dataSource
        .query<NamedRegion[]>(`SELECT code, name FROM regions WHERE level IN ('district', 'functional_area')`)
        .then(regionNames);
      // A failed read is not kept: the next query reads again.
      map.catch(() => (this.names = undefined));
      this.names = { map, readAt: Date.now() };
    }
    return this.names.map;
  }
}
