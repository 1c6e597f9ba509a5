/**
 * Booking under load, measured so the figures can be trusted (issue 23). Processes:
 * - this script only coordinates: embedded Postgres (no fsync) and Meilisearch, fixtures made
 *   through an in-process API that is closed before any measurement, checks in the database;
 * - API A and API B: the built API (dist), each a process of its own as production runs it
 *   (NODE_ENV=production, LOG_LEVEL=info, no worker, no rate limit, hoarding limits lifted);
 * - the load generator (booking-load.ts), a forked process: every request is sent and timed there,
 *   and the bare `pg` clients of the raw phases run there too.
 * For each phase it prints the CPU seconds each process used (from /proc: the API processes, all
 * of Postgres's processes, the load generator, Meilisearch, this script, and whatever else ran on
 * the machine meanwhile).
 *
 * Real-name offerings; every booking is a family of two (a parent and a child, both with valid ID
 * numbers, no ID twice at a venue on a day), contact phone given. Phases:
 * 1. rush: 2,000 requests at once from 500 accounts at one slot of 200 places (100 families of two),
 *    then a second wave of 500 at the slot now full;
 * 2. the same rush against two API processes sharing the database (round robin);
 * 3. sustained: bookings over 200 slots for `--seconds` against API A;
 * 4. raw: what the API sends Postgres for a booking, from as many bare `pg` clients as the API's
 *    pool holds, for `--seconds`; and the bare minimum (seat update and insert) for comparison.
 * Prints a table (stderr) and one JSON object (stdout).
 * Run: npm run bench:booking [-- --seconds 20] [--connections 32] [--rush-accounts 500]
 */
import 'reflect-metadata';
import { dataSourceOptions, runMigrations } from '@kepu/core';
import { RunningServices, startServices, AppConfig, loadAppConfig } from '@kepu/runtime';
import { addDays, shanghaiToday } from '@kepu/schedule';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/app.factory';
import { bookableEvent, visitorAccounts } from '../support/booking';
import { KepuProcess, killStartedProcesses, startApi } from '../support/kepu-processes';
import { processesUsing } from '../support/processes';
import { createOffering, openVenue } from '../support/schedule';
import { signIn, SignedIn } from '../support/sessions';
import type { TestApp } from '../support/test-app';
import {
  benchArg,
  gitHead,
  kepuProcessEnv,
  machineCpuSeconds,
  otherCpuSeconds,
  processTable,
  ProcessTable,
  processTree,
  treeCpuSeconds,
} from './bench-app';
import {
  LoadCommand,
  pairsCovered,
  percentile,
  RawCommand,
  RawResult,
  RawSlot,
  RushAnswer,
  RushResult,
  SustainedResult,
} from './booking-load';
import { forkLoadProcess, LoadProcess } from './load-process';

const SECONDS = benchArg('seconds', 60);
const CONNECTIONS = benchArg('connections', 32);
const ACCOUNTS = 1_000;
const RUSH_ACCOUNTS = benchArg('rush-accounts', 500);
const RUSH_REQUESTS = 2_000;
const PARTY = 2;
/** Places, counted per person: 100 families of two. */
const RUSH_PLACES = 200;
const RUSH_FAMILIES = RUSH_PLACES / PARTY;
/** Requests for the slot once it is full, from accounts that took no part in the rush. */
const AFTER_FULL_REQUESTS = 500;
const OFFERINGS = 40;
const DAYS = 5;
const WARM_UP_SECONDS = 5;
const MINIMAL_SECONDS = Math.min(10, SECONDS);
const SETTLE_MS = 2_000;
/** What the tests lift too: one family books again and again. */
const LIMITS = { BOOKING_MAX_ACTIVE: '1000', BOOKING_MAX_CANCELLATIONS_PER_DAY: '1000' };
/** Family numbers of each phase: distinct ID numbers throughout the run. */
const FAMILIES = {
  warmUpA: 0,
  warmUpB: 100_000,
  rush1: 200_000,
  rush2: 210_000,
  sustained: 300_000,
  raw: 700_000,
  minimal: 1_100_000,
};

