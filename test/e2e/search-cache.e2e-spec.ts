import { OutboxRelay, ResourceIndex } from '@kepu/search';
import { SharedAnswersStore } from '@kepu/search/shared-answers.store';
import { DataSource } from 'typeorm';
import { startMeiliProxy } from '../support/meili-proxy';
import { createDraft, publish } from '../support/register';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { eventually } from '../support/eventually';
import { testServices } from '../support/services';
import { metric } from '../support/metrics';
import { startTestApp, TEST_METRICS_TOKEN, TestApp } from '../support/test-app';

const HITS = 'kepu_search_cache_hits_total{kind="search"}';
const MISSES = 'kepu_search_cache_misses_total{kind="search"}';
const SHARED_HITS = 'kepu_search_cache_shared_hits_total{kind="search"}';

/**
 * Search's result cache (docs/search.md, "The result cache"): popular answers are served from
 * memory, and never outlive the index they came from, whichever process changed it.
 */
describe('search result cache', () => {
  let t: TestApp;
  let other: TestApp;
  let operator: SignedIn, city: SignedIn;
  const names = async (app: TestApp, q: string) => {
    const res = await app
      .http()
      .get(`/api/v1/search?q=${encodeURIComponent(q)}`)
      .expect(200);
    expect(res.body.degraded).toBe(false);
    return (res.body.hits as { name: string }[]).map((hit) => hit.name);
  };

  beforeAll(async () => {
    t = await startTestApp();
    // Another API process's view of the same database and index: its relay changes the index.
    other = await startTestApp(
      (config) => ({ ...config, search: { ...config.search, indexPrefix: t.config.search.indexPrefix } }),
      {
        database: { url: t.config.database.url as string, drop: async () => undefined },
      },
    );
    [operator, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);
    await t.app.get(ResourceIndex).reindex();
    await t.app.get(OutboxRelay).drain();
  }, 90_000);
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  it('answers a repeated search from the cache, whatever order and spacing its parameters came in', async () => {
    const [hits, misses] = [await metric(t, HITS), await metric(t, MISSES)];
    const first = await t.http().get('/api/v1/search?q=kexueguan&free=1&pageSize=5').expect(200);
    const again = await t.http().get('/api/v1/search?pageSize=5&free=1&q=%20kexueguan%20').expect(200);
    const fullWidth = await t
      .http()
      .get(`/api/v1/search?pageSize=5&free=1&q=${encodeURIComponent('ｋｅｘｕｅｇｕａｎ')}`)
      .expect(200);
    expect(again.body).toEqual(first.body);
    expect(fullWidth.body).toEqual(first.body);
    expect([(await metric(t, HITS)) - hits, (await metric(t, MISSES)) - misses]).toEqual([2, 1]);
  });

  it('never answers from before a change the index has: not here, not in another process', async () => {
    const id = await createDraft(t, operator, { name: '缓存测试天象厅' });
    expect(await names(t, '缓存测试')).toEqual([]); // cached: nothing yet
    await publish(t, id, operator, city);
    // The other process's relay has Meilisearch apply the change.
    await other.app.get(OutboxRelay).drain();
    expect(await names(t, '缓存测试')).toEqual(['缓存测试天象厅']);

    await t.http().patch(`/api/v1/resources/${id}`).set(bearer(operator)).send({ name: '缓存测试天文厅' }).expect(200);
    await publish(t, id, operator, city);
    expect(await names(t, '缓存测试')).toEqual(['缓存测试天象厅']); // the index has not applied it yet
    await t.app.get(OutboxRelay).drain();
    expect(await names(t, '缓存测试')).toEqual(['缓存测试天文厅']);
    expect(await names(other, '缓存测试')).toEqual(['缓存测试天文厅']);
  });

  it("shares Meilisearch's answers through Postgres: a process that never saw a search answers it from there", async () => {
    const db = t.app.get(DataSource);
    const url = '/api/v1/search?q=kexueguan&pageSize=3&sort=name';
    const first = await t.http().get(url).expect(200);
    // Offered to the shared tier without waiting for it.
    await eventually(async () => (await db.query(`SELECT count(*)::int AS n FROM search_shared_answers`))[0].n > 0, {
      seconds: 10,
      what: 'the answer in the shared tier',
    });
    const shared = await metric(other, SHARED_HITS);
    const elsewhere = await other.http().get(url).expect(200);
    expect(elsewhere.body).toEqual(first.body);
    expect((await metric(other, SHARED_HITS)) - shared).toBe(1);

    // A change the index applies leaves those answers behind, and the trim drops them.
    const id = await createDraft(t, operator, { name: '共享缓存测试馆' });
    await publish(t, id, operator, city);
    await t.app.get(OutboxRelay).drain();
    expect(await t.app.get(SharedAnswersStore).trim()).toBeGreaterThan(0);
    const [{ stale }] = await db.query(
      `SELECT count(*)::int AS stale FROM search_shared_answers a JOIN search_generations g USING (index_name)
        WHERE a.generation < g.generation`,
    );
    expect(stale).toBe(0);
  });

  it('lets only a bearer of the metrics token scrape the metrics', async () => {
    await t.http().get('/api/v1/metrics').expect(401);
    const wrong = await t.http().get('/api/v1/metrics').set('Authorization', 'Bearer not-the-token').expect(401);
    expect(wrong.body.code).toBe('UNAUTHORIZED');
    const scrape = await t
      .http()
      .get('/api/v1/metrics')
      .set('Authorization', `Bearer ${TEST_METRICS_TOKEN}`)
      .expect(200);
    expect(scrape.headers['content-type']).toMatch(/^text\/plain/);
    expect(scrape.text).toMatch(/^kepu_search_breaker_open 0$/m);
    expect(scrape.text).toMatch(/^kepu_search_cache_bytes \d+$/m);
  });
});

