import { randomUUID } from 'node:crypto';
import { StatsRollupJob } from '@kepu/stats';
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import {
  book,
  bookableEvent,
  bookingBody,
  IDS,
  idNumberFor,
  openForCheckIn,
  visitorAccounts,
} from '../support/booking';
import { pageAt, screenshot, seriousViolations, startBrowserApp } from '../support/browser';
import { bearer, signIn, SignedIn } from '../support/sessions';
import type { TestApp } from '../support/test-app';

jest.setTimeout(120_000);

interface Overview {
  register: { venues: number };
  service: { peopleServed: number; rates: { utilisation: number | null; noShow: number | null } };
}

/**
 * The statistics screens in real headless Chromium against the real API: a venue of the demo
 * operator serves a few visitors today (checked in at the gate, one party does not come), the
 * rollup runs, and the city administrator, a district administrator, the operator and a member of
 * the public each see the figures the API gives them, drawn as charts and readable as tables.
 */
describe('statistics in a browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let close: () => Promise<void>;
  const contexts: BrowserContext[] = [];
  const violations: Record<string, string[]> = {};
  let operator: SignedIn;
  let city: SignedIn;
  let venueName: string;

  async function pageAs(login: string | undefined, next: string, phone = false): Promise<Page> {
    const page = await pageAt(browser, base, login, next, { phone, acceptDownloads: true });
    contexts.push(page.context());
    return page;
  }

  async function checkAccessibility(page: Page, name: string) {
    violations[name] = await seriousViolations(page);
    await screenshot(page, name);
  }

  const api = async <T>(who: SignedIn, path: string): Promise<T> => {
    const res = await t.http().get(`/api/v1${path}`).set(bearer(who));
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  };

  /** The figure a headline card shows, as the page formats it. */
  const card = (page: Page, key: string) => page.locator(`[data-stat="${key}"] .stat-value`);
  /** Waits until a headline card shows this figure (after a change, the old one shows until the answer arrives). */
  const cardShows = (page: Page, key: string, text: string) =>
    page.locator(`[data-stat="${key}"] .stat-value`).getByText(text, { exact: true }).waitFor();
  const zhNumber = (n: number) => n.toLocaleString('zh-CN');
  const zhPercent = (n: number | null) =>
    n === null
      ? '—'
      : n.toLocaleString('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

  beforeAll(async () => {
    ({ t, base, browser, close } = await startBrowserApp());
    [operator, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);

    // A venue of the operator's organisation (福田区) with a session today: four parties book,
    // three come (one family of two), one does not.
    const { resourceId, slotIds } = await bookableEvent(t, operator, city);
    const [{ name }] = await t.app.get(DataSource).query(`SELECT name FROM resources WHERE id = $1`, [resourceId]);
    venueName = name;
    const visitors = await visitorAccounts(t, 4);
    const parties = [
      [
        { name: '张大明', idNumber: IDS.parent, category: 'adult' },
        { name: '张小明', idNumber: IDS.child, category: 'child' },
      ],
      [{ name: '李奶奶', idNumber: IDS.senior, category: 'senior' }],
      [{ name: '王五', idNumber: idNumberFor(7), category: 'adult' }],
      [{ name: '赵六', idNumber: idNumberFor(8), category: 'adult' }],
    ];
    const codes: string[] = [];
    for (const [i, party] of parties.entries()) {
      const res = await book(t, visitors[i], bookingBody(slotIds[0], { visitors: party }));
      if (res.status !== 201) throw new Error(`booking: ${res.status} ${JSON.stringify(res.body)}`);
      codes.push(res.body.code);
    }
    // A caller booked by phone at the desk, who has not come yet.
    const phoned = await t
      .http()
      .post('/api/v1/bookings')
      .set(bearer(operator))
      .set('Idempotency-Key', randomUUID())
      .send({
        slotId: slotIds[0],
        channel: 'phone',
        visitors: [{ name: '钱七', idNumber: idNumberFor(9), category: 'adult' }],
      });
    if (phoned.status !== 201) throw new Error(`desk booking: ${phoned.status} ${JSON.stringify(phoned.body)}`);
    await openForCheckIn(t, slotIds[0]);
    // Two people admitted without a booking.
    const walkIns = await t
      .http()
      .post(`/api/v1/slots/${slotIds[0]}/walk-ins`)
      .set(bearer(operator))
      .send({ count: 2 });
    if (walkIns.status !== 200) throw new Error(`walk-ins: ${walkIns.status} ${JSON.stringify(walkIns.body)}`);
    for (const code of codes.slice(0, 3)) {
      const res = await t.http().post('/api/v1/check-ins').set(bearer(operator)).send({ code });
      if (res.status >= 300) throw new Error(`check-in: ${res.status} ${JSON.stringify(res.body)}`);
    }
    await t.app.get(DataSource).query(`UPDATE bookings SET status = 'no_show' WHERE code = $1`, [codes[3]]);
    await t.app.get(StatsRollupJob).run();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await close?.();
  });

  it('shows the city administrator the people served, the charts, the districts, and exports them as Excel', async () => {
    const overview = await api<Overview>(city, '/stats/overview');
    expect(overview.service.peopleServed).toBeGreaterThanOrEqual(4);

    const page = await pageAs('city-admin@demo.kepu', '/console/admin/stats');
    await page.getByRole('heading', { level: 1, name: '统计' }).waitFor();
    await page.getByRole('link', { name: '统计', exact: true }).waitFor();
    await expect(card(page, 'served').textContent()).resolves.toBe(zhNumber(overview.service.peopleServed));
    await expect(card(page, 'venues').textContent()).resolves.toBe(zhNumber(overview.register.venues));
    await expect(card(page, 'utilisation').textContent()).resolves.toBe(zhPercent(overview.service.rates.utilisation));
    // The one sentence that answers the question, and where venues are fewest for the residents.
    const answer = await page.locator('[data-answer]').textContent();
    expect(answer).toContain(`共服务 ${zhNumber(overview.service.peopleServed)} 人次`);
    expect(await page.locator('[data-shortest]').textContent()).toMatch(/场馆最少的区：.+区/);

    // Each chart draws on a canvas and holds its figures as a table too.
    for (const chart of ['series', 'served-by-district', 'venues-per-10k', 'venues-by-type', 'served-by-category']) {
      const figure = page.locator(`[data-chart="${chart}"]`);
      await figure.locator('[role="img"] canvas').first().waitFor();
      expect(await figure.locator('[role="img"]').getAttribute('aria-label')).toBeTruthy();
      expect(await figure.locator('details table tbody tr').count()).toBeGreaterThan(0);
    }
    await page.locator('[data-chart="served-by-category"] summary').click();
    await page.locator('[data-chart="served-by-category"] table', { hasText: '儿童' }).waitFor();

    // The district table lists Shenzhen's districts; Futian has served our visitors.
    const districts = page.locator('.district-table tbody tr');
    expect(await districts.count()).toBeGreaterThanOrEqual(10);
    await page.locator('.district-table tr[data-region="440305"]', { hasText: '南山区' }).waitFor();
    const futianServed = await page.locator('.district-table tr[data-region="440304"] td').last().textContent();
    expect(Number(futianServed?.replace(/,/g, ''))).toBeGreaterThanOrEqual(4);
    await page.locator('.venue-table tr', { hasText: venueName }).waitFor();
    await checkAccessibility(page, 'stats-admin');

    // Excel export of the district table, fetched with the token, opens and has every district.
    const downloading = page.waitForEvent('download');
    await page
      .locator('[data-table="districts"]')
      .getByRole('button', { name: /导出 Excel/ })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^kepu-districts-.+\.xlsx$/);
    const file = join(mkdtempSync(join(tmpdir(), 'kepu-stats-')), download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    const cells: string[] = [];
    sheet.eachRow((row) => cells.push(String(row.getCell(1).value)));
    expect(cells).toEqual(expect.arrayContaining(['南山区', '福田区']));
    expect(sheet.actualRowCount).toBeGreaterThanOrEqual((await districts.count()) + 1);
    await page.getByText(`已下载 ${download.suggestedFilename()}`).waitFor({ state: 'attached' });

    // Narrowed to one district, the figures follow.
    const futian = await api<Overview>(city, '/stats/overview?region=440304');
    expect(futian.register.venues).toBeLessThan(overview.register.venues);
    await page.locator('select[name="region"]').selectOption('440304');
    await cardShows(page, 'venues', zhNumber(futian.register.venues));
    await page.locator('[data-answer]', { hasText: '福田区' }).waitFor();
    await expect(card(page, 'served').textContent()).resolves.toBe(zhNumber(futian.service.peopleServed));

    // A custom period with nothing in it says so rather than drawing empty charts.
    await page.getByLabel('时段').selectOption('custom');
    await page.getByLabel('开始日期').fill('2020-01-01');
    await page.getByLabel('结束日期').fill('2020-01-31');
    await page.getByRole('button', { name: '查看' }).click();
    await cardShows(page, 'served', '0');
    await page.locator('[data-chart="series"] .notice', { hasText: '暂无数据' }).waitFor();
    expect(await page.locator('[data-chart="series"] canvas').count()).toBe(0);
  });

  it('fits a phone screen', async () => {
    const page = await pageAs('city-admin@demo.kepu', '/console/admin/stats', true);
    await page.locator('[data-chart="series"] canvas').first().waitFor();
    // Page code runs in the browser; this program has no DOM types, hence the cast.
    const overflow = await page.evaluate(() => {
      const { document, innerWidth } = globalThis as unknown as {
        document: { documentElement: { scrollWidth: number } };
        innerWidth: number;
      };
      return document.documentElement.scrollWidth - innerWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await checkAccessibility(page, 'stats-admin-phone');
  });

  it('keeps a district administrator to their district', async () => {
    const nanshan = await signIn(t, 'nanshan-admin@demo.kepu');
    const overview = await api<Overview>(nanshan, '/stats/overview');
    const venues = await api<{ regionCode: string }[]>(nanshan, '/stats/venues');
    expect(venues.every((v) => v.regionCode === '440305')).toBe(true);

    const page = await pageAs('nanshan-admin@demo.kepu', '/console/admin/stats');
    await page.getByText('统计范围：南山区').waitFor();
    expect(await page.locator('select[name="region"]').count()).toBe(0);
    // One district: its figures are in the table, not in a chart of one bar.
    await page.locator('[data-chart="venues-by-type"] canvas').first().waitFor();
    expect(await page.locator('[data-chart="served-by-district"]').count()).toBe(0);
    await expect(card(page, 'venues').textContent()).resolves.toBe(zhNumber(overview.register.venues));
    const rows = page.locator('.district-table tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-region')))).toEqual(
      expect.arrayContaining(['440305']),
    );
    expect(
      await rows.evaluateAll((trs) => trs.every((tr) => (tr.getAttribute('data-region') ?? '').startsWith('440305'))),
    ).toBe(true);
    expect(await page.locator('.venue-table tbody tr').count()).toBe(venues.length);
    expect(await page.locator('.venue-table tbody tr', { hasText: venueName }).count()).toBe(0);
    await checkAccessibility(page, 'stats-district-admin');
  });

  it("shows the operator their venues' utilisation and no-shows, for all or one venue", async () => {
    const overview = await api<Overview>(operator, '/stats/overview');
    const mine = await api<{ resourceId: string; name: string }[]>(operator, '/stats/venues');
    expect(mine.map((v) => v.name)).toContain(venueName);

    const page = await pageAs('operator@demo.kepu', '/console/operator/stats');
    await page.getByRole('heading', { level: 1, name: '统计' }).waitFor();
    await expect(card(page, 'utilisation').textContent()).resolves.toBe(zhPercent(overview.service.rates.utilisation));
    await expect(card(page, 'noShow').textContent()).resolves.toBe(zhPercent(overview.service.rates.noShow));
    expect(await page.locator('[data-stat="utilisation"]').getAttribute('class')).toContain('prominent');
    expect(await page.locator('.venue-table tbody tr').count()).toBe(mine.length);
    await page.locator('[data-chart="series"] canvas').first().waitFor();
    await checkAccessibility(page, 'stats-operator');

    // One venue: our four parties, three came (four people), one party of one did not; two
    // walked in without booking; a caller booked by phone has not come yet.
    const venue = mine.find((v) => v.name === venueName)!;
    const one = await api<Overview>(operator, `/stats/overview?resourceId=${venue.resourceId}`);
    expect(one.service.peopleServed).toBe(6);
    await page.locator('select[name="venue"]').selectOption(venue.resourceId);
    await cardShows(page, 'served', '6');
    const channels = page.locator('[data-chart="people-by-channel"]');
    await channels.locator('summary').click();
    for (const [channel, n] of [
      ['网上预约', '5'],
      ['电话预约', '1'],
      ['现场入场（未预约）', '2'],
    ]) {
      await channels.locator('table tr', { hasText: channel }).getByText(n, { exact: true }).waitFor();
    }
    await page.locator('[data-answer]', { hasText: venueName }).waitFor();
    await expect(card(page, 'noShow').textContent()).resolves.toBe(zhPercent(one.service.rates.noShow));

    const downloading = page.waitForEvent('download');
    await page
      .locator('[data-chart="series"]')
      .getByRole('button', { name: /导出 CSV/ })
      .click();
    expect((await downloading).suggestedFilename()).toMatch(/\.csv$/);
  });

  it('shows anyone the public figures without signing in', async () => {
    const res = await t.http().get('/api/v1/stats/public');
    if (res.status !== 200) throw new Error(t.logs.filter((l) => l.includes('"level":50')).join('\n'));
    const figures = res.body as {
      venues: number;
      peopleServed: number;
      byDistrict: unknown[];
    };
    const page = await pageAs(undefined, '/');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '统计数据' }).click();
    await page.waitForURL(/\/figures$/);
    await page.getByRole('heading', { level: 1, name: '科普场馆统计数据' }).waitFor();
    await expect(page.locator('[data-figure="venues"] dd').textContent()).resolves.toBe(zhNumber(figures.venues));
    await expect(page.locator('[data-figure="served"] dd').textContent()).resolves.toBe(zhNumber(figures.peopleServed));
    expect(await page.locator('tbody tr').count()).toBe(figures.byDistrict.length);
    await page.locator('tbody tr[data-region="440304"]', { hasText: '福田区' }).waitFor();
    await checkAccessibility(page, 'stats-public');
  });

  it('finds no serious or critical accessibility violations', () => {
    expect(violations).toEqual(
      Object.fromEntries(Object.keys(violations).map((name) => [name, []])) as Record<string, string[]>,
    );
    expect(Object.keys(violations).length).toBeGreaterThanOrEqual(5);
  });
});
