// Global setup runs outside Jest's module registry, so path aliases need Node-level resolution.
import 'tsconfig-paths/register';
import { rmSync } from 'node:fs';
import type { RunningServices } from '@kepu/runtime';
import { testServices } from './services';

export default async function globalTeardown(): Promise<void> {
  const services = (globalThis as { kepuTestServices?: RunningServices }).kepuTestServices;
  await services?.stop();
  rmSync(testServices().dataDir, { recursive: true, force: true });
}
