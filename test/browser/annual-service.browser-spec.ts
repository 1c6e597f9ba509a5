import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { shanghaiToday } from '@kepu/schedule';
import { launchBrowser, pageAt, PHONE, screenshot, seriousViolations } from '../support/browser';
import { createDraft, publish } from '../support/register';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * 年度服务考核 in headless Chromium on a phone (docs/register.md): a Futian science base that
 * served nobody last year reads "未达标" in words beside its minimum, and the district administrator
 * sets a rule of their own in the criteria editor, which refuses a negative number at the field.
 */
describe('yearly service in a browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const violations: Record<string, string[]> = {};
  let futian: SignedIn;
  let baseId: string;
  const lastYear = Number(shanghaiToday().slice(0, 4)) - 1;

  async function checkAccessibility(page: Page, name: string) {
    violations[name] = await seriousViolations(page);
    await screenshot(page, name);
  }

  beforeAll(async () => {
    t = await startTestApp();
    let operator: SignedIn, city: SignedIn;
    [operator, city, futian] = await Promise.all(
      ['operator', 'city-admin', 'futian-admin'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
    baseId = await createDraft(t, operator, {
      accreditations: [{ name: '深圳市科普教育基地', level: 'municipal', yearGranted: lastYear - 2 }],
    });
    await publish(t, baseId, operator, city);
    await t
      .http()
      .put('/api/v1/stats/service-criteria/440304')
      .set(bearer(futian))
      .send({ criteria: [{ resourceType: 'science_museum', minOpenDays: 30, minVisitors: 300 }] })
      .expect(200);
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await t?.close();
  });

  it('marks the base below its minimum in words, on a phone and in elder mode', async () => {
    const page = await pageAt(browser, base, 'futian-admin@demo.kepu', '/console/admin/stats/annual-service', {
      phone: true,
    });
    contexts.push(page.context());
    await page.getByRole('heading', { level: 1, name: '年度服务考核' }).waitFor();
    const row = page.locator(`[data-base="${baseId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('below');
    await expect(row.textContent()).resolves.toContain('未达标');
    await expect(row.textContent()).resolves.toContain('0（标准 30）');
    await expect(row.textContent()).resolves.toContain('低于标准');
    // Nothing sideways on a phone: the page is no wider than the screen.
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    await checkAccessibility(page, 'annual-service-phone');
    await page.getByRole('button', { name: '长辈模式' }).click();
    await checkAccessibility(page, 'annual-service-elder-phone');
  });

  it('lets the district administrator set a rule of their own, refusing a negative number at the field', async () => {
    const page = await pageAt(browser, base, 'futian-admin@demo.kepu', '/console/admin/stats/annual-service');
    contexts.push(page.context());
    const editor = page.locator('[data-criteria]');
    await editor.waitFor();
    const park = editor.locator('[data-type="nature_park"]');
    await expect(park.textContent()).resolves.toContain('未设置');
    await park.getByRole('checkbox').check();
    await park.locator('input[name="minOpenDays-nature_park"]').fill('12');
    await park.locator('input[name="minVisitors-nature_park"]').fill('-1');
    await park.getByRole('alert').waitFor();
    expect(await editor.getByRole('button', { name: '保存标准' }).isDisabled()).toBe(true);
    await park.locator('input[name="minVisitors-nature_park"]').fill('150');
    await editor.getByRole('button', { name: '保存标准' }).click();
    await editor.getByText('已保存。').waitFor();
    await checkAccessibility(page, 'annual-service-criteria');

    const rules = await t.app
      .get(DataSource)
      .query(
        `SELECT resource_type, min_open_days, min_visitors FROM service_criteria WHERE region_code = '440304' ORDER BY 1`,
      );
    expect(rules).toEqual([
      { resource_type: 'nature_park', min_open_days: 12, min_visitors: 150 },
      { resource_type: 'science_museum', min_open_days: 30, min_visitors: 300 },
    ]);
  });

  it('finds no serious or critical accessibility violations', () => {
    expect(violations).toEqual(
      Object.fromEntries(Object.keys(violations).map((name) => [name, []])) as Record<string, string[]>,
    );
    expect(Object.keys(violations)).toHaveLength(3);
  });
});
