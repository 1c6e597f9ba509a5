import { JobRunner, WORKER_HEARTBEAT_FILE } from '@kepu/core';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { eventually } from '../support/eventually';
import { createTestDatabase, testConfig } from '../support/test-app';

/** The standalone worker, as production runs it: its jobs and the search relay, no HTTP. */
describe('the worker', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let worker: INestApplicationContext;
  let db: DataSource;

  const startedAt = Date.now();
  beforeAll(async () => {
    database = await createTestDatabase();
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(testConfig(database.url)), {
      logger: false,
    });
    await worker.init();
    db = worker.get(DataSource);
  });
  afterAll(async () => {
    await worker.close();
    await database.drop();
  });

  it('registers its jobs, runs them, materialises slots and relays the outbox', async () => {
    // The register upkeep, search and campaign jobs beside the first ones: each is registered and runs.
    const expected = [
      'campaigns.events_index',
      'register.accreditation_reminders',
      'register.reconfirmation',
      'schedule.slot_horizon',
      'search.open_dates',
      'system.heartbeat',
    ];
    const jobs = await db.query(`SELECT name FROM scheduled_jobs ORDER BY name`);
    expect(jobs.map((j: { name: string }) => j.name)).toEqual(expect.arrayContaining(expected));
    const runs = async () =>
      (await db.query(
        `SELECT name, run_count::int AS runs, last_status, last_error FROM scheduled_jobs WHERE name = ANY($1) ORDER BY name`,
        [expected],
      )) as { name: string; runs: number; last_status: string; last_error: string | null }[];
    const before = new Map((await runs()).map((job) => [job.name, job.runs]));
    await db.query(`UPDATE scheduled_jobs SET next_run_at = now() - interval '1 second'`);
    await worker.get(JobRunner).runDueJobs();
    // The worker's own tick claims some of the due jobs beside this call: each has run once more, somewhere.
    let seen: Awaited<ReturnType<typeof runs>> = [];
    await eventually(async () => (seen = await runs()).every((job) => job.runs > (before.get(job.name) ?? 0)), {
      seconds: 120,
      what: 'every expected job run again',
      seen: () => JSON.stringify(seen),
    });
    expect(seen.map(({ name, last_status, last_error }) => ({ name, last_status, last_error }))).toEqual(
      expected.map((name) => ({ name, last_status: 'succeeded', last_error: null })),
    );
    // The relay runs on its own clock: wait for it to empty the outbox (the demo venues' events).
    const pending = async () =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL AND aggregate_type = 'resource'`,
        )
      )[0].n as number;
    const deadline = Date.now() + 30_000;
    while ((await pending()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const errors = await db.query(`SELECT DISTINCT last_error FROM outbox WHERE last_error IS NOT NULL`);
    expect({ pending: await pending(), errors }).toEqual({ pending: 0, errors: [] });
  });

  it('keeps the heartbeat file fresh that its container healthcheck reads', async () => {
    const beatAt = () => (existsSync(WORKER_HEARTBEAT_FILE) ? statSync(WORKER_HEARTBEAT_FILE).mtimeMs : 0);
    await eventually(() => beatAt() >= startedAt, { seconds: 20, what: 'a heartbeat since the worker started' });
    // The one-liner docker/compose.yaml runs in the worker's container.
    const healthcheck =
      /"(process\.exit\(.*)"/.exec(readFileSync(join(__dirname, '../../docker/compose.yaml'), 'utf8'))?.[1] ?? '';
    expect(healthcheck).toContain(`statSync('${WORKER_HEARTBEAT_FILE}')`);
    expect(() => execFileSync(process.execPath, ['-e', healthcheck])).not.toThrow();
  });
});