const progress = (message: string) => process.stderr.write(`[bench:booking] ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const countBy = <T>(items: T[], key: (item: T) => string | number | undefined) =>
  items.reduce<Record<string, number>>((counts, item) => {
    const k = String(key(item));
    counts[k] = (counts[k] ?? 0) + 1;
    return counts;
  }, {});

// ---------------------------------------------------------------------------------------------
// Fixtures (in-process API, closed before any measurement)
// ---------------------------------------------------------------------------------------------

interface Fixtures {
  accounts: SignedIn[];
  warmUpSlots: string[];
  rushSlots: [string, string];
  sustainedSlots: string[];
  rawSlots: RawSlot[];
  minimalSlots: RawSlot[];
}

/** A new venue with real-name events at 10:00 on `days` days from the day after tomorrow; slots in creation order. */
async function realNameEvents(
  t: TestApp,
  operator: SignedIn,
  cityAdmin: SignedIn,
  { offerings, days, capacity }: { offerings: number; days: number; capacity: (offering: number) => number },
): Promise<RawSlot[]> {
  const resourceId = await openVenue(t, operator, cityAdmin);
  const dates = Array.from({ length: days }, (_v, i) => addDays(shanghaiToday(), 2 + i));
  const offeringIds: string[] = [];
  for (let o = 0; o < offerings; o++) {
    const offering = await createOffering(t, operator, resourceId, {
      title: `实名负载 ${o}`,
      kind: 'event',
      slotMinutes: 60,
      capacity: capacity(o),
      realName: true,
      dates,
      startTimes: ['10:00'],
    });
    offeringIds.push(offering.id as string);
  }
  return t.app.get(DataSource).query(
    `SELECT id, offering_id AS "offeringId", resource_id AS "resourceId",
            (starts_at AT TIME ZONE 'Asia/Shanghai')::date::text AS day
       FROM slots WHERE offering_id = ANY($1::uuid[])
      ORDER BY array_position($1::uuid[], offering_id), starts_at`,
    [offeringIds],
  );
}

async function makeFixtures(config: AppConfig): Promise<Fixtures> {
  const app: NestFastifyApplication = await createApiApp({ ...config, inlineWorker: false });
  try {
    await app.listen(0, '127.0.0.1');
    const t = { app, http: () => request(app.getHttpServer()) } as unknown as TestApp;
    const operator = await signIn(t, 'operator@demo.kepu');
    const city = await signIn(t, 'city-admin@demo.kepu');
    const rushEvent = async (n: number) =>
      (await bookableEvent(t, operator, city, { title: `限量开放日 ${n}`, capacity: RUSH_PLACES, realName: true }))
        .slotIds[0];
    const everyday = () => 100_000;
    // Half the warm-up slots fill up, so the refusal path is warm too.
    const warmUp = await realNameEvents(t, operator, city, {
      offerings: 10,
      days: 2,
      capacity: (o) => (o % 2 ? 20 : 100_000),
    });
    const fixtures: Fixtures = {
      warmUpSlots: warmUp.map((slot) => slot.id),
      rushSlots: [await rushEvent(1), await rushEvent(2)],
      sustainedSlots: (
        await realNameEvents(t, operator, city, { offerings: OFFERINGS, days: DAYS, capacity: everyday })
      ).map((slot) => slot.id),
      rawSlots: await realNameEvents(t, operator, city, { offerings: OFFERINGS, days: DAYS, capacity: everyday }),
      minimalSlots: await realNameEvents(t, operator, city, { offerings: OFFERINGS, days: DAYS, capacity: everyday }),
      // Sessions live in the database; the API processes share the JWT secret, so these tokens work there.
      accounts: await visitorAccounts(t, ACCOUNTS),
    };
    await app.get(DataSource).query('ANALYZE');
    return fixtures;
  } finally {
    await app.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The load generator process
// ---------------------------------------------------------------------------------------------

const startLoadGenerator = () => forkLoadProcess<LoadCommand>(join(__dirname, 'booking-load.ts'));

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

type CpuRoots = Record<string, number | undefined>;

interface PhaseCpu {
  wallSeconds: number;
  /** CPU seconds (user + system) of each process (tree) during the phase. */
  cpuSeconds: Record<string, number>;
  /** The machine meanwhile: its cores' capacity, what ran in processes not listed above, and interrupts (the loopback network). */
  machine: {
    coresTimesWall: number;
    otherProcesses: number;
    interrupts: number;
    idle: number;
    busiestOthers: { name: string; cpuSeconds: number }[];
  };
}

async function measured<T>(roots: CpuRoots, run: () => Promise<T>): Promise<{ result: T; cpu: PhaseCpu }> {
  const tree = (table: ProcessTable) =>
    Object.fromEntries(Object.entries(roots).map(([name, pid]) => [name, treeCpuSeconds(table, pid)]));
  const beforeTable = processTable();
  const before = { trees: tree(beforeTable), own: process.cpuUsage(), machine: machineCpuSeconds() };
  const startedAt = performance.now();
  const result = await run();
  const wallSeconds = (performance.now() - startedAt) / 1000;
  const afterTable = processTable();
  const trees = tree(afterTable);
  const own = process.cpuUsage(before.own);
  const machine = machineCpuSeconds();
  const cpuSeconds: Record<string, number> = Object.fromEntries(
    Object.keys(roots).map((name) => [name, round(trees[name] - before.trees[name], 2)]),
  );
  cpuSeconds.orchestrator = round((own.user + own.system) / 1e6, 2);
  const ours = Object.values(cpuSeconds).reduce((sum, s) => sum + s, 0);
  const busy = machine.processes - before.machine.processes;
  const interrupts = machine.interrupts - before.machine.interrupts;
  const total = machine.total - before.machine.total;
  const ourPids = new Set([
    process.pid,
    ...[beforeTable, afterTable].flatMap((table) => Object.values(roots).flatMap((pid) => processTree(table, pid))),
  ]);
  return {
    result,
    cpu: {
      wallSeconds: round(wallSeconds, 2),
      cpuSeconds,
      machine: {
        coresTimesWall: round(total, 2),
        otherProcesses: round(Math.max(0, busy - ours), 2),
        interrupts: round(interrupts, 2),
        idle: round(total - busy - interrupts, 2),
        busiestOthers: otherCpuSeconds(beforeTable, afterTable, ourPids),
      },
    },
  };
}

/** The next transaction id Postgres would assign: its advance counts transactions that wrote (or locked rows). */
async function nextXid(db: Client): Promise<number> {
  const { rows } = await db.query(`SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS next`);
  return Number(rows[0].next);
}

async function slotCheck(db: Client, slotId: string) {
  const { rows } = await db.query(
    `SELECT s.booked, s.capacity,
            (SELECT count(*)::int FROM bookings b WHERE b.slot_id = s.id AND b.status = 'confirmed') AS confirmed,
            (SELECT coalesce(sum(party_size), 0)::int FROM bookings b WHERE b.slot_id = s.id AND b.status = 'confirmed') AS people
       FROM slots s WHERE s.id = $1`,
    [slotId],
  );
  return rows[0] as { booked: number; capacity: number; confirmed: number; people: number };
}

const latency = (answers: RushAnswer[]) => {
  const ms = answers.map((a) => a.ms).sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p99: percentile(ms, 99), max: percentile(ms, 100) };
};

/** The API's own log line for an answer, by its correlation id: what a 5xx was. */
function logLineOf(apis: KepuProcess[], correlationId?: string) {
  if (!correlationId) return undefined;
  for (const api of apis) {
    const line = api.output.find((l) => l.includes(correlationId) && /"level":(40|50|60)/.test(l));
    if (line) return line.slice(0, 1_000);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

async function main() {
  if (!pairsCovered(ACCOUNTS, OFFERINGS * DAYS)) throw new Error('accounts + 1 and slots must share no factor');
  // The sessions are started once, during set-up; access tokens last 15 minutes.
  if (SECONDS > 300) throw new Error('--seconds is at most 300: the run must end within the access tokens’ 15 minutes');
  // Standard output is for the JSON: no migration chatter before it.
  Logger.overrideLogger(['error', 'warn']);
  const head = gitHead();
  const dataDir = mkdtempSync(join(tmpdir(), 'kepu-bench-'));
  let services: RunningServices | undefined;
  let load: LoadProcess<LoadCommand> | undefined;
  let db: Client | undefined;
  let cleaned: Promise<string[]> | undefined;
  /** Every process this run started, stopped; returns any left running that uses the data directory. */
  const cleanUp = () =>
    (cleaned ??= (async () => {
      await load?.stop().catch(() => undefined);
      await killStartedProcesses().catch(() => undefined);
      await db?.end().catch(() => undefined);
      await services?.stop().catch(() => undefined);
      const orphans = processesUsing(dataDir).map((p) => `${p.pid} ${p.command.slice(0, 120)}`);
      rmSync(dataDir, { recursive: true, force: true });
      return orphans;
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      progress(`${signal}: stopping every process this run started`);
      void cleanUp().finally(() => process.exit(130));
    });
  }

  try {
    progress('Starting embedded Postgres (no fsync) and Meilisearch…');
    const base = loadAppConfig({
      KEPU_DATA_DIR: dataDir,
      RATE_LIMIT: 'off',
      LOG_LEVEL: 'warn',
      KEPU_WORKER: 'off',
      KEPU_DEMO: '1',
      ...LIMITS,
    });
    services = await startServices(base, { durable: false });
    const config = services.config;
    await runMigrations(config);
    const poolSize = Number((dataSourceOptions(config) as { extra?: { max?: number } }).extra?.max ?? 10);

    progress(`Fixtures: venues, ${OFFERINGS * DAYS * 3 + 22} real-name slots, ${ACCOUNTS} verified accounts…`);
    const fixtures = await makeFixtures(config);
    const tokens = fixtures.accounts.map((a) => a.accessToken);
    const rushTokens = tokens.slice(0, RUSH_ACCOUNTS);
    const lateTokens = tokens.slice(RUSH_ACCOUNTS, RUSH_ACCOUNTS + AFTER_FULL_REQUESTS);

    progress('Starting API A, API B (built dist, own processes) and the load generator…');
    const env = kepuProcessEnv(config, LIMITS);
    const apiA = await startApi(env);
    const apiB = await startApi(env);
    load = await startLoadGenerator();
    db = new Client({ connectionString: config.database.url, application_name: 'kepu-bench-orchestrator' });
    await db.connect();
    const roots: CpuRoots = {
      apiA: apiA.pid,
      apiB: apiB.pid,
      postgres: services.launched.postgres?.pid,
      loadGenerator: load.pid,
      meilisearch: services.launched.meilisearch?.pid,
    };
    const alive = () => {
      for (const [name, api] of [
        ['A', apiA],
        ['B', apiB],
      ] as const) {
        if (!api.running()) throw new Error(`API ${name} died:\n${api.output.slice(-30).join('\n')}`);
      }
    };
    const sustainedCommand = (
      target: string,
      slotIds: string[],
      seconds: number,
      { firstPair = 0, firstFamily, key }: { firstPair?: number; firstFamily: number; key: string },
    ) =>
      ({
        type: 'sustained',
        target,
        tokens,
        slotIds,
        seconds,
        connections: CONNECTIONS,
        firstPair,
        firstFamily,
        keyPrefix: `bench-${key}`,
      }) as const;

    progress(`Warm-up: ${WARM_UP_SECONDS} s of bookings on each API…`);
    const warmUpA = await load.ask<SustainedResult>(
      sustainedCommand(apiA.url!, fixtures.warmUpSlots, WARM_UP_SECONDS, {
        firstFamily: FAMILIES.warmUpA,
        key: 'warm-a',
      }),
    );
    const warmUpB = await load.ask<SustainedResult>(
      sustainedCommand(apiB.url!, fixtures.warmUpSlots, WARM_UP_SECONDS, {
        firstPair: warmUpA.requests + CONNECTIONS,
        firstFamily: FAMILIES.warmUpB,
        key: 'warm-b',
      }),
    );
    const warmUp = { apiA: warmUpA, apiB: warmUpB };
    await sleep(SETTLE_MS);
    alive();
    const apiConnections = Number(
      (await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'kepu'`)).rows[0].n,
    );

    const rushPhase = async (label: string, apis: KepuProcess[], slotId: string, firstFamily: number) => {
      const targets = apis.map((api) => api.url!);
      progress(
        `${label}: ${RUSH_REQUESTS} requests at once from ${rushTokens.length} accounts, ${apis.length} API(s)…`,
      );
      const xid0 = await nextXid(db!);
      const rush = await measured(roots, () =>
        load!.ask<RushResult>({
          type: 'rush',
          targets,
          tokens: rushTokens,
          slotId,
          requests: RUSH_REQUESTS,
          firstFamily,
          keyPrefix: `bench-${label}`,
        }),
      );
      const xid1 = await nextXid(db!);
      const slot = await slotCheck(db!, slotId);
      await sleep(SETTLE_MS);
      progress(`${label}: ${AFTER_FULL_REQUESTS} more requests at once at the full slot…`);
      const late = await measured(roots, () =>
        load!.ask<RushResult>({
          type: 'rush',
          targets,
          tokens: lateTokens,
          slotId,
          requests: AFTER_FULL_REQUESTS,
          firstFamily: firstFamily + RUSH_REQUESTS,
          keyPrefix: `bench-${label}-late`,
        }),
      );
      const xid2 = await nextXid(db!);
      const slotAfter = await slotCheck(db!, slotId);
      await sleep(SETTLE_MS);
      alive();

      const answers = rush.result.answers;
      const confirmedAnswers = answers.filter((a) => a.status === 201);
      const lastConfirmationAtMs = Math.max(0, ...confirmedAnswers.map((a) => a.atMs));
      const refusalsAfterFull = answers.filter(
        (a) => a.status >= 400 && a.status < 500 && a.atMs > lastConfirmationAtMs,
      );
      const serverErrors = [...answers, ...late.result.answers].filter((a) => a.status >= 500);
      const figures = {
        apis: apis.length,
        requests: RUSH_REQUESTS,
        accounts: rushTokens.length,
        places: RUSH_PLACES,
        partySize: PARTY,
        expectedConfirmed: RUSH_FAMILIES,
        confirmed: confirmedAnswers.length,
        exact:
          confirmedAnswers.length === RUSH_FAMILIES &&
          slot.confirmed === RUSH_FAMILIES &&
          slot.booked === RUSH_PLACES &&
          slotAfter.booked === RUSH_PLACES,
        database: { slotCounter: slotAfter.booked, confirmedBookings: slotAfter.confirmed, people: slotAfter.people },
        oversold: slotAfter.booked > RUSH_PLACES || slotAfter.people > RUSH_PLACES,
        serverErrors: answers.filter((a) => a.status >= 500).length,
        noAnswer: answers.filter((a) => a.status === 0).length,
        statuses: countBy(answers, (a) => a.status),
        refusals: countBy(
          answers.filter((a) => a.status !== 201),
          (a) => a.code,
        ),
        statusesPerApi:
          apis.length > 1
            ? Object.fromEntries(
                apis.map((_api, n) => [
                  'AB'[n],
                  countBy(
                    answers.filter((a) => a.target === n),
                    (a) => a.status,
                  ),
                ]),
              )
            : undefined,
        latencyMs: latency(answers),
        lastConfirmationAtMs: round(lastConfirmationAtMs),
        refusalsAfterFull: { count: refusalsAfterFull.length, latencyMs: latency(refusalsAfterFull) },
        writeTransactionsPerRequest: round((xid1 - xid0) / RUSH_REQUESTS, 2),
        sendSpreadMs: round(rush.result.sendSpreadMs),
        connectionsOpenedBefore: rush.result.connectionsOpened,
        cpu: rush.cpu,
        afterFull: {
          requests: AFTER_FULL_REQUESTS,
          accounts: lateTokens.length,
          confirmed: late.result.answers.filter((a) => a.status === 201).length,
          serverErrors: late.result.answers.filter((a) => a.status >= 500).length,
          refusals: countBy(
            late.result.answers.filter((a) => a.status !== 201),
            (a) => a.code,
          ),
          latencyMs: latency(late.result.answers),
          /** Transaction ids assigned per request: 0 means no request opened a write transaction. */
          writeTransactionsPerRequest: round((xid2 - xid1) / AFTER_FULL_REQUESTS, 2),
          cpu: late.cpu,
        },
        firstServerErrors: serverErrors.slice(0, 5).map((a) => ({
          status: a.status,
          code: a.code,
          log: logLineOf(apis, a.correlationId),
        })),
      };
      return figures;
    };

    const rush1 = await rushPhase('rush1', [apiA], fixtures.rushSlots[0], FAMILIES.rush1);
    const rush2 = await rushPhase('rush2', [apiA, apiB], fixtures.rushSlots[1], FAMILIES.rush2);

    progress(
      `Sustained: ${SECONDS} s over ${fixtures.sustainedSlots.length} slots, ${CONNECTIONS} connections, API A…`,
    );
    const sustained = await measured(roots, () =>
      load!.ask<SustainedResult>(
        sustainedCommand(apiA.url!, fixtures.sustainedSlots, SECONDS, {
          firstFamily: FAMILIES.sustained,
          key: 'sustained',
        }),
      ),
    );
    await sleep(SETTLE_MS); // what autocannon left in flight finishes
    alive();
    const { rows: sustainedRows } = await db.query(
      `SELECT count(*)::int AS n FROM bookings WHERE slot_id = ANY($1::uuid[]) AND status = 'confirmed'`,
      [fixtures.sustainedSlots],
    );
    const sustainedRate = sustained.result.confirmed / sustained.result.seconds;

    const rawPhase = async (variant: RawCommand['variant'], slots: RawSlot[], seconds: number, firstFamily: number) => {
      progress(`Raw (${variant}): ${seconds} s from ${poolSize} bare pg clients…`);
      const run = await measured(roots, () =>
        load!.ask<RawResult>({
          type: 'raw',
          variant,
          databaseUrl: config.database.url!,
          clients: poolSize,
          seconds,
          slots,
          accountIds: fixtures.accounts.map((a) => a.user.id),
          firstFamily,
        }),
      );
      await sleep(SETTLE_MS);
      return { ...run.result, bookingsPerSecond: Math.round(run.result.confirmed / run.result.seconds), cpu: run.cpu };
    };
    const raw = await rawPhase('api', fixtures.rawSlots, SECONDS, FAMILIES.raw);
    const minimal = await rawPhase('minimal', fixtures.minimalSlots, MINIMAL_SECONDS, FAMILIES.minimal);

    const perBooking = (cpu: PhaseCpu, name: string, bookings: number) =>
      bookings ? round((cpu.cpuSeconds[name] * 1000) / bookings, 2) : null;
    const figures = {
      head,
      builtAt: (() => {
        try {
          return readFileSync('dist/.build-stamp', 'utf8').trim();
        } catch {
          return 'unknown';
        }
      })(),
      machine: { cores: cpus().length, model: cpus()[0]?.model },
      setup: {
        postgresDurable: false,
        apiProcesses: 'built dist, NODE_ENV=production, LOG_LEVEL=info, KEPU_WORKER=off, RATE_LIMIT=off',
        apiPoolSize: poolSize,
        apiConnectionsAfterWarmUp: apiConnections,
        accounts: ACCOUNTS,
        realName: true,
        partySize: PARTY,
        seconds: SECONDS,
        connections: CONNECTIONS,
        warmUp: {
          apiA: { confirmed: warmUp.apiA.confirmed, codes: warmUp.apiA.codes },
          apiB: { confirmed: warmUp.apiB.confirmed, codes: warmUp.apiB.codes },
        },
      },
      rush: rush1,
      rushTwoApis: rush2,
      sustained: {
        seconds: sustained.result.seconds,
        connections: CONNECTIONS,
        slots: fixtures.sustainedSlots.length,
        requests: sustained.result.requests,
        confirmed: sustained.result.confirmed,
        confirmedInDatabase: sustainedRows[0].n,
        confirmedPerSecond: Math.round(sustainedRate),
        serverErrors: Object.entries(sustained.result.statuses)
          .filter(([status]) => Number(status) >= 500)
          .reduce((sum, [, n]) => sum + n, 0),
        statuses: sustained.result.statuses,
        refusals: sustained.result.codes,
        socketErrors: sustained.result.errors,
        timeouts: sustained.result.timeouts,
        latencyMs: sustained.result.latencyMs,
        cpuMsPerBooking: {
          api: perBooking(sustained.cpu, 'apiA', sustained.result.confirmed),
          postgres: perBooking(sustained.cpu, 'postgres', sustained.result.confirmed),
          loadGenerator: perBooking(sustained.cpu, 'loadGenerator', sustained.result.confirmed),
        },
        cpu: sustained.cpu,
      },
      raw: {
        ...raw,
        cpuMsPerBooking: {
          postgres: perBooking(raw.cpu, 'postgres', raw.confirmed),
          pgClients: perBooking(raw.cpu, 'loadGenerator', raw.confirmed),
        },
      },
      rawMinimal: {
        ...minimal,
        cpuMsPerBooking: {
          postgres: perBooking(minimal.cpu, 'postgres', minimal.confirmed),
          pgClients: perBooking(minimal.cpu, 'loadGenerator', minimal.confirmed),
        },
      },
      apiToRawRatio: raw.bookingsPerSecond ? round(sustainedRate / raw.bookingsPerSecond, 2) : null,
      targets:
        'rush: exactly 100 confirmed, 0 5xx, p99 <= 2000 ms, refusals once full p50 <= 100 ms without a write transaction; ' +
        'sustained >= 1000 confirmed/s and >= 0.9 x raw; the same rush on two APIs',
      cleanShutdown: { orphans: [] as string[] },
    };

    progress('Stopping every process…');
    figures.cleanShutdown.orphans = await cleanUp();
    process.stderr.write(`\n${table(figures)}\n`);
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    await cleanUp();
  }
}

