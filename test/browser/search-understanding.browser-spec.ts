import { OutboxRelay, ResourceIndex } from '@kepu/search';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, pageAt, screenshot, seriousViolations } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * A query that is only a district and a kind of venue (docs/search.md): the search page says how it
 * was read, as a chip, and one tap searches the words as typed instead. On a phone, in Chinese.
 */
describe('place and kind words on the search page', () => {
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
    await page?.context().close();
    await browser?.close();
    await t.close();
  });

  const hitNames = () => page.locator('.results[aria-busy="false"] .hit-list li h2').allTextContents();

  it('shows the district and kind applied as a chip, and searches the words as typed on request', async () => {
    page = await pageAt(browser, base, undefined, `/?q=${encodeURIComponent('福田 博物馆')}`, { phone: true });
    const understood = page.locator('.notice.understood');
    await understood.locator('.tag', { hasText: '福田区 · 含科普内容的博物馆' }).waitFor();
    expect(await understood.textContent()).toContain('按地区和类型筛选');
    expect((await hitNames()).map((name) => name.trim())).toEqual(['深圳博物馆（历史民俗馆）']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'search-understood');

    await understood.getByRole('button', { name: '按原文搜索' }).click();
    await page.waitForURL((url) => url.searchParams.get('asTyped') === 'true');
    await understood.waitFor({ state: 'detached' });
    await page.locator('.results[aria-busy="false"] .hit-list li').nth(1).waitFor();
    expect((await hitNames()).length).toBeGreaterThan(1);

    // A new search is read afresh.
    const field = page.getByRole('combobox', { name: /搜索场馆/ });
    await field.fill('宝安');
    await field.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === '宝安' && !url.searchParams.has('asTyped'));
    await understood.locator('.tag', { hasText: '宝安区' }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await understood.getByRole('button', { name: 'Search the words as typed' }).waitFor();
    expect(await understood.textContent()).toContain('Filtered by district and kind');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
