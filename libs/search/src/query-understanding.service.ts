import { Injectable } from '@nestjs/common';
import { RegionTree } from '@kepu/core';
import { closestWord, KnownWord, Typed } from './did-you-mean';
import { KIND_KNOWN, RegionVocabulary, regionVocabulary, Understanding, understandQuery } from './query-understanding';
import type { SearchFiltersDto } from './search.dto';

/**
 * Turns place and kind words into filters for search and the map alike, and finds the one closest
 * to words that found nothing (docs/search.md).
 */
@Injectable()
export class QueryUnderstanding {
  private vocabulary?: { of: readonly unknown[]; words: RegionVocabulary };

  constructor(private readonly tree: RegionTree) {}

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

  /** The district names as words, worked out again only when core's region tree has read the names again. */
  private async regions(): Promise<RegionVocabulary> {
    const districts = await this.tree.districts();
    if (this.vocabulary?.of !== districts) this.vocabulary = { of: districts, words: regionVocabulary([...districts]) };
    return this.vocabulary.words;
  }
}
