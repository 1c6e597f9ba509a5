import { MigrationInterface, QueryRunner } from 'typeorm';

/** One row per periodic job: when it is next due, who holds it (with a lease), how it last went. */
export class ScheduledJobs1795420000001 implements MigrationInterface {
  name = 'ScheduledJobs1795420000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scheduled_jobs (
        name             varchar(100) PRIMARY KEY,
        interval_seconds integer NOT NULL CHECK (interval_seconds > 0),
        next_run_at      timestamptz NOT NULL DEFAULT now(),
        locked_by        text,
        locked_until     timestamptz,
        last_started_at  timestamptz,
        last_finished_at timestamptz,
        last_status      varchar(16) CHECK (last_status IN ('succeeded', 'failed')),
        last_error       text,
        run_count        bigint NOT NULL DEFAULT 0
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE scheduled_jobs`);
  }
}
