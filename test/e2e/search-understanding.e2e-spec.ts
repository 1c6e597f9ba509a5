import { startUncachedSearchApp, withMeiliUnreachable } from '../support/search-index';
import type { TestApp } from '../support/test-app';

type Hit = { id: string; name: string; type: string; district: string };
type Body = { degraded: boolean; total: number; hits: Hit[]; understood?: { district?: string; type?: string } };

/** Queries that are only a district and/or a kind of venue become filters (docs/search.md). */
describe('GET /search and /map/features: place and kind words as filters', () => {
  let t: TestApp;
  const search = async (query: string) =>
    (await t.http().get(`/api/v1/search?pageSize=100&${query}`).expect(200)).body as Body;
  const q = (text: string) => `q=${encodeURIComponent(text)}`;
  const ids = (hits: { id: string }[]) => hits.map((h) => h.id).sort();

  beforeAll(async () => {
    // Each answer is worked out, not remembered: the degraded run must reach Postgres.
    t = await startUncachedSearchApp();
  }, 120_000);
  afterAll(() => t.close());

  /** "福田 博物馆" finds exactly the museums of 福田区, and says so. */
  async function futianMuseums(degraded: boolean) {
    const filtered = await search('district=440304&type=museum');
    expect(filtered.total).toBeGreaterThan(0);
    for (const text of ['福田 博物馆', '福田区博物馆', '福田，博物馆']) {
      const body = await search(q(text));
      expect(body).toMatchObject({ degraded, understood: { district: '440304', type: 'museum' } });
      expect(ids(body.hits)).toEqual(ids(filtered.hits));
    }
  }

  it('reads a district and a category word as district and type, with or without a space', () => futianMuseums(false));

  it('reads a district alone or a category alone, ranking names with the category word first', async () => {
    const baoan = await search(q('宝安'));
    expect(baoan.understood).toEqual({ district: '440306' });
    expect(baoan.total).toBe((await search('district=440306')).total);
    const planetaria = await search(q('天文馆'));
    expect(planetaria.understood).toEqual({ type: 'planetarium' });
    expect(planetaria.hits.map((h) => h.name)).toContain('深圳市天文台');
    // The category word is still searched: of the nature parks, the zoo comes first.
    const zoos = await search(q('野生动物园'));
    expect(zoos.understood).toEqual({ type: 'nature_park' });
    expect(zoos.hits[0].name).toBe('深圳野生动物园');
    for (const hit of zoos.hits) expect(hit.type).toBe('nature_park');
  });

  it('searches the words as typed when asked, when other words are there, or when the filters find nothing', async () => {
    const asTyped = await search(`${q('福田 博物馆')}&asTyped=true`);
    expect(asTyped.understood).toBeUndefined();
    expect(asTyped.hits.some((h) => h.type !== 'museum' || h.district !== '440304')).toBe(true);
    expect((await search(q('深圳市科学馆'))).understood).toBeUndefined();
    expect((await search(q('福田 博物馆 周末'))).understood).toBeUndefined();
    // No science museum in 南山区: rather than nothing, what the words find.
    const nanshan = await search(q('南山 科技馆'));
    expect(nanshan.understood).toBeUndefined();
    expect(nanshan.total).toBeGreaterThan(0);
  });

  it('lets an explicit filter win: a conflicting one leaves the query as typed, an agreeing one is kept', async () => {
    const conflicting = await search(`${q('福田 博物馆')}&district=440305`);
    expect(conflicting.understood).toBeUndefined();
    for (const hit of conflicting.hits) expect(hit.district).toBe('440305');
    const typeConflict = await search(`${q('福田 博物馆')}&type=planetarium`);
    expect(typeConflict.understood).toBeUndefined();
    const agreeing = await search(`${q('福田 博物馆')}&district=440304`);
    expect(agreeing.understood).toEqual({ district: '440304', type: 'museum' });
    // An explicit filter the query says nothing about stays.
    const astronomy = await search(`${q('天文馆')}&theme=astronomy`);
    expect(astronomy.understood).toEqual({ type: 'planetarium' });
    expect(astronomy.total).toBe((await search('type=planetarium&theme=astronomy')).total);
  });

  it('draws on the map exactly what the list finds, understood the same way', async () => {
    for (const text of ['福田 博物馆', '宝安', '野生动物园', '南山 科技馆']) {
      const list = await search(q(text));
      const map = (
        await t
          .http()
          .get(`/api/v1/map/features?${q(text)}`)
          .expect(200)
      ).body;
      expect(map.understood).toEqual(list.understood);
      expect(ids(map.features)).toEqual(ids(list.hits));
    }
  });

  it('applies the same filters from Postgres while Meilisearch is unreachable, and the map agrees', () =>
    withMeiliUnreachable(t, async () => {
      await futianMuseums(true);
      const list = await search(q('宝安'));
      expect(list).toMatchObject({ degraded: true, understood: { district: '440306' } });
      const map = (
        await t
          .http()
          .get(`/api/v1/map/features?${q('宝安')}`)
          .expect(200)
      ).body;
      expect(map.understood).toEqual({ district: '440306' });
      expect(ids(map.features)).toEqual(ids(list.hits));
    }));
});
