import { loadConfig, runMigrations } from '@kepu/core';
import { startServices } from '@kepu/runtime';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/app.factory';
import type { TestApp } from '../support/test-app';

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
  const base = loadConfig({ KEPU_DATA_DIR: dataDir, RATE_LIMIT: 'off', LOG_LEVEL: 'warn', KEPU_WORKER: 'off', ...env });
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
