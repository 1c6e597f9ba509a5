/**
 * The web portal's figures (issue: public web portal): the JS + CSS a first visit downloads
 * (gzip), the time until N clustered markers (default 10,000) are on screen in headless
 * Chromium, the GeoJSON answer time for them, and Lighthouse performance and accessibility
 * scores of the home and venue pages (the median of several runs: one run on a shared machine
 * swings by ten points). Prints one JSON object.
 * Run: npm run bench:web [-- --count 10000 --runs 3 --lighthouse-runs 5]
 */
import 'reflect-metadata';
import { runMigrations } from '@kepu/core';
import { generateSyntheticRegister } from '@kepu/demo';
import { startServices, loadAppConfig } from '@kepu/runtime';
import { ResourceIndex } from '@kepu/search';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createApiApp } from '../../apps/api/src/app.factory';
import { WEB_DIST } from '../../apps/api/src/web-app';
import { CHROMIUM, CHROMIUM_ARGS, launchBrowser } from '../support/browser';
import { benchArg } from './bench-app';
import { toCpuTime } from './lighthouse-cpu-time';

const COUNT = benchArg('count', 10_000);
const RUNS = benchArg('runs', 3);
const LIGHTHOUSE_RUNS = benchArg('lighthouse-runs', 5);
const BUDGET_KB = 250;

