import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { book, bookableEvent, bookingBody, idNumberFor, openForCheckIn, visitorAccounts } from '../support/booking';
import { launchBrowser, PHONE, screenshot, seriousViolations, signInAs } from '../support/browser';
import { signIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(180_000);

/** What the page's own scripts see, which Node's types do not describe. */
interface PageGlobals {
  localStorage: { setItem(key: string, value: string): void };
  navigator: {
    serviceWorker: { getRegistration(scope: string): Promise<{ active: { state: string } | null } | undefined> };
  };
}

/**
 * The gate keeps admitting people when its network drops (docs/booking-rules.md, "Offline
 * check-in"), on a phone and in elder mode: the check-in page opens from the service worker
 * without a network, checks two visitors in from the list kept on the phone, says how many wait
 * to be sent, and sends them when the network is back: both recorded once on the server.
 */
describe('offline check-in at the gate', () => {
  let t: TestApp;
  let db: DataSource;
  let base: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** Two families' codes for each run, booked into a slot that is then open at the gate. */
  const codes: string[][] = [];

  async function gatePage(elder: boolean): Promise<{ page: Page; context: BrowserContext }> {
    const context = await browser.newContext({ ...PHONE, baseURL: base, locale: 'zh-CN' });
    contexts.push(context);
    if (elder)
      await context.addInitScript(() => (globalThis as unknown as PageGlobals).localStorage.setItem('kepu.elder', '1'));
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await signInAs(page, 'operator@demo.kepu', '/console/operator/check-in');
    await page.getByRole('heading', { name: '入场核验' }).waitFor();
    return { page, context };
  }

  /** Waits (up to 20 s) until the console's service worker is installed, with the app's files, and active. */
  async function swActive(page: Page): Promise<boolean> {
    for (let i = 0; i < 40; i++) {
      const state = await page.evaluate(async () => {
        const registration = await (globalThis as unknown as PageGlobals).navigator.serviceWorker.getRegistration(
          '/console/',
        );
        return registration?.active?.state;
      });
      if (state === 'activated') return true;
      await page.waitForTimeout(500);
    }
    return false;
  }

  async function typeCode(page: Page, code: string) {
    await page.getByLabel('预约码').fill(code);
    await page.getByRole('button', { name: '核验入场' }).click();
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
    const [operator, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);
    const {
      slotIds: [slotId],
    } = await bookableEvent(t, operator, city, { title: '离线核验测试', realName: true, capacity: 20 });
    const visitors = await visitorAccounts(t, 4);
    for (const [n, visitor] of visitors.entries()) {
      const body = bookingBody(slotId, {
        visitors: [{ name: `离线${n}号`, idNumber: idNumberFor(600 + n), category: 'adult' }],
      });
      const res = await book(t, visitor, body);
      if (res.status !== 201) throw new Error(`booking failed: ${JSON.stringify(res.body)}`);
      (codes[n >> 1] ??= []).push(res.body.code);
    }
    await openForCheckIn(t, slotId);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await t.close();
  });

  it.each([
    ['on a phone', 0, false],
    ['on a phone in elder mode', 1, true],
  ])('checks two visitors in without a network and sends both once when it is back, %s', async (_how, run, elder) => {
    const pair = codes[run];
    const { page, context } = await gatePage(elder);
    if (elder) expect(await page.locator('html').getAttribute('class')).toContain('elder');
    // Online first: the day's list is kept on the phone and the app's files by the service worker.
    await page.getByTestId('gate-list').waitFor();
    // Installed and active; then a reload online puts the page under it. (Not `serviceWorker.ready`:
    // it follows the URL the page was first opened at, the sign-in page.)
    await expect(swActive(page)).resolves.toBe(true);
    await page.reload();
    await page.getByTestId('gate-list').waitFor();

    await context.setOffline(true);
    // The page opens again without a network, from what the phone kept.
    await page.reload();
    await page.getByRole('heading', { name: '入场核验' }).waitFor();
    await page.getByText('离线 · 0 条待同步').waitFor();
    await page.getByText('Offline · 0 waiting to send').waitFor();

    // Typed as a person would: lower case, with a hyphen.
    await typeCode(page, `${pair[0].slice(0, 5)}-${pair[0].slice(5)}`.toLowerCase());
    await page.locator('.check-in-result[data-outcome="ok"][data-offline="true"]').waitFor();
    await page.getByText('核验成功，请入场').waitFor();
    expect(await page.locator('.check-in-result .names').textContent()).toBe('离***');
    await page.getByRole('button', { name: '继续核验' }).click();
    await typeCode(page, pair[1]);
    await page.locator('.check-in-result[data-offline="true"]').waitFor();
    await page.getByRole('button', { name: '继续核验' }).click();
    // The same code again is refused on the phone too.
    await typeCode(page, pair[0]);
    await page.locator('.check-in-result[data-outcome="ALREADY_CHECKED_IN"]').waitFor();
    await page.getByRole('button', { name: '继续核验' }).click();

    await page.getByText('离线 · 2 条待同步').waitFor();
    await page.getByText('Offline · 2 waiting to send').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, elder ? 'offline-check-in-elder-phone' : 'offline-check-in-phone');
    // Large type and the console's navigation keep to the phone's width: nothing scrolls sideways.
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    const before = await db.query(`SELECT status FROM bookings WHERE code = ANY($1)`, [pair]);
    expect(before.map((b: { status: string }) => b.status)).toEqual(['confirmed', 'confirmed']);

    // The network is back: the queue goes out by itself, and the banner goes.
    await context.setOffline(false);
    await page.locator('.gate-network').waitFor({ state: 'detached' });
    const after: { id: string; status: string; device: string }[] = await db.query(
      `SELECT id, status, checked_in_device AS device FROM bookings WHERE code = ANY($1)`,
      [pair],
    );
    expect(after.map((b) => b.status)).toEqual(['checked_in', 'checked_in']);
    expect(after[0].device).toMatch(/^dev-/);
    expect(after[1].device).toBe(after[0].device);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'booking.checked_in' AND subject_id = ANY($1)`,
      [after.map((b) => b.id)],
    );
    expect(n).toBe(2);
    expect(await page.locator('.gate-problems').count()).toBe(0);
  });
});
