import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { PersonalDataCipher } from '@kepu/core';
import { DataSource } from 'typeorm';
import { binary, validCreditCode } from '../support/register';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

const HEADERS = [
  '名称',
  '类型',
  '区域代码',
  '地址',
  '纬度',
  '经度',
  '主题',
  '适用人群',
  '是否免费',
  '票价',
  '认定',
  '运营机构',
  '统一社会信用代码',
  '机构类型',
];
const good = (name: string, region = '440305') => [
  name,
  '科技馆',
  region,
  '深圳市南山区普查路8号',
  '22.53',
  '113.93',
  '物理;天文',
  'families;primary',
  '否',
  '成人票:20;儿童票:10',
  '深圳市科普教育基地|municipal|2023|2028-06-30',
  '普查测试科技有限公司',
  CODE,
  '企业',
];
/** The organisation the good rows create. */
const CODE = validCreditCode('91440300MA5DCEN81');
const csv = (rows: string[][]) =>
  Buffer.from(rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n'));

describe('census import and export', () => {
  let t: TestApp;
  let nanshan: SignedIn, futian: SignedIn, operator: SignedIn;
  const upload = (who: SignedIn, file: Buffer, query = '', name = 'census.csv') =>
    t.http().post(`/api/v1/census/import${query}`).set(bearer(who)).attach('file', file, name);
  const count = async () =>
    (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM resources`))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    [nanshan, futian, operator] = await Promise.all(
      ['nanshan-admin', 'futian-admin', 'operator'].map((w) => signIn(t, `${w}@demo.kepu`)),
    );
  });
  afterAll(() => t.close());
  const row = (name: string, region?: string) => good(name, region);

  it('offers the template as XLSX (with a guide sheet) and CSV', async () => {
    const xlsx = await t.http().get('/api/v1/census/template').buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['名录', '说明']);
    expect(workbook.worksheets[0].getRow(1).getCell(2).text).toBe('名称');
    const text = (await t.http().get('/api/v1/census/template?format=csv').expect(200)).text;
    expect(text.replace(/^\uFEFF/, '').split(',')[1]).toBe('名称');
  });

  it('reports bad rows on a dry run, refuses to commit them, and commits a clean file all at once', async () => {
    const before = await count();
    const bad = [
      HEADERS,
      row('普查新馆甲'),
      ['', '科技馆', '440305', '地址', '22.5', '113.9', '', '', '', '', '', '某机构', CODE, '企业'],
      row('普查新馆乙').map((c, i) => (i === 1 ? '太空港' : c)),
      row('普查新馆丙').map((c, i) => (i === 4 ? '91.5' : c)),
      row('普查新馆丁').map((c, i) => (i === 12 ? '91440300MA5DCENS11' : c)),
      row('普查福田馆', '440304'),
    ];
    const dry = await upload(nanshan, csv(bad), '?dryRun=1').expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, rows: 6, created: 1 });
    expect(dry.body.errors).toEqual([
      { row: 3, column: '名称', message: expect.stringContaining('名称无效') },
      { row: 4, column: '类型', message: expect.stringContaining('类型') },
      { row: 5, column: '纬度', message: expect.stringContaining('纬度') },
      { row: 6, column: '统一社会信用代码', message: expect.stringContaining('校验位') },
      { row: 7, column: '区域代码', message: expect.stringContaining('无权导入区域 440304') },
    ]);
    expect(await count()).toBe(before);

    const refused = await upload(nanshan, csv(bad));
    expect([refused.status, refused.body.code, refused.body.details.errors.length]).toEqual([
      422,
      'IMPORT_HAS_ERRORS',
      5,
    ]);
    expect(await count()).toBe(before);

    const committed = await upload(nanshan, csv([HEADERS, row('普查新馆甲'), row('普查新馆乙')])).expect(200);
    expect(committed.body).toMatchObject({ dryRun: false, created: 2, errors: [] });
    expect(await count()).toBe(before + 2);
    const listed = (await t.http().get('/api/v1/resources?q=普查新馆').expect(200)).body.items;
    expect(listed).toHaveLength(2);
    const detail = (await t.http().get(`/api/v1/resources/${listed[0].id}`).expect(200)).body;
    expect(detail).toMatchObject({
      type: 'science_museum',
      themes: ['physics', 'astronomy'],
      admission: {
        free: false,
        prices: [
          { label: '成人票', amountFen: 2000 },
          { label: '儿童票', amountFen: 1000 },
        ],
      },
      accreditations: [{ name: '深圳市科普教育基地', level: 'municipal', yearGranted: 2023, expiresOn: '2028-06-30' }],
      organisation: { name: '普查测试科技有限公司', verified: true },
    });
  });

  it('refuses files with wrong headers, unreadable files and callers who are not administrators', async () => {
    const wrong = await upload(
      nanshan,
      csv([
        ['名字', '类型'],
        ['x', 'y'],
      ]),
    );
    expect([wrong.status, wrong.body.code]).toEqual([400, 'IMPORT_HEADERS_INVALID']);
    expect(wrong.body.details).toMatchObject({
      unknown: ['名字'],
      missing: expect.arrayContaining(['名称', '区域代码']),
    });
    const junk = await upload(nanshan, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), '', 'x.xlsx');
    expect([junk.status, junk.body.code]).toEqual([400, 'SHEET_UNREADABLE']);
    expect((await upload(operator, csv([HEADERS, row('x')]))).status).toBe(403);
  });

  it('exports a region as CSV, XLSX and GeoJSON that imports back unchanged', async () => {
    const csvExport = await t
      .http()
      .get('/api/v1/census/export?region=440305&format=csv')
      .set(bearer(nanshan))
      .expect(200);
    expect(csvExport.headers['content-disposition']).toContain('kepu-register-440305.csv');
    const lines: string[][] = parse(csvExport.text, { bom: true });
    expect(lines.length).toBeGreaterThan(3);
    // Open data: no personal mobile numbers anywhere.
    expect(csvExport.text).not.toMatch(/1[3-9]\d{9}/);

    const roundTrip = await upload(nanshan, Buffer.from(csvExport.text), '', 'export.csv').expect(200);
    expect(roundTrip.body).toMatchObject({ created: 0, updated: 0, unchanged: lines.length - 1, errors: [] });

    const xlsx = await t
      .http()
      .get('/api/v1/census/export?region=440305&format=xlsx')
      .set(bearer(nanshan))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const xlsxRoundTrip = await upload(nanshan, xlsx.body, '', 'export.xlsx').expect(200);
    expect(xlsxRoundTrip.body).toMatchObject({ created: 0, updated: 0, unchanged: lines.length - 1 });

    const geo = JSON.parse(
      (await t.http().get('/api/v1/census/export?region=440305&format=geojson').set(bearer(nanshan)).expect(200)).text,
    );
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(lines.length - 1);
    const [lng, lat] = geo.features[0].geometry.coordinates;
    expect(lat).toBeGreaterThan(22.4);
    expect(lng).toBeGreaterThan(113.7);

    // Edits through the sheet publish a new revision.
    const edited = lines.find((line) => line[1] === '普查新馆甲') as string[];
    const update = await upload(nanshan, csv([lines[0], edited.map((c, i) => (i === 16 ? '地铁2号线' : c))])).expect(
      200,
    );
    expect(update.body).toMatchObject({ updated: 1 });

    await t.http().get('/api/v1/census/export?region=440305').set(bearer(futian)).expect(403);
    await t.http().get('/api/v1/census/export?region=440300').set(bearer(nanshan)).expect(403);
  });

  it('keeps organisations’ contact phones sealed, out of open data and untouched by a round trip', async () => {
    const db = t.app.get(DataSource);
    const sealed = async () =>
      (
        await db.query(
          `SELECT id, contact_phone_sealed AS sealed, contact_phone_hash AS hash FROM organisations WHERE credit_code = $1`,
          [CODE],
        )
      )[0] as { id: string; sealed: Buffer | null; hash: Buffer | null };
    // The census creates the organisation with no contact; its operator or admin adds one later.
    const created = await sealed();
    expect(created).toMatchObject({ sealed: null, hash: null });
    const phone = '0755-26001234';
    await t
      .http()
      .patch(`/api/v1/organisations/${created.id}`)
      .set(bearer(nanshan))
      .send({ contactPhone: phone })
      .expect(200);
    const before = await sealed();
    expect(t.app.get(PersonalDataCipher).decrypt(before.sealed!)).toBe(phone);

    const exported = async (format: string) =>
      (await t.http().get(`/api/v1/census/export?region=440305&format=${format}`).set(bearer(nanshan)).expect(200))
        .text;
    const csvText = await exported('csv');
    expect(csvText).toContain('普查测试科技有限公司');
    for (const text of [csvText, await exported('geojson')]) {
      expect(text).not.toContain('26001234');
    }
    const roundTrip = await upload(nanshan, Buffer.from(csvText), '', 'export.csv').expect(200);
    expect(roundTrip.body).toMatchObject({ created: 0, updated: 0, errors: [] });
    expect(await sealed()).toEqual(before);
    const view = await t.http().get(`/api/v1/organisations/${created.id}`).set(bearer(nanshan)).expect(200);
    expect(view.body.contactPhone).toBe(phone);
  });
});
