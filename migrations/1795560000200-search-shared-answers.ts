import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The result cache's shared tier (docs/search.md, "The result cache"): Meilisearch's answers to
 * popular searches, kept in Postgres for every API process under the index generation they were
 * computed in, so a process that starts (or empties its memory) while Meilisearch hangs still has
 * them. Trimmed by the worker to the newest rows of current generations.
 */
export class SearchSharedAnswers1795560000200 implements MigrationInterface {
  name = 'SearchSharedAnswers1795560000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_shared_answers (
        key bytea PRIMARY KEY,
        index_name varchar(200) NOT NULL,
        generation bigint NOT NULL,
        answer jsonb NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX search_shared_answers_stored_idx ON search_shared_answers (stored_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_shared_answers`);
  }
}
