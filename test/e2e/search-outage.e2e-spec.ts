import { EmbeddedMeilisearchHandle, startEmbeddedMeilisearch } from '@kepu/runtime';
import { eventually } from '../support/eventually';
import { createDraft, publish } from '../support/register';
import { testServices } from '../support/services';
import { signIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * A real outage: this file runs its own Meilisearch, stops it while the register changes and starts
 * it again on the same address. The API's inline worker does the rest on its own.
 */
describe('search through a Meilisearch outage', () => {
  const { dataDir, meiliKey } = testServices();
  const launch = (port?: number) =>
    startEmbeddedMeilisearch({ dataDir, masterKey: meiliKey, name: 'meili-outage-test', port });
  let meili: EmbeddedMeilisearchHandle;
  let t: TestApp;

  const search = async (q: string) =>
    (
      await t
        .http()
        .get(`/api/v1/search?q=${encodeURIComponent(q)}`)
        .expect(200)
    ).body as {
      degraded: boolean;
      hits: { name: string }[];
    };

  beforeAll(async () => {
    meili = await launch();
    t = await startTestApp((config) => ({
      ...config,
      inlineWorker: true,
      search: { ...config.search, url: meili.url },
    }));
  });
  afterAll(async () => {
    await t.close();
    await meili.stop();
  });

  it('builds the index on start, degrades while Meilisearch is down, and catches up after a restart', async () => {
    // The worker finds an empty Meilisearch on start (drift) and rebuilds the index without being asked.
    await eventually(async () => {
      const body = await search('kexueguan');
      return !body.degraded && body.hits.some((h) => h.name === '深圳市科学馆');
    });

    const [operator, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);
    const port = Number(new URL(meili.url).port);
    await meili.stop();

    // Writes keep working while search is down.
    const id = await createDraft(t, operator, { name: '停机测试流星馆' });
    await publish(t, id, operator, city);
    const health = await t.http().get('/api/v1/health').expect(200);
    expect(health.body.info.search.status).toBe('down');
    // Postgres answers, pinyin included, and already knows the new venue.
    await eventually(async () => (await search('liuxingguan')).hits.some((h) => h.name === '停机测试流星馆'));
    expect((await search('kxg')).degraded).toBe(true);

    meili = await launch(port);
    await eventually(async () => {
      const body = await search('liuxingguan');
      return !body.degraded && body.hits.some((h) => h.name === '停机测试流星馆');
    });
  }, 120_000);
});
