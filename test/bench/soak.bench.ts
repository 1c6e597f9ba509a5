/**
 * Soak: mixed traffic against the built API running as its own process (as in production, with the
 * worker beside it) for `--minutes` (default 10): search 70 %, availability 20 %, booking 10 %.
 * Reports the error rate per kind, latency percentiles and the API process's memory (RSS) over
 * time. Prints one JSON object. Run: npm run bench:soak [-- --minutes 10 --connections 16]
 */
import 'reflect-metadata';
import { KEPU_CONFIG } from '@kepu/core';
import { AppConfig } from '@kepu/runtime';
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { visitorAccounts } from '../support/booking';
import { killStartedProcesses, startApi, startWorker } from '../support/kepu-processes';
import { spreadEvents } from '../support/schedule';
import { signIn } from '../support/sessions';
import { benchArg, kepuProcessEnv, withBenchApp } from './bench-app';

const MINUTES = benchArg('minutes', 10);
const CONNECTIONS = benchArg('connections', 16);
const ACCOUNTS = 400;
const OFFERINGS = 20;
const DAYS = 5;
const SAMPLE_SECONDS = 30;
const QUERIES = ['科学馆', 'kexueguan', '天文', 'tianwentai', '博物馆', 'bwg', '自然', '海洋', 'science', '科技馆'];
const DISTRICTS = ['', '&district=440304', '&district=440305', '&lat=22.54&lng=114.06&sort=distance'];

type Kind = 'search' | 'availability' | 'booking';
const EXPECTED: Record<Kind, number> = { search: 200, availability: 200, booking: 201 };

const correlationIdOf = (body: string) => /"correlationId":"([^"]+)"/.exec(body)?.[1];
const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];
const rssMb = (pid: number) =>
  Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 102.4) / 10;

void withBenchApp(async ({ app, t }) => {
  const config = app.get<AppConfig>(KEPU_CONFIG);
  const operator = await signIn(t, 'operator@demo.kepu');
  const city = await signIn(t, 'city-admin@demo.kepu');
  const { offeringIds, slotIds, dates } = await spreadEvents(t, operator, city, { offerings: OFFERINGS, days: DAYS });
  const accounts = await visitorAccounts(t, ACCOUNTS);

  try {
    const api = await startApi(kepuProcessEnv(config));
    await startWorker(kepuProcessEnv(config));
    /** The first few refusals with the API's log line for each, so a failure names its cause. */
    const refusals: { kind: Kind; status: number; correlationId?: string }[] = [];
    // Each booking takes the next (account, slot) pair, so none is refused as a repeat.
    let next = 0;
    const bookingFor = () => {
      const n = next++;
      return {
        account: accounts[n % ACCOUNTS],
        slotId: slotIds[Math.floor(n / ACCOUNTS) % slotIds.length],
      };
    };
    const counts = Object.fromEntries(
      (Object.keys(EXPECTED) as Kind[]).map((kind) => [kind, { sent: 0, unexpected: {} as Record<number, number> }]),
    ) as Record<Kind, { sent: number; unexpected: Record<number, number> }>;

    const memory: { second: number; rssMb: number }[] = [{ second: 0, rssMb: rssMb(api.pid) }];
    const startedAt = Date.now();
    const sampler = setInterval(
      () => memory.push({ second: Math.round((Date.now() - startedAt) / 1000), rssMb: rssMb(api.pid) }),
      SAMPLE_SECONDS * 1000,
    );
    const result = await autocannon({
      url: api.url!,
      connections: CONNECTIONS,
      duration: MINUTES * 60,
      timeout: 10,
      requests: [
        {
          setupRequest: (request: autocannon.Request, context: { kind?: Kind }): autocannon.Request => {
            const roll = Math.random();
            if (roll < 0.7) {
              context.kind = 'search';
              return {
                ...request,
                method: 'GET',
                path: `/api/v1/search?q=${encodeURIComponent(pick(QUERIES))}${pick(DISTRICTS)}`,
              };
            }
            if (roll < 0.9) {
              context.kind = 'availability';
              return {
                ...request,
                method: 'GET',
                path: `/api/v1/offerings/${pick(offeringIds)}/availability?from=${dates[0]}&to=${dates[DAYS - 1]}`,
              };
            }
            context.kind = 'booking';
            const { account, slotId } = bookingFor();
            return {
              ...request,
              method: 'POST',
              path: '/api/v1/bookings',
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${account.accessToken}`,
                'idempotency-key': randomUUID(),
              },
              body: JSON.stringify({
                slotId,
                visitors: [{ name: '耐久测试', category: 'adult' }],
                contactPhone: '13800138000',
              }),
            };
          },
          onResponse: (status: number, body: string, context: { kind?: Kind }) => {
            const kind = context.kind!;
            counts[kind].sent++;
            if (status === EXPECTED[kind]) return;
            counts[kind].unexpected[status] = (counts[kind].unexpected[status] ?? 0) + 1;
            if (refusals.length < 10) refusals.push({ kind, status, correlationId: correlationIdOf(body) });
          },
        },
      ],
    });
    clearInterval(sampler);
    memory.push({ second: Math.round((Date.now() - startedAt) / 1000), rssMb: rssMb(api.pid) });

    const unexpected = Object.values(counts).reduce(
      (sum, c) => sum + Object.values(c.unexpected).reduce((a, b) => a + b, 0),
      0,
    );
    const failed = unexpected + result.errors + result.timeouts;
    // The first minute is warm-up (JIT, pools, caches); growth is judged from there to the end.
    const warm = memory.find((m) => m.second >= 60) ?? memory[0];
    const end = memory[memory.length - 1];
    // RSS saws up and down with garbage collection, so a leak shows best as rising peaks.
    const afterWarmUp = memory.filter((m) => m.second >= 60);
    const peak = (samples: typeof memory) => Math.max(...samples.map((m) => m.rssMb));
    const half = Math.ceil(afterWarmUp.length / 2);
    const [{ booked }] = await app
      .get(DataSource)
      .query(`SELECT count(*)::int AS booked FROM bookings WHERE slot_id = ANY($1)`, [slotIds]);
    console.log(
      JSON.stringify(
        {
          minutes: MINUTES,
          connections: CONNECTIONS,
          requests: result.requests.total,
          requestsPerSecond: Math.round(result.requests.average),
          errorRate: failed / Math.max(1, result.requests.total),
          errors: { unexpectedStatus: unexpected, socket: result.errors, timeouts: result.timeouts },
          byKind: counts,
          refusals: refusals.map(({ correlationId, ...refusal }) => ({
            ...refusal,
            log: correlationId && api.output.find((line) => line.includes(correlationId)),
          })),
          bookingsInDatabase: booked,
          latencyMs: {
            p50: result.latency.p50,
            p90: result.latency.p90,
            p99: result.latency.p99,
            max: result.latency.max,
          },
          apiRssMb: {
            start: memory[0].rssMb,
            afterWarmUp: warm.rssMb,
            end: end.rssMb,
            growthAfterWarmUp: Math.round((end.rssMb / warm.rssMb - 1) * 1000) / 1000,
            peakFirstHalf: peak(afterWarmUp.slice(0, half)),
            peakSecondHalf: peak(afterWarmUp.slice(half)),
            samples: memory,
          },
        },
        null,
        2,
      ),
    );
  } finally {
    await killStartedProcesses();
  }
}).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
