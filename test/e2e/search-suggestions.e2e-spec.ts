import { startUncachedSearchApp, withMeiliUnreachable } from '../support/search-index';
import type { TestApp } from '../support/test-app';

type Body = {
  degraded: boolean;
  total: number;
  hits: { id: string; name: string; type: string }[];
  facets: { type: Record<string, number> };
  understood?: { district?: string; type?: string };
  suggestions?: { didYouMean?: string; region?: string; categories: { type: string; count: number }[] };
};

/**
 * Pinyin for kind words, and what to try when nothing is found (docs/search.md, "Queries that are
 * only a place or a kind of venue" and "Nothing found"), from Meilisearch and from Postgres alike.
 */
describe('GET /search: kind words in pinyin, and suggestions when nothing is found', () => {
  let t: TestApp;
  const search = async (query: string) =>
    (await t.http().get(`/api/v1/search?pageSize=100&${query}`).expect(200)).body as Body;
  const q = (text: string) => `q=${encodeURIComponent(text)}`;
  const ids = (body: Body) => body.hits.map((h) => h.id).sort();

  beforeAll(async () => {
    // Each answer is worked out, not remembered: the degraded run must reach Postgres.
    t = await startUncachedSearchApp();
  }, 120_000);
  afterAll(() => t.close());

  /** Full pinyin and initials find exactly what the Chinese word finds, read the same way. */
  async function pinyinFindsWhatChineseFinds(degraded: boolean) {
    for (const [chinese, typed] of [
      ['天文馆', ['tianwenguan', 'twg', 'TWG']],
      ['科技馆', ['kejiguan', 'kjg']],
      ['福田 博物馆', ['futian bowuguan', '福田 bwg']],
    ] as const) {
      const expected = await search(q(chinese));
      expect(expected.degraded).toBe(degraded);
      expect(expected.total).toBeGreaterThan(0);
      for (const text of typed) {
        const body = await search(q(text));
        expect({ text, degraded: body.degraded, understood: body.understood, ids: ids(body) }).toEqual({
          text,
          degraded,
          understood: expected.understood,
          ids: ids(expected),
        });
        expect(body.suggestions).toBeUndefined();
      }
    }
    expect((await search(q('twg'))).hits.map((h) => h.name)).toContain('深圳市天文台');
    // The type-ahead reads them alike: no venue's own pinyin holds twg.
    for (const text of ['twg', 'tianwenguan', '天文馆']) {
      const names = (
        await t
          .http()
          .get(`/api/v1/search/suggest?${q(text)}`)
          .expect(200)
      ).body.map((s: { name: string }) => s.name);
      expect({ text, names }).toEqual({ text, names: expect.arrayContaining(['深圳市天文台']) });
    }
  }

  it('finds by the pinyin or initials of a kind word what the Chinese word finds', () =>
    pinyinFindsWhatChineseFinds(false));

  it('finds the same from Postgres while Meilisearch is unreachable', () =>
    withMeiliUnreachable(t, () => pinyinFindsWhatChineseFinds(true)));

  it('suggests a kind word for a pinyin typo, and the kinds of venue in the city with their counts', async () => {
    const city = await search('district=440300');
    const body = await search(`${q('tianwenguna')}&city=440300`);
    expect(body.total).toBe(0);
    expect(body.suggestions).toEqual({
      didYouMean: '天文馆',
      region: '440300',
      categories: Object.entries(city.facets.type)
        .sort(([, a], [, b]) => b - a)
        .map(([type, count]) => ({ type, count })),
    });
    expect(body.suggestions!.categories.length).toBeGreaterThan(2);
    // Following the suggestion finds the observatory.
    expect((await search(q(body.suggestions!.didYouMean!))).hits.map((h) => h.name)).toContain('深圳市天文台');
  });

  it('suggests only what the region has, counts in the district filtered on, and nothing close to gibberish', async () => {
    // 南山区 has no planetarium: no 天文馆 to suggest there.
    const nanshan = await search(`${q('tianwenguna')}&district=440305&city=440300`);
    expect(nanshan.total).toBe(0);
    expect(nanshan.suggestions!.didYouMean).toBeUndefined();
    expect(nanshan.suggestions!.region).toBe('440305');
    expect(nanshan.suggestions!.categories).toEqual(
      Object.entries((await search('district=440305')).facets.type)
        .sort(([, a], [, b]) => b - a)
        .map(([type, count]) => ({ type, count })),
    );
    const gibberish = await search(q('xqzxqzxqz'));
    expect(gibberish.total).toBe(0);
    expect(gibberish.suggestions!.didYouMean).toBeUndefined();
    expect(gibberish.suggestions!.region).toBeUndefined();
    expect(gibberish.suggestions!.categories[0].count).toBeGreaterThan(0);
  });

  it('answers suggestions only for text that found nothing, and refuses an unknown city', async () => {
    expect((await search(q('天文台'))).suggestions).toBeUndefined();
    expect((await search('type=planetarium&district=440305')).suggestions).toBeUndefined();
    const refused = await t
      .http()
      .get(`/api/v1/search?${q('xqzxqz')}&city=999999`)
      .expect(400);
    expect(refused.body).toMatchObject({ code: 'UNKNOWN_REGION', details: [{ field: 'city' }] });
    await t
      .http()
      .get(`/api/v1/search?${q('xqzxqz')}&city=4403`)
      .expect(400);
  });

  it('from Postgres too: a homophone of a kind word, and the venue a Chinese query sounds like', () =>
    withMeiliUnreachable(t, async () => {
      const homophone = await search(`${q('天闻台')}&city=440300`);
      expect(homophone).toMatchObject({ degraded: true, total: 0, suggestions: { didYouMean: '天文台' } });
      expect(homophone.suggestions!.categories.length).toBeGreaterThan(2);
      // A district's name sounds the same.
      expect(await search(q('福天'))).toMatchObject({ total: 0, suggestions: { didYouMean: '福田' } });
      // Not a kind word: the venue its pinyin finds (仙胡 for 仙湖, as an input method may pick).
      const venue = await search(q('仙胡植物园'));
      expect(venue).toMatchObject({
        degraded: true,
        total: 0,
        suggestions: { didYouMean: '深圳市中国科学院仙湖植物园' },
      });
    }));
});
