import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

type Generations = Map<string, number>;

/**
 * Each index's generation (`search_generations`): raised by whoever has just had Meilisearch apply
 * a change to it, read by every API process before it trusts a cached answer (docs/search.md,
 * "The result cache").
 */
@Injectable()
export class IndexGenerations {
  private reading?: Promise<Generations>;
  private nextReading?: Promise<Generations>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Raises `index`'s generation, in `manager`'s transaction when given (it counts once committed). */
  async raise(index: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO search_generations (index_name, generation) VALUES ($1, 1)
       ON CONFLICT (index_name) DO UPDATE SET generation = search_generations.generation + 1, changed_at = now()`,
      [index],
    );
  }

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
      this.reading = this.query().finally(() => (this.reading = undefined));
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

  private async query(): Promise<Generations> {
    const rows: { index: string; generation: string }[] = await this.dataSource.query(
      `SELECT index_name AS index, generation FROM search_generations`,
    );
    return new Map(rows.map((row) => [row.index, Number(row.generation)]));
  }
}
