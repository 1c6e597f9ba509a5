/**
 * Booking under load, through the real API (Fastify, auth, validation, idempotency, the booking
 * transaction) on embedded Postgres. Prints one JSON object.
 * - rush: 2,000 concurrent requests from 500 accounts at one slot of capacity 100;
 * - sustained: bookings spread over 200 slots for `--seconds` (default 60);
 * - raw: the same transaction (idempotency claim, booking + visitor insert, conditional slot update,
 *   outbox, stored answer) from a bare `pg` loop, so the API's share of the database limit shows.
 * Run: npm run bench:booking [-- --seconds 60]
 */
import 'reflect-metadata';
import { loadConfig, runMigrations } from '@kepu/core';
import { startServices } from '@kepu/runtime';
import autocannon from 'autocannon';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/app.factory';
import { bookableEvent, visitorAccounts } from '../support/booking';
import { spreadEvents } from '../support/schedule';
import { signIn, SignedIn } from '../support/sessions';
import type { TestApp } from '../support/test-app';
import { benchArg } from './bench-app';

const SECONDS = benchArg('seconds', 60);
const ACCOUNTS = 500;
const RUSH_REQUESTS = 2_000;
const RUSH_CAPACITY = 100;
const OFFERINGS = 40;
const DAYS = 5;
const CONNECTIONS = 32;
const RAW_CLIENTS = 10;

const percentile = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;

const body = (slotId: string, n: number) =>
  JSON.stringify({ slotId, visitors: [{ name: `游客${n}`, category: 'adult' }], contactPhone: '13800138000' });

