import { runMigrations } from '@kepu/core';
import { AppConfig, loadAppConfig } from '@kepu/runtime';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/app.factory';
import { ResponseChecker } from './openapi-responses';
import { Emitted, unmaskedPersonalNumbers } from './personal-data';
import { TEMPLATE_DATABASE, testServices } from './services';

/**
 * A database of its own for one test file, cloned from the migrated template (fast: no
 * migrations), or empty when a test migrates it itself.
 */
export async function createTestDatabase({ empty = false } = {}): Promise<{ url: string; drop(): Promise<void> }> {
  const { adminUrl } = testServices();
  const name = `kepu_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${empty ? '' : ` TEMPLATE ${TEMPLATE_DATABASE}`}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * The API as production starts it (KEPU_DEMO off) on an empty, freshly migrated database of its
 * own: nothing seeded. Not yet initialised; `close` also drops the database.
 */
export async function createAppWithoutDemo(): Promise<{ app: NestFastifyApplication; close(): Promise<void> }> {
  const database = await createTestDatabase({ empty: true });
  const config = { ...testConfig(database.url), demo: false };
  await runMigrations(config);
  const app = await createApiApp(config);
  return {
    app,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** Configuration for one test file: its own database, its own index prefix, the shared services. */
/** What a test's Prometheus scrape presents (`GET /metrics`). */
export const TEST_METRICS_TOKEN = 'metrics-token-for-tests-only-0123456789';

export function testConfig(databaseUrl: string, env: Record<string, string> = {}): AppConfig {
  return loadAppConfig(testEnv(databaseUrl, env));
}

/** The environment testConfig reads; a Kepu child process started with it shares the test's database, index and keys. */
export function testEnv(databaseUrl: string, env: Record<string, string> = {}): Record<string, string> {
  const { meiliUrl, meiliKey, dataDir, personalDataKey } = testServices();
  return {
    NODE_ENV: 'test',
    // Uploaded media of this file; the run's data directory is removed at teardown.
    KEPU_DATA_DIR: join(dataDir, `app-${randomBytes(4).toString('hex')}`),
    LOG_LEVEL: 'info',
    DATABASE_URL: databaseUrl,
    MEILI_URL: meiliUrl,
    MEILI_MASTER_KEY: meiliKey,
    MEILI_INDEX_PREFIX: `t${randomBytes(4).toString('hex')}_`,
    KEPU_WORKER: 'off',
    KEPU_DEMO: '1',
    // Throttling has its own test; elsewhere many sign-ins come from one address.
    RATE_LIMIT: 'off',
    // So do the limits against hoarding; elsewhere one family books and cancels again and again.
    BOOKING_MAX_ACTIVE: '1000',
    BOOKING_MAX_CANCELLATIONS_PER_DAY: '1000',
    JWT_SECRET: randomBytes(32).toString('hex'),
    // Tests change roles and accounts by SQL behind the API's back and expect the next request to
    // see it; the session cache and its cross-process revocation have their own test.
    SESSION_CACHE_SECONDS: '0',
    // The key the template's demo data (organisations' contact phones) is sealed with.
    PERSONAL_DATA_KEY: personalDataKey,
    METRICS_TOKEN: TEST_METRICS_TOKEN,
    ...env,
  };
}

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  /** What `config` was read from, before any adjustment: start a Kepu child process with it to share this app's data. */
  env: Record<string, string>;
  http: () => ReturnType<typeof request>;
  /** Every log line the app wrote, as raw JSON text. */
  logs: string[];
  /** Every response body the app sent (files included), for the personal-data check at close. */
  responses: Emitted[];
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Instead of a fresh clone of the template: e.g. one in a test's own Postgres. */
  database?: { url: string; drop(): Promise<void> };
  /** Variables on top of testEnv's. */
  env?: Record<string, string>;
}

/** The real API (same factory as main.ts) on a fresh database, with its logs captured. */
export async function startTestApp(
  adjust: (config: AppConfig) => AppConfig = (c) => c,
  options: TestAppOptions = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const env = testEnv(database.url, options.env);
  const config = adjust(loadAppConfig(env));
  const logs: string[] = [];
  const logDestination = new Writable({
    write(chunk, _encoding, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const app = await createApiApp(config, { logDestination });
  const checker: { current?: ResponseChecker } = {};
  const responses = captureResponses(app, checker);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  checker.current = await ResponseChecker.of(app);
  app.flushLogs(); // what listen() does in main.ts: from here on Nest's Logger writes through pino
  return {
    app,
    config,
    env,
    http: () => request(app.getHttpServer()),
    logs,
    responses,
    async close() {
      const publicPhones = await publishedPhones(app);
      await app.close();
      await database.drop();
      const leaks = unmaskedPersonalNumbers(
        [...responses, ...logs.map((text) => ({ source: 'log', text }))],
        publicPhones,
      );
      if (leaks.length) throw new Error(`Unmasked personal data left the API:\n${leaks.slice(0, 20).join('\n')}`);
    },
  };
}

/**
 * Records every response body, streamed files included, as the client receives it, and checks
 * each answer against the OpenAPI document.
 */
function captureResponses(app: NestFastifyApplication, checker: { current?: ResponseChecker }): Emitted[] {
  const responses: Emitted[] = [];
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (request, reply, payload, done) => {
      // The OpenAPI document's examples are documentation, not anyone's data.
      if (request.url.startsWith('/api/docs')) return done(null, payload);
      const source = `${request.method} ${request.url} → ${reply.statusCode}`;
      checker.current?.check(
        request.method,
        request.routeOptions.url,
        reply.statusCode,
        String(reply.getHeader('content-type') ?? ''),
        typeof payload === 'string' ? payload : '',
      );
      if (payload instanceof Readable) {
        const chunks: Buffer[] = [];
        const copy = new PassThrough();
        copy.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
        copy.on('end', () => responses.push({ source, text: Buffer.concat(chunks).toString('utf8') }));
        return done(null, payload.pipe(copy));
      }
      if (payload !== null && payload !== undefined) responses.push({ source, text: String(payload) });
      done(null, payload);
    });
  return responses;
}

/** A venue's published phone is public by design, even when it is a mobile number. */
async function publishedPhones(app: NestFastifyApplication): Promise<Set<string>> {
  const rows: { phone: string }[] = await app
    .get(DataSource)
    .query(
      `SELECT DISTINCT content->'contact'->>'phone' AS phone FROM resource_revisions WHERE content->'contact'->>'phone' IS NOT NULL`,
    );
  return new Set(rows.map((row) => row.phone));
}
