import { freePort } from '@kepu/runtime';
import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** The built apps (`node libs/runtime/bin/ensure-build.mjs` builds them). */
export const API_MAIN = resolve('dist/apps/api/apps/api/src/main.js');
export const WORKER_MAIN = resolve('dist/apps/worker/apps/worker/src/main.js');

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** Its exit code once it has exited (null when a signal ended it). */
export const exited = (child: ChildProcess) =>
  new Promise<number | null>((done) => (isRunning(child) ? child.once('exit', done) : done(child.exitCode)));

/** A built Kepu app running as a child process, as production runs it. */
export interface KepuProcess {
  pid: number;
  /** The API's address; the worker has none. */
  url?: string;
  /** What it printed: JSON log lines. */
  output: string[];
  running(): boolean;
  /** SIGKILL: it dies at once, wherever it is, as in a crash or an OOM kill. */
  kill(): Promise<void>;
}

const started = new Set<ChildProcess>();

/**
 * Starts the built API or worker with `env` (external mode: testEnv's database and Meilisearch) and
 * resolves once it has logged `ready`; fails with its output when it exits first.
 */
async function startKepuProcess(main: string, env: Record<string, string>, ready: string): Promise<KepuProcess> {
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  const output: string[] = [];
  let partial = '';
  const collect = (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    output.push(...lines.filter(Boolean));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (output.some((line) => line.includes(ready))) {
        child.stdout.off('data', check);
        child.off('exit', early);
        resolve();
      }
    };
    const early = (code: number | null) =>
      reject(new Error(`${main} exited (${code}) before it was ready:\n${output.slice(-40).join('\n')}`));
    child.stdout.on('data', check);
    child.once('exit', early);
  });
  return {
    pid: child.pid as number,
    url: env.PORT ? `http://127.0.0.1:${env.PORT}` : undefined,
    output,
    running: () => isRunning(child),
    async kill() {
      if (isRunning(child)) child.kill('SIGKILL');
      await exited(child);
    },
  };
}

export function startWorker(env: Record<string, string>): Promise<KepuProcess> {
  return startKepuProcess(WORKER_MAIN, env, 'Kepu worker started');
}

/** The API, listening on a free port of the loopback interface. */
export async function startApi(env: Record<string, string>): Promise<KepuProcess> {
  return startKepuProcess(API_MAIN, { ...env, PORT: String(await freePort()) }, 'Kepu is up');
}

/** For afterAll: kills whichever of the processes this file started still runs. */
export async function killStartedProcesses(): Promise<void> {
  await Promise.all(
    [...started].map(async (child) => {
      if (isRunning(child)) child.kill('SIGKILL');
      await exited(child);
      started.delete(child);
    }),
  );
}
