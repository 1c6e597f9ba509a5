import type { Browser, Page } from 'playwright-core';
import { demoCampaigns } from '@kepu/demo';
import { shanghaiToday } from '@kepu/schedule';
import { launchBrowser, pageAt, screenshot, seriousViolations } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * On a phone, without an account: the campaigns list, and the demo's 全国科普日 page listing
 * and mapping its events by day, filtered by district (docs/campaigns.md).
 */
describe('a campaign page in a browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('lists and maps the demo events, filters them by district, and passes axe', async () => {
    page = await pageAt(browser, base, undefined, '/campaigns', { phone: true });
    await page.getByRole('heading', { level: 1, name: '科普活动季' }).waitFor();
    const [scienceDay] = demoCampaigns(shanghaiToday());
    const labDay = scienceDay.events.find((event) => event.offering.kind === 'lab_open_day')?.offering
      .dates as string[];
    await page.getByRole('link', { name: scienceDay.name }).click();
    await page.getByRole('heading', { level: 1, name: scienceDay.name }).waitFor();
    const events = page.locator('[data-test="campaign-event"]');
    await events.first().waitFor();
    expect(await events.locator('h3').allTextContents()).toEqual([
      '全国科普日·实验室开放日',
      '全国科普日·科学实验秀',
      '全国科普日·星空观测夜',
      '全国科普日·科学实验秀',
    ]);
    await expect(page.getByRole('heading', { level: 2, name: labDay[0] }).isVisible()).resolves.toBe(true);
    // One marker per venue.
    await expect(page.locator('.campaign-map .venue-marker').count()).resolves.toBe(3);
    await expect(page.getByRole('link', { name: '深圳市科学馆' }).first().getAttribute('href')).resolves.toMatch(
      /^\/venues\//,
    );

    await page.getByLabel('区').selectOption({ label: '福田区' });
    await page.waitForURL((url) => url.searchParams.get('district') === '440304');
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll('[data-test="campaign-event"]').length === 2,
    );
    expect(await events.locator('h3').allTextContents()).toEqual(['全国科普日·科学实验秀', '全国科普日·科学实验秀']);
    await expect(page.locator('.campaign-map .venue-marker').count()).resolves.toBe(1);

    const overflow = await page.evaluate(() => {
      const root = (
        globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
      ).document.documentElement;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
    });
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    await screenshot(page, 'campaign-phone');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lets the city administrator draft a campaign and read a campaign’s figures, on a phone', async () => {
    page = await pageAt(browser, base, 'city-admin@demo.kepu', '/console/admin/campaigns', { phone: true });
    await page.getByRole('heading', { level: 1, name: '活动季管理' }).waitFor();
    const [demoScienceDay] = demoCampaigns(shanghaiToday());
    await page.getByRole('heading', { level: 2, name: demoScienceDay.name }).waitFor();
    await page.getByRole('button', { name: '新建活动季' }).click();
    await page.getByLabel('名称', { exact: true }).fill('深圳青少年科技节');
    await page.getByLabel('开始日期').fill('2027-05-15');
    await page.getByLabel('结束日期').fill('2027-05-22');
    await page.getByLabel('工程技术').check();
    await page.getByLabel('深圳市', { exact: true }).check();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { level: 2, name: '深圳青少年科技节' }).waitFor();
    const scienceDay = page.locator('li', { has: page.getByRole('heading', { level: 2, name: demoScienceDay.name }) });
    await scienceDay.getByRole('button', { name: '统计' }).click();
    await scienceDay.getByRole('row', { name: /合计/ }).waitFor();
    expect(await scienceDay.getByRole('row', { name: /合计/ }).locator('td').first().textContent()).toBe('3');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
