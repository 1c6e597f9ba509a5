import { runMigrations } from '@kepu/core';
import { startServices, AppConfig, loadAppConfig } from '@kepu/runtime';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/app.factory';
import type { TestApp } from '../support/test-app';

/** The commit the benchmark ran on (short), for its figures. */
export function gitHead(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
  } catch {
    return 'unknown';
  }
}

/** A numeric command-line option: `--name value`, or the fallback. */
export const benchArg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

export interface BenchApp {
  app: NestFastifyApplication;
  /** The API's base address, for autocannon and browsers. */
  url: string;
  /** The same app as the test helpers take it. */
  t: TestApp;
}

/**
 * A benchmark's own Kepu: throwaway embedded Postgres and Meilisearch, migrated, the API listening
 * on a free port with no rate limit and no inline worker; everything is removed afterwards.
 */
export async function withBenchApp<T>(run: (bench: BenchApp) => Promise<T>, env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kepu-bench-'));
  const base = loadAppConfig({
    KEPU_DATA_DIR: dataDir,
    RATE_LIMIT: 'off',
    LOG_LEVEL: 'warn',
    KEPU_WORKER: 'off',
    ...env,
  });
  const services = await startServices(base, { durable: false });
  try {
    await runMigrations(services.config);
    const app = await createApiApp({ ...services.config, inlineWorker: false });
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const t = { app, http: () => request(app.getHttpServer()) } as unknown as TestApp;
    try {
      return await run({ app, url, t });
    } finally {
      await app.close();
    }
  } finally {
    await services.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The environment of a built API (or worker) started as a process of its own (test/support/kepu-processes.ts)
 * on a bench's database, index and keys: production mode, no worker, no rate limit.
 */
export const kepuProcessEnv = (config: AppConfig, env: Record<string, string> = {}): Record<string, string> => ({
  NODE_ENV: 'production',
  DATABASE_URL: config.database.url!,
  MEILI_URL: config.search.url!,
  MEILI_MASTER_KEY: config.search.masterKey!,
  MEILI_INDEX_PREFIX: config.search.indexPrefix,
  JWT_SECRET: config.auth.jwtSecret!,
  PERSONAL_DATA_KEY: config.privacy.key!.toString('hex'),
  KEPU_DATA_DIR: config.dataDir,
  KEPU_DEMO: '1',
  KEPU_WORKER: 'off',
  RATE_LIMIT: 'off',
  LOG_LEVEL: 'info',
  ...env,
});

let clockTicks: number | undefined;
/** Clock ticks per second, the unit of /proc's CPU times. */
const ticksPerSecond = () => (clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100);

/** Every process's parent, name and CPU ticks (user + system): its own, and its reaped children's. */
export type ProcessTable = Map<number, { ppid: number; name: string; own: number; reaped: number }>;

/** A snapshot of /proc: what the kernel has charged each process so far. */
export function processTable(): ProcessTable {
  const table: ProcessTable = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // After the command name, which may hold spaces and parentheses: state, ppid, … utime (14), stime, cutime, cstime.
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
    table.set(Number(entry), { ppid: Number(fields[1]), name, own: utime + stime, reaped: cutime + cstime });
  }
  return table;
}

/** The pids of a process and all its descendants. */
export function processTree(table: ProcessTable, root: number | undefined): number[] {
  if (!root || !table.has(root)) return [];
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * CPU seconds (user + system) a process tree has used so far: the process, its descendants, and
 * descendants that have exited (counted in their parent's cutime/cstime once reaped, e.g. a
 * Postgres backend that disconnected). What the kernel charged, whoever asks.
 */
export function treeCpuSeconds(table: ProcessTable, root: number | undefined): number {
  const ticks = processTree(table, root).reduce((sum, pid) => sum + table.get(pid)!.own + table.get(pid)!.reaped, 0);
  return ticks / ticksPerSecond();
}

/**
 * The processes outside `ours` that used the most CPU between two snapshots, by name: who else ran
 * on the machine meanwhile (another test run, a build, the kernel's network threads).
 */
export function otherCpuSeconds(before: ProcessTable, after: ProcessTable, ours: Set<number>, top = 4) {
  const byName = new Map<string, number>();
  for (const [pid, now] of after) {
    if (ours.has(pid)) continue;
    // Kernel workers rename themselves after the work at hand (kworker/0:1-events): by the name before the dash.
    const name = now.name.startsWith('kworker/') ? 'kworker' : now.name;
    const used = now.own - (before.get(pid)?.own ?? 0);
    if (used > 0) byName.set(name, (byName.get(name) ?? 0) + used);
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ticks]) => ({ name, cpuSeconds: Math.round((ticks / ticksPerSecond()) * 100) / 100 }));
}

/** The whole machine's CPU seconds so far (all cores): busy in processes, in interrupts, and in total. */
export function machineCpuSeconds(): { processes: number; interrupts: number; total: number } {
  const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .split(/\s+/)
    .slice(1, 9)
    .map(Number);
  const hz = ticksPerSecond();
  return {
    processes: (user + nice + system + steal) / hz,
    interrupts: (irq + softirq) / hz,
    total: (user + nice + system + idle + iowait + irq + softirq + steal) / hz,
  };
}
