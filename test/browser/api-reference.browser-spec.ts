import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

/** The API reference a developer outside the team starts from, in real Chromium under the real CSP. */
describe('API reference at /api/docs', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('renders the guide and the operations from /api/docs-json, with nothing refused by the CSP', async () => {
    const page = await browser.newPage({ baseURL: (await t.app.getUrl()).replace('[::1]', '127.0.0.1') });
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') refused.push(message.text());
    });
    await page.goto('/api/docs');
    await page.getByRole('heading', { name: 'Signing in' }).first().waitFor();
    await screenshot(page, 'api-reference');
    // Each domain is a tag in the sidebar; opening one lists its operations by summary.
    await page.getByText('booking', { exact: true }).first().click();
    await page.getByText('Books a slot for a party', { exact: false }).first().waitFor();
    expect(refused.filter((text) => /Content Security Policy|Refused/.test(text))).toEqual([]);
  });
});
