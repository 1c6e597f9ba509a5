/**
 * Search at scale (docs/search.md, "The benchmark"): N synthetic resources (default 100,000), the
 * full reindex timed, then load from a process of its own (search-load.ts) against the BUILT API
 * (two processes: the result cache on, and off with SEARCH_CACHE_MB=0) and, in the same run, with
 * the same requests, straight to Meilisearch. This script only coordinates: it is idle during load.
 * Phases:
 * 1. the Zipf mix (search-mix.ts: ~1,000 distinct queries, P(rank) ∝ 1/rank^1.1): warm-up, then the
 *    API (cache on, hit rate from /api/v1/metrics), Meilisearch direct and the API with the cache
 *    off, in slices taken in turn;
 * 2. the old uniform mix of 50 queries: the API (cache on) and Meilisearch direct, likewise;
 * 3. Meilisearch paused (SIGSTOP): the Zipf mix through the API with the cache off (with health asked
 *    beside the load, then with a few clients: one fallback search's own cost), through a third API
 *    whose cache was still empty when Meilisearch stopped (every answer it gives comes from the
 *    fallback, once per distinct query: the target), and through the warm one; then SIGCONT and the
 *    seconds until answers are not degraded.
 * Prints one JSON object; exits non-zero only when something crashed, not on a missed target.
 * Run: npm run --silent bench:search [-- --count 100000 --seconds 20 --connections 64 --warm-up 5]
 */
import 'reflect-metadata';
import { runMigrations } from '@kepu/core';
import { generateSyntheticRegister } from '@kepu/demo';
import { RunningServices, startServices, loadAppConfig } from '@kepu/runtime';
import { MeiliClient, ResourceIndex } from '@kepu/search';
import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiApp } from '../../apps/api/src/app.factory';
import { killStartedProcesses, startApi } from '../support/kepu-processes';
import { benchArg, gitHead, kepuProcessEnv, processTable, treeCpuSeconds } from './bench-app';
import { forkLoadProcess, LoadProcess } from './load-process';
import type { BenchRequest, MixCommand, MixResults, ProbeAnswer, SearchLoadCommand, UntilResult } from './search-load';
import { MixQuery, uniformQueries, zipfQueries, zipfSequence } from './search-mix';

const COUNT = benchArg('count', 100_000);
const SECONDS = benchArg('seconds', 20);
const CONNECTIONS = benchArg('connections', 64);
const WARM_UP_SECONDS = benchArg('warm-up', 5);
const PAUSED_SECONDS = Math.max(SECONDS, 15);
/** Turns the API and Meilisearch take within a comparison, so load from elsewhere weighs on both alike. */
const SLICES = 4;
const DISTINCT = 1_000;
const EXPONENT = 1.1;
/** Longer than any run draws (a few thousand requests a second): the sequence never wraps within a phase. */
const SEQUENCE_LENGTH = 400_000;
/** The warm-up draws from here on, so the measured runs start on requests it has not sent. */
const WARM_UP_FIRST = SEQUENCE_LENGTH / 2;
/** After the first degraded answer, how long before fallback latency is measured: the breaker opening. */
const SETTLE_MS = 3_000;
const HEALTH_EVERY_MS = 500;
/** Clients for the paused run that measures the fallback without queueing. */
const FEW_CLIENTS = 4;
const RECOVERY_MAX_SECONDS = 90;
/** No demo venues beside the synthetic ones; patience with Postgres on a machine other work shares. */
const BENCH_ENV = { KEPU_DEMO: '0', DATABASE_CONNECT_TIMEOUT_SECONDS: '30' };
const TARGETS = {
  zipfThroughputRatio: '>= 2 (API / Meilisearch direct)',
  zipfP95Ratio: '<= 0.5 (API / Meilisearch direct)',
  pausedSearchP95Ms: '<= 100 after the breaker opens (cache empty when Meilisearch stopped)',
  pausedHealthMs: '< 1000',
  recoverySeconds: '<= 30',
};

const startedAt = Date.now();
const progress = (message: string) =>
  process.stderr.write(`[bench:search ${Math.round((Date.now() - startedAt) / 1000)} s] ${message}\n`);
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const ratio = (a: number, b: number) => (b ? round(a / b) : null);

