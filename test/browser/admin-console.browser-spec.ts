import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { launchBrowser, PHONE, screenshot, seriousViolations, signInAs } from '../support/browser';
import { validCreditCode } from '../support/register';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

const HEADERS = [
  '名称',
  '类型',
  '区域代码',
  '地址',
  '纬度',
  '经度',
  '认定',
  '运营机构',
  '统一社会信用代码',
  '机构类型',
];
const csv = (rows: string[][]) =>
  Buffer.from(rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n'));
/** A Nanshan venue row for the census; `accreditation` is "名称|级别|年份|到期日". */
const venueRow = (name: string, code: string, accreditation = '') => [
  name,
  '科技馆',
  '440305',
  '深圳市南山区浏览器路8号',
  '22.53',
  '113.93',
  accreditation,
  '浏览器测试科技有限公司',
  code,
  '企业',
];
/** A date in Beijing some days from now, as YYYY-MM-DD. */
const beijingDate = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

/**
 * The administrators' register-keeping pages in real headless Chromium against the real API and
 * database: the census dry run and import, verifying an organisation, suspending and restoring a
 * venue, the holiday calendar, expiring accreditations, and a district administrator's scope.
 */
describe('administrators keeping the register, in a browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let city: SignedIn;
  let organisationId: string;
  let expiringId: string;
  const code = validCreditCode();

  const resourcesNamed = async (name: string) =>
    (await t.app.get(DataSource).query(`SELECT id, status FROM resources WHERE name = $1`, [name])) as {
      id: string;
      status: string;
    }[];

  /** No serious or critical axe violations on the page as it is now; a screenshot for people to look at. */
  async function checkAccessibility(name: string, on = page) {
    await screenshot(on, name);
    expect({ [name]: await seriousViolations(on) }).toEqual({ [name]: [] });
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    city = await signIn(t, 'city-admin@demo.kepu');

    // An organisation waiting for verification, registered by the city on someone's behalf.
    const created = await t
      .http()
      .post('/api/v1/organisations')
      .set(bearer(city))
      .send({ name: '待认证的浏览器测试学校', kind: 'school', creditCode: validCreditCode(), regionCode: '440304' })
      .expect(201);
    organisationId = created.body.id;

    // A published venue whose accreditation runs out in ten days.
    await t
      .http()
      .post('/api/v1/census/import')
      .set(bearer(city))
      .attach(
        'file',
        csv([
          HEADERS,
          venueRow('资质将到期的浏览器测试馆', code, `深圳市科普教育基地|municipal|2020|${beijingDate(10)}`),
        ]),
        'census.csv',
      )
      .expect(200);
    [{ id: expiringId }] = await resourcesNamed('资质将到期的浏览器测试馆');

    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: base, locale: 'zh-CN' });
    page = await context.newPage();
    await signInAs(page, 'city-admin@demo.kepu', '/console/admin/census');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('checks a census file in a dry run, shows each row’s problems, writes nothing, then imports a clean file', async () => {
    await page.getByRole('heading', { level: 1, name: '普查导入与导出' }).waitFor();
    await page.getByLabel('普查文件（XLSX 或 CSV）').setInputFiles({
      name: 'census.csv',
      mimeType: 'text/csv',
      buffer: csv([HEADERS, venueRow('浏览器普查新馆', code), venueRow('', code)]),
    });
    await page.getByRole('button', { name: '检查文件' }).click();
    await page.locator('.report[data-dry-run="true"]').waitFor();
    expect(await page.locator('.report [role="status"]').textContent()).toContain('未写入数据');
    expect(await page.locator('.report-table tr[data-row="2"]').getAttribute('data-outcome')).toBe('ok');
    const bad = page.locator('.report-table tr[data-row="3"]');
    expect(await bad.getAttribute('data-outcome')).toBe('bad');
    expect(await bad.locator('dt').allTextContents()).toEqual(['名称']);
    expect(await bad.locator('dd').textContent()).toContain('名称无效');
    await expect(page.getByRole('button', { name: '正式导入' }).isDisabled()).resolves.toBe(true);
    expect(await resourcesNamed('浏览器普查新馆')).toEqual([]);
    await checkAccessibility('admin-census-dry-run');

    await page.getByLabel('普查文件（XLSX 或 CSV）').setInputFiles({
      name: 'census-fixed.csv',
      mimeType: 'text/csv',
      buffer: csv([HEADERS, venueRow('浏览器普查新馆', code)]),
    });
    await page.getByRole('button', { name: '检查文件' }).click();
    await page.locator('.report[data-dry-run="true"] .report-table tr[data-outcome="ok"]').waitFor();
    expect(await resourcesNamed('浏览器普查新馆')).toEqual([]);
    await page.getByRole('button', { name: '正式导入' }).click();
    await page.locator('.report[data-dry-run="false"]').waitFor();
    expect(await page.locator('.report [role="status"]').textContent()).toContain('新增 1 个');
    expect(await resourcesNamed('浏览器普查新馆')).toEqual([{ id: expect.any(String), status: 'published' }]);
  });

  it('verifies an organisation that waits for it', async () => {
    await page.goto('/console/admin/organisations');
    await page.getByRole('heading', { level: 1, name: '机构与账户' }).waitFor();
    await page.getByLabel('认证').selectOption('0');
    const row = page.locator(`tr[data-id="${organisationId}"]`);
    await row.waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: /^认证/ }).click();
    await page.getByRole('status').filter({ hasText: '已认证“待认证的浏览器测试学校”' }).waitFor();
    expect(await row.getAttribute('data-verified')).toBe('true');
    const org = await t.http().get(`/api/v1/organisations/${organisationId}`).set(bearer(city)).expect(200);
    expect(org.body.verified).toBe(true);

    await row.getByRole('button', { name: /^成员/ }).click();
    await page.getByRole('heading', { name: '待认证的浏览器测试学校 的成员' }).waitFor();
    await checkAccessibility('admin-organisations');
  });

  it('suspends a published venue with a reason and restores it', async () => {
    const [{ id }] = await resourcesNamed('浏览器普查新馆');
    const status = async () =>
      (await t.http().get(`/api/v1/resources/${id}`).set(bearer(city)).expect(200)).body.status as string;
    await page.goto('/console/admin/register');
    await page.getByRole('heading', { level: 1, name: '名录管理' }).waitFor();
    await page.getByLabel('名称').fill('浏览器普查新馆');
    await page.getByRole('button', { name: '查询' }).click();
    const row = page.locator(`tr[data-id="${id}"]`);
    await row.waitFor();
    expect(await row.getByRole('link').getAttribute('href')).toBe(`/venues/${id}`);

    await row.getByRole('button', { name: /^暂停/ }).click();
    const panel = page.locator('.confirm-panel');
    await panel.getByRole('heading', { name: '暂停“浏览器普查新馆”' }).waitFor();
    // The reason is required: the browser refuses to send the form without it.
    await panel.getByRole('button', { name: '暂停' }).click();
    expect(await status()).toBe('published');
    await panel.getByLabel('原因').fill('场馆装修，暂停开放');
    await checkAccessibility('admin-register-confirm');
    await panel.getByRole('button', { name: '暂停' }).click();
    await page.getByRole('status').filter({ hasText: '已暂停“浏览器普查新馆”' }).waitFor();
    expect(await status()).toBe('suspended');

    await page.getByLabel('状态').selectOption('suspended');
    await row.and(page.locator('[data-status="suspended"]')).waitFor();
    await row.getByRole('button', { name: /^变更记录/ }).click();
    await page.locator('.history tr[data-action="resource.suspend"]', { hasText: '场馆装修，暂停开放' }).waitFor();
    await row.getByRole('button', { name: /^恢复/ }).click();
    await panel.getByRole('button', { name: '恢复' }).click();
    await page.getByRole('status').filter({ hasText: '已恢复“浏览器普查新馆”' }).waitFor();
    expect(await status()).toBe('published');
    await checkAccessibility('admin-register');
  });

  it('lets the system administrator add a day to the holiday calendar, and the others read it', async () => {
    const openYear = async (on: Page) => {
      await on.getByLabel('年份').fill('2031');
      await on.getByRole('button', { name: '打开' }).click();
      await on.getByRole('heading', { level: 2, name: '2031' }).waitFor();
    };
    const systemContext = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      baseURL: base,
      locale: 'zh-CN',
    });
    const admin = await systemContext.newPage();
    try {
      await signInAs(admin, 'admin@demo.kepu', '/console/admin/calendar');
      await admin.getByRole('heading', { level: 1, name: '节假日安排' }).waitFor();
      await openYear(admin);
      await admin.getByRole('button', { name: '添加日期' }).click();
      const row = admin.locator('.days-table tbody tr').last();
      await row.locator('input[type="date"]').fill('2031-10-01');
      await row.getByLabel(/节日名称/).fill('国庆节');
      await checkAccessibility('admin-calendar', admin);
      await admin.getByRole('button', { name: '保存 2031 年安排' }).click();
      await admin.getByRole('status').filter({ hasText: '已保存 2031 年安排' }).waitFor();

      await admin.reload();
      await openYear(admin);
      await admin.locator('.days-table tr[data-date="2031-10-01"][data-kind="holiday"]').waitFor();
    } finally {
      await systemContext.close();
    }
    const saved = await t.http().get('/api/v1/calendar/2031').expect(200);
    expect(saved.body.days).toContainEqual({ date: '2031-10-01', kind: 'holiday', name: '国庆节' });

    // The city administrator sees the same year, without the means to change it.
    await page.goto('/console/admin/calendar');
    await page.getByText('节假日安排由系统管理员维护，您可以查看。').waitFor();
    await openYear(page);
    await page.locator('.days-table tr[data-date="2031-10-01"][data-kind="holiday"]').waitFor();
    expect(await page.getByRole('button', { name: '添加日期' }).count()).toBe(0);
    expect(await page.locator('.days-table input:not([disabled])').count()).toBe(0);
  });

  it('lists a venue whose accreditation expires soon, linked to its page', async () => {
    await page.goto('/console/admin/accreditations');
    await page.getByRole('heading', { level: 1, name: '资质到期提醒' }).waitFor();
    const row = page.locator(`tr[data-resource="${expiringId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toMatch(/\b(9|10|11) 天/);
    expect(await row.getByRole('link', { name: '资质将到期的浏览器测试馆' }).getAttribute('href')).toBe(
      `/venues/${expiringId}`,
    );
    await checkAccessibility('admin-accreditations');
  });

  it('shows a district administrator only their own district, on a phone', async () => {
    const phone = await browser.newContext({ ...PHONE, baseURL: base, locale: 'zh-CN' });
    const districtPage = await phone.newPage();
    try {
      await signInAs(districtPage, 'futian-admin@demo.kepu', '/console/admin/register');
      await districtPage.locator('.data-table tbody tr').first().waitFor();
      const regions = await districtPage
        .locator('.data-table tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-region')));
      expect(regions.length).toBeGreaterThan(0);
      expect(new Set(regions)).toEqual(new Set(['440304']));
      expect(await districtPage.getByLabel('所在区').locator('option').allTextContents()).toEqual(['全部区', '福田区']);
      await checkAccessibility('admin-register-district-phone', districtPage);
    } finally {
      await phone.close();
    }
  });
});
