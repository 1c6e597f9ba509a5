import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One counter per Meilisearch index, raised whenever the index has applied a change: every API
 * process compares its cached answers' generation with it, so a cached answer is never staler than
 * the index (docs/search.md, "The result cache").
 */
export class SearchGenerations1795540000000 implements MigrationInterface {
  name = 'SearchGenerations1795540000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_generations (
        index_name varchar(200) PRIMARY KEY,
        generation bigint NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_generations`);
  }
}
