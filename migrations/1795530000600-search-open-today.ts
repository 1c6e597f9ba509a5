import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search's "open today" and concession filters on the Postgres fallback copy (docs/api.md): the
 * dates a venue opens on over the indexed window, the day that window starts, and the concession
 * filters its admission meets. Existing rows get their values at the next reindex or relay sync;
 * the open-dates job fills the window of the rest within the hour.
 */
export class SearchOpenToday1795530000600 implements MigrationInterface {
  name = 'SearchOpenToday1795530000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE search_fallback
        ADD COLUMN concessions text[] NOT NULL DEFAULT '{}',
        ADD COLUMN open_dates date[] NOT NULL DEFAULT '{}',
        ADD COLUMN open_dates_from date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE search_fallback
        DROP COLUMN open_dates_from,
        DROP COLUMN open_dates,
        DROP COLUMN concessions`);
  }
}
