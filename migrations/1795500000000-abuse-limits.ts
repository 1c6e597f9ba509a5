import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Abuse limits: rate-limit counters shared by every API process (unlogged: a crash only forgives
 * the current minute), and no-show bans that also follow the ID numbers on the missed bookings.
 */
export class AbuseLimits1795500000000 implements MigrationInterface {
  name = 'AbuseLimits1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_hits (
        key            varchar(128) PRIMARY KEY,
        hits           integer NOT NULL,
        window_ends_at timestamptz NOT NULL,
        blocked_until  timestamptz
      )`);
    await q.query(`ALTER TABLE "booking_bans" ADD "id_hashes" bytea array NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "booking_bans" DROP COLUMN "id_hashes"`);
    await q.query(`DROP TABLE rate_limit_hits`);
  }
}
