import { RegionsService } from '@kepu/register';
import { OutboxRelay, ResourceIndex } from '@kepu/search';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, pageAt, screenshot, seriousViolations } from '../support/browser';
import { createDraft, publish } from '../support/register';
import { signIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * A second city on the same deployment (docs/regions.md): Beijing loaded from GB/T 2260 with one
 * published venue in 朝阳区. The figures page and the map offer both cities, on a phone.
 */
describe('two cities in a browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const pages: Page[] = [];
  const violations: Record<string, string[]> = {};
  const VENUE = '朝阳星空科普馆';

  async function phonePage(next: string): Promise<Page> {
    const page = await pageAt(browser, base, undefined, next, { phone: true });
    pages.push(page);
    return page;
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(RegionsService).addFromCatalogue('110000');
    const [operator, admin] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'admin@demo.kepu')]);
    const id = await createDraft(t, operator, {
      name: VENUE,
      regionCode: '110105',
      address: '北京市朝阳区测试路1号',
      location: { lat: 39.9219, lng: 116.4436 },
    });
    await publish(t, id, operator, admin);
    await t.app.get(ResourceIndex).reindex();
    await t.app.get(OutboxRelay).drain();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const page of pages) await page.context().close();
    await browser?.close();
    await t.close();
  });

  it('shows the busiest city’s figures first, Beijing’s once chosen, and keeps the choice', async () => {
    const page = await phonePage('/figures');
    const city = page.getByLabel('城市');
    await page.locator('tbody tr[data-region="440304"]').waitFor();
    expect(await city.locator('option').allTextContents()).toEqual(['深圳市', '北京市']);
    expect(await city.inputValue()).toBe('440300');
    await city.selectOption({ label: '北京市' });
    await page.locator('tbody tr[data-region="110105"]', { hasText: '朝阳区' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(16);
    await expect(page.locator('[data-figure="venues"] dd').textContent()).resolves.toBe('1');
    await page
      .getByText(/北京市/)
      .first()
      .waitFor();
    violations.figures = await seriousViolations(page);
    await screenshot(page, 'figures-two-cities-phone');
    // The choice is kept on this device: back on the page, Beijing's figures come first.
    await page.reload();
    await page.locator('tbody tr[data-region="110105"]').waitFor();
    expect(await page.getByLabel('城市').inputValue()).toBe('110100');
  });

  it('opens the map on the busiest city and moves to Beijing’s venues once chosen', async () => {
    const page = await phonePage('/?view=map');
    await page.locator('.map-canvas[data-markers-drawn]').waitFor();
    const marker = page.locator(`.leaflet-marker-icon[title="${VENUE}"]`);
    // Shenzhen's venues fill the map; Beijing lies far outside it.
    expect(await marker.count()).toBe(0);
    await page.getByLabel('城市').selectOption({ label: '北京市' });
    await marker.waitFor();
    const [pin, canvas] = [await marker.boundingBox(), await page.locator('.map-canvas').boundingBox()];
    expect(pin && canvas).toBeTruthy();
    const inside = (p: NonNullable<typeof pin>, c: NonNullable<typeof canvas>) =>
      p.x >= c.x && p.y >= c.y && p.x + p.width <= c.x + c.width && p.y + p.height <= c.y + c.height;
    expect(inside(pin!, canvas!)).toBe(true);
    violations.map = await seriousViolations(page);
    await screenshot(page, 'map-two-cities-phone');
  });

  it('has no serious accessibility violations', () => {
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
  });
});
