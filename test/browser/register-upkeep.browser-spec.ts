import { ReconfirmationJob } from '@kepu/register';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { launchBrowser, pageAt, screenshot, seriousViolations } from '../support/browser';
import { createDraft, publish } from '../support/register';
import { signIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

const SHANGHAI = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
const day = (days: number) => SHANGHAI.format(new Date(Date.now() + days * 86_400_000));

/**
 * Keeping an entry current in a browser (docs/register.md): the public page of a venue nobody
 * confirmed for 15 months, on a phone; the administrators' stale queue; the operator's one-tap
 * confirmation on a phone.
 */
describe('stale entries and expired accreditations, in a browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let venueId: string;
  const name = `信息待更新测试馆 ${Math.random().toString(36).slice(2, 8)}`;

  async function checkAccessibility(page: Page, shot: string) {
    await screenshot(page, shot);
    expect({ [shot]: await seriousViolations(page) }).toEqual({ [shot]: [] });
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    const [operator, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);
    venueId = await createDraft(t, operator, {
      name,
      accreditations: [
        { name: '国家级科普教育基地', level: 'national', yearGranted: 2018, expiresOn: day(-3) },
        { name: '深圳市科普教育基地', level: 'municipal', yearGranted: 2022, expiresOn: day(300) },
      ],
    });
    await publish(t, venueId, operator, city);
    await t.app
      .get(DataSource)
      .query(`UPDATE resources SET confirmed_at = now() - interval '15 months 2 days' WHERE id = $1`, [venueId]);
    await t.app.get(ReconfirmationJob).run(new Date());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('marks the public page "信息待更新" and an expired accreditation "已过期", on a phone', async () => {
    const page = await pageAt(browser, base, undefined, `/venues/${venueId}`, { phone: true });
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(await page.locator('.stale-mark').textContent()).toContain('信息待更新');
    const accreditations = await page.locator('[aria-labelledby="accreditations-title"] li').allTextContents();
    expect(accreditations[0]).toContain('已过期');
    expect(accreditations[1]).not.toContain('已过期');
    expect(accreditations[1]).toContain(`有效期至 ${day(300)}`);
    await checkAccessibility(page, 'venue-stale-phone');
    await page.context().close();
  });

  it('lists it in the administrators’ stale queue, out of search', async () => {
    const page = await pageAt(browser, base, 'futian-admin@demo.kepu', '/console/admin/stale');
    await page.getByRole('heading', { level: 1, name: '待更新条目' }).waitFor();
    const row = page.locator(`tr[data-resource="${venueId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('已移出搜索');
    expect(await row.textContent()).toContain('15 个月');
    await checkAccessibility(page, 'admin-stale-queue');
    await page.context().close();
  });

  it('lets the operator confirm the details unchanged with one tap, on a phone', async () => {
    const page = await pageAt(browser, base, 'operator@demo.kepu', `/console/operator/venues/${venueId}`, {
      phone: true,
    });
    const panel = page.locator('[data-test="confirmation"]');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('上次确认');
    expect(await panel.textContent()).toContain('不出现在搜索结果中');
    await checkAccessibility(page, 'operator-confirmation-phone');
    await page.getByRole('button', { name: '信息无变化，确认' }).click();
    await page.getByText('已确认，感谢！').waitFor();
    await panel.waitFor({ state: 'detached' });
    const [row] = await t.app
      .get(DataSource)
      .query(`SELECT confirmed_at, hidden_from_search_at, stale_since FROM resources WHERE id = $1`, [venueId]);
    expect(Date.now() - row.confirmed_at.getTime()).toBeLessThan(60_000);
    expect([row.hidden_from_search_at, row.stale_since]).toEqual([null, null]);
    await page.context().close();
  });
});
