import { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox retries back off: a failed row waits until `next_attempt_at` (exponential, capped). */
export class OutboxRetries1795450000000 implements MigrationInterface {
  name = 'OutboxRetries1795450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN next_attempt_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox DROP COLUMN next_attempt_at`);
  }
}
