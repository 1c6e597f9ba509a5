import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { OutboxRelay, ResourceIndex } from '@kepu/search';
import { launchBrowser, pageAt, screenshot, seriousViolations } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * On a phone, without an account: the footer's 数据开放 link to the open-data page and its files,
 * and the search filters "今天开放" and the concessions, which elder mode keeps.
 */
describe('open data and the new search filters in a browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ResourceIndex).reindex();
    await t.app.get(OutboxRelay).drain();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('links the open-data page from the footer: formats, licence, count and downloads', async () => {
    page = await pageAt(browser, base, undefined, '/', { phone: true });
    await page.getByRole('link', { name: '数据开放 Open data' }).click();
    await page.getByRole('heading', { level: 1, name: '数据开放' }).waitFor();
    const csv = page.getByRole('link', { name: '下载 CSV' });
    await csv.waitFor();
    expect(await csv.getAttribute('href')).toBe('/api/v1/open-data/resources.csv');
    await expect(page.getByRole('link', { name: '下载 XLSX' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: '下载 GEOJSON' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'CC BY 4.0' }).getAttribute('rel')).resolves.toContain('license');
    const [{ n }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM resources WHERE status = 'published'`);
    await expect(page.getByText(`共 ${n} 条记录`).isVisible()).resolves.toBe(true);
    // Nothing wider than the phone.
    const overflow = await page.evaluate(() => {
      const root = (
        globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
      ).document.documentElement;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
    });
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    await screenshot(page, 'open-data-phone');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('filters search by open today and a concession, also in elder mode', async () => {
    page = await pageAt(browser, base, undefined, '/', { phone: true });
    await page.getByRole('button', { name: '长辈模式' }).click();
    await page.locator('details.filters summary').click();
    await page.getByLabel('今天开放').selectOption('true');
    await page.waitForURL((url) => url.searchParams.get('openToday') === 'true');
    await page.getByLabel('优惠').selectOption('senior_free');
    await page.waitForURL((url) => url.searchParams.get('concession') === 'senior_free');
    await page.locator('.results[aria-busy="false"]').waitFor();
    const select = page.getByLabel('优惠');
    const box = await select.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await expect(select.inputValue()).resolves.toBe('senior_free');
    await screenshot(page, 'search-open-today-elder');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
