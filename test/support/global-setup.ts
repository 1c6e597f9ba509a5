// Global setup runs outside Jest's module registry, so path aliases need Node-level resolution.
import 'tsconfig-paths/register';
import { runMigrations } from '@kepu/core';
import { startServices, loadAppConfig } from '@kepu/runtime';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiModule } from '../../apps/api/src/app.module';
import { TEMPLATE_DATABASE, TestServices } from './services';

/**
 * Starts one embedded Postgres and Meilisearch for the whole run (throwaway data dir, free ports),
 * and migrates a template database that each test file clones.
 */
export default async function globalSetup(): Promise<void> {
  Logger.overrideLogger(['error', 'warn']); // no migration chatter in the test output
  const dataDir = mkdtempSync(join(tmpdir(), 'kepu-test-'));
  chmodSync(dataDir, 0o755);
  const base = loadAppConfig({ KEPU_DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'warn' });
  const services = await startServices(base, { durable: false });
  const pg = services.launched.postgres!;

  const admin = new Client({ connectionString: pg.url('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  // No inline worker: a job it ran while the demo data was seeded would leave that job not due in every clone.
  const templateConfig = {
    ...services.config,
    demo: true,
    inlineWorker: false,
    database: { ...services.config.database, url: pg.url(TEMPLATE_DATABASE) },
  };
  await runMigrations(templateConfig);
  // The demo accounts are in the template, so every test file has them without hashing passwords.
  const app = await NestFactory.createApplicationContext(ApiModule.forRoot(templateConfig), { logger: false });
  await app.init();
  await app.close();

  const shared: TestServices = {
    dataDir,
    adminUrl: pg.url('postgres'),
    meiliUrl: services.config.search.url!,
    meiliKey: services.config.search.masterKey!,
    personalDataKey: templateConfig.privacy.key!.toString('hex'),
  };
  process.env.KEPU_TEST_SERVICES = JSON.stringify(shared);
  (globalThis as { kepuTestServices?: typeof services }).kepuTestServices = services;
}
