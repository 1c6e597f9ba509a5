import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Rows the shared tier keeps at most after a trim: a few times the popular queries, a few tens of MB. */
export const SHARED_ANSWERS_KEPT = 5_000;

/**
 * The result cache's shared tier (`search_shared_answers`, docs/search.md, "The result cache"):
 * Meilisearch's answers by the digest of their cache key, each under the generation it was
 * computed in. A process whose memory misses reads here before it asks Meilisearch, so one that
 * starts while Meilisearch hangs still has the popular answers. The worker trims it.
 */
@Injectable()
export class SharedAnswersStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(key: Buffer, generation: number): Promise<object | undefined> {
    const [row]: { answer: object }[] = await this.dataSource.query(
      `SELECT answer FROM search_shared_answers WHERE key = $1 AND generation = $2`,
      [key, generation],
    );
    return row?.answer;
  }

  async write(key: Buffer, index: string, generation: number, answer: object): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO search_shared_answers (key, index_name, generation, answer) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO UPDATE SET index_name = EXCLUDED.index_name, generation = EXCLUDED.generation,
         answer = EXCLUDED.answer, stored_at = now()
       WHERE search_shared_answers.generation <= EXCLUDED.generation`,
      [key, index, generation, JSON.stringify(answer)],
    );
  }

  /** Drops answers of past generations, then all but the newest `kept`; returns how many went. */
  async trim(kept = SHARED_ANSWERS_KEPT): Promise<number> {
    const [, stale] = await this.dataSource.query(
      `DELETE FROM search_shared_answers a USING search_generations g
        WHERE g.index_name = a.index_name AND a.generation < g.generation`,
    );
    const [, surplus] = await this.dataSource.query(
      `DELETE FROM search_shared_answers WHERE stored_at < (
         SELECT stored_at FROM search_shared_answers ORDER BY stored_at DESC OFFSET $1 LIMIT 1)`,
      [kept],
    );
    return stale + surplus;
  }
}
