import { ConfigModule, DatabaseModule, JobRunner, JobsModule } from '@kepu/core';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { eventually } from '../support/eventually';
import { createTestDatabase, testConfig } from '../support/test-app';

/** Several worker copies against one database, as in production with more than one worker. */
describe('scheduled jobs in several worker copies', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let workers: INestApplicationContext[];
  let runners: JobRunner[];
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig(database.url);
    workers = await Promise.all(
      [1, 2, 3].map(async () => {
        const module = {
          module: class WorkerCopy {},
          // The tick is an hour away: the test drives the runs itself.
          imports: [
            ConfigModule.forRoot(config),
            DatabaseModule.forRoot(),
            JobsModule.forRoot({ enabled: true, tickMilliseconds: 3_600_000 }),
          ],
        };
        const app = await NestFactory.createApplicationContext(module, { logger: false });
        await app.init();
        return app;
      }),
    );
    runners = workers.map((w) => w.get(JobRunner));
    db = workers[0].get(DataSource);
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await database.drop();
  });

  const heartbeat = async () =>
    (
      await db.query(
        `SELECT run_count::int AS "runCount", locked_by AS "lockedBy", last_status AS "lastStatus" FROM scheduled_jobs WHERE name = 'system.heartbeat'`,
      )
    )[0];

  it('registers each job once, however many workers start', async () => {
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM scheduled_jobs WHERE name = 'system.heartbeat'`,
    );
    expect(count).toBe(1);
  });

  it('runs a due job exactly once when all copies tick at the same moment', async () => {
    const ran = await Promise.all(runners.map((r) => r.runDueJobs()));
    expect(ran.flat()).toEqual(['system.heartbeat']);
    expect(await heartbeat()).toEqual({ runCount: 1, lockedBy: null, lastStatus: 'succeeded' });

    // Not due again until its interval has passed.
    expect((await Promise.all(runners.map((r) => r.runDueJobs()))).flat()).toEqual([]);
  });

  it('runs again once per period, never twice', async () => {
    for (let period = 0; period < 5; period++) {
      await db.query(`UPDATE scheduled_jobs SET next_run_at = now() - interval '1 second'`);
      const ran = await Promise.all(runners.map((r) => r.runDueJobs()));
      expect(ran.flat()).toHaveLength(1);
    }
    expect((await heartbeat()).runCount).toBe(6);
  });

  it('lets another worker take over a job whose holder died (lease expired), but not before', async () => {
    await db.query(
      `UPDATE scheduled_jobs SET next_run_at = now() - interval '1 second', locked_by = 'dead-worker', locked_until = now() + interval '1 minute'`,
    );
    expect((await Promise.all(runners.map((r) => r.runDueJobs()))).flat()).toEqual([]);

    await db.query(`UPDATE scheduled_jobs SET locked_until = now() - interval '1 second'`);
    expect((await Promise.all(runners.map((r) => r.runDueJobs()))).flat()).toEqual(['system.heartbeat']);
    expect(await heartbeat()).toEqual({ runCount: 7, lockedBy: null, lastStatus: 'succeeded' });
  });
});

describe('the job runner when Postgres goes away', () => {
  it('logs the failed tick, keeps the process alive, and lets its heartbeat file go stale', async () => {
    const database = await createTestDatabase();
    const heartbeatFile = join(mkdtempSync(join(tmpdir(), 'kepu-heartbeat-')), 'heartbeat');
    const app = await NestFactory.createApplicationContext(
      {
        module: class WorkerCopy {},
        imports: [
          ConfigModule.forRoot(testConfig(database.url)),
          DatabaseModule.forRoot(),
          JobsModule.forRoot({ enabled: true, tickMilliseconds: 50, heartbeatFile }),
        ],
      },
      { logger: false },
    );
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const beatAt = () => (existsSync(heartbeatFile) ? statSync(heartbeatFile).mtimeMs : 0);
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    try {
      await app.init();
      await eventually(() => beatAt() > 0, { seconds: 10, what: 'a heartbeat file' });
      const first = beatAt();
      await eventually(() => beatAt() > first, { seconds: 10, what: 'a refreshed heartbeat' });

      await database.drop(); // ends the runner's connections; new ones find no database
      const failedTick = () => logged.mock.calls.some(([message]) => /^Scheduled jobs not run: /.test(String(message)));
      await eventually(failedTick, { seconds: 10, what: 'a logged failed tick' });
      await pause(100); // a write begun before the failure
      const last = beatAt();
      await pause(500); // ten ticks
      expect(beatAt()).toBe(last);
    } finally {
      logged.mockRestore();
      await app.close();
      rmSync(dirname(heartbeatFile), { recursive: true, force: true });
    }
  });
});
