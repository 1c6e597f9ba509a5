import { OutboxRelay, ResourceIndex } from '@kepu/search';
import type { Page } from 'playwright-core';
import { pageAt, PHONE, screenshot, seriousViolations, startBrowserApp } from '../support/browser';
import type { TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * Pinyin for kinds of venue, and what the search page offers when nothing is found (docs/search.md,
 * "Nothing found"): a "did you mean" and the kinds of venue in the city, each a tap away. On a
 * phone, in Chinese, English and elder mode.
 */
describe('search suggestions on a phone', () => {
  let t: TestApp;
  let base: string;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    let browser;
    ({ t, base, browser, close } = await startBrowserApp());
    await t.app.get(ResourceIndex).reindex();
    await t.app.get(OutboxRelay).drain();
    page = await pageAt(browser, base, undefined, '/', { phone: true });
  });
  afterAll(async () => {
    await page?.context().close();
    await close();
  });

  const results = () => page.locator('.results[aria-busy="false"]');
  const hitNames = async () =>
    (await results().locator('.hit-list li h2').allTextContents()).map((name) => name.trim());
  const suggestions = () => page.getByRole('region', { name: '搜索建议' });

  async function searchFor(text: string) {
    const field = page.getByRole('combobox', { name: /搜索场馆/ });
    await field.fill(text);
    await field.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === text);
  }

  it('finds the observatory by the initials of 天文馆, as one types and on search', async () => {
    await page.getByRole('combobox', { name: /搜索场馆/ }).fill('twg');
    await page.getByRole('listbox').getByRole('option', { name: '深圳市天文台' }).waitFor();
    await searchFor('twg');
    await page.locator('.notice.understood .tag', { hasText: '天文馆' }).waitFor();
    expect(await hitNames()).toContain('深圳市天文台');
  });

  it('offers a did-you-mean and the kinds of venue in the city when nothing is found; a tap runs either', async () => {
    await searchFor('tianwenguna');
    await results().getByText('没有找到符合条件的场馆').waitFor();
    const region = suggestions();
    await region.getByText('您是不是要找：').waitFor();
    await region.getByText('按类型看看深圳市的场馆：').waitFor();
    const kinds = region.getByRole('listitem');
    expect(await kinds.count()).toBeGreaterThan(2);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'search-suggestions-phone');

    await region.getByRole('button', { name: '天文馆', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === '天文馆');
    await results().locator('.hit-list li').first().waitFor();
    expect(await hitNames()).toContain('深圳市天文台');

    // A kind chip shows that kind in the city, as many as it said.
    await searchFor('xqzxqzxqz');
    const chip = suggestions().getByRole('button', { name: /^科技馆（\d+）$/ });
    const count = Number((await chip.textContent())!.match(/（(\d+)）/)![1]);
    await chip.click();
    await page.waitForURL(
      (url) =>
        !url.searchParams.has('q') &&
        url.searchParams.get('type') === 'science_museum' &&
        url.searchParams.get('district') === '440300',
    );
    await results().getByText(`共找到 ${count} 个场馆`).waitFor();
    expect(await page.getByRole('combobox', { name: /搜索场馆/ }).inputValue()).toBe('');
  });

  it('reads in English and keeps to the screen in elder mode', async () => {
    await searchFor('tianwenguna');
    await suggestions().waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    const region = page.getByRole('region', { name: 'Suggestions' });
    await region.getByText('Did you mean:').waitFor();
    await region.getByText('Browse venues in Shenzhen by kind:').waitFor();
    await region.getByRole('button', { name: /^Planetarium \(\d+\)$/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Elder mode' }).click();
    expect(await page.locator('html').getAttribute('class')).toContain('elder');
    await region.getByRole('button', { name: '天文馆', exact: true }).waitFor();
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    await screenshot(page, 'search-suggestions-elder-en');
  });
});
