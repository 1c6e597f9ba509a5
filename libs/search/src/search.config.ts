import { configProblem, defineConfigSlice, HttpUrl, WholeNumber } from '@kepu/core';
import { IsOptional, IsString, Matches, MinLength } from 'class-validator';

class SearchVariables {
  @HttpUrl()
  MEILI_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters' })
  MEILI_MASTER_KEY?: string;

  @IsOptional()
  @IsString()
  MEILI_BINARY?: string;

  @IsOptional()
  @Matches(/^[a-z0-9_]*$/, { message: 'may hold only a-z, 0-9 and _' })
  MEILI_INDEX_PREFIX?: string;

  @WholeNumber(0, 4096)
  SEARCH_CACHE_MB?: number;

  @WholeNumber(100, 60_000)
  SEARCH_TIMEOUT_MS?: number;
}

/**
 * Meilisearch, and how search waits for it: `cacheMb` bounds the popular-query cache (0: off),
 * `timeoutMs` one search call (docs/search.md). The runtime fills in `url` and `masterKey` when it
 * launches Meilisearch itself (embedded mode).
 */
export interface SearchSettings {
  url?: string;
  masterKey?: string;
  binary?: string;
  indexPrefix: string;
  cacheMb: number;
  timeoutMs: number;
}

/** Search's configuration slice, at `config.search` (docs/configuration.md). */
export const searchConfig = defineConfigSlice({
  key: 'search',
  variables: SearchVariables,
  read: (raw): SearchSettings => {
    if (raw.MEILI_URL && !raw.MEILI_MASTER_KEY) configProblem('MEILI_MASTER_KEY is required when MEILI_URL is set');
    return {
      url: raw.MEILI_URL,
      masterKey: raw.MEILI_MASTER_KEY,
      binary: raw.MEILI_BINARY,
      indexPrefix: raw.MEILI_INDEX_PREFIX ?? '',
      cacheMb: raw.SEARCH_CACHE_MB ?? 32,
      timeoutMs: raw.SEARCH_TIMEOUT_MS ?? 2_000,
    };
  },
});
