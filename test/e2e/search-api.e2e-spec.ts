import { OutboxRelay, ResourceIndex } from '@kepu/search';
import { DataSource } from 'typeorm';
import { withMeiliUnreachable } from '../support/search-index';
import { startTestApp, TestApp } from '../support/test-app';

describe('GET /search, /search/suggest and /map/features', () => {
  let t: TestApp;
  const search = async (query: string, status = 200) =>
    (await t.http().get(`/api/v1/search?${query}`).expect(status)).body;

  /** Within 5 km of the Futian civic centre, nearest first; and inside a box around Dapeng. */
  async function nearAndInBox() {
    const near = await search('lat=22.543&lng=114.058&radiusKm=5&sort=distance&pageSize=100');
    const distances = near.hits.map((h: { distanceKm: number }) => h.distanceKm);
    expect(distances.length).toBeGreaterThan(0);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(Math.max(...distances)).toBeLessThanOrEqual(5);
    const dapeng = await search('bbox=114.35,22.45,114.65,22.65&pageSize=100');
    expect(dapeng.total).toBeGreaterThan(0);
    for (const { location } of dapeng.hits) {
      expect(location.lng).toBeGreaterThanOrEqual(114.35);
      expect(location.lat).toBeLessThanOrEqual(22.65);
    }
    // Too small for a float8 (Postgres refuses it): read to the nearest micro-degree, the equator.
    expect((await search('lat=5e-324&lng=114.058&radiusKm=5')).total).toBe(0);
    expect((await search('bbox=5e-324,5e-324,114,23')).total).toBeGreaterThan(0);
  }

  const features = async (query: string, status = 200) =>
    (await t.http().get(`/api/v1/map/features?${query}`).expect(status)).body;

  /** The map shows exactly what search finds: the same ids for the same filters. */
  async function mapMatchesSearch() {
    for (const query of ['district=440305', 'type=planetarium', 'q=kexueguan', 'bbox=114.35,22.45,114.65,22.65']) {
      const { hits, total } = await search(`${query}&pageSize=100`);
      const map = await features(query);
      expect(map.features).toHaveLength(total);
      expect(map.features.map((f: { id: string }) => f.id).sort()).toEqual(
        hits.map((h: { id: string }) => h.id).sort(),
      );
    }
  }

  beforeAll(async () => {
    // No result cache: these tests hold the Postgres fallback's answers against Meilisearch's.
    t = await startTestApp((config) => config, { env: { SEARCH_CACHE_MB: '0' } });
    await t.app.get(ResourceIndex).reindex();
    await t.app.get(OutboxRelay).drain();
  });
  afterAll(() => t.close());

  it('finds by pinyin with highlights, totals and facet counts in the contract shape of docs/api.md', async () => {
    const body = await search('q=kexueguan');
    expect(body).toMatchObject({ page: 1, pageSize: 20, degraded: false });
    expect(body.hits[0]).toMatchObject({ name: '深圳市科学馆', type: expect.any(String), district: '440304' });
    expect(body.hits[0].location).toEqual({ lat: expect.any(Number), lng: expect.any(Number) });
    expect(body.total).toBeGreaterThanOrEqual(1);
    expect(Object.keys(body.facets)).toEqual([
      'district',
      'type',
      'theme',
      'audience',
      'free',
      'accessibility',
      'accreditationLevel',
      'concession',
      'openToday',
    ]);
    const chinese = await search(`q=${encodeURIComponent('天文')}`);
    expect(chinese.hits.map((h: { name: string }) => h.name)).toContain('深圳市天文台');
    expect(chinese.hits.find((h: { name: string }) => h.name === '深圳市天文台').highlight.name).toContain('<mark>');
  });

  it('filters by district (with sub-regions), type, theme and price, with facets to match', async () => {
    const nanshan = await search('district=440305&pageSize=100');
    expect(nanshan.hits.length).toBeGreaterThan(0);
    for (const hit of nanshan.hits) expect(hit.district).toBe('440305');
    expect(nanshan.facets.district).toEqual({ '440305': nanshan.total });
    const city = await search('district=440300');
    expect(city.total).toBe(46);
    const planetariums = await search('type=planetarium');
    for (const hit of planetariums.hits) expect(hit.type).toBe('planetarium');
    const paid = await search('free=0&pageSize=100');
    expect(paid.total).toBe(paid.facets.free.false);
    const astronomy = await search('theme=astronomy');
    expect(astronomy.total).toBe((await search('')).facets.theme.astronomy);
  });

  it('finds what is near a point, nearest first with distances, and what lies in a box', () => nearAndInBox());

  it('refuses bad input with a code and treats hostile strings as text', async () => {
    expect((await search(`q=${'科'.repeat(201)}`, 400)).code).toBe('VALIDATION_FAILED');
    expect((await search('bbox=1,2,3', 400)).code).toBe('INVALID_BBOX');
    expect((await search('bbox=114,23,113,22', 400)).code).toBe('INVALID_BBOX');
    expect((await search('pageSize=101', 400)).code).toBe('VALIDATION_FAILED');
    expect((await search('theme=astrology', 400)).code).toBe('VALIDATION_FAILED');
    expect((await search('radiusKm=3', 400)).code).toBe('POINT_REQUIRED');
    expect((await search('lat=95&lng=114', 400)).code).toBe('VALIDATION_FAILED');
    expect((await search('district=999999', 400)).code).toBe('UNKNOWN_REGION');
    const hostile = await search(`q=${encodeURIComponent('" OR free = true <script>alert(1)</script>')}`);
    expect(hostile.degraded).toBe(false);
  });

  it('suggests up to ten names as one types', async () => {
    const res = await t.http().get('/api/v1/search/suggest?q=kx').expect(200);
    expect(res.body.length).toBeLessThanOrEqual(10);
    expect(res.body.map((s: { name: string }) => s.name)).toContain('深圳市科学馆');
  });

  it('serves every published resource as GeoJSON points, with the search filters', async () => {
    const all = await features('');
    const { total } = await search('pageSize=1');
    expect(all).toMatchObject({ type: 'FeatureCollection', truncated: false });
    expect(all.features).toHaveLength(total);
    const [first] = all.features;
    expect(first).toEqual({
      type: 'Feature',
      id: expect.any(String),
      geometry: { type: 'Point', coordinates: [expect.any(Number), expect.any(Number)] },
      properties: {
        name: expect.any(String),
        type: expect.any(String),
        district: expect.stringMatching(/^[0-9]{6}/),
        free: expect.any(Boolean),
        bookable: expect.any(Boolean),
      },
    });
    // RFC 7946: longitude first. Shenzhen lies near 114°E, 22.5°N.
    expect(first.geometry.coordinates[0]).toBeGreaterThan(113);
    expect(first.geometry.coordinates[1]).toBeLessThan(23);
    await mapMatchesSearch();
    expect((await features('bbox=1,2,3', 400)).code).toBe('INVALID_BBOX');
    expect((await features('radiusKm=5', 400)).code).toBe('POINT_REQUIRED');
    expect((await features('district=999999', 400)).code).toBe('UNKNOWN_REGION');
  });

  describe('when Meilisearch is unreachable', () => {
    let healthy: { total: number; facets: Record<string, Record<string, number>> };
    let meiliBack: () => void;
    let meiliServing: Promise<void>;
    beforeAll(async () => {
      healthy = await search('district=440300');
      meiliServing = withMeiliUnreachable(t, () => new Promise<void>((resolve) => (meiliBack = resolve)));
    });
    afterAll(async () => {
      meiliBack();
      await meiliServing;
    });

    it('answers from Postgres, marked degraded, by Chinese, pinyin and initials, and reports search down', async () => {
      for (const q of ['科学馆', 'kexueguan', 'kxg', 'shenzhenshikexueguan']) {
        const body = await search(`q=${encodeURIComponent(q)}`);
        expect(body.degraded).toBe(true);
        expect(body.hits[0].name).toBe('深圳市科学馆');
      }
      const health = await t.http().get('/api/v1/health').expect(200);
      expect(health.body.info.search.status).toBe('down');
    });

    it('matches Chinese of one character, of several words and mixed with Latin as a substring test would', async () => {
      const named = async (q: string) =>
        (await search(`q=${encodeURIComponent(q)}&pageSize=100`)).hits.map((h: { name: string }) => h.name);
      const db = t.app.get(DataSource);
      const holding = async (...parts: string[]) =>
        (
          await db.query(
            `SELECT name FROM search_fallback WHERE ${parts.map((_p, i) => `strpos(terms, $${i + 1}) > 0`).join(' AND ')}`,
            parts,
          )
        ).map((row: { name: string }) => row.name);
      for (const words of [['馆'], ['科学馆'], ['学馆', '深圳'], ['深圳市科学馆'], ['科学馆x']]) {
        const expected = await holding(...words);
        const answer = await search(`q=${encodeURIComponent(words.join(' '))}&pageSize=100`);
        expect(answer.total).toBe(expected.length);
        if (expected.length <= 100) expect((await named(words.join(' '))).sort()).toEqual(expected.sort());
      }
      expect(await named('学馆 深圳')).toContain('深圳市科学馆');
      expect(await named('科学馆x')).toEqual([]);
      expect(await named("科学' OR 1=1 --")).toEqual([]);
    });

    it('keeps every filter and the same facet counts', async () => {
      const body = await search('district=440300');
      expect(body).toMatchObject({ degraded: true, total: healthy.total });
      expect(body.facets).toEqual(healthy.facets);
      const nanshan = await search('district=440305&type=museum&pageSize=100');
      for (const hit of nanshan.hits) expect(hit).toMatchObject({ district: '440305', type: 'museum' });
      expect((await search('theme=astronomy')).total).toBe(healthy.facets.theme.astronomy);
      expect((await search('free=0')).total).toBe(healthy.facets.free.false);
    });

    it('keeps radius, distance sort and bounding box', () => nearAndInBox());

    it('still draws the map, with the same filters', async () => {
      const all = await features('');
      expect(all.features).toHaveLength(healthy.total);
      const nanshan = await features('district=440305&type=museum');
      for (const { properties } of nanshan.features)
        expect(properties).toMatchObject({ district: '440305', type: 'museum' });
      expect(
        (await features('q=kxg')).features.map((f: { properties: { name: string } }) => f.properties.name),
      ).toContain('深圳市科学馆');
    });

    it('still suggests names, and hostile strings are still just text', async () => {
      const res = await t.http().get('/api/v1/search/suggest?q=kx').expect(200);
      expect(res.body.map((s: { name: string }) => s.name)).toContain('深圳市科学馆');
      const hostile = await search(`q=${encodeURIComponent("%' OR 1=1 --")}`);
      expect(hostile).toMatchObject({ degraded: true, total: 0 });
    });
  });
});
