import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { RegionTree } from '@kepu/core';
import { RegionsService } from '@kepu/register';
import { OutboxRelay, ResourceIndex } from '@kepu/search';
import { DataSource } from 'typeorm';
import { signUp } from '../support/codes';
import { createDraft, validCreditCode } from '../support/register';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/** Beijing added as data (docs/regions.md): the command's loader, then a venue in 朝阳区 found everywhere. */
describe('more cities: Beijing from GB/T 2260', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: SignedIn, cityAdmin: SignedIn, futian: SignedIn, beijingAdmin: SignedIn, beijingOperator: SignedIn;
  let venueId: string;
  const location = { lat: 39.9219, lng: 116.4436 };
  const get = (who: SignedIn | undefined, path: string) => {
    const req = t.http().get(`/api/v1${path}`);
    return who ? req.set(bearer(who)) : req;
  };
  const newLogin = () => `bj${randomBytes(5).toString('hex')}@example.com`;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [admin, cityAdmin, futian] = await Promise.all(
      ['admin', 'city-admin', 'futian-admin'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
    await t.app.get(ResourceIndex).reindex();
    await t.app.get(OutboxRelay).drain();
  });
  afterAll(() => t.close());

  it('adds Beijing once: a municipality is a province with a city of its name, every district below that city', async () => {
    const shenzhen = `SELECT code, gb_code, name, name_en, level, parent_code, path, population, review_levels
                        FROM regions WHERE path LIKE '440000%' ORDER BY code`;
    const shenzhenBefore = await db.query(shenzhen);
    const regions = t.app.get(RegionsService);

    const added = (await regions.addFromCatalogue('110000'))!;
    expect(added).toHaveLength(18); // 北京市 twice (province and city) and its 16 districts
    expect(added.slice(0, 2)).toEqual([
      expect.objectContaining({
        code: '110000',
        name: '北京市',
        nameEn: 'Beijing',
        level: 'province',
        parentCode: null,
      }),
      expect.objectContaining({
        code: '110100',
        name: '北京市',
        nameEn: 'Beijing',
        level: 'city',
        parentCode: '110000',
      }),
    ]);
    expect(added.find((r) => r.code === '110105')).toEqual(
      expect.objectContaining({ name: '朝阳区', nameEn: 'Chaoyang', level: 'district', parentCode: '110100' }),
    );
    expect(added.filter((r) => r.level === 'district').every((r) => r.parentCode === '110100')).toBe(true);
    expect(added.some((r) => r.name === '市辖区')).toBe(false);
    const [chaoyang] = await db.query(`SELECT path, gb_code AS "gbCode" FROM regions WHERE code = '110105'`);
    expect(chaoyang).toEqual({ path: '110000/110100/110105', gbCode: '110105' });
    expect(await t.app.get(RegionTree).contains('110000', '110105')).toBe(true);
    const audit = await db.query(
      `SELECT details FROM audit_log WHERE action = 'region.import' AND subject_id = '110000'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].details.added).toHaveLength(18);

    // Rerunning adds nothing; Shenzhen's own city adds nothing either and leaves its rows (大鹏新区 too) as they were.
    expect(await regions.addFromCatalogue('110000')).toEqual([]);
    expect(await regions.addFromCatalogue('440300')).toEqual([]);
    expect(await db.query(shenzhen)).toEqual(shenzhenBefore);
    expect(shenzhenBefore.map((r: { code: string }) => r.code)).toContain('440300-DP');
    expect(await regions.addFromCatalogue('999999')).toBeUndefined();
    expect(await regions.addFromCatalogue('110105')).toBeUndefined(); // a district alone is not loaded
    expect(await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'region.import'`)).toEqual([
      { n: 1 },
    ]);
  });

  it('lets a Beijing city administrator (by invitation) and an operator there publish a venue in 朝阳区', async () => {
    const adminLogin = newLogin();
    beijingAdmin = await signUp(t, adminLogin, '北京管理员');
    const invited = await t
      .http()
      .post(`/api/v1/accounts/${beijingAdmin.user.id}/roles`)
      .set(bearer(admin))
      .send({ role: 'city_admin', regionCode: '110100' })
      .expect(201);
    // Shenzhen's city administrator cannot hand out Beijing.
    const foreign = await t
      .http()
      .post(`/api/v1/accounts/${beijingAdmin.user.id}/roles`)
      .set(bearer(cityAdmin))
      .send({ role: 'district_admin', regionCode: '110105' });
    expect([foreign.status, foreign.body.code]).toEqual([403, 'FORBIDDEN']);
    await t.http().post(`/api/v1/invitations/${invited.body.id}/accept`).set(bearer(beijingAdmin)).send({}).expect(200);

    beijingOperator = await signUp(t, newLogin(), '朝阳科普');
    const organisation = await t
      .http()
      .post('/api/v1/organisations')
      .set(bearer(beijingOperator))
      .send({
        name: '朝阳区青少年科普协会',
        kind: 'ngo',
        creditCode: validCreditCode(`51110105${[...randomBytes(9)].map((b) => '0123456789ABCDEFGH'[b % 18]).join('')}`),
        regionCode: '110105',
      })
      .expect(201);
    // Futian's administrator has no say over 朝阳区: the organisation does not exist for them.
    await t.http().post(`/api/v1/organisations/${organisation.body.id}/verify`).set(bearer(futian)).expect(404);
    await t.http().post(`/api/v1/organisations/${organisation.body.id}/verify`).set(bearer(beijingAdmin)).expect(201);

    venueId = await createDraft(t, beijingOperator, {
      name: '朝阳星空科普馆',
      regionCode: '110105',
      address: '北京市朝阳区测试路1号',
      location,
    });
    await t.http().post(`/api/v1/resources/${venueId}/submit`).set(bearer(beijingOperator)).expect(200);
    const outsider = await t
      .http()
      .post(`/api/v1/resources/${venueId}/review`)
      .set(bearer(futian))
      .send({ decision: 'approve' });
    expect(outsider.status).toBe(404);
    await t
      .http()
      .post(`/api/v1/resources/${venueId}/review`)
      .set(bearer(beijingAdmin))
      .send({ decision: 'approve' })
      .expect(200);
    const [venue] = await db.query(`SELECT status, region_code AS "regionCode" FROM resources WHERE id = $1`, [
      venueId,
    ]);
    expect(venue).toEqual({ status: 'published', regionCode: '110105' });
  });

  it('finds it in search under Beijing, the city and the district, with the district facet', async () => {
    await t.app.get(OutboxRelay).drain();
    for (const district of ['110000', '110100', '110105']) {
      const res = await get(undefined, `/search?district=${district}`).expect(200);
      expect(res.body.degraded).toBe(false);
      expect(res.body.hits.map((hit: { id: string }) => hit.id)).toEqual([venueId]);
      expect(res.body.facets.district).toEqual({ '110105': 1 });
    }
    const byName = await get(undefined, '/search?q=星空科普馆&district=110100').expect(200);
    expect(byName.body.hits.map((hit: { id: string }) => hit.id)).toEqual([venueId]);
    const shenzhen = await get(undefined, '/search?district=440300&pageSize=50').expect(200);
    expect(shenzhen.body.hits.map((hit: { id: string }) => hit.id)).not.toContain(venueId);
  });

  it('puts it on the map inside a Beijing area and not a Shenzhen one', async () => {
    const ids = async (bbox: string) =>
      (await get(undefined, `/map/features?bbox=${bbox}`).expect(200)).body.features.map((f: { id: string }) => f.id);
    const beijing = await get(undefined, '/map/features?bbox=116.0,39.6,116.8,40.2').expect(200);
    expect(beijing.body.features).toEqual([
      expect.objectContaining({ id: venueId, geometry: { type: 'Point', coordinates: [location.lng, location.lat] } }),
    ]);
    expect(await ids('113.7,22.4,114.7,22.9')).not.toContain(venueId);
  });

  it('publishes it in the open data, the CSV and the GeoJSON', async () => {
    const csv = (await get(undefined, '/open-data/resources.csv').expect(200)).text;
    const [line] = csv.split('\n').filter((row) => row.startsWith(venueId));
    expect(line).toContain('朝阳星空科普馆');
    expect(line).toContain('110105');
    expect(line).toContain('朝阳区');
    const geojson = (await get(undefined, '/open-data/resources.geojson').expect(200)).body;
    const feature = geojson.features.find((f: { id: string }) => f.id === venueId);
    expect(feature.geometry.coordinates).toEqual([location.lng, location.lat]);
    expect(feature.properties).toMatchObject({ regionCode: '110105', regionName: '朝阳区' });
  });

  it('lists both cities with published venues, Beijing bounded by its one venue', async () => {
    const cities = (await get(undefined, '/regions/cities').expect(200)).body;
    expect(cities.map((c: { code: string }) => c.code)).toEqual(['440300', '110100']);
    expect(cities[0].venues).toBeGreaterThan(1);
    expect(cities[1]).toEqual({
      code: '110100',
      name: '北京市',
      nameEn: 'Beijing',
      venues: 1,
      bounds: { minLng: location.lng, minLat: location.lat, maxLng: location.lng, maxLat: location.lat },
    });
    const shenzhen = cities[0].bounds;
    expect(shenzhen.minLat).toBeGreaterThan(22);
    expect(shenzhen.maxLat).toBeLessThan(23);
  });

  it('counts it in statistics: Beijing by default for its administrator, and in Beijing’s public figures', async () => {
    const own = await get(beijingAdmin, '/stats/overview').expect(200);
    expect(own.body.scope.region).toEqual({ code: '110100', name: '北京市' });
    expect(own.body.register.venues).toBe(1);
    expect(own.body.register.byDistrict).toEqual({ '110105': 1 });
    const districts = await get(beijingAdmin, '/stats/districts').expect(200);
    expect(districts.body).toHaveLength(16);
    expect(districts.body.find((d: { regionCode: string }) => d.regionCode === '110105').venues).toBe(1);
    // Neither city's administrators see the other's figures.
    expect((await get(beijingAdmin, '/stats/overview?region=440300').expect(403)).body.code).toBe('FORBIDDEN');
    await get(cityAdmin, '/stats/overview?region=110100').expect(403);
    // Shenzhen's administrators keep their own default; the system administrator gets the busiest city.
    expect((await get(cityAdmin, '/stats/overview').expect(200)).body.scope.region.code).toBe('440300');
    expect((await get(admin, '/stats/overview').expect(200)).body.scope.region.code).toBe('440300');
    expect((await get(admin, '/stats/overview?region=110000').expect(200)).body.register.venues).toBe(1);

    const figures = (await get(undefined, '/stats/public?region=110100').expect(200)).body;
    expect(figures.region).toEqual({ code: '110100', name: '北京市' });
    expect(figures.venues).toBe(1);
    expect(figures.byDistrict).toHaveLength(16);
    expect(figures.byDistrict.find((d: { regionCode: string }) => d.regionCode === '110105').venues).toBe(1);
    expect((await get(undefined, '/stats/public').expect(200)).body.region.code).toBe('440300');
    // Tianjin is not loaded.
    expect((await get(undefined, '/stats/public?region=120100').expect(400)).body.code).toBe('UNKNOWN_REGION');
  });

  it('is what `npm run regions:add -- <code>` runs: it says what it added, and refuses a code it does not know', async () => {
    // The API's main from source, as `npm run regions:add` runs the built one, on this test's database
    // (rerunning is the loader's test above: each start of the app costs seconds).
    const run = (code: string) =>
      promisify(execFile)(
        process.execPath,
        [
          '-r',
          'ts-node/register/transpile-only',
          '-r',
          'tsconfig-paths/register',
          'apps/api/src/main.ts',
          'regions-add',
          code,
        ],
        { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...t.env }, timeout: 90_000 },
      );
    const first = await run('120000');
    expect(first.stdout).toContain('Added 18 regions:\n');
    expect(first.stdout).toContain('  120101 和平区 (Heping, district)');
    await expect(run('999999')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('not a province or city'),
    });
    expect((await get(undefined, '/regions/120105').expect(200)).body).toMatchObject({
      name: '河北区',
      parentCode: '120100',
    });
  }, 240_000);
});