/** Search while Meilisearch hangs (docs/search.md, "The circuit breaker"). */
describe('search circuit breaker', () => {
  let t: TestApp;
  let proxy: Awaited<ReturnType<typeof startMeiliProxy>>;
  const isSearch = (method: string, path: string) => method === 'POST' && path.endsWith('/search');
  const isAny = () => true;

  beforeAll(async () => {
    proxy = await startMeiliProxy(testServices().meiliUrl);
    t = await startTestApp((config) => ({ ...config, search: { ...config.search, url: proxy.url } }), {
      env: { SEARCH_TIMEOUT_MS: '300', SEARCH_CACHE_MB: '0' },
    });
    await t.app.get(ResourceIndex).reindex();
  });
  afterAll(async () => {
    await t?.close();
    await proxy?.close();
  });

  const search = async () => {
    const startedAt = Date.now();
    const res = await t.http().get('/api/v1/search?q=kexueguan').expect(200);
    return {
      degraded: res.body.degraded as boolean,
      ms: Date.now() - startedAt,
      names: res.body.hits.map((h: { name: string }) => h.name),
    };
  };

  it('opens after three timeouts, answers from Postgres without asking, and closes once Meilisearch answers', async () => {
    expect((await search()).degraded).toBe(false);
    proxy.hang(isSearch);
    // Each of the first three waits out the timeout, then Postgres answers.
    for (let i = 0; i < 3; i++) {
      const answer = await search();
      expect([answer.degraded, answer.ms >= 300]).toEqual([true, true]);
      expect(answer.names).toContain('深圳市科学馆');
    }
    expect(await metric(t, 'kepu_search_breaker_open')).toBe(1);
    expect(await metric(t, 'kepu_search_breaker_opened_total')).toBe(1);
    // Open: Meilisearch is not asked, so nothing waits for it.
    const searchesSent = proxy.received.filter((request) => request.endsWith('/search')).length;
    for (let i = 0; i < 5; i++) expect((await search()).degraded).toBe(true);
    expect(proxy.received.filter((request) => request.endsWith('/search'))).toHaveLength(searchesSent);
    // Health says so without asking either.
    proxy.hang(isAny);
    const health = await t.http().get('/api/v1/health').expect(200);
    expect(health.body.details.search).toEqual({ status: 'down', message: 'circuit open' });

    proxy.hang(() => false);
    await eventually(async () => !(await search()).degraded, {
      seconds: 10,
      what: 'search served by Meilisearch again',
    });
    expect(await metric(t, 'kepu_search_breaker_open')).toBe(0);
    expect((await t.http().get('/api/v1/health').expect(200)).body.details.search).toEqual({ status: 'up' });
  });
});
