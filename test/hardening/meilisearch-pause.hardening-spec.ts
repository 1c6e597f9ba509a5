import { EmbeddedMeilisearchHandle, startEmbeddedMeilisearch } from '@kepu/runtime';
import { ResourceIndex } from '@kepu/search';
import { eventually } from '../support/eventually';
import { testServices } from '../support/services';
import { metric } from '../support/metrics';
import { startTestApp, TestApp } from '../support/test-app';

interface Answer {
  q: string;
  ms: number;
  status: number;
  degraded: boolean;
  at: number;
}

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];

/**
 * Meilisearch hangs (SIGSTOP: connections stay open and nothing answers) under a steady stream of
 * searches, then resumes. The circuit breaker must open, answer from Postgres without waiting, let
 * health answer at once, and close again once Meilisearch answers (docs/search.md).
 */
describe('Meilisearch paused under search load', () => {
  const { dataDir, meiliKey } = testServices();
  let meili: EmbeddedMeilisearchHandle;
  let t: TestApp;
  let paused = false;

  beforeAll(async () => {
    meili = await startEmbeddedMeilisearch({ dataDir, masterKey: meiliKey, name: 'meili-pause-test' });
    t = await startTestApp((config) => ({ ...config, search: { ...config.search, url: meili.url } }));
    await t.app.get(ResourceIndex).reindex();
  }, 90_000);
  afterAll(async () => {
    if (paused) process.kill(meili.pid, 'SIGCONT');
    await t?.close();
    await meili?.stop();
  });

  const breakerOpen = async () => (await metric(t, 'kepu_search_breaker_open')) === 1;
  const ask = async (q: string): Promise<Answer> => {
    const startedAt = Date.now();
    const res = await t.http().get(`/api/v1/search?q=${encodeURIComponent(q)}`);
    return { q, ms: Date.now() - startedAt, status: res.status, degraded: res.body.degraded, at: Date.now() };
  };

  it('opens the breaker, answers from Postgres at once, and closes within 30 s of Meilisearch resuming', async () => {
    const timeoutMs = t.config.search.timeoutMs;
    const popular = await ask('kexueguan'); // cached from here on
    expect([popular.status, popular.degraded]).toEqual([200, false]);

    // Four clients, each search a query nobody asked before, so none is in the cache.
    const answers: Answer[] = [];
    let stopping = false;
    let n = 0;
    const client = async () => {
      while (!stopping) answers.push(await ask(`科学 ${n++}`));
    };
    process.kill(meili.pid, 'SIGSTOP');
    paused = true;
    const pausedAt = Date.now();
    const clients = Array.from({ length: 4 }, client);

    await eventually(breakerOpen, { seconds: 30, what: 'the breaker opening' });
    const openedAt = Date.now();
    const healthStartedAt = Date.now();
    const health = await t.http().get('/api/v1/health').expect(200);
    const healthMs = Date.now() - healthStartedAt;
    expect(health.body.details.search).toEqual({ status: 'down', message: 'circuit open' });
    const cached = await ask('kexueguan');
    // Postgres' answers are kept while the breaker is open, apart from Meilisearch's.
    const hitsBefore = await metric(t, 'kepu_search_cache_hits_total{kind="search"}');
    const fromPostgres = [await ask('天文 缓存'), await ask('天文 缓存')];
    const hitsWhileOpen = (await metric(t, 'kepu_search_cache_hits_total{kind="search"}')) - hitsBefore;
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    process.kill(meili.pid, 'SIGCONT');
    paused = false;
    const resumedAt = Date.now();
    await eventually(async () => (await ask(`科学 恢复 ${n++}`)).degraded === false, {
      seconds: 30,
      what: 'search served by Meilisearch again',
    });
    const recoveredSeconds = (Date.now() - resumedAt) / 1000;
    stopping = true;
    await Promise.all(clients);

    // Every search was answered (200), never a 5xx; none waited longer than one search timeout
    // plus the fallback, and once the breaker was open none waited for Meilisearch at all.
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    const whileOpen = answers.filter((a) => a.at - a.ms >= openedAt && a.at <= resumedAt);
    expect(whileOpen.length).toBeGreaterThan(10);
    expect(whileOpen.every((a) => a.degraded)).toBe(true);
    expect(whileOpen.filter((a) => a.ms >= timeoutMs)).toEqual([]);
    // A popular answer the index gave before the pause is still the index's answer.
    expect([cached.status, cached.degraded]).toEqual([200, false]);
    expect(await breakerOpen()).toBe(false);
    expect(fromPostgres.map((a) => [a.status, a.degraded])).toEqual([
      [200, true],
      [200, true],
    ]);
    expect(hitsWhileOpen).toBeGreaterThanOrEqual(1);
    // Never looked up once Meilisearch is back.
    expect((await ask('天文 缓存')).degraded).toBe(false);
    console.log(
      JSON.stringify({
        secondsToOpen: (openedAt - pausedAt) / 1000,
        searchesWhileOpen: whileOpen.length,
        p95MsWhileOpen: p95(whileOpen.map((a) => a.ms)),
        healthMs,
        recoveredSeconds,
      }),
    );
  }, 120_000);
});
