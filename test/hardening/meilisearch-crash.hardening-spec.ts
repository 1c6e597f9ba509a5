import { EmbeddedMeilisearchHandle, startEmbeddedMeilisearch } from '@kepu/runtime';
import { eventually } from '../support/eventually';
import { createDraft, publish } from '../support/register';
import { searchCopies, searchInSync } from '../support/search-index';
import { testServices } from '../support/services';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Meilisearch dies (SIGKILL) in the middle of a stream of register changes and comes back on the
 * same address and data. The API's inline worker relays the outbox on its own clock.
 * (test/e2e/search-outage covers a clean stop around a single change.)
 */
describe('Meilisearch killed while resources change', () => {
  const { dataDir, meiliKey } = testServices();
  const launch = (port?: number) =>
    startEmbeddedMeilisearch({ dataDir, masterKey: meiliKey, name: 'meili-crash-test', port });
  let meili: EmbeddedMeilisearchHandle;
  let t: TestApp;
  let operator: SignedIn, city: SignedIn;

  beforeAll(async () => {
    meili = await launch();
    t = await startTestApp((config) => ({
      ...config,
      inlineWorker: true,
      search: { ...config.search, url: meili.url },
    }));
    [operator, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);
    // The worker finds no index on start and builds it.
    await eventually(() => searchInSync(t), { what: 'the first index build' });
  }, 90_000);
  afterAll(async () => {
    await t?.close();
    await meili?.stop();
  });

  const venues: string[] = [];
  const newVenue = async (name: string) => {
    const id = await createDraft(t, operator, { name });
    await publish(t, id, operator, city);
    venues.push(id);
  };
  const rename = async (id: string, name: string) => {
    await t.http().patch(`/api/v1/resources/${id}`).set(bearer(operator)).send({ name }).expect(200);
    await publish(t, id, operator, city);
  };
  const suspend = (id: string) =>
    t.http().post(`/api/v1/resources/${id}/suspend`).set(bearer(city)).send({ reason: '闭馆检修' }).expect(200);

  /**
   * Search while Meilisearch is down: every answer comes from Postgres (200, degraded), never a 500
   * or a hang, and shows the change once the relay has copied it there (its next tick).
   */
  async function expectDegradedSearchFinds(name: string) {
    const found = async () => {
      const search = await t.http().get(`/api/v1/search?q=${encodeURIComponent(name)}`);
      expect([search.status, search.body.degraded]).toEqual([200, true]);
      return search.body.hits.some((hit: { name: string }) => hit.name === name);
    };
    await eventually(found, { seconds: 10, what: `a degraded search finding ${name}` });
    const suggest = await t.http().get(`/api/v1/search/suggest?q=${encodeURIComponent(name)}`);
    expect([suggest.status, suggest.body.map((hit: { name: string }) => hit.name)]).toEqual([200, [name]]);
    const map = await t.http().get(`/api/v1/map/features?q=${encodeURIComponent(name)}`);
    expect([map.status, map.body.features.length]).toEqual([200, 1]);
  }

  it('keeps every write, degrades search to Postgres, and the index ends up exactly the register', async () => {
    await newVenue('崩溃测试甲馆');
    await newVenue('崩溃测试乙馆');
    await rename(venues[0], '崩溃测试甲馆新址');

    // Killed while the next change is being written, and possibly while the relay waits on it.
    const port = Number(new URL(meili.url).port);
    await Promise.all([
      newVenue('崩溃测试丙馆'),
      (async () => {
        process.kill(meili.pid, 'SIGKILL');
        await meili.stop(); // waits for the exit
      })(),
    ]);
    const health = await t.http().get('/api/v1/health').expect(200);
    expect(health.body.info.search).toEqual({ status: 'down', message: 'unreachable' });
    await expectDegradedSearchFinds('崩溃测试丙馆');
    await rename(venues[1], '崩溃测试乙馆二期');
    await suspend(venues[0]);
    await newVenue('崩溃测试丁馆');
    await expectDegradedSearchFinds('崩溃测试乙馆二期');
    await expectDegradedSearchFinds('崩溃测试丁馆');

    meili = await launch(port);
    await newVenue('崩溃测试戊馆');
    await rename(venues[3], '崩溃测试丁馆二期');

    // The rows that failed while it was down come due again (backoff) and the index catches up.
    await eventually(() => searchInSync(t), { seconds: 60, what: 'the index catching up' }).catch(() => undefined);
    const { register, index, fallback } = await searchCopies(t);
    expect(index).toEqual(register);
    expect(fallback).toEqual(register);
    const names = register.map((resource) => resource.name).filter((name) => name.startsWith('崩溃测试'));
    expect(names.sort()).toEqual(['崩溃测试丁馆二期', '崩溃测试丙馆', '崩溃测试乙馆二期', '崩溃测试戊馆'].sort());
    const search = await t
      .http()
      .get(`/api/v1/search?q=${encodeURIComponent('崩溃测试丁馆二期')}`)
      .expect(200);
    expect(search.body.degraded).toBe(false);
  }, 120_000);
});
