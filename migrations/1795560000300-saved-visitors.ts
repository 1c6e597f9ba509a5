import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People an account books for (常用参观人, docs/booking-rules.md, "People I book for"): name and
 * document sealed like a booking's, a keyed hash so one person is kept once per account, deleted
 * with the account.
 */
export class SavedVisitors1795560000300 implements MigrationInterface {
  name = 'SavedVisitors1795560000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_visitors (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL,
        name bytea NOT NULL,
        category varchar(8) NOT NULL,
        document bytea,
        document_hash bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT saved_visitors_pkey PRIMARY KEY (id),
        CONSTRAINT saved_visitors_category CHECK ("category" IN ('adult', 'child', 'senior')),
        CONSTRAINT saved_visitors_account_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX saved_visitors_account_idx ON saved_visitors (account_id, created_at)`);
    await q.query(
      `CREATE UNIQUE INDEX saved_visitors_one_per_document ON saved_visitors (account_id, document_hash) WHERE document_hash IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE saved_visitors`);
  }
}
