import { addDays, shanghaiToday } from '@kepu/schedule';
import { ResourceIndex } from '@kepu/search';
import { StatsRollupJob } from '@kepu/stats';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { book, bookingBody } from '../support/booking';
import { pageAt, PHONE, screenshot, seriousViolations, startBrowserApp } from '../support/browser';
import { decideGroupVisit, groupRequestBody, requestGroupVisit } from '../support/groups';
import { createDraft, publish } from '../support/register';
import { createOffering, putHours } from '../support/schedule';
import { signIn } from '../support/sessions';
import type { TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * English that reads as English, and statistics that match their cards, on a phone: a venue with
 * an English name holds an event in five days, the demo school's class of 40 is approved for it and
 * a family of one books it. Read in English, the lists name the venue in English and count in the
 * singular where there is one; the students chart shows the 40 its card shows; a pie of zeros says
 * there is no data; the weekly chart and its export have the same weeks; elder mode keeps the cards
 * whole.
 */
describe('English and statistics in a browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let close: () => Promise<void>;
  const contexts: BrowserContext[] = [];
  const violations: Record<string, string[]> = {};
  const ENGLISH_NAME = 'Riverside Science Hall';
  let venueName: string;
  let resourceId: string;
  const today = shanghaiToday();
  const visitDay = addDays(today, 5);

  async function phonePage(login: string | undefined, next: string, english = true): Promise<Page> {
    const page = await pageAt(browser, base, login, next, { phone: true, acceptDownloads: true });
    contexts.push(page.context());
    if (english) await page.getByRole('button', { name: 'English' }).click();
    return page;
  }

  async function check(page: Page, name: string) {
    violations[name] = await seriousViolations(page);
    await screenshot(page, name);
  }

  /** The operator's statistics for one venue over a custom period, in the language the page is in. */
  async function venueStats(page: Page, from: string, to: string) {
    await page.locator('select[name="venue"]').selectOption(resourceId);
    await page.locator('select[name="preset"]').selectOption('custom');
    await page.locator('input[type="date"]').first().fill(from);
    await page.locator('input[type="date"]').last().fill(to);
    await page.locator('.filters button[type="submit"], .filters button').last().click();
    await page.locator('[data-answer]', { hasText: ENGLISH_NAME }).waitFor();
  }

  beforeAll(async () => {
    ({ t, base, browser, close } = await startBrowserApp());
    const [operator, city, school] = await Promise.all([
      signIn(t, 'operator@demo.kepu'),
      signIn(t, 'city-admin@demo.kepu'),
      signIn(t, 'school@demo.kepu'),
    ]);
    resourceId = await createDraft(t, operator, { nameEn: ENGLISH_NAME });
    await putHours(t, operator, resourceId);
    await publish(t, resourceId, operator, city);
    const offering = await createOffering(t, operator, resourceId, {
      title: '馆校合作课程',
      kind: 'event',
      slotMinutes: 60,
      capacity: 30,
      groupCapacity: 100,
      dates: [visitDay],
      startTimes: ['09:30', '14:00'],
    });
    const db = t.app.get(DataSource);
    const slots: { id: string }[] = await db.query(`SELECT id FROM slots WHERE offering_id = $1 ORDER BY starts_at`, [
      offering.id,
    ]);
    [{ name: venueName }] = await db.query(`SELECT name FROM resources WHERE id = $1`, [resourceId]);

    const asked = await requestGroupVisit(t, school, groupRequestBody(offering.id as string, [slots[0].id]));
    if (asked.status !== 201) throw new Error(`group request: ${asked.status} ${JSON.stringify(asked.body)}`);
    await decideGroupVisit(t, operator, asked.body.id, { decision: 'approve' }).expect(200);
    const family = await signIn(t, 'family@demo.kepu');
    const booked = await book(t, family, bookingBody(slots[1].id));
    if (booked.status !== 201) throw new Error(`booking: ${booked.status} ${JSON.stringify(booked.body)}`);
    await t.app.get(StatsRollupJob).run();
    await t.app.get(ResourceIndex).reindex();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await close?.();
  });

  it('names the venue in English in search results, and in Chinese to Chinese readers', async () => {
    const page = await phonePage(undefined, `/?q=${encodeURIComponent(venueName)}`);
    const hit = page.locator('.hit h2 a').first();
    await hit.getByText(ENGLISH_NAME, { exact: true }).waitFor();
    expect(await page.locator('.hit', { hasText: venueName }).count()).toBe(0);
    await check(page, 'english-search-results');

    await page.getByRole('button', { name: '中文' }).click();
    await page.locator('.hit h2 a').first().getByText(venueName, { exact: true }).waitFor();
  });

  it('counts the students in the chart as the card does, in the singular for one visit', async () => {
    const page = await phonePage('operator@demo.kepu', '/console/operator/stats');
    await venueStats(page, today, addDays(today, 10));

    const students = page.locator('[data-stat="students"]');
    await students.locator('.stat-value').getByText('40', { exact: true }).waitFor();
    await students.getByText('1 group visit approved', { exact: true }).waitFor();
    // The chart of students by grade band adds up to the card: 40, not one group.
    const grades = page.locator('[data-chart="students-by-grade"]');
    await grades.locator('canvas').first().waitFor();
    await grades.locator('summary').click();
    const cells = await grades.locator('table tbody tr td').allTextContents();
    expect(cells.map((cell) => cell.trim())).toEqual(['40']);
    // The venue table names the venue in English.
    await page.locator('.venue-table th', { hasText: ENGLISH_NAME }).waitFor();
    await check(page, 'english-stats-students');
  });

  it('says there is no data yet where a pie would show only zeros', async () => {
    // The family's place is booked and nobody has come yet: served by category is all zeros.
    const page = await phonePage('operator@demo.kepu', '/console/operator/stats');
    await venueStats(page, today, addDays(today, 10));
    const category = page.locator('[data-chart="served-by-category"]');
    await category.locator('.notice').getByText('No data yet', { exact: true }).waitFor();
    expect(await category.locator('canvas').count()).toBe(0);

    await page.getByRole('button', { name: '中文' }).click();
    await category.locator('.notice').getByText('暂无数据', { exact: true }).waitFor();
  });

  it('exports the weekly chart with the same weeks as it draws', async () => {
    // About a quarter, shown by week: every Monday from the week of `from` to that of `to`.
    const from = addDays(today, -90);
    const to = addDays(today, 10);
    const page = await phonePage('operator@demo.kepu', '/console/operator/stats');
    await venueStats(page, from, to);
    const series = page.locator('[data-chart="series"]');
    await series.locator('canvas').first().waitFor();
    await series.locator('summary').click();
    const drawn = await series.locator('table tbody tr th').allTextContents();
    const mondays: string[] = [];
    const start = new Date(`${from}T00:00:00Z`);
    start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
    for (const day = start; day.toISOString().slice(0, 10) <= to; day.setUTCDate(day.getUTCDate() + 7))
      mondays.push(day.toISOString().slice(0, 10));
    expect(drawn.map((cell) => cell.trim())).toEqual(mondays);
    // "15 weeks", not "15 week periods".
    await series.locator('.chart-summary', { hasText: `${mondays.length} weeks:` }).waitFor();

    const downloading = page.waitForEvent('download');
    await series.getByRole('button', { name: /CSV/ }).click();
    const file = await (await downloading).path();
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(mondays);
  });

  it('keeps each card whole in elder mode on a phone', async () => {
    const page = await phonePage('operator@demo.kepu', '/console/operator/stats');
    await venueStats(page, today, addDays(today, 10));
    await page.getByRole('button', { name: 'Elder mode' }).click();
    expect(await page.locator('html').getAttribute('class')).toContain('elder');
    await page.locator('[data-stat="students"] .stat-value').getByText('40', { exact: true }).waitFor();
    // Nothing shown reaches past the right edge of its card (the venue chooser did), nor past the
    // screen; a table that scrolls inside its own box is clipped there, not past the card.
    const overflowing = await page.locator('.card').evaluateAll((cards) =>
      cards.flatMap((card) => {
        const right = card.getBoundingClientRect().right;
        const where = card.getAttribute('data-table') ?? card.getAttribute('data-chart') ?? card.className;
        const { getComputedStyle } = globalThis as unknown as { getComputedStyle(el: unknown): { overflowX: string } };
        const clipped = (el: typeof card): boolean => {
          for (let up = el.parentElement; up && up !== card; up = up.parentElement)
            if (getComputedStyle(up).overflowX !== 'visible') return true;
          return false;
        };
        return [...card.querySelectorAll('*')]
          .filter((el) => el.checkVisibility() && !clipped(el) && el.getBoundingClientRect().right > right + 1)
          .map(
            (el) =>
              `${where}: ${el.tagName.toLowerCase()}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}`,
          );
      }),
    );
    expect(overflowing).toEqual([]);
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    await check(page, 'english-stats-elder-phone');
  });

  it('names the venue in English in my bookings', async () => {
    const page = await phonePage('family@demo.kepu', '/me/bookings');
    await page.locator('a', { hasText: ENGLISH_NAME }).first().waitFor();
    expect(await page.getByText(venueName).count()).toBe(0);
    await check(page, 'english-my-bookings');
  });

  it('finds no serious or critical accessibility violations on the pages visited', () => {
    expect(Object.entries(violations).filter(([, found]) => found.length)).toEqual([]);
  });
});
