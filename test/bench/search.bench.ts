/**
 * Search at scale: N synthetic resources (default 100,000), the full reindex timed, then 64
 * clients over 50 realistic queries, through the API and — in the same run, with the same
 * Meilisearch request — straight to Meilisearch. Prints one JSON object.
 * Run: npm run bench:search [-- --count 100000 --seconds 20]
 */
import 'reflect-metadata';
import { loadConfig, runMigrations } from '@kepu/core';
import { generateSyntheticRegister } from '@kepu/demo';
import { startServices } from '@kepu/runtime';
import { meiliSearchRequest, MeiliClient, ResourceIndex, SearchQueryDto } from '@kepu/search';
import autocannon from 'autocannon';
import { plainToInstance } from 'class-transformer';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiApp } from '../../apps/api/src/app.factory';
import { benchArg } from './bench-app';

const COUNT = benchArg('count', 100_000);
const SECONDS = benchArg('seconds', 20);
const CONNECTIONS = 64;

const words = ['天文', '科技馆', '博物馆', '海洋', '植物', '恐龙', '气象', '机器人', '地质', '创客空间'];
const pinyin = [
  'kejiguan',
  'tianwen',
  'haiyang',
  'bowuguan',
  'zhiwu',
  'jiqiren',
  'qixiang',
  'dizhi',
  'kexueguan',
  'chuangke',
];
const initials = ['kjg', 'tw', 'hy', 'jqr', 'ckkj'];
const typos = ['kejigaun', 'tianwne', 'haiyagn'];
const points = [
  [22.543, 114.058],
  [22.533, 113.93],
  [22.6, 114.3],
  [22.72, 114.24],
  [22.555, 113.883],
];

/** 50 queries as people make them: words, pinyin, initials, typos, filters, places, and mixtures. */
function queries(): string[] {
  const qs: string[] = [];
  for (const w of words) qs.push(`q=${encodeURIComponent(w)}`);
  for (const p of pinyin) qs.push(`q=${p}`);
  for (const i of initials) qs.push(`q=${i}`);
  for (const t of typos) qs.push(`q=${t}`);
  qs.push('district=440305&type=science_museum', 'theme=astronomy&free=1', 'audience=families&district=440304');
  qs.push('type=planetarium&sort=name', 'theme=ocean&audience=primary', 'district=440307&free=0&sort=name');
  for (const [lat, lng] of points) qs.push(`lat=${lat}&lng=${lng}&radiusKm=5&sort=distance`);
  qs.push('bbox=113.85,22.48,114.05,22.60', 'bbox=114.35,22.45,114.65,22.65&theme=ocean');
  qs.push(
    `q=kejiguan&district=440305`,
    `q=${encodeURIComponent('天文')}&free=1`,
    `q=tw&lat=22.6&lng=114.3&radiusKm=10&sort=distance`,
  );
  qs.push(`q=hy&district=440300-DP`, `q=${encodeURIComponent('机器人')}&audience=secondary`, 'q=bowuguan&sort=name');
  qs.push(`q=dizhi&bbox=114.2,22.4,114.7,22.8`, 'q=shenzhen&pageSize=50', `q=${encodeURIComponent('科普')}&page=3`);
  return qs.slice(0, 50);
}

interface Figures {
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
}

async function load(url: string, requests: autocannon.Request[]): Promise<Figures> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] * 10) / 10;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: at(50),
    p95Ms: at(95),
    p99Ms: at(99),
    errors: result.errors + result.non2xx,
  };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'kepu-bench-'));
  const base = loadConfig({ KEPU_DATA_DIR: dataDir, RATE_LIMIT: 'off', LOG_LEVEL: 'warn', KEPU_WORKER: 'off' });
  const services = await startServices(base, { durable: false });
  try {
    await runMigrations(services.config);
    const generatedAt = Date.now();
    await generateSyntheticRegister(services.config.database.url as string, COUNT);
    const generateSeconds = (Date.now() - generatedAt) / 1000;
    const app = await createApiApp({ ...services.config, inlineWorker: false });
    await app.listen(0, '127.0.0.1');
    const apiUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const index = app.get(ResourceIndex);
    const reindex = await index.reindex();
    const meili = app.get(MeiliClient);
    const stats = await meili.request<{ numberOfDocuments: number; rawDocumentDbSize?: number }>(
      'GET',
      `/indexes/${index.name}/stats`,
    );
    const { databaseSize } = await meili.request<{ databaseSize: number }>('GET', '/stats');

    const qs = queries();
    const api = qs.map((q) => ({ method: 'GET' as const, path: `/api/v1/search?${q}` }));
    const direct = qs.map((q) => {
      const query = plainToInstance(SearchQueryDto, Object.fromEntries(new URLSearchParams(q)));
      const point = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : undefined;
      return {
        method: 'POST' as const,
        path: `/indexes/${index.name}/search`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${services.config.search.masterKey}` },
        body: JSON.stringify(meiliSearchRequest(query, point)),
      };
    });
    await load(apiUrl, api); // warm-up: caches, JIT, connection pools
    const throughApi = await load(apiUrl, api);
    const straight = await load(services.config.search.url as string, direct);
    await app.close();
    console.log(
      JSON.stringify(
        {
          resources: stats.numberOfDocuments,
          generateSeconds,
          reindexSeconds: reindex.seconds,
          indexDocumentsMb: stats.rawDocumentDbSize && Math.round(stats.rawDocumentDbSize / 1e5) / 10,
          meiliDatabaseMb: Math.round(databaseSize / 1e5) / 10,
          connections: CONNECTIONS,
          seconds: SECONDS,
          queries: qs.length,
          api: throughApi,
          meilisearch: straight,
          p95Ratio: Math.round((throughApi.p95Ms / straight.p95Ms) * 100) / 100,
          target: 'api p95 <= 1.5 x meilisearch p95',
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