/** A Prometheus counter or gauge summed over its labels; null without metrics (a tree without them). */
async function metric(apiUrl: string, token: string, names: string[]): Promise<Record<string, number> | null> {
  const response = await fetch(`${apiUrl}/api/v1/metrics`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) return null;
  const text = await response.text();
  return Object.fromEntries(
    names.map((name) => [
      name,
      text
        .split('\n')
        .filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))
        .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0),
    ]),
  );
}

const CACHE_COUNTERS = ['kepu_search_cache_hits_total', 'kepu_search_cache_misses_total'];
const hitRate = (before: Record<string, number> | null, after: Record<string, number> | null) => {
  if (!before || !after) return null;
  const [hits, misses] = CACHE_COUNTERS.map((name) => after[name] - before[name]);
  return { hits, misses, hitRate: hits + misses ? round(hits / (hits + misses), 3) : null };
};

/**
 * What the API sends Meilisearch for each query, caught on an in-process API (cache off) before any
 * measurement: the exact request bodies, so Meilisearch direct gets the same work. Also each
 * query's hit count, and a refusal if the API refused one (the mix must be all valid queries).
 */
async function meiliRequestsOf(config: RunningServices['config'], queries: string[]) {
  const app = await createApiApp({ ...config, search: { ...config.search, cacheMb: 0 }, inlineWorker: false });
  try {
    await app.init();
    const meili = app.get(MeiliClient);
    let current = 0;
    const sent: object[][] = queries.map(() => []);
    const search = meili.search.bind(meili);
    // Set-up only: every search body the API sends, filed under the query that caused it.
    meili.search = <T>(index: string, body: object): Promise<T> => {
      sent[current].push(body);
      return search<T>(index, body);
    };
    const fastify = app.getHttpAdapter().getInstance();
    const totals: number[] = [];
    const refused: { query: string; status: number; body: string }[] = [];
    // One at a time, so each search body belongs to the query being answered.
    for (; current < queries.length; current++) {
      const answer = await fastify.inject({ method: 'GET', url: `/api/v1/search?${queries[current]}` });
      if (answer.statusCode !== 200) {
        refused.push({ query: queries[current], status: answer.statusCode, body: answer.body.slice(0, 300) });
      } else totals[current] = (answer.json() as { total: number }).total;
    }
    if (refused.length) throw new Error(`the API refused queries of the mix: ${JSON.stringify(refused.slice(0, 5))}`);
    const unsent = queries.filter((_q, i) => !sent[i].length);
    if (unsent.length) throw new Error(`the API sent Meilisearch nothing for ${unsent.slice(0, 5).join(', ')}`);
    return { bodies: sent.map((bodies) => bodies[0]), totals, twoSearches: sent.filter((b) => b.length > 1).length };
  } finally {
    await app.close();
  }
}

