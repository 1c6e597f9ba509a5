import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** Each Meilisearch index's generation (`search_generations`, docs/search.md, "The result cache"). */
@Injectable()
export class IndexGenerationsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Raises `index`'s generation, in `manager`'s transaction when given (it counts once committed). */
  async raise(index: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO search_generations (index_name, generation) VALUES ($1, 1)
       ON CONFLICT (index_name) DO UPDATE SET generation = search_generations.generation + 1, changed_at = now()`,
      [index],
    );
  }

  /** Every index's generation, by index name. */
  async all(): Promise<Map<string, number>> {
    const rows: { index: string; generation: string }[] = await this.dataSource.query(
      `SELECT index_name AS index, generation FROM search_generations`,
    );
    return new Map(rows.map((row) => [row.index, Number(row.generation)]));
  }
}
