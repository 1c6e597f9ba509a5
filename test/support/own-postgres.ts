import { freePort } from '@kepu/runtime';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { eventually } from './eventually';
import { exited } from './kepu-processes';
import { testServices } from './services';

const SERVER = resolve('test/support/postgres-server.mjs');

/** Starts the cluster through postgres-server.mjs; resolves once it accepts connections. */
function launch(dataDir: string, password: string, port: number) {
  const helper = spawn(process.execPath, [SERVER, dataDir, password, String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  helper.stderr.on('data', (chunk) => (output += chunk));
  return new Promise<{ url: string; pid: number; stop(): Promise<void> }>((started, failed) => {
    helper.stdout.once('data', (line) => {
      helper.off('exit', early);
      const { url, pid } = JSON.parse(String(line)) as { url: string; pid: number };
      started({ url, pid, stop: async () => void (helper.kill('SIGTERM'), await exited(helper)) });
    });
    const early = (code: number | null) => failed(new Error(`Postgres did not start (${code}):\n${output}`));
    helper.once('exit', early);
  });
}

/**
 * A Postgres of one test file's own, in the run's data directory (so teardown finds it if left
 * running), to hang, crash and restart without pulling the shared one from under other files.
 */
export async function startOwnPostgres(name: string) {
  const dataDir = join(testServices().dataDir, name);
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  let server = await launch(dataDir, password, port);
  const clusterDir = realpathSync(join(dataDir, 'postgres'));
  /** The postmaster, its backends and helpers: every process working in the cluster's directory. */
  const processes = () =>
    readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          return readlinkSync(`/proc/${pid}/cwd`) === clusterDir;
        } catch {
          return false; // gone, or not ours to read
        }
      })
      .map(Number);
  const signal = (pids: number[], name: NodeJS.Signals) =>
    pids.forEach((pid) => {
      try {
        process.kill(pid, name);
      } catch {
        /* exited meanwhile */
      }
    });
  /** Lets a frozen cluster run again. */
  const thaw = () => signal(processes(), 'SIGCONT');
  return {
    url: server.url,
    /** Every process of the cluster stops (SIGSTOP): connections stay open and nothing answers, as on a hung host. */
    freeze: () => signal(processes(), 'SIGSTOP'),
    thaw,
    /**
     * The postmaster dies (SIGKILL: no shutdown, crash recovery on the next start); its backends,
     * let run again, see it gone and exit. Resolves once all have.
     */
    async crash() {
      signal([server.pid], 'SIGKILL');
      thaw();
      await eventually(() => processes().length === 0, {
        seconds: 30,
        what: "the crashed cluster's processes exiting",
      });
      await server.stop();
    },
    /** Starts it again on the same port, password and data. */
    async restart() {
      server = await launch(dataDir, password, port);
    },
    /** Fast shutdown, thawing a frozen cluster first. */
    async stop() {
      thaw();
      await server.stop();
    },
  };
}

export type OwnPostgres = Awaited<ReturnType<typeof startOwnPostgres>>;
