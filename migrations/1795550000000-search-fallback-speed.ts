import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A faster Postgres fallback for search (docs/search.md, "The Postgres fallback"):
 * - `han_bigrams(text)`: the distinct pairs of adjacent Chinese characters in a text. pg_trgm makes
 *   no trigrams from Chinese in a C-locale database, so its index passed every row to a Chinese
 *   substring test; a GIN index on the pairs of `terms` narrows it to rows holding all of a
 *   query's pairs.
 * - `facet_values`: a row's facet values as `facet:value`, written by the relay, so one pass counts
 *   every facet instead of one pass per facet. Existing rows are filled here.
 * - an index in name order, so a search without text reads its page instead of sorting every row.
 */
export class SearchFallbackSpeed1795550000000 implements MigrationInterface {
  name = 'SearchFallbackSpeed1795550000000';

  async up(q: QueryRunner): Promise<void> {
    // Filling and indexing 100,000 rows takes about half a minute, past the statement timeout.
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`
      CREATE FUNCTION han_bigrams(text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT pair), '{}')
          FROM generate_series(1, length($1) - 1) AS i, substr($1, i, 2) AS pair
         WHERE pair ~ '^[\\u3400-\\u9fff\\uf900-\\ufaff]{2}$'
      $$`);
    await q.query(`ALTER TABLE search_fallback ADD COLUMN facet_values text[] NOT NULL DEFAULT '{}'`);
    const prefixed = (facet: string, column: string) => `ARRAY(SELECT '${facet}:' || v FROM unnest(${column}) AS v)`;
    await q.query(`
      UPDATE search_fallback SET facet_values =
        ARRAY['district:' || district, 'type:' || type]
        || ${prefixed('theme', 'themes')} || ${prefixed('audience', 'audiences')}
        || ${prefixed('accessibility', 'accessibility')} || ${prefixed('accreditationLevel', 'accreditation_levels')}
        || ${prefixed('concession', 'concessions')}
        || CASE WHEN free IS NULL THEN '{}'::text[] ELSE ARRAY['free:' || free::text] END`);
    // After the fill, which would otherwise work out every row's pairs again for the index.
    await q.query(`CREATE INDEX search_fallback_han_bigrams_idx ON search_fallback USING gin (han_bigrams(terms))`);
    await q.query(`CREATE INDEX search_fallback_name_sort_idx ON search_fallback (name_sort, resource_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_fallback DROP COLUMN facet_values`);
    await q.query(`DROP INDEX search_fallback_name_sort_idx`);
    await q.query(`DROP INDEX search_fallback_han_bigrams_idx`);
    await q.query(`DROP FUNCTION han_bigrams(text)`);
  }
}
