import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { launchBrowser, pageAt, screenshot, seriousViolations } from '../support/browser';
import { createDraft, publish } from '../support/register';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * Duplicates on the review page (docs/register.md, "Duplicates and merging"): the entry under review
 * beside each candidate, two columns on a desktop and one after the other on a phone; "not a
 * duplicate", a merge with its reason and confirmation, and the merged venue's page landing on the kept one.
 */
describe('duplicates on the review page, in a browser', () => {
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
});
