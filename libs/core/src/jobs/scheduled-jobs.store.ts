import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The `scheduled_jobs` table: one row per periodic job, when it is next due and who holds it. */
@Injectable()
export class ScheduledJobsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds the job, or sets its period anew. */
  async register(name: string, everySeconds: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO scheduled_jobs (name, interval_seconds) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET interval_seconds = EXCLUDED.interval_seconds`,
      [name, everySeconds],
    );
  }

  /** Claims the job among `names` due longest ago that no live lease holds, for `leaseSeconds`; its name. */
  async claimNextDue(owner: string, names: string[], leaseSeconds: number): Promise<string | undefined> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
    const [claimed]: [{ name: string }[], number] = await this.dataSource.query(
      `UPDATE scheduled_jobs j
          SET locked_by = $1,
              locked_until = now() + make_interval(secs => $3),
              last_started_at = now()
        WHERE j.name = (
              SELECT name FROM scheduled_jobs
               WHERE name = ANY($2)
                 AND next_run_at <= now()
                 AND (locked_until IS NULL OR locked_until < now())
               ORDER BY next_run_at
               LIMIT 1
               FOR UPDATE SKIP LOCKED)
       RETURNING j.name`,
      [owner, names, leaseSeconds],
    );
    return claimed[0]?.name;
  }

  /** Releases the claim, records how the run went and sets the next run one period from now. */
  async finish(name: string, owner: string, error: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE scheduled_jobs
          SET locked_by = NULL, locked_until = NULL,
              next_run_at = now() + make_interval(secs => interval_seconds),
              last_finished_at = now(), last_status = $3, last_error = $4,
              run_count = run_count + 1
        WHERE name = $1 AND locked_by = $2`,
      [name, owner, error ? 'failed' : 'succeeded', error],
    );
  }
}
