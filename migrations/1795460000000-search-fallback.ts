import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A Postgres copy of the search documents, written by the relay before it calls Meilisearch. When
 * Meilisearch is down, `/search` answers from here with the same filters and facets, matching the
 * name and its pinyin through trigrams. Rows are rebuilt by `npm run search:reindex` (and by the
 * worker when it finds drift), so this migration leaves the table empty.
 */
export class SearchFallback1795460000000 implements MigrationInterface {
  name = 'SearchFallback1795460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE search_fallback (
        resource_id          uuid PRIMARY KEY REFERENCES resources (id) ON DELETE CASCADE,
        revision             integer NOT NULL,
        name                 varchar(100) NOT NULL,
        name_sort            text NOT NULL,
        terms                text NOT NULL,
        type                 varchar(32) NOT NULL,
        district             varchar(16) NOT NULL,
        regions              text[] NOT NULL,
        themes               text[] NOT NULL,
        audiences            text[] NOT NULL,
        accessibility        text[] NOT NULL,
        accreditation_levels text[] NOT NULL,
        free                 boolean,
        bookable             boolean NOT NULL,
        latitude             double precision NOT NULL,
        longitude            double precision NOT NULL
      )`);
    await q.query(`CREATE INDEX search_fallback_terms_idx ON search_fallback USING gin (terms gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_fallback`);
    // pg_trgm stays: other schemas may use it, and it holds no data.
  }
}
