import { freePort } from '@kepu/runtime';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { API_MAIN, exited, WORKER_MAIN } from '../support/kepu-processes';
import { processesUsing } from '../support/processes';
import { testServices } from '../support/services';
import { createTestDatabase } from '../support/test-app';

/** Only what a newcomer's shell would have: no DATABASE_URL or MEILI_URL from the test run. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...extra };
}

function run(main: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [main], { env: cleanEnv(env) });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.on('exit', (code) => done({ code, stderr }));
  });
}

const commandsUsing = (dataDir: string) => processesUsing(dataDir).map((p) => p.command);

async function waitHealthy(port: number, child: ChildProcess, timeoutMs = 60_000): Promise<Record<string, any>> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      if (res.ok) return (await res.json()) as Record<string, any>;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the API did not become healthy in time');
}

describe('configuration errors', () => {
  it('a bad variable stops the API at start with one line naming it', async () => {
    const { code, stderr } = await run(API_MAIN, { PORT: 'abc' });
    expect(code).toBe(1);
    expect(stderr).toBe('Invalid configuration: PORT must be a whole number from 0 to 65535 (got "abc")\n');
  });

  it('MEILI_URL without its key is refused', async () => {
    const { code, stderr } = await run(API_MAIN, {
      DATABASE_URL: 'postgres://x@127.0.0.1:1/x',
      MEILI_URL: 'http://127.0.0.1:7700',
    });
    expect(code).toBe(1);
    expect(stderr).toBe('Invalid configuration: MEILI_MASTER_KEY is required when MEILI_URL is set\n');
  });

  it('the standalone worker explains that it needs external services', async () => {
    const { code, stderr } = await run(WORKER_MAIN, {});
    expect(code).toBe(1);
    expect(stderr).toMatch(/^The standalone worker needs DATABASE_URL/);
  });
});

describe('the standalone worker (external mode, as in production)', () => {
  it('starts, runs its due job, and stops cleanly on SIGTERM', async () => {
    const database = await createTestDatabase();
    const { meiliUrl, meiliKey } = testServices();
    const worker = spawn(process.execPath, [WORKER_MAIN], {
      env: cleanEnv({
        DATABASE_URL: database.url,
        MEILI_URL: meiliUrl,
        MEILI_MASTER_KEY: meiliKey,
        JWT_SECRET: 'w'.repeat(32),
        PERSONAL_DATA_KEY: 'ab'.repeat(32),
      }),
    });
    let output = '';
    worker.stdout.on('data', (c) => (output += c));
    worker.stderr.on('data', (c) => (output += c));
    const db = new Client({ connectionString: database.url });
    await db.connect();
    try {
      const runCount = async () =>
        Number(
          (await db.query(`SELECT run_count FROM scheduled_jobs WHERE name = 'system.heartbeat'`)).rows[0]?.run_count ??
            0,
        );
      const deadline = Date.now() + 20_000;
      while ((await runCount()) < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      expect(await runCount()).toBe(1);
      worker.kill('SIGTERM');
      const code = await exited(worker);
      if (code !== 0) console.log(output.slice(-4000));
      expect(code).toBe(0);
    } finally {
      worker.kill('SIGKILL');
      await db.end();
      await database.drop();
    }
  }, 30_000);
});

describe('embedded mode, as `npm start` runs it', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kepu-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start() {
    const port = await freePort();
    const child = spawn(process.execPath, [API_MAIN], {
      env: cleanEnv({ KEPU_DATA_DIR: dataDir, PORT: String(port) }),
    });
    let output = '';
    child.stdout?.on('data', (c) => (output += c));
    child.stderr?.on('data', (c) => (output += c));
    try {
      return { child, port, health: await waitHealthy(port, child) };
    } catch (error) {
      child.kill('SIGKILL');
      throw new Error(`${(error as Error).message}\n${output}`);
    }
  }

  it('starts Postgres and Meilisearch on a fresh data dir, serves the app, and SIGTERM leaves nothing behind', async () => {
    // A generated key may begin with "-" (base64url): it must not be read as a command-line flag.
    writeFileSync(join(dataDir, 'secrets.json'), JSON.stringify({ meiliMasterKey: '-x-regression-key-0123456789' }), {
      mode: 0o600,
    });
    const { child, port, health } = await start();
    expect(health.info).toEqual({ database: { status: 'up' }, search: { status: 'up' } });
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(await page.text()).toContain('科普资源名录');
    expect(commandsUsing(dataDir).length).toBeGreaterThanOrEqual(2);

    // A second launcher on the same data directory must not touch the running servers.
    const second = await run(API_MAIN, { KEPU_DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`Another Kepu (pid ${child.pid}) is running on ${dataDir}`);
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).status).toBe(200);

    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    expect(commandsUsing(dataDir)).toEqual([]);
  }, 120_000);

  it('recovers after a crash that left Postgres and Meilisearch running', async () => {
    const first = await start();
    first.child.kill('SIGKILL');
    await exited(first.child);
    const orphans = commandsUsing(dataDir);
    expect(orphans.some((cmd) => cmd.includes('postgres'))).toBe(true);
    expect(orphans.some((cmd) => cmd.includes('meilisearch'))).toBe(true);

    const second = await start();
    expect(second.health.status).toBe('ok');
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
    expect(commandsUsing(dataDir)).toEqual([]);
  }, 120_000);
});