const gzipKb = (path: string) => gzipSync(readFileSync(join(WEB_DIST, path)), { level: 9 }).length / 1024;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const progress = (text: string) => process.stderr.write(`${text}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** What index.html makes the browser fetch before anything else: the entry, its preloads and styles. */
function initialAssets(): string[] {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
}

const LIGHTHOUSE = join('node_modules', '.bin', 'lighthouse');
const LIGHTHOUSE_SETTINGS = ['--max-wait-for-load=30000', '--only-categories=performance,accessibility', '--quiet'];

/** Scores what one gathered run (`lighthouse -G`) holds; run as a child without blocking this process. */
async function audit(gathered: string) {
  const { stdout: out } = await promisify(execFile)(
    LIGHTHOUSE,
    [`-A=${gathered}`, ...LIGHTHOUSE_SETTINGS, '--output=json'],
    { maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
  );
  const { categories, audits } = JSON.parse(out);
  const ms = (name: string) => Math.round(audits[name].numericValue);
  return {
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    // What the performance score is made of, so a low score says where the time goes.
    metricsMs: {
      firstContentfulPaint: ms('first-contentful-paint'),
      largestContentfulPaint: ms('largest-contentful-paint'),
      totalBlockingTime: ms('total-blocking-time'),
      speedIndex: ms('speed-index'),
    },
    cumulativeLayoutShift: round(audits['cumulative-layout-shift'].numericValue, 3),
  };
}

/**
 * One Lighthouse run, scored as observed and again with the page's main-thread tasks at their CPU
 * time (lighthouse-cpu-time.ts): the second says what the page costs, the first what this machine's
 * load allowed in the same run.
 */
async function lighthouse(url: string) {
  const gathered = mkdtempSync(join(tmpdir(), 'kepu-lighthouse-'));
  try {
    await promisify(execFile)(
      LIGHTHOUSE,
      [
        url,
        `--chrome-path=${CHROMIUM}`,
        // Lighthouse hangs on the old headless mode; the new one is the real browser without a window.
        `--chrome-flags=${CHROMIUM_ARGS.map((flag) => (flag === '--headless' ? '--headless=new' : flag)).join(' ')}`,
        ...LIGHTHOUSE_SETTINGS,
        `-G=${gathered}`,
      ],
      { maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
    );
    const observed = await audit(gathered);
    const trace = join(gathered, 'defaultPass.trace.json');
    const recorded = JSON.parse(readFileSync(trace, 'utf8'));
    const mainThread = toCpuTime(recorded.traceEvents);
    writeFileSync(trace, JSON.stringify(recorded));
    const cpuTime = await audit(gathered);
    return {
      ...observed,
      atCpuTime: {
        performance: cpuTime.performance,
        metricsMs: cpuTime.metricsMs,
        mainThreadMs: { observed: Math.round(mainThread.observedMs), cpu: Math.round(mainThread.cpuMs) },
      },
    };
  } finally {
    rmSync(gathered, { recursive: true, force: true });
  }
}

/** The run with the median performance score, and every run's score (observed, and at CPU time) beside it. */
async function lighthouseMedian(url: string) {
  const runs: Awaited<ReturnType<typeof lighthouse>>[] = [];
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) runs.push(await lighthouse(url));
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return {
    ...sorted[Math.floor(sorted.length / 2)],
    performanceRuns: runs.map((run) => run.performance),
    performanceAtCpuTimeRuns: runs.map((run) => run.atCpuTime.performance),
    performanceAtCpuTimeMedian: median(runs.map((run) => run.atCpuTime.performance)),
  };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'kepu-bench-'));
  const base = loadAppConfig({
    KEPU_DATA_DIR: dataDir,
    RATE_LIMIT: 'off',
    LOG_LEVEL: 'warn',
    KEPU_WORKER: 'off',
    KEPU_DEMO: '1',
  });
  const services = await startServices(base, { durable: false });
  try {
    await runMigrations(services.config);
    const app = await createApiApp({ ...services.config, inlineWorker: false });
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    // Lighthouse sees the register a visitor sees (the demo venues); the marker timing below adds N more.
    await app.get(ResourceIndex).reindex();
    progress('Running Lighthouse on the home and venue pages…');
    const {
      hits: [venue],
    } = (await (await fetch(`${url}/api/v1/search?q=szkxjsg`)).json()) as { hits: { id: string }[] };
    const scores = {
      home: await lighthouseMedian(`${url}/`),
      venue: await lighthouseMedian(`${url}/venues/${venue.id}`),
    };
    progress(`Generating ${COUNT} resources and indexing them…`);
    await generateSyntheticRegister(services.config.database.url as string, COUNT);
    await app.get(ResourceIndex).reindex();

    const initial = initialAssets();
    const initialKb = initial.reduce((sum, path) => sum + gzipKb(path), 0);

    const featureMs: number[] = [];
    let markers = 0;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const body = (await (await fetch(`${url}/api/v1/map/features`)).json()) as { features: unknown[] };
      featureMs.push(performance.now() - started);
      markers = body.features.length;
    }

    progress('Timing the map in Chromium…');
    const browser = await launchBrowser();
    const markerMs: number[] = [];
    let homeKb = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const fetched = new Set<string>();
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (/^\/assets\/.+\.(js|css)$/.test(path)) fetched.add(path);
      });
      await page.goto(url);
      // From navigation start until every marker has been handed to the clusters and drawn.
      const at = await page.waitForFunction(
        (n) => {
          const { document } = globalThis as unknown as {
            document: { querySelector(s: string): { getAttribute(name: string): string | null } | null };
          };
          const drawn = Number(document.querySelector('.map-canvas')?.getAttribute('data-markers-drawn'));
          return drawn >= n && document.querySelector('.marker-cluster') ? performance.now() : false;
        },
        markers,
        { timeout: 60_000, polling: 'raf' },
      );
      markerMs.push(Number(await at.jsonValue()));
      homeKb = [...fetched].reduce((sum, path) => sum + gzipKb(path), 0);
      await context.close();
    }
    await browser.close();

    process.stdout.write(
      JSON.stringify(
        {
          resources: markers,
          initialJsCssGzipKb: round(initialKb),
          homePageJsCssGzipKb: round(homeKb),
          budgetKb: BUDGET_KB,
          withinBudget: homeKb <= BUDGET_KB,
          mapFeaturesMs: { median: round(median(featureMs)), runs: featureMs.map((n) => round(n)) },
          markersOnScreenMs: { median: round(median(markerMs)), runs: markerMs.map((n) => round(n)), budgetMs: 2000 },
          lighthouse: { ...scores, register: 'the demo venues' },
        },
        null,
        2,
      ) + '\n',
    );
    await app.close();
  } finally {
    await services.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
