import { MeiliClient, OutboxRelay, ResourceIndex } from '@kepu/search';
import { DataSource } from 'typeorm';
import { withMeiliUnreachable } from '../support/search-index';
import { createDraft, publish } from '../support/register';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

describe('search index kept in sync from the outbox', () => {
  let t: TestApp;
  let operator: SignedIn, city: SignedIn;
  let relay: OutboxRelay;
  let meili: MeiliClient;
  let index: ResourceIndex;
  const names = async (q: string, extra: object = {}) => {
    const res = await meili.request<{ hits: { name: string }[] }>('POST', `/indexes/${index.name}/search`, {
      q,
      limit: 20,
      ...extra,
    });
    return res.hits.map((hit) => hit.name);
  };
  const pending = async () =>
    (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL`))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    [operator, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);
    relay = t.app.get(OutboxRelay);
    meili = t.app.get(MeiliClient);
    index = t.app.get(ResourceIndex);
    await index.reindex();
    await relay.drain(); // the demo venues' own publication events: already indexed, repeated harmlessly
  });
  afterAll(() => t.close());

  it('indexes the published register: Chinese, full pinyin, initials, inner words, typos and synonyms', async () => {
    const stats = await meili.request<{ numberOfDocuments: number }>('GET', `/indexes/${index.name}/stats`);
    expect(stats.numberOfDocuments).toBe(46);
    expect(await names('科学馆')).toContain('深圳市科学馆');
    expect(await names('shenzhenshikexueguan')).toContain('深圳市科学馆');
    expect((await names('kexueguan'))[0]).toBe('深圳市科学馆');
    expect(await names('szskxg')).toContain('深圳市科学馆');
    expect(await names('kxg')).toContain('深圳市科学馆');
    expect(await names('kexeguan')).toContain('深圳市科学馆'); // one letter wrong
    expect(await names('tianwentai')).toContain('深圳市天文台');
    // 科技馆 and 科学馆 are synonyms.
    expect(await names('科技馆')).toContain('深圳市科学馆');
    expect(await names('恐龙 化石', { limit: 5 })).not.toHaveLength(0);
  });

  it('carries a publication, an approved edit and a suspension to the index, once Meilisearch has them', async () => {
    const id = await createDraft(t, operator, { name: '同步测试星空馆' });
    await publish(t, id, operator, city);
    expect(await pending()).toBeGreaterThan(0);
    await relay.drain();
    expect(await pending()).toBe(0);
    expect(await names('xingkongguan')).toEqual(['同步测试星空馆']);

    await t.http().patch(`/api/v1/resources/${id}`).set(bearer(operator)).send({ name: '同步测试银河馆' }).expect(200);
    await publish(t, id, operator, city);
    await relay.drain();
    expect(await names('yinheguan')).toEqual(['同步测试银河馆']);
    expect(await names('xingkongguan')).toEqual([]);

    await t.http().post(`/api/v1/resources/${id}/suspend`).set(bearer(city)).send({ reason: '闭馆' }).expect(200);
    await relay.drain();
    expect(await names('yinheguan')).toEqual([]);
  });

  it('keeps events while Meilisearch is unreachable and delivers them when it is back', async () => {
    const id = await createDraft(t, operator, { name: '断线测试极光馆' });
    await publish(t, id, operator, city);
    await withMeiliUnreachable(t, async () => expect(await relay.drain()).toBe(0));
    const [row] = await t.app
      .get(DataSource)
      .query(
        `SELECT attempts, last_error, next_attempt_at > now() AS waiting FROM outbox WHERE aggregate_id = $1 AND processed_at IS NULL`,
        [id],
      );
    expect(row).toMatchObject({ attempts: 1, waiting: true, last_error: expect.stringContaining('unreachable') });
    // The backoff elapses; the next pass delivers it.
    await t.app.get(DataSource).query(`UPDATE outbox SET next_attempt_at = now() WHERE aggregate_id = $1`, [id]);
    await relay.drain();
    expect(await names('jiguangguan')).toEqual(['断线测试极光馆']);
  });

  it('rebuilds into a fresh index and swaps it in while searches keep answering', async () => {
    let searching = true;
    const answers: number[] = [];
    const searches = (async () => {
      while (searching) answers.push((await names('kexueguan')).length);
    })();
    const { documents } = await index.reindex();
    searching = false;
    await searches;
    expect(documents).toBeGreaterThanOrEqual(47);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((n) => n > 0)).toBe(true);
    const indexes = await meili.request<{ results: { uid: string }[] }>('GET', '/indexes?limit=1000');
    expect(indexes.results.map((i) => i.uid)).not.toContain(`${index.name}_next`);
  });

  it('runs rebuilds asked for at once one after the other, so neither swaps in a half-built index', async () => {
    const rebuilds = await Promise.all([index.reindex(), index.reindex(), index.reindex()]);
    expect(new Set(rebuilds.map((rebuild) => rebuild.documents)).size).toBe(1);
    const stats = await meili.request<{ numberOfDocuments: number }>('GET', `/indexes/${index.name}/stats`);
    expect(stats.numberOfDocuments).toBe(rebuilds[0].documents);
    const settings = await meili.request<{ filterableAttributes: string[] }>('GET', `/indexes/${index.name}/settings`);
    expect(settings.filterableAttributes).toContain('district');
    expect(await names('szkxjsg')).toEqual(['深圳科学技术馆']);
    expect(await relay.reconcile()).toBeNull();
  });

  it('finds drift when the index or its fallback copy lost documents, and repairs it by rebuilding', async () => {
    expect(await relay.reconcile()).toBeNull();
    const [{ id }] = await t.app
      .get(DataSource)
      .query(`SELECT id FROM resources WHERE status = 'published' ORDER BY updated_at DESC LIMIT 1`);
    await meili.write('POST', `/indexes/${index.name}/documents/delete-batch`, [id]);
    expect(await relay.reconcile()).toMatch(/documents indexed/);
    expect(await relay.reconcile()).toBeNull();

    // Same count, older revision: the latest publications are compared one by one.
    await meili.write('POST', `/indexes/${index.name}/documents`, [{ id, revision: 0 }]);
    expect(await relay.reconcile()).toMatch(/at revision 0 in the index/);
    expect(await relay.reconcile()).toBeNull();

    await t.app.get(DataSource).query(`DELETE FROM search_fallback WHERE resource_id = $1`, [id]);
    expect(await relay.reconcile()).toMatch(/fallback/);
    expect(await relay.reconcile()).toBeNull();
  });
});
