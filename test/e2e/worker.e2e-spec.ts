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

  it('registers its jobs, materialises slots and relays the outbox', async () => {
    const jobs = await db.query(`SELECT name FROM scheduled_jobs ORDER BY name`);
    expect(jobs.map((j: { name: string }) => j.name)).toEqual(
      expect.arrayContaining(['schedule.slot_horizon', 'system.heartbeat']),
    );
    await db.query(`UPDATE scheduled_jobs SET next_run_at = now() - interval '1 second'`);
    expect(await worker.get(JobRunner).runDueJobs()).toEqual(
      expect.arrayContaining(['schedule.slot_horizon', 'system.heartbeat']),
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
