import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox: events written in the same transaction as the change they announce,
 * relayed later by the worker. Unprocessed rows are found through a small partial index.
 */
export class Outbox1795440000000 implements MigrationInterface {
  name = 'Outbox1795440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        topic          varchar(64) NOT NULL,
        aggregate_type varchar(32) NOT NULL,
        aggregate_id   varchar(64) NOT NULL,
        payload        jsonb NOT NULL DEFAULT '{}',
        created_at     timestamptz NOT NULL DEFAULT now(),
        processed_at   timestamptz,
        attempts       integer NOT NULL DEFAULT 0,
        last_error     text
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE processed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox`);
  }
}
