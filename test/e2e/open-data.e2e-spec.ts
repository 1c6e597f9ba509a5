import ExcelJS from 'exceljs';
import { readCsv } from '@kepu/core';
import { DataSource } from 'typeorm';
import { createDraft, binary, publish, uploadPhoto } from '../support/register';
import { bearer, SignedIn, signIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

const LIMITS = { maxRows: 100_000, maxColumns: 100, maxCellCharacters: 32_767 };
const PHONE = '13912345678';
const EMAIL = 'curator.private@example.com';

describe('open data', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn;
  let cityAdmin: SignedIn;
  let formulaId: string;
  let hiddenId: string;
  let evidenceId: string;

  const get = (path: string) => t.http().get(`/api/v1/open-data${path}`);
  const file = (format: string) => get(`/resources.${format}`).buffer(true).parse(binary);
  const published = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM resources WHERE status = 'published'`))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [operator, cityAdmin] = await Promise.all(['operator', 'city-admin'].map((w) => signIn(t, `${w}@demo.kepu`)));
    evidenceId = await uploadPhoto(t, operator, '?purpose=evidence');
    formulaId = await createDraft(t, operator, {
      name: '=HYPERLINK("http://evil.example","开放数据馆")',
      contact: { phone: PHONE, email: EMAIL },
      admission: {
        free: false,
        prices: [{ label: '成人票', amountFen: 3000 }],
        concessions: [{ group: 'seniors', kind: 'free' }],
      },
      accreditations: [{ name: '市级科普教育基地', level: 'municipal', yearGranted: 2024, evidenceId }],
    });
    await publish(t, formulaId, operator, cityAdmin);
    hiddenId = await createDraft(t, operator, { name: '即将暂停的开放数据馆' });
    await publish(t, hiddenId, operator, cityAdmin);
    await t
      .http()
      .post(`/api/v1/resources/${hiddenId}/suspend`)
      .set(bearer(cityAdmin))
      .send({ reason: '整改中' })
      .expect(200);
  });
  afterAll(() => t.close());

  it('indexes the datasets without a token: licence, formats, counts, columns', async () => {
    const res = await get('').expect(200);
    expect(res.headers.link).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(res.headers['last-modified']).getTime()).toBeGreaterThan(0);
    const [dataset] = res.body.datasets;
    expect(res.body.licence).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(dataset).toMatchObject({ id: 'resources', records: await published() });
    expect(dataset.title.zh).toBeTruthy();
    expect(dataset.title.en).toBeTruthy();
    expect(dataset.formats.map((f: { url: string }) => f.url)).toEqual([
      '/api/v1/open-data/resources.csv',
      '/api/v1/open-data/resources.xlsx',
      '/api/v1/open-data/resources.geojson',
    ]);
    expect(dataset.columns.map((c: { key: string }) => c.key)).toEqual(
      expect.arrayContaining(['name', 'organisation']),
    );
    expect(dataset.columns.map((c: { key: string }) => c.key)).not.toContain('phone');
  });

  it('serves CSV every published resource, formula-safe, without personal data', async () => {
    const res = await file('csv').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers.link).toContain('rel="license"');
    const text = res.body.toString('utf8');
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain(evidenceId);
    const rows = await readCsv(res.body, LIMITS);
    const [headers, ...records] = rows;
    expect(records).toHaveLength(await published());
    const id = headers.indexOf('资源ID');
    const name = headers.indexOf('名称');
    const formula = records.find((r) => r[id] === formulaId) as string[];
    // Read raw (not through SheetReader, which takes the apostrophe back off): a spreadsheet sees text.
    expect(formula[name]).toBe(`'=HYPERLINK("http://evil.example","开放数据馆")`);
    expect(formula[headers.indexOf('优惠政策')]).toBe('seniors:free');
    expect(formula[headers.indexOf('票价')]).toBe('成人票:30');
    expect(formula[headers.indexOf('认定')]).toBe('市级科普教育基地|municipal|2024|');
    expect(records.some((r) => r[id] === hiddenId)).toBe(false);
    // Demo accounts' ids never travel, nor do the organisations' credit codes or contacts.
    const accounts: { id: string }[] = await db.query(`SELECT id FROM accounts`);
    expect(accounts.some((a) => text.includes(a.id))).toBe(false);
    const orgs: { credit_code: string; verified_name: string | null; name: string }[] = await db.query(
      `SELECT o.credit_code, o.verified_name, o.name FROM organisations o
         JOIN resources r ON r.organisation_id = o.id WHERE r.id = $1`,
      [formulaId],
    );
    expect(text).not.toContain(orgs[0].credit_code);
    expect(formula[headers.indexOf('运营机构')]).toBe(orgs[0].verified_name ?? orgs[0].name);
  });

  it('serves XLSX with text cells and a sheet naming the licence', async () => {
    const res = await file('xlsx').expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['名录', '说明']);
    const sheet = workbook.getWorksheet('名录') as ExcelJS.Worksheet;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(sheet.rowCount - 1).toBe(await published());
    let formulaRow: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(headers.indexOf('资源ID') + 1).text === formulaId) formulaRow = row;
    });
    const cell = (formulaRow as ExcelJS.Row).getCell(headers.indexOf('名称') + 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.numFmt).toBe('@');
    const about = workbook.getWorksheet('说明') as ExcelJS.Worksheet;
    const aboutText = about.getSheetValues().flat().join(' ');
    expect(aboutText).toContain('CC BY 4.0');
    const all = JSON.stringify(sheet.getSheetValues());
    expect(all).not.toContain(PHONE);
    expect(all).not.toContain(EMAIL);
    expect(all).not.toContain(evidenceId);
    expect(all).not.toContain(hiddenId);
  });

  it('serves GeoJSON points in [lng, lat] with the licence', async () => {
    const res = await file('geojson').expect(200);
    expect(res.headers['content-type']).toBe('application/geo+json');
    const text = res.body.toString('utf8');
    const collection = JSON.parse(text);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.licence.name).toBe('CC BY 4.0');
    expect(collection.features).toHaveLength(await published());
    const [row] = await db.query(`SELECT latitude, longitude FROM resources WHERE id = $1`, [formulaId]);
    const feature = collection.features.find((f: { id: string }) => f.id === formulaId);
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [row.longitude, row.latitude] });
    expect(feature.properties.concessions).toEqual(['seniors:free']);
    expect(feature.properties.accreditations).toEqual([
      { name: '市级科普教育基地', level: 'municipal', yearGranted: 2024, expiresOn: null },
    ]);
    for (const f of collection.features) {
      expect(f.geometry.coordinates[0]).toBeGreaterThan(73);
      expect(f.geometry.coordinates[1]).toBeLessThan(54);
    }
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain(evidenceId);
    expect(collection.features.some((f: { id: string }) => f.id === hiddenId)).toBe(false);
  });

  it('answers 304 to a current copy and a new ETag once the register changes', async () => {
    const first = await file('csv').expect(200);
    const { etag } = first.headers;
    const lastModified = first.headers['last-modified'];
    await get('/resources.csv').set('If-None-Match', etag).expect(304);
    await get('').set('If-None-Match', etag).expect(304);
    await get('/resources.geojson').set('If-Modified-Since', lastModified).expect(304);
    await get('/resources.csv').set('If-None-Match', '"something-else"').expect(200);

    // Restoring the suspended resource publishes it again: a new version, and the file shows it.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await t.http().post(`/api/v1/resources/${hiddenId}/restore`).set(bearer(cityAdmin)).send({}).expect(200);
    const after = await file('csv').set('If-None-Match', etag).expect(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(new Date(after.headers['last-modified']).getTime()).toBeGreaterThan(new Date(lastModified).getTime());
    expect(after.body.toString('utf8')).toContain(hiddenId);
    await get('/resources.csv').set('If-None-Match', after.headers.etag).expect(304);
  });
});