// ---------------------------------------------------------------------------------------------
// The readable table
// ---------------------------------------------------------------------------------------------

interface TableInput {
  head: string;
  machine: { cores: number };
  setup: { apiPoolSize: number; seconds: number; connections: number };
  rush: RushFigures;
  rushTwoApis: RushFigures;
  sustained: {
    confirmedPerSecond: number;
    serverErrors: number;
    confirmed: number;
    requests: number;
    latencyMs: { p50: number; p99: number; max: number };
    cpu: PhaseCpu;
  };
  raw: RawResult & { bookingsPerSecond: number; cpu: PhaseCpu };
  rawMinimal: RawResult & { bookingsPerSecond: number; cpu: PhaseCpu };
  apiToRawRatio: number | null;
  cleanShutdown: { orphans: string[] };
}
type RushFigures = {
  confirmed: number;
  exact: boolean;
  serverErrors: number;
  requests: number;
  latencyMs: { p50: number; p99: number; max: number };
  refusalsAfterFull: { count: number; latencyMs: { p50: number; p99: number } };
  writeTransactionsPerRequest: number;
  cpu: PhaseCpu;
  afterFull: {
    requests: number;
    serverErrors: number;
    latencyMs: { p50: number; p99: number; max: number };
    writeTransactionsPerRequest: number;
    cpu: PhaseCpu;
  };
};

