import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { launchBrowser, pageAt, PHONE, screenshot, seriousViolations } from '../support/browser';
import { createDraft, publish, validCreditCode } from '../support/register';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/** The census template's columns a new row fills, and a sheet of rows as CSV. */
const CENSUS_HEADERS = [
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

/**
 * Duplicates on the review page (docs/register.md, "Duplicates and merging"): the entry under review
 * beside each candidate, two columns on a desktop and one after the other on a phone; "not a
 * duplicate", a merge with its reason and confirmation, and the merged venue's page landing on the kept one.
 * Then the census: rows published straight away, flagged in the import report, and resolved on the
 * duplicates page the report links to.
 */
describe('duplicates on the review page and from the census, in a browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let operator: SignedIn, city: SignedIn;
  let kept: string;
  const here = { lat: 22.7123, lng: 114.2987 };

  async function pageAs(login: string | undefined, next: string, phone = false): Promise<Page> {
    const page = await pageAt(browser, base, login, next, { phone });
    contexts.push(page.context());
    return page;
  }

  const submitted = async (name: string, location: { lat: number; lng: number }) => {
    const id = await createDraft(t, operator, { name, location });
    await t.http().post(`/api/v1/resources/${id}/submit`).set(bearer(operator)).expect(200);
    return id;
  };

  /** The tops of the two sides of the first comparison. */
  const sideTops = async (page: Page) =>
    Promise.all(
      [0, 1].map(async (i) => (await page.locator('.duplicates .side').nth(i).boundingBox())?.y ?? Number.NaN),
    );

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
    [operator, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);
    kept = await createDraft(t, operator, { name: '深圳市星辰科学馆', location: here });
    await publish(t, kept, operator, city);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await t.close();
  });

  it('shows both sides in two columns on a desktop, and "not a duplicate" drops the pair', async () => {
    const id = await submitted('星辰书店', { lat: here.lat + 0.0005, lng: here.lng });
    const page = await pageAs('futian-admin@demo.kepu', `/console/admin/review/${id}`);
    const pair = page.locator('.duplicates .pair');
    await pair.first().waitFor();
    expect(await pair.count()).toBe(1);
    expect(await pair.textContent()).toContain('深圳市星辰科学馆');
    expect(await pair.textContent()).toContain('相距 56 米');
    const [left, right] = await sideTops(page);
    expect(right).toBe(left);
    await page.getByRole('button', { name: '不是重复' }).click();
    await page.locator('.duplicates').waitFor({ state: 'detached' });
    const [{ n }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM resource_duplicate_dismissals WHERE $1 IN (resource_id, other_id)`, [id]);
    expect(n).toBe(1);
  });

  it('on a phone stacks the sides, merges after a reason and a confirmation, and the old page lands on the kept venue', async () => {
    const id = await submitted('星辰科学馆（福田）', { lat: here.lat, lng: here.lng + 0.0003 });
    const page = await pageAs('futian-admin@demo.kepu', `/console/admin/review/${id}`, true);
    await page.locator('.duplicates .pair').first().waitFor();
    expect(await page.locator('.duplicates .why').textContent()).toContain('名称相同');
    const [top, below] = await sideTops(page);
    expect(below).toBeGreaterThan(top);
    await page.getByRole('button', { name: '合并到此条' }).click();
    expect(await page.locator('.duplicates .merge .notice').textContent()).toContain(
      '“星辰科学馆（福田）”的历史记录、预约项目、预约（含团体参观）和统计数据将移到“深圳市星辰科学馆”',
    );
    await screenshot(page, 'duplicates-merge-phone');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('合并原因（必填，记入双方历史）').fill('同一场馆重复申请');
    await page.getByRole('button', { name: '确认合并' }).click();
    await page.waitForURL((url) => url.pathname === '/console/admin/review');
    const [row] = await t.app.get(DataSource).query(`SELECT status, merged_into_id FROM resources WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'merged', merged_into_id: kept });

    const visitor = await pageAs(undefined, `/venues/${id}`, true);
    await visitor.waitForURL((url) => url.pathname === `/venues/${kept}`);
    await visitor.getByRole('heading', { level: 1, name: '深圳市星辰科学馆' }).waitFor();
  });

  it('flags census rows that may duplicate a published venue, and resolves them from the report', async () => {
    const lake = { lat: 22.6321, lng: 114.0217 };
    const lakeId = await createDraft(t, operator, { name: '深圳市月光湖科学馆', location: lake });
    await publish(t, lakeId, operator, city);
    const code = validCreditCode();
    const row = (name: string, at: { lat: number; lng: number }) => [
      name,
      '科技馆',
      '440304',
      '深圳市福田区月光湖路1号',
      String(at.lat),
      String(at.lng),
      '',
      '浏览器查重测试有限公司',
      code,
      '企业',
    ];
    const sheet = csv([
      CENSUS_HEADERS,
      // The same name once the city and the brackets are dropped, two kilometres away.
      row('月光湖科学馆（福田）', { lat: lake.lat + 0.02, lng: lake.lng }),
      // Another name, 44 m away.
      row('月光湖书店', { lat: lake.lat + 0.0004, lng: lake.lng }),
    ]);
    const idOf = async (name: string) =>
      ((await t.app.get(DataSource).query(`SELECT id FROM resources WHERE name = $1`, [name])) as { id: string }[])[0]
        ?.id;

    const page = await pageAs('futian-admin@demo.kepu', '/console/admin/census');
    await page
      .getByLabel('普查文件（XLSX 或 CSV）')
      .setInputFiles({ name: 'census.csv', mimeType: 'text/csv', buffer: sheet });
    await page.getByRole('button', { name: '检查文件' }).click();
    await page.locator('.report[data-dry-run="true"]').waitFor();
    // A dry run names the candidates, but keeps no entry to open.
    expect(await page.locator('.report .flagged').textContent()).toContain('2 行可能与已登记的条目重复');
    expect(await page.locator('.report-table .resolve').count()).toBe(0);

    await page.getByRole('button', { name: '正式导入' }).click();
    await page.locator('.report[data-dry-run="false"]').waitFor();
    const [museumId, shopId] = [await idOf('月光湖科学馆（福田）'), await idOf('月光湖书店')];
    const sameName = page.locator('.report-table tr[data-row="2"]');
    const near = page.locator('.report-table tr[data-row="3"]');
    expect(await sameName.getAttribute('data-duplicates')).toBe('1');
    expect(await sameName.locator('.candidates').textContent()).toContain('可能与“深圳市月光湖科学馆”重复（名称相同）');
    expect(await near.locator('.candidates').textContent()).toContain('可能与“深圳市月光湖科学馆”重复（相距 44 米）');
    await screenshot(page, 'census-duplicates-report');
    expect(await seriousViolations(page)).toEqual([]);

    // On a phone in elder mode the duplicates page keeps to the screen, the two sides one after the other.
    const phone = await pageAs('futian-admin@demo.kepu', `/console/admin/duplicates/${museumId}`, true);
    await phone.locator('.duplicates .pair').first().waitFor();
    await phone.getByRole('button', { name: '长辈模式' }).click();
    const [top, below] = await sideTops(phone);
    expect(below).toBeGreaterThan(top);
    expect(await phone.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    await screenshot(phone, 'duplicates-page-elder-phone');
    expect(await seriousViolations(phone)).toEqual([]);

    // The bookshop nearby is another venue: "not a duplicate", said in place of the buttons.
    await near.getByRole('link', { name: '查看并处理' }).click();
    await page.waitForURL((url) => url.pathname === `/console/admin/duplicates/${shopId}`);
    await page.getByRole('heading', { level: 1, name: '核实重复条目：月光湖书店' }).waitFor();
    const pair = page.locator('.duplicates .pair');
    await pair.first().waitFor();
    expect(await pair.count()).toBe(1);
    expect(await pair.textContent()).toContain('深圳市月光湖科学馆');
    await page.getByRole('button', { name: '不是重复' }).click();
    await pair
      .getByRole('status')
      .filter({ hasText: '已标记：“月光湖书店”与“深圳市月光湖科学馆”不是重复。' })
      .waitFor();
    expect(await page.getByRole('button', { name: '不是重复' }).count()).toBe(0);
    expect(await page.locator('.duplicates').textContent()).toContain('没有待核实的重复条目。');
    const [{ n }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM resource_duplicate_dismissals WHERE $1 IN (resource_id, other_id)`, [
        shopId,
      ]);
    expect(n).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // Back at the report, the museum is the same venue: merged into the published entry, which the page then links to.
    await page.getByRole('link', { name: '返回普查导入导出' }).click();
    await sameName.getByRole('link', { name: '查看并处理' }).click();
    await page.getByRole('heading', { level: 1, name: '核实重复条目：月光湖科学馆（福田）' }).waitFor();
    await page.getByRole('button', { name: '合并到此条' }).click();
    await page.getByLabel('合并原因（必填，记入双方历史）').fill('普查表重复登记');
    await page.getByRole('button', { name: '确认合并' }).click();
    const merged = page.locator('.duplicates .merged');
    await merged.waitFor();
    expect(await merged.textContent()).toContain('已将“月光湖科学馆（福田）”合并到“深圳市月光湖科学馆”。');
    const [after] = await t.app
      .get(DataSource)
      .query(`SELECT status, merged_into_id FROM resources WHERE id = $1`, [museumId]);
    expect(after).toEqual({ status: 'merged', merged_into_id: lakeId });
    await screenshot(page, 'duplicates-page-merged');
    expect(await seriousViolations(page)).toEqual([]);
    await merged.getByRole('link', { name: '查看保留的条目“深圳市月光湖科学馆”' }).click();
    await page.waitForURL((url) => url.pathname === `/venues/${lakeId}`);
    await page.getByRole('heading', { level: 1, name: '深圳市月光湖科学馆' }).waitFor();
  }, 300_000);
});
