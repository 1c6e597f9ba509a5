import { OutboxRelay, ResourceIndex } from '@kepu/search';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, pageAt, PHONE, screenshot, seriousViolations } from '../support/browser';
import { createDraft, publish } from '../support/register';
import { signIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/** An administrator gives a venue an alias on a phone, and the public finds the venue by it (docs/search.md). */
describe('aliases, in a browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let venueId: string;
  const name = `别名浏览器测试馆 ${Math.random().toString(36).slice(2, 8)}`;
  const alias = '月光小站';

  async function checkAccessibility(page: Page, shot: string) {
    await screenshot(page, shot);
    expect({ [shot]: await seriousViolations(page) }).toEqual({ [shot]: [] });
  }

  beforeAll(async () => {
    t = await startTestApp();
    const [operator, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);
    venueId = await createDraft(t, operator, { name });
    await publish(t, venueId, operator, city);
    await t.app.get(ResourceIndex).reindex();
    await t.app.get(OutboxRelay).drain();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets the district administrator add an alias on a phone, in elder mode, and search finds the venue by it', async () => {
    const page = await pageAt(browser, base, 'futian-admin@demo.kepu', '/console/admin/register', { phone: true });
    await page.getByRole('heading', { level: 1, name: '名录管理' }).waitFor();
    await page.getByRole('button', { name: '长辈模式' }).click();
    await page.getByLabel('名称').fill(name);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    const row = page.locator(`tr[data-id="${venueId}"]`);
    await row.waitFor();
    await row.getByRole('button', { name: /^别名/ }).click();
    const panel = page.locator(`.aliases-panel[data-id="${venueId}"]`);
    await panel.getByText('还没有别名。').waitFor();

    // The name itself is no alias: said next to the field, nothing added.
    await panel.getByLabel('新别名').fill(name);
    await panel.getByRole('button', { name: '添加' }).click();
    await panel.locator('#alias-problem').getByText('别名不能与名称相同').waitFor();
    expect(await panel.locator('.alias-chip').count()).toBe(0);

    await panel.getByLabel('新别名').fill(alias);
    await panel.getByRole('button', { name: '添加' }).click();
    await panel.getByLabel('新别名').fill('临时别名');
    await panel.getByRole('button', { name: '添加' }).click();
    await panel.getByRole('button', { name: '移除别名“临时别名”' }).click();
    expect(await panel.locator('.alias-chip').allTextContents()).toEqual([expect.stringContaining(alias)]);
    await panel.getByRole('button', { name: '保存别名' }).click();
    await panel.getByRole('status').getByText('已保存').waitFor();
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    await checkAccessibility(page, 'admin-aliases-elder-phone');
    await page.context().close();

    // The relay carries the change to the index; the public finds the venue by its alias.
    await t.app.get(OutboxRelay).drain();
    const visitor = await pageAt(browser, base, undefined, `/?q=${encodeURIComponent(alias)}`, { phone: true });
    const first = visitor.locator('.results[aria-busy="false"] .hit-list li').first();
    await first.waitFor();
    expect(await first.textContent()).toContain(name);
    await visitor.goto(`/venues/${venueId}`);
    await visitor.getByRole('heading', { level: 1, name }).waitFor();
    expect(await visitor.locator('.also-known-as').textContent()).toBe(`又称 ${alias}`);
    await checkAccessibility(visitor, 'venue-also-known-as-phone');
    await visitor.context().close();
  });
});
