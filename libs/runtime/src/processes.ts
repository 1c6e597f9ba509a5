import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a running process, or '' when it is gone or unreadable. */
export async function commandLine(pid: number): Promise<string> {
  return readFile(`/proc/${pid}/cmdline`, 'utf8')
    .then((text) => text.replace(/\0/g, ' '))
    .catch(() => '');
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/** Asks a process to stop, and kills it when it does not within the grace period. */
export async function terminate(pid: number, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  try {
    process.kill(pid, signal);
  } catch {
    return;
  }
  if (!(await waitForExit(pid, graceMs))) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    await waitForExit(pid, 5_000);
  }
}

/**
 * After a crash of the launcher, a server it started may still run on our data directory (an
 * orphan), or its pid file may name a process that is gone. Stops such an orphan; a pid file
 * naming any other process is stale and left for the caller to remove.
 */
export async function stopOrphan(pidFileContent: string, expect: { binary: string; dataDir: string }): Promise<void> {
  const pid = Number.parseInt(pidFileContent.split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  const cmd = await commandLine(pid);
  if (cmd.includes(expect.binary) && cmd.includes(expect.dataDir)) {
    await terminate(pid, 'SIGINT', 15_000);
  }
}
