import { CounterCheckJob } from '@kepu/booking';
import { runMigrations } from '@kepu/core';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bookableEvent, bookingFor, visitorAccounts } from '../support/booking';
import { eventually } from '../support/eventually';
import { KepuProcess, killStartedProcesses, startApi } from '../support/kepu-processes';
import { OwnPostgres, startOwnPostgres } from '../support/own-postgres';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, testConfig, TestApp } from '../support/test-app';

const REQUEST_TIMEOUT_SECONDS = 4;
const CONNECT_TIMEOUT_SECONDS = 2;
/** What a client may wait beyond the request timeout: the answer's way back on a busy 2-core machine. */
const SLACK_MS = 2_000;

interface Outcome {
  what: 'book' | 'mine' | 'venue' | 'health';
  startedAt: number;
  ms: number;
  /** 0 when no answer came: the connection failed, or the client gave up waiting. */
  status: number;
  body: Record<string, unknown>;
}

/**
 * The built API (its worker inline, as `npm start` runs it) under steady load while its Postgres
 * first hangs (every process stopped), then crashes (the postmaster SIGKILLed) and restarts. This
 * file has a Postgres of its own; a setup app in this process shares it to prepare and to check.
 */
describe('Postgres hung, crashed and restarted under load', () => {
  let pg: OwnPostgres;
  let t: TestApp;
  let api: KepuProcess;
  let resourceId: string, slotId: string;
  let visitors: SignedIn[];
  let stopLoad: (() => Promise<unknown>) | undefined;

  beforeAll(async () => {
    pg = await startOwnPostgres('pg-crash-test');
    const env = {
      REQUEST_TIMEOUT_SECONDS: String(REQUEST_TIMEOUT_SECONDS),
      DATABASE_CONNECT_TIMEOUT_SECONDS: String(CONNECT_TIMEOUT_SECONDS),
    };
    Logger.overrideLogger(['error', 'warn']); // no migration chatter in the test output
    await runMigrations(testConfig(pg.url));
    // The cluster is removed with the run's data directory: nothing to drop.
    t = await startTestApp((config) => config, { database: { url: pg.url, drop: async () => undefined }, env });
    const [operator, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);
    ({
      resourceId,
      slotIds: [slotId],
    } = await bookableEvent(t, operator, city, { capacity: 1000 }));
    visitors = await visitorAccounts(t, 300);
    api = await startApi({ ...t.env, KEPU_WORKER: 'inline' });
  }, 120_000);
  afterAll(async () => {
    await stopLoad?.(); // when the test failed midway
    await killStartedProcesses();
    pg?.thaw(); // when the test failed while it hung
    try {
      await t?.close(); // while its Postgres still runs: closing reads the published phones
    } finally {
      await pg?.stop();
    }
  });

  /**
   * Clients that keep asking until stopped: a family books (asking again with the same
   * Idempotency-Key until it is answered 201, as the API documents), then reads its bookings, a
   * venue page and the health check.
   */
  function startLoad(clients: number) {
    const outcomes: Outcome[] = [];
    const booked = new Map<string, string>(); // account → booking code
    const queue = visitors.map((visitor, n) => ({ visitor, n, key: randomUUID() }));
    let stopping = false;
    const ask = async (what: Outcome['what'], send: () => request.Test) => {
      const startedAt = Date.now();
      const res = await Promise.resolve(send().timeout(REQUEST_TIMEOUT_SECONDS * 1000 + 10_000)).catch(
        (error: Error) => ({ status: 0, body: { error: error.message } }),
      );
      outcomes.push({ what, startedAt, ms: Date.now() - startedAt, status: res.status, body: res.body });
      return res;
    };
    const http = () => request(api.url as string);
    const client = async () => {
      const reader = queue[0].visitor;
      let family = queue.shift();
      while (!stopping) {
        if (family) {
          const { visitor, n, key } = family;
          const res = await ask('book', () =>
            http()
              .post('/api/v1/bookings')
              .set(bearer(visitor))
              .set('Idempotency-Key', key)
              .send(bookingFor(slotId, n)),
          );
          if (res.status === 201) {
            booked.set(visitor.user.id, res.body.code);
            family = queue.shift();
          }
        }
        await ask('mine', () => http().get('/api/v1/bookings/mine').set(bearer(reader)));
        await ask('venue', () => http().get(`/api/v1/resources/${resourceId}`));
        await ask('health', () => http().get('/api/v1/health'));
      }
      return family;
    };
    const running = Array.from({ length: clients }, client);
    return {
      outcomes,
      booked,
      since: (startedAt: number) => outcomes.filter((outcome) => outcome.startedAt >= startedAt),
      /** How the requests since then were answered (how many, the slowest in ms), for a failure message. */
      tally: (startedAt = 0) =>
        JSON.stringify(
          outcomes
            .filter((outcome) => outcome.startedAt >= startedAt)
            .reduce<Record<string, [number, number]>>((counts, { what, status, body, ms }) => {
              const answer = `${what} ${status}${body.details ? ' timeout' : ''}`;
              const [count, slowest] = counts[answer] ?? [0, 0];
              return { ...counts, [answer]: [count + 1, Math.max(slowest, ms)] };
            }, {}),
        ),
      /** Stops the clients; returns the bookings still waiting for their 201. */
      async stop() {
        stopping = true;
        return (await Promise.all(running)).filter((family) => family !== undefined);
      },
    };
  }

  it('answers 503 within the request timeout while Postgres is gone, then serves again from the same process', async () => {
    const load = startLoad(6);
    stopLoad = load.stop;
    await eventually(() => load.outcomes.filter((o) => o.status === 201).length >= 5, {
      what: 'bookings',
      seen: () => load.tally(),
    });

    const frozenAt = Date.now();
    pg.freeze();
    // A request whose query went to the hung server is answered by the request timeout; one that
    // waits for a connection, by the connect timeout. Which kind comes first depends on what held the
    // pool's connections at the moment of the freeze (the inline worker holds some too), so either
    // counts here; the bound on every answer is checked at the end.
    await eventually(() => load.since(frozenAt).filter((o) => o.status === 503).length >= 5, {
      seconds: 30,
      what: '503s while Postgres hangs',
      seen: () => load.tally(frozenAt),
    });

    await pg.crash();
    const crashedAt = Date.now();
    await eventually(() => load.since(crashedAt).filter((o) => o.status === 503).length >= 5, {
      seconds: 30,
      what: '503s while Postgres is down',
      seen: () => load.tally(crashedAt),
    });

    await pg.restart();
    const backAt = Date.now();
    const servedAgain = (what: Outcome['what']) => load.since(backAt).some((o) => o.what === what && o.status < 300);
    await eventually(() => (['book', 'mine', 'venue', 'health'] as const).every(servedAgain), {
      seconds: 30,
      what: 'every kind of request served again',
      seen: () => load.tally(backAt),
    });
    const waiting = await load.stop();

    // Every request was answered within its bound, with a success or a clean 503: never a 500,
    // never a dropped connection.
    expect(load.outcomes.filter((o) => o.ms > REQUEST_TIMEOUT_SECONDS * 1000 + SLACK_MS)).toEqual([]);
    const unexpected = load.outcomes.filter((o) => ![200, 201, 503].includes(o.status));
    const logOf = ({ body }: Outcome) =>
      api.output.find((line) => typeof body.correlationId === 'string' && line.includes(body.correlationId)) ?? body;
    expect(unexpected.map((o) => [o.what, o.status, logOf(o)])).toEqual([]);
    const refusals = load.outcomes.filter((o) => o.status === 503);
    expect(new Set(refusals.map(({ body }) => JSON.stringify([body.code, body.message, body.messages])))).toEqual(
      new Set([
        JSON.stringify([
          'SERVICE_UNAVAILABLE',
          '服务暂不可用，请稍后再试',
          { 'zh-CN': '服务暂不可用，请稍后再试', en: 'The service is unavailable, please try again later' },
        ]),
      ]),
    );

    // The same process, started once, is healthy again.
    expect(api.running()).toBe(true);
    expect(api.output.filter((line) => line.includes('Kepu is up'))).toHaveLength(1);
    const health = await request(api.url as string)
      .get('/api/v1/health')
      .expect(200);
    expect(health.body.info.database).toEqual({ status: 'up' });

    // The families still waiting ask once more with their key: booked once, or booked now.
    for (const { visitor, n, key } of waiting) {
      const res = await request(api.url as string)
        .post('/api/v1/bookings')
        .set(bearer(visitor))
        .set('Idempotency-Key', key)
        .send(bookingFor(slotId, n))
        .expect(201);
      load.booked.set(visitor.user.id, res.body.code);
    }
    // Each family holds exactly the booking it was told of, none twice, and the counters agree.
    const db = t.app.get(DataSource);
    const rows: { accountId: string; code: string }[] = await db.query(
      `SELECT account_id AS "accountId", code FROM bookings WHERE slot_id = $1`,
      [slotId],
    );
    expect(new Map(rows.map((row) => [row.accountId, row.code]))).toEqual(load.booked);
    expect(rows.length).toBe(load.booked.size);
    expect(await t.app.get(CounterCheckJob).drift()).toEqual([]);
  }, 120_000);
});