function table(f: TableInput): string {
  const pad = (value: unknown, width: number) => String(value).padStart(width);
  const cpuCells = (cpu: PhaseCpu) =>
    ['apiA', 'apiB', 'postgres', 'loadGenerator', 'meilisearch', 'orchestrator']
      .map((k) => pad(cpu.cpuSeconds[k], 7))
      .join('') +
    pad(cpu.machine.otherProcesses, 7) +
    pad(cpu.machine.interrupts, 7) +
    pad(cpu.machine.idle, 7);
  const row = (
    name: string,
    wall: number,
    answers: number,
    ok: string | number,
    errors: number,
    ms: { p50: number; p99: number; max: number },
    cpu: PhaseCpu,
  ) =>
    `${name.padEnd(26)}${pad(wall, 7)}${pad(answers, 8)}${pad(ok, 10)}${pad(errors, 5)}${pad(ms.p50, 9)}${pad(ms.p99, 9)}${pad(ms.max, 9)} |${cpuCells(cpu)}`;
  const rushRows = (name: string, r: RushFigures) => [
    row(
      name,
      r.cpu.wallSeconds,
      r.requests,
      `${r.confirmed}${r.exact ? '' : ' !'}`,
      r.serverErrors,
      r.latencyMs,
      r.cpu,
    ),
    `  refusals after the last confirmation: ${r.refusalsAfterFull.count}, p50 ${r.refusalsAfterFull.latencyMs.p50} ms, p99 ${r.refusalsAfterFull.latencyMs.p99} ms; write transactions per request ${r.writeTransactionsPerRequest}`,
    row(
      `${name}: +${r.afterFull.requests} when full`,
      r.afterFull.cpu.wallSeconds,
      r.afterFull.requests,
      0,
      r.afterFull.serverErrors,
      r.afterFull.latencyMs,
      r.afterFull.cpu,
    ),
    `  write transactions per request once full: ${r.afterFull.writeTransactionsPerRequest}`,
  ];
  const s = f.sustained;
  const rawRow = (name: string, r: TableInput['raw']) =>
    row(name, r.cpu.wallSeconds, r.attempts, `${r.bookingsPerSecond}/s`, 0, { ...r.latencyMs }, r.cpu);
  return [
    `Booking benchmark, HEAD ${f.head}, ${f.machine.cores} cores, Postgres without fsync, API pool ${f.setup.apiPoolSize}, ` +
      `sustained ${f.setup.seconds} s on ${f.setup.connections} connections; real-name families of two`,
    `${'phase'.padEnd(26)}${pad('wall s', 7)}${pad('sent', 8)}${pad('confirmed', 10)}${pad('5xx', 5)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('max ms', 9)} |` +
      ['api A', 'api B', 'pg', 'load', 'meili', 'orch', 'other', 'irq', 'idle'].map((h) => pad(h, 7)).join('') +
      '  (CPU s)',
    ...rushRows('rush, 1 API', f.rush),
    ...rushRows('rush, 2 APIs', f.rushTwoApis),
    row(
      'sustained, API A',
      s.cpu.wallSeconds,
      s.requests,
      `${s.confirmedPerSecond}/s`,
      s.serverErrors,
      s.latencyMs,
      s.cpu,
    ),
    rawRow(`raw pg (${f.raw.statementsPerBooking} statements)`, f.raw),
    rawRow(`raw pg minimal (${f.rawMinimal.statementsPerBooking})`, f.rawMinimal),
    `API sustained / raw: ${f.apiToRawRatio}; orphans after shutdown: ${f.cleanShutdown.orphans.length}`,
    `other processes meanwhile (busiest): ${[
      ['rush 1 API', f.rush.cpu],
      ['rush 2 APIs', f.rushTwoApis.cpu],
      ['sustained', s.cpu],
      ['raw', f.raw.cpu],
    ]
      .map(
        ([name, cpu]) =>
          `${name}: ${
            (cpu as PhaseCpu).machine.busiestOthers.map((o) => `${o.name} ${o.cpuSeconds}`).join(', ') || 'none'
          }`,
      )
      .join('; ')}`,
  ].join('\n');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
