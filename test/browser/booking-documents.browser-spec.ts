import { DataSource } from 'typeorm';
import type { Browser, Page } from 'playwright-core';
import { pageAt, screenshot, seriousViolations, startBrowserApp } from '../support/browser';
import type { TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * A visitor from abroad books a real-name lab open day in English with a passport, on a phone
 * (docs/booking-rules.md, "Identity documents"): the form asks for the kind of document and the
 * issuing country, checks the number as the server would, and the booking keeps the passport masked.
 */
describe('booking with a passport, in English', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ t, base, browser, close } = await startBrowserApp());
  });
  afterAll(async () => {
    await page?.context().close();
    await close?.();
  });

  it('books with a passport and its country, and refuses a passport without one next to the field', async () => {
    const [{ id: offeringId }] = await t.app
      .get(DataSource)
      .query(`SELECT id FROM offerings WHERE title = '实验室开放参观' AND real_name`);
    const slots = await t.http().get(`/api/v1/offerings/${offeringId}/availability`).expect(200);
    const open = (slots.body as { status: string; start: string }[]).find((s) => s.status === 'open')!;
    page = await pageAt(browser, base, 'family@demo.kepu', `/book/${offeringId}?date=${open.start.slice(0, 10)}`, {
      phone: true,
    });
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.slot-choice[data-status="open"] input').first().check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();

    const visitor = page.locator('fieldset.visitor').first();
    await visitor.getByLabel('Name').fill('Jane Doe');
    await visitor.getByLabel('Identity document').selectOption('passport');
    await visitor.getByLabel('Document number').fill('C01X00T47');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    // No country yet: the form says so beside the number and stays on this step.
    await visitor.getByText('Choose the country that issued the passport').waitFor();
    await visitor.getByLabel('Issuing country').selectOption('GBR');
    expect(await visitor.getByLabel('Issuing country').locator('option:checked').textContent()).toContain(
      'United Kingdom',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'booking-passport-english');
    await page.getByRole('button', { name: 'Next', exact: true }).click();

    await page.getByLabel('Mobile number').fill('13800138000');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await page.getByRole('heading', { name: 'Booked' }).waitFor();

    const code = (await page.locator('.booking-code').textContent())?.trim();
    const login = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ login: 'family@demo.kepu', password: 'kepu-demo-2026' });
    const mine = await t.http().get('/api/v1/bookings/mine').set('Authorization', `Bearer ${login.body.accessToken}`);
    const booked = mine.body.items.find((b: { code: string }) => b.code === code);
    expect(booked.visitors).toEqual([
      { name: 'Jane Doe', category: 'adult', idNumber: 'C0*****47', documentType: 'passport', documentCountry: 'GBR' },
    ]);
  });
});
