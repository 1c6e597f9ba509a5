// Global teardown runs outside Jest's module registry, so path aliases need Node-level resolution.
import 'tsconfig-paths/register';
import { rmSync } from 'node:fs';
import type { RunningServices } from '@kepu/runtime';
import { processesUsing } from './processes';
import { testServices } from './services';

/** Stops the run's services, and fails the run if any test left a server of its own running. */
export default async function globalTeardown(): Promise<void> {
  const services = (globalThis as { kepuTestServices?: RunningServices }).kepuTestServices;
  await services?.stop();
  const { dataDir } = testServices();
  const leaked = processesUsing(dataDir);
  for (const { pid } of leaked) process.kill(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  if (leaked.length) {
    throw new Error(
      `Tests left processes running (now killed):\n${leaked.map((p) => `  ${p.pid} ${p.command}`).join('\n')}`,
    );
  }
}
