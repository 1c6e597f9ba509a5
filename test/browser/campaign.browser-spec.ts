import type { Browser, Page } from 'playwright-core';
import { EventIndexCheckJob } from '@kepu/campaigns';
import { demoCampaigns } from '@kepu/demo';
import { shanghaiToday } from '@kepu/schedule';
import { launchBrowser, pageAt, screenshot, seriousViolations } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

type Doc = { documentElement: { scrollWidth: number; clientWidth: number } };
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = (globalThis as unknown as { document: Doc }).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

/**
 * On a phone, without an account: the campaigns list, and the demo's 全国科普日 page listing
 * and mapping its events by day, filtered by district; event search on the campaigns page in
 * Chinese and pinyin, to the venue page where the event is booked (docs/campaigns.md).
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

    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'campaign-phone');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('searches events in Chinese and pinyin, filters them by district, opens one to book it, and passes axe', async () => {
    // The worker is off in tests: the check job fills the events index, as it does on a new deployment.
    await t.app.get(EventIndexCheckJob).run();
    page = await pageAt(browser, base, undefined, '/campaigns', { phone: true });
    await page.getByRole('heading', { level: 2, name: '搜索活动' }).waitFor();
    const box = page.getByRole('searchbox', { name: '活动或场馆名称' });
    const titles = page.locator('[data-test="event-hit"] h3');
    /** The hits' titles once the list shows what `done` waits for. */
    const shown = async (done: (titles: string[]) => boolean): Promise<string[]> => {
      for (let waited = 0; ; waited += 100) {
        const busy = await page.locator('.event-search [aria-busy="true"]').count();
        const now = await titles.allTextContents();
        if (!busy && done(now)) return now;
        if (waited > 30_000) throw new Error(`event hits stayed ${JSON.stringify(now)}`);
        await page.waitForTimeout(100);
      }
    };

    await box.fill('星空观测');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === '星空观测');
    expect((await shown((now) => now.length > 0))[0]).toBe('全国科普日·星空观测夜');
    // The words search matched are marked.
    await expect(page.locator('[data-test="event-hit"] h3 mark').first().textContent()).resolves.toContain('星空');

    await box.fill('kepuri');
    await box.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'kepuri');
    const pinyin = await shown((now) => now.includes('全国科普日·科学实验秀'));
    expect(pinyin).toEqual(
      expect.arrayContaining(['全国科普日·科学实验秀', '全国科普日·星空观测夜', '全国科普日·实验室开放日']),
    );

    await page.getByText('筛选', { exact: true }).click();
    await page.getByLabel('区').selectOption({ label: '福田区' });
    await page.waitForURL((url) => url.searchParams.get('district') === '440304');
    expect(await shown((now) => now.length === 1)).toEqual(['全国科普日·科学实验秀']);
    const hit = page.locator('[data-test="event-hit"]');
    expect(await hit.textContent()).toContain('深圳市科学馆');
    expect(await hit.textContent()).toMatch(/日期：\d+月\d+日/);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'event-search-phone');
    expect(await seriousViolations(page)).toEqual([]);

    // Nothing found says so, and offers to clear the filters.
    await box.fill('qqqzzzxxx');
    await box.press('Enter');
    await page.getByText('没有找到符合条件的活动。').waitFor();
    await page.locator('.no-events').getByRole('button', { name: '清除筛选' }).click();
    await page.waitForURL((url) => !url.searchParams.has('district') && url.searchParams.get('q') === 'qqqzzzxxx');
    expect(await seriousViolations(page)).toEqual([]);

    // Elder mode keeps the page within a phone's width.
    await box.fill('kepuri');
    await box.press('Enter');
    await shown((now) => now.includes('全国科普日·科学实验秀'));
    await page.getByRole('button', { name: '长辈模式' }).click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: /长辈模式/ }).click();

    // The event opens on its venue's page, at its calendar, where it is booked.
    await page.getByText('筛选', { exact: true }).click();
    await page.getByLabel('区').selectOption({ label: '福田区' });
    await shown((now) => now.length === 1);
    await page.getByRole('link', { name: '全国科普日·科学实验秀' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/venues/') && url.hash.startsWith('#offering-'));
    await page.getByRole('heading', { level: 1, name: '深圳市科学馆' }).waitFor();
    const event = page.getByRole('heading', { level: 3, name: '全国科普日·科学实验秀' });
    await event.waitFor();
    // Its heading takes the focus, so a keyboard or screen reader carries on from the event.
    await page.waitForFunction(
      () =>
        (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document
          .activeElement?.textContent === '全国科普日·科学实验秀',
    );
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