async function rush(url: string, slotId: string, accounts: SignedIn[]) {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const started = Date.now();
  await Promise.all(
    Array.from({ length: RUSH_REQUESTS }, async (_v, i) => {
      const at = performance.now();
      const res = await fetch(`${url}/api/v1/bookings`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${accounts[i % accounts.length].accessToken}`,
          'idempotency-key': randomUUID(),
        },
        body: body(slotId, i),
      });
      await res.arrayBuffer();
      times.push(performance.now() - at);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const confirmed = statuses.get(201) ?? 0;
  return {
    requests: RUSH_REQUESTS,
    accounts: accounts.length,
    capacity: RUSH_CAPACITY,
    confirmed,
    statuses: Object.fromEntries(statuses),
    serverErrors: [...statuses].filter(([s]) => s >= 500).reduce((sum, [, n]) => sum + n, 0),
    seconds,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    confirmedPerSecond: Math.round(confirmed / seconds),
  };
}

/** Each request books a new (account, slot) pair, so every one can succeed: 500 × 200 pairs. */
async function sustained(url: string, slotIds: string[], accounts: SignedIn[]) {
  let next = 0;
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/api/v1/bookings`,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const k = next++;
              const account = accounts[Math.floor(k / slotIds.length) % accounts.length];
              return {
                ...req,
                headers: {
                  'content-type': 'application/json',
                  authorization: `Bearer ${account.accessToken}`,
                  'idempotency-key': randomUUID(),
                },
                body: body(slotIds[k % slotIds.length], k),
              };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  return {
    seconds: SECONDS,
    connections: CONNECTIONS,
    slots: slotIds.length,
    bookingsPerSecond: Math.round(result['2xx'] / SECONDS),
    non2xx: result.non2xx,
    errors: result.errors,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
  };
}

/** The API's booking transaction, statement for statement, from bare `pg` clients for 10 seconds. */
async function raw(databaseUrl: string, slotIds: string[], accountIds: string[], seconds = 10) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const slots = (
    await db.query(
      `SELECT id, offering_id, resource_id, (starts_at AT TIME ZONE 'Asia/Shanghai')::date::text AS day
                      FROM slots WHERE id = ANY($1)`,
      [slotIds],
    )
  ).rows;
  await db.end();
  let next = 0;
  let done = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: RAW_CLIENTS }, async () => {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      while (Date.now() < until) {
        const k = next++;
        const slot = slots[k % slots.length];
        const accountId = accountIds[Math.floor(k / slots.length) % accountIds.length];
        const key = randomUUID();
        await client.query('BEGIN');
        await client.query(`SELECT pg_try_advisory_xact_lock($1::bigint)`, [
          createHash('sha256').update(key).digest().readBigInt64BE().toString(),
        ]);
        await client.query(
          `SELECT request_hash FROM idempotency_keys WHERE account_id = $1 AND scope = $2 AND key = $3`,
          [accountId, 'POST /bookings', key],
        );
        const { rows } = await client.query(
          `WITH booking AS (
             INSERT INTO bookings (code, account_id, slot_id, offering_id, resource_id, visit_date, party_size, status, contact_phone)
             VALUES ($1, $2, $3, $4, $5, $6, 1, 'confirmed', $7) RETURNING id)
           , visitors AS (
             INSERT INTO booking_visitors (booking_id, position, name, category, resource_id, visit_date)
             SELECT booking.id, 0, '游客', 'adult', $5, $6 FROM booking)
           SELECT id FROM booking`,
          [
            randomBytes(5).toString('hex').toUpperCase(),
            accountId,
            slot.id,
            slot.offering_id,
            slot.resource_id,
            slot.day,
            randomBytes(40),
          ],
        );
        const updated = await client.query(
          `UPDATE slots SET booked = booked + 1 WHERE id = $1 AND status = 'scheduled' AND booked + 1 <= capacity`,
          [slot.id],
        );
        await client.query(
          `INSERT INTO outbox (topic, aggregate_type, aggregate_id, payload) VALUES ('booking.confirmed', 'notification', $1, $2)`,
          [accountId, JSON.stringify({ subject: 'x', text: 'y' })],
        );
        await client.query(
          `INSERT INTO idempotency_keys (account_id, scope, key, request_hash, response_status, response_body, expires_at)
           VALUES ($1, 'POST /bookings', $2, $3, 201, $4, now() + interval '24 hours')`,
          [accountId, key, 'h'.repeat(64), JSON.stringify({ result: { id: rows[0].id } })],
        );
        await client.query(updated.rowCount === 1 ? 'COMMIT' : 'ROLLBACK');
        done += updated.rowCount ?? 0;
      }
      await client.end();
    }),
  );
  return { seconds, clients: RAW_CLIENTS, bookingsPerSecond: Math.round(done / seconds) };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'kepu-bench-'));
  const base = loadConfig({ KEPU_DATA_DIR: dataDir, RATE_LIMIT: 'off', LOG_LEVEL: 'warn', KEPU_WORKER: 'off' });
  const services = await startServices(base, { durable: false });
  try {
    await runMigrations(services.config);
    const app = await createApiApp({ ...services.config, inlineWorker: false });
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const t = { app, http: () => request(app.getHttpServer()) } as unknown as TestApp;
    const [operator, city] = [await signIn(t, 'operator@demo.kepu'), await signIn(t, 'city-admin@demo.kepu')];

    const db = app.get(DataSource);
    const [rushSlot] = (await bookableEvent(t, operator, city, { title: '限量开放日', capacity: RUSH_CAPACITY }))
      .slotIds;
    const { slotIds: apiSlots } = await spreadEvents(t, operator, city, { offerings: OFFERINGS, days: DAYS });
    const { slotIds: rawSlots } = await spreadEvents(t, operator, city, { offerings: OFFERINGS, days: DAYS });
    const accounts = await visitorAccounts(t, ACCOUNTS);

    const rushFigures = await rush(url, rushSlot, accounts);
    const [{ booked }] = await db.query(`SELECT booked FROM slots WHERE id = $1`, [rushSlot]);
    const [{ rows }] = await db.query(
      `SELECT count(*)::int AS rows FROM bookings WHERE slot_id = $1 AND status = 'confirmed'`,
      [rushSlot],
    );
    const sustainedFigures = await sustained(url, apiSlots, accounts);
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // requests autocannon left in flight finish
    await app.close();
    const rawFigures = await raw(
      services.config.database.url as string,
      rawSlots,
      accounts.map((a) => a.user.id),
    );
    console.log(
      JSON.stringify(
        {
          postgresDurable: false,
          rush: { ...rushFigures, slotCounter: booked, confirmedRows: rows, oversold: booked > RUSH_CAPACITY },
          sustained: sustainedFigures,
          raw: rawFigures,
          apiToRawRatio: Math.round((sustainedFigures.bookingsPerSecond / rawFigures.bookingsPerSecond) * 100) / 100,
          target: 'rush confirmed = 100 with 0 5xx; sustained >= 1500 bookings/s; ratio >= 0.4',
        },
        null,
        2,
      ),
    );
  } finally {
    await services.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
