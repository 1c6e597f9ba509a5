import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectConfig, Metrics } from '@kepu/core';
import { Counter } from 'prom-client';
import { LRUCache } from 'lru-cache';
import { IndexGenerations } from './index-generations';
import { SharedAnswersStore } from './shared-answers.store';
import { searchConfig, SearchSettings } from './search.config';

interface Entry {
  generation: number;
  answer: object;
  fromPostgres: boolean;
}

/** What a computation gives the cache: the answer, whether it may be kept, and whether Postgres gave it. */
export interface Computed<T> {
  answer: T;
  keep: boolean;
  fromPostgres?: boolean;
}

const MB = 1024 * 1024;

/** The same JSON for the same request, whatever order its parameters came in. */
const stableJson = (request: object) =>
  JSON.stringify(
    Object.entries(request)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );

/**
 * Answers to searches, kept while their index's generation stands (docs/search.md, "The result
 * cache"): in each process's memory, bounded by size, least recently used out first; behind it,
 * Meilisearch's answers in Postgres for every process (SharedAnswersStore). Identical searches that
 * miss together share one computation.
 */
@Injectable()
export class SearchCache {
  private readonly entries?: LRUCache<string, Entry>;
  private readonly computing = new Map<string, Promise<Computed<object>>>();
  private readonly hits: Counter<'kind'>;
  private readonly misses: Counter<'kind'>;
  private readonly sharedHits: Counter<'kind'>;
  private readonly logger = new Logger(SearchCache.name);

  constructor(
    @InjectConfig(searchConfig) settings: SearchSettings,
    metrics: Metrics,
    private readonly generations: IndexGenerations,
    private readonly sharedAnswers: SharedAnswersStore,
  ) {
    const maxSize = settings.cacheMb * MB;
    const entries = maxSize
      ? new LRUCache<string, Entry>({
          maxSize,
          // A string in V8 takes about two bytes a character; the parsed answer about as much again.
          sizeCalculation: (entry) => JSON.stringify(entry.answer).length * 4,
          maxEntrySize: maxSize / 16,
        })
      : undefined;
    this.entries = entries;
    this.hits = metrics.counter({
      name: 'kepu_search_cache_hits_total',
      help: 'Searches answered from the result cache',
      labelNames: ['kind'],
    });
    this.misses = metrics.counter({
      name: 'kepu_search_cache_misses_total',
      help: 'Searches the result cache could not answer',
      labelNames: ['kind'],
    });
    this.sharedHits = metrics.counter({
      name: 'kepu_search_cache_shared_hits_total',
      help: 'Searches this process missed that the shared tier in Postgres answered',
      labelNames: ['kind'],
    });
    metrics.gauge({
      name: 'kepu_search_cache_bytes',
      help: 'Estimated memory held by the result cache',
      collect() {
        this.set(entries?.calculatedSize ?? 0);
      },
    });
  }

  /**
   * The cached answer to `request` against `index`, if its generation still stands (one Postgres
   * gave only while `outage`); else computes it and keeps it when `compute` says it may. `kind`
   * names the search for the metrics.
   */
  async answer<T extends object>(
    kind: string,
    index: string,
    request: object,
    compute: () => Promise<Computed<T>>,
    outage = false,
  ): Promise<T> {
    const generation = this.entries && (await this.generationOf(index));
    if (generation === undefined) return (await compute()).answer;
    const key = `${kind} ${index} ${stableJson(request)}`;
    const entry = this.entries!.get(key);
    if (entry?.generation === generation && (outage || !entry.fromPostgres)) {
      this.hits.inc({ kind });
      return entry.answer as T;
    }
    this.misses.inc({ kind });
    const flight = `${generation} ${key}`;
    let computing = this.computing.get(flight) as Promise<Computed<T>> | undefined;
    if (!computing) {
      computing = this.sharedOrComputed(kind, index, generation, key, compute).finally(() =>
        this.computing.delete(flight),
      );
      this.computing.set(flight, computing);
      const { answer, keep, fromPostgres = false } = await computing;
      if (keep) this.entries!.set(key, { generation, answer, fromPostgres });
      return answer;
    }
    return (await computing).answer;
  }

  /**
   * The shared tier's answer for this generation, else a computed one; Meilisearch's answers that
   * may be kept are offered to the shared tier without waiting (a lost write costs a later miss).
   */
  private async sharedOrComputed<T extends object>(
    kind: string,
    index: string,
    generation: number,
    key: string,
    compute: () => Promise<Computed<T>>,
  ): Promise<Computed<T>> {
    const digest = createHash('sha256').update(key).digest();
    const shared = await this.sharedAnswers.read(digest, generation).catch(() => undefined);
    if (shared) {
      this.sharedHits.inc({ kind });
      return { answer: shared as T, keep: true };
    }
    const computed = await compute();
    if (computed.keep && !computed.fromPostgres) {
      this.sharedAnswers
        .write(digest, index, generation, computed.answer)
        .catch((error: Error) => this.logger.warn(`Shared search answer not kept: ${error.message}`));
    }
    return computed;
  }

  /**
   * Undefined when Postgres cannot say: then nothing is served from or kept in the cache (and
   * health reports Postgres down).
   */
  private generationOf(index: string): Promise<number | undefined> {
    return this.generations.current(index).catch(() => undefined);
  }
}