async function main() {
  // Standard output is for the JSON: no migration chatter before it.
  Logger.overrideLogger(['error', 'warn']);
  const head = gitHead();
  const dataDir = mkdtempSync(join(tmpdir(), 'kepu-bench-'));
  let services: RunningServices | undefined;
  let load: LoadProcess<SearchLoadCommand> | undefined;
  let paused = false;
  let cleaned: Promise<void> | undefined;
  const meiliPid = () => services?.launched.meilisearch?.pid;
  const cleanUp = () =>
    (cleaned ??= (async () => {
      // A stopped Meilisearch would never hear the SIGTERM that stops it.
      if (paused && meiliPid()) process.kill(meiliPid()!, 'SIGCONT');
      await load?.stop().catch(() => undefined);
      await killStartedProcesses().catch(() => undefined);
      await services?.stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      progress(`${signal}: stopping every process this run started`);
      void cleanUp().finally(() => process.exit(130));
    });
  }

  try {
    const loadBefore = loadavg();
    progress('Starting embedded Postgres (no fsync) and Meilisearch…');
    services = await startServices(
      loadAppConfig({ KEPU_DATA_DIR: dataDir, RATE_LIMIT: 'off', LOG_LEVEL: 'warn', KEPU_WORKER: 'off', ...BENCH_ENV }),
      { durable: false },
    );
    const config = services.config;
    await runMigrations(config);
    progress(`Generating ${COUNT} synthetic resources…`);
    const generatedAt = Date.now();
    await generateSyntheticRegister(config.database.url!, COUNT);
    const generateSeconds = round((Date.now() - generatedAt) / 1000, 1);

    progress('Reindexing (in-process API, closed before any measurement)…');
    const indexing = await createApiApp({ ...config, inlineWorker: false });
    let reindexSeconds: number;
    let indexName: string;
    try {
      await indexing.init();
      const index = indexing.get(ResourceIndex);
      reindexSeconds = (await index.reindex()).seconds;
      indexName = index.name;
    } finally {
      await indexing.close();
    }
    const meiliUrl = config.search.url!;
    const meiliHeaders = { 'content-type': 'application/json', authorization: `Bearer ${config.search.masterKey}` };
    const meiliGet = async <T>(path: string) =>
      (await fetch(`${meiliUrl}${path}`, { headers: meiliHeaders })).json() as T;
    const stats = await meiliGet<{ numberOfDocuments: number; rawDocumentDbSize?: number }>(
      `/indexes/${indexName}/stats`,
    );
    const { databaseSize } = await meiliGet<{ databaseSize: number }>('/stats');

    const zipf = zipfQueries(DISTINCT);
    const uniform = uniformQueries();
    progress(`Catching what the API sends Meilisearch for the ${zipf.length + uniform.length} queries…`);
    const caught = await meiliRequestsOf(config, [...zipf.map((z) => z.query), ...uniform]);
    const asRequests = (queries: string[], offset: number) => ({
      api: queries.map((query): BenchRequest => ({ method: 'GET', path: `/api/v1/search?${query}` })),
      direct: queries.map((_query, i): BenchRequest => ({
        method: 'POST',
        path: `/indexes/${indexName}/search`,
        headers: meiliHeaders,
        body: JSON.stringify(caught.bodies[offset + i]),
      })),
    });
    const zipfRequests = asRequests(
      zipf.map((z) => z.query),
      0,
    );
    const uniformRequests = asRequests(uniform, zipf.length);
    const sequence = zipfSequence(zipf.length, SEQUENCE_LENGTH, EXPONENT);

    progress(
      'Starting the built API three times (cache on; SEARCH_CACHE_MB=0; cache on, kept cold) and the load generator…',
    );
    const metricsToken = randomBytes(24).toString('hex');
    const env = kepuProcessEnv(config, { ...BENCH_ENV, METRICS_TOKEN: metricsToken });
    const api = await startApi(env);
    const apiNoCache = await startApi({ ...env, SEARCH_CACHE_MB: '0' });
    // Sent nothing until Meilisearch stops: its cache holds only what the fallback answered.
    const apiCold = await startApi(env);
    load = await forkLoadProcess<SearchLoadCommand>(join(__dirname, 'search-load.ts'));
    const roots = {
      api: api.pid,
      apiNoCache: apiNoCache.pid,
      apiCold: apiCold.pid,
      meilisearch: meiliPid(),
      postgres: services.launched.postgres?.pid,
      loadGenerator: load.pid,
    };

    /** A run of the load generator, with the CPU seconds each process used meanwhile. */
    const mix = async (
      command: Omit<MixCommand, 'type' | 'connections' | 'sequence'> & { connections?: number },
      order = sequence,
    ) => {
      const cpu = () => {
        const table = processTable();
        return Object.entries(roots).map(([name, pid]) => [name, treeCpuSeconds(table, pid)] as const);
      };
      const before = cpu();
      const own = process.cpuUsage();
      const answer = await load!.ask<MixResults>({
        type: 'mix',
        sequence: order,
        ...command,
        connections: command.connections ?? CONNECTIONS,
      });
      const used = process.cpuUsage(own);
      const cpuSeconds = Object.fromEntries(cpu().map(([name, s], i) => [name, round(s - before[i][1])]));
      return { ...answer, cpuSeconds: { ...cpuSeconds, orchestrator: round((used.user + used.system) / 1e6) } };
    };
    const zipfApi = { url: api.url!, requests: zipfRequests.api };
    const zipfApiNoCache = { url: apiNoCache.url!, requests: zipfRequests.api };
    const zipfDirect = { url: meiliUrl, requests: zipfRequests.direct };

    progress(`Warm-up: ${WARM_UP_SECONDS} s of the Zipf mix on each API and on Meilisearch…`);
    await mix({ targets: [zipfApi, zipfApiNoCache, zipfDirect], seconds: WARM_UP_SECONDS, first: WARM_UP_FIRST });

    progress(`Zipf mix: ${SECONDS} s each through the API (cache on), to Meilisearch, through the API (cache off)…`);
    const countersBefore = await metric(api.url!, metricsToken, CACHE_COUNTERS);
    // Degraded answers are counted here too: an API answering from Postgres would not be measuring Meilisearch's path.
    const zipfRun = await mix({
      targets: [zipfApi, zipfDirect, zipfApiNoCache],
      seconds: SECONDS,
      slices: SLICES,
      degraded: { settleMs: SETTLE_MS },
    });
    const countersAfter = await metric(api.url!, metricsToken, CACHE_COUNTERS);
    const [zipfThroughApi, zipfStraight, zipfNoCache] = zipfRun.results;
    const drawnInWindow = new Set(sequence.slice(0, zipfThroughApi.drawn)).size;

    progress(`Uniform mix (50 queries): ${SECONDS} s each through the API (cache on) and to Meilisearch…`);
    const uniformRun = await mix(
      {
        targets: [
          { url: api.url!, requests: uniformRequests.api },
          { url: meiliUrl, requests: uniformRequests.direct },
        ],
        seconds: SECONDS,
        slices: SLICES,
        degraded: { settleMs: SETTLE_MS },
      },
      uniform.map((_q, i) => i),
    );
    const [uniformApi, uniformDirect] = uniformRun.results;

    progress(`Meilisearch paused (SIGSTOP): ${PAUSED_SECONDS} s through the API with the cache off, health beside…`);
    const breakerOf = (url: string) => metric(url, metricsToken, ['kepu_search_breaker_open', ...CACHE_COUNTERS]);
    const noCacheBefore = await breakerOf(apiNoCache.url!);
    process.kill(meiliPid()!, 'SIGSTOP');
    paused = true;
    const pausedNoCacheRun = await mix({
      targets: [zipfApiNoCache],
      seconds: PAUSED_SECONDS,
      degraded: { settleMs: SETTLE_MS },
      probe: { path: '/api/v1/health', everyMs: HEALTH_EVERY_MS },
    });
    const pausedNoCache = pausedNoCacheRun.results[0];
    const noCacheAfter = await breakerOf(apiNoCache.url!);
    // The same with a few clients: what one fallback search costs when it does not queue behind others.
    progress(
      `Meilisearch still paused: ${PAUSED_SECONDS} s through the API with the cache off, ${FEW_CLIENTS} clients…`,
    );
    const pausedFewRun = await mix({
      targets: [zipfApiNoCache],
      seconds: PAUSED_SECONDS,
      connections: FEW_CLIENTS,
      degraded: { settleMs: 0 },
    });
    progress(`Meilisearch still paused: ${PAUSED_SECONDS} s through the API whose cache was empty when it stopped…`);
    const coldBefore = await breakerOf(apiCold.url!);
    const pausedColdRun = await mix({
      targets: [{ url: apiCold.url!, requests: zipfRequests.api }],
      seconds: PAUSED_SECONDS,
      degraded: { settleMs: SETTLE_MS },
    });
    const pausedCold = pausedColdRun.results[0];
    const coldAfter = await breakerOf(apiCold.url!);
    progress(`Meilisearch still paused: ${PAUSED_SECONDS} s through the API with the cache warm from before…`);
    const cacheBefore = await metric(api.url!, metricsToken, CACHE_COUNTERS);
    const pausedCacheRun = await mix({
      targets: [zipfApi],
      seconds: PAUSED_SECONDS,
      degraded: { settleMs: SETTLE_MS },
    });
    const cacheAfter = await metric(api.url!, metricsToken, CACHE_COUNTERS);

    progress('Meilisearch resumed (SIGCONT): waiting for answers that are not degraded…');
    process.kill(meiliPid()!, 'SIGCONT');
    paused = false;
    const recovery = await load.ask<UntilResult>({
      type: 'until',
      url: apiNoCache.url!,
      paths: zipfRequests.api.slice(0, 20).map((r) => r.path),
      contains: '"degraded":false',
      everyMs: 100,
      maxSeconds: RECOVERY_MAX_SECONDS,
    });
    const healthAfter = (await (await fetch(`${apiNoCache.url}/api/v1/health`)).json()) as {
      details?: Record<string, unknown>;
    };

    const healthSummary = (probes: ProbeAnswer[], breakerOpenAtMs: number | null) => {
      const latency = (answers: ProbeAnswer[]) => ({
        answers: answers.length,
        maxMs: answers.length ? Math.max(...answers.map((p) => p.ms)) : null,
      });
      const afterOpen = breakerOpenAtMs === null ? [] : probes.filter((p) => p.atMs >= breakerOpenAtMs);
      return {
        beforeBreakerOpened: latency(
          breakerOpenAtMs === null ? probes : probes.filter((p) => p.atMs < breakerOpenAtMs),
        ),
        afterBreakerOpened: {
          ...latency(afterOpen),
          reportsSearchDown: afterOpen.length
            ? afterOpen.every((p) => (p.details?.search as { status?: string } | undefined)?.status === 'down')
            : null,
          lastAnswer: afterOpen.at(-1)?.details ?? null,
        },
        overallMaxMs: latency(probes).maxMs,
        statuses: probes.reduce<Record<string, number>>(
          (counts, p) => ({ ...counts, [p.status]: (counts[p.status] ?? 0) + 1 }),
          {},
        ),
      };
    };
    const share = (ranks: number[]) => round(sequence.filter((r) => ranks.includes(r)).length / sequence.length, 3);
    const kinds = (items: MixQuery[]) =>
      items.reduce<Record<string, number>>(
        (counts, item) => ({ ...counts, [item.kind]: (counts[item.kind] ?? 0) + 1 }),
        {},
      );
    const breakerOpenAtMs = pausedNoCache.degraded?.firstAtMs ?? null;
    const health = healthSummary(pausedNoCacheRun.probes ?? [], breakerOpenAtMs);
    const pausedP95 = pausedCold.degraded?.settled?.latencyMs.p95 ?? null;

    const figures = {
      head,
      date: new Date().toISOString(),
      machine: {
        cores: cpus().length,
        model: cpus()[0]?.model,
        loadAverage: { before: loadBefore.map((l) => round(l)), after: loadavg().map((l) => round(l)) },
      },
      setup: {
        resources: stats.numberOfDocuments,
        generateSeconds,
        reindexSeconds,
        indexDocumentsMb: stats.rawDocumentDbSize && round(stats.rawDocumentDbSize / 1e6, 1),
        meiliDatabaseMb: round(databaseSize / 1e6, 1),
        apiProcesses: 'built dist, NODE_ENV=production, LOG_LEVEL=info, KEPU_WORKER=off, RATE_LIMIT=off',
        connections: CONNECTIONS,
        seconds: SECONDS,
        warmUpSeconds: WARM_UP_SECONDS,
        metricsAvailable: countersBefore !== null,
      },
      mix: {
        distinct: zipf.length,
        exponent: EXPONENT,
        kinds: kinds(zipf),
        requestShare: { top1: share([0]), top10: share([...Array(10).keys()]), top100: share([...Array(100).keys()]) },
        queriesWithoutHits: caught.totals.slice(0, zipf.length).filter((total) => total === 0).length,
        queriesTheApiSearchesTwice: caught.twoSearches,
        distinctInMeasuredWindow: drawnInWindow,
      },
      zipf: {
        slices: SLICES,
        api: zipfThroughApi,
        meilisearch: zipfStraight,
        apiWithoutCache: zipfNoCache,
        cpuSecondsOfAllThree: zipfRun.cpuSeconds,
        cache: hitRate(countersBefore, countersAfter),
        throughputRatio: ratio(zipfThroughApi.requestsPerSecond, zipfStraight.requestsPerSecond),
        p95Ratio: ratio(zipfThroughApi.latencyMs.p95, zipfStraight.latencyMs.p95),
        withoutCache: {
          throughputRatio: ratio(zipfNoCache.requestsPerSecond, zipfStraight.requestsPerSecond),
          p95Ratio: ratio(zipfNoCache.latencyMs.p95, zipfStraight.latencyMs.p95),
        },
        targets: { throughputRatio: TARGETS.zipfThroughputRatio, p95Ratio: TARGETS.zipfP95Ratio },
      },
      uniform: {
        queries: uniform.length,
        api: uniformApi,
        meilisearch: uniformDirect,
        cpuSecondsOfBoth: uniformRun.cpuSeconds,
        throughputRatio: ratio(uniformApi.requestsPerSecond, uniformDirect.requestsPerSecond),
        p95Ratio: ratio(uniformApi.latencyMs.p95, uniformDirect.latencyMs.p95),
      },
      meilisearchPaused: {
        seconds: PAUSED_SECONDS,
        settleMs: SETTLE_MS,
        withoutCache: {
          ...pausedNoCache,
          cpuSeconds: pausedNoCacheRun.cpuSeconds,
          breakerOpenGauge: noCacheAfter?.kepu_search_breaker_open ?? null,
          cacheHits: hitRate(noCacheBefore, noCacheAfter),
        },
        withoutCacheFewClients: {
          connections: FEW_CLIENTS,
          ...pausedFewRun.results[0],
          cpuSeconds: pausedFewRun.cpuSeconds,
        },
        cacheEmptyWhenStopped: {
          ...pausedCold,
          cpuSeconds: pausedColdRun.cpuSeconds,
          breakerOpenGauge: coldAfter?.kepu_search_breaker_open ?? null,
          cache: hitRate(coldBefore, coldAfter),
        },
        withCache: {
          ...pausedCacheRun.results[0],
          cpuSeconds: pausedCacheRun.cpuSeconds,
          cache: hitRate(cacheBefore, cacheAfter),
        },
        searchP95MsAfterBreakerOpened: pausedP95,
        health,
        recovery: { ...recovery, healthAfter: healthAfter.details ?? null },
        targets: {
          searchP95Ms: TARGETS.pausedSearchP95Ms,
          healthMs: TARGETS.pausedHealthMs,
          recoverySeconds: TARGETS.recoverySeconds,
        },
      },
      summary: {
        zipfThroughputRatio: {
          value: ratio(zipfThroughApi.requestsPerSecond, zipfStraight.requestsPerSecond),
          target: TARGETS.zipfThroughputRatio,
        },
        zipfP95Ratio: {
          value: ratio(zipfThroughApi.latencyMs.p95, zipfStraight.latencyMs.p95),
          target: TARGETS.zipfP95Ratio,
        },
        cacheHitRate: hitRate(countersBefore, countersAfter)?.hitRate ?? null,
        zipfDegradedAnswers: { api: zipfThroughApi.degraded?.answers, apiWithoutCache: zipfNoCache.degraded?.answers },
        pausedSearchP95Ms: { value: pausedP95, target: TARGETS.pausedSearchP95Ms },
        /** Of every degraded answer, the breaker's opening included: a figure even when none came after the settling. */
        pausedDegradedP95Ms: pausedCold.degraded?.latencyMs?.p95 ?? null,
        pausedNoCacheP95Ms: pausedNoCache.degraded?.settled?.latencyMs.p95 ?? null,
        pausedFewClientsP95Ms: pausedFewRun.results[0].latencyMs.p95,
        pausedWithCacheP95Ms: pausedCacheRun.results[0].latencyMs.p95,
        pausedHealthMaxMs: { value: health.afterBreakerOpened.maxMs, target: TARGETS.pausedHealthMs },
        pausedHealthReportsSearchDown: health.afterBreakerOpened.reportsSearchDown,
        recoverySeconds: { value: recovery.matched ? recovery.seconds : null, target: TARGETS.recoverySeconds },
        loadAverageAfter: round(loadavg()[0]),
      },
    };
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    await cleanUp();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
