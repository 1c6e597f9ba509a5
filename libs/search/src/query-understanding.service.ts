import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { closestWord, KnownWord, Typed } from './did-you-mean';
import {
  KIND_KNOWN,
  NamedRegion,
  RegionVocabulary,
  regionVocabulary,
  Understanding,
  understandQuery,
} from './query-understanding';
import type { SearchFiltersDto } from './search.dto';

/** Regions are added by hand, a few times a year: their names are read again after this long. */
const NAMES_TTL_MS = 5 * 60_000;

/**
 * Turns place and kind words into filters for search and the map alike, and finds the one closest
 * to words that found nothing (docs/search.md).
 */
@Injectable()
export class QueryUnderstanding {
  private names?: { vocabulary: Promise<RegionVocabulary>; readAt: number };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Undefined when the query is searched as typed: asked to, other words in it, or a filter given that says otherwise. */
  async of(query: SearchFiltersDto): Promise<Understanding | undefined> {
    if (query.asTyped || !query.q?.trim()) return undefined;
    const understood = understandQuery(query.q, (await this.regions()).names);
    const conflicts =
      (understood?.district && query.district && understood.district !== query.district) ||
      (understood?.type && query.type && understood.type !== query.type);
    return conflicts ? undefined : understood;
  }

  /** The kind word or district name closest to a query that found nothing (did-you-mean.ts). */
  async closest(query: Typed, usable: (word: KnownWord) => boolean): Promise<KnownWord | undefined> {
    return closestWord(query, [...KIND_KNOWN, ...(await this.regions()).known], usable);
  }

  private regions(): Promise<RegionVocabulary> {
    if (!this.names || Date.now() - this.names.readAt > NAMES_TTL_MS) {
      const vocabulary = this.dataSource
        .query<NamedRegion[]>(`SELECT code, name FROM regions WHERE level IN ('district', 'functional_area')`)
        .then(regionVocabulary);
      // A failed read is not kept: the next query reads again.
      vocabulary.catch(() => (this.names = undefined));
      this.names = { vocabulary, readAt: Date.now() };
    }
    return this.names.vocabulary;
  }
}
