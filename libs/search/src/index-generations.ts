import { Injectable } from '@nestjs/common';
import { IndexGenerationsStore } from './index-generations.store';

type Generations = Map<string, number>;

/**
 * Each index's generation (`search_generations`), as every API process reads it before it trusts a
 * cached answer (docs/search.md, "The result cache"). Whoever has just had Meilisearch apply a
 * change raises it through the store.
 */
@Injectable()
export class IndexGenerations {
  private reading?: Promise<Generations>;
  private nextReading?: Promise<Generations>;

  constructor(private readonly store: IndexGenerationsStore) {}

  /** `index`'s generation as committed at some moment after this call. */
  async current(index: string): Promise<number> {
    return (await this.read()).get(index) ?? 0;
  }

  /**
   * Concurrent callers share one query. A query already under way may have begun before a change
   * this caller must see, so they wait for the next one, which all who arrive meanwhile share:
   * under load Postgres sees about one small query per round trip, not one per search.
   */
  private read(): Promise<Generations> {
    if (!this.reading) {
      this.reading = this.store.all().finally(() => (this.reading = undefined));
      return this.reading;
    }
    this.nextReading ??= this.reading
      .catch(() => undefined)
      .then(() => {
        this.nextReading = undefined;
        // A query begun since the last one ended began after every caller waiting here.
        return this.reading ?? this.read();
      });
    return this.nextReading;
  }
}
