import { addDays, shanghaiToday } from '@kepu/schedule';
import type { Locator, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { pageAt, PHONE, screenshot, seriousViolations, startBrowserApp } from '../support/browser';
import { openVenue } from '../support/schedule';
import { bearer, signIn, SignedIn } from '../support/sessions';

jest.setTimeout(180_000);

/**
 * The operator's offering editor and venue form, and the administrator's review of the change, on a
 * phone in Chinese: an event needs dates and the form asks for them; problems show at their field
 * and beside the Save button; confirmations show beside the buttons pressed; a district approval
 * says the change still waits for the city; the diff names every field in words, marks what
 * changed inside a text, draws a moved venue on a map and keeps phone numbers whole.
 */
describe('the offering editor, feedback where the person is, and the review diff, in a browser', () => {
  let app: Awaited<ReturnType<typeof startBrowserApp>>;
  let operator: SignedIn;
  let venueId: string;
  const pages: Page[] = [];
  const violations: Record<string, string[]> = {};
  const today = shanghaiToday();
  const db = () => app.t.app.get(DataSource);

  const onPhone = async (login: string, next: string) => {
    const page = await pageAt(app.browser, app.base, login, next, { phone: true });
    pages.push(page);
    return page;
  };
  async function check(page: Page, name: string) {
    violations[name] = await seriousViolations(page);
    await screenshot(page, name);
    // Nothing sideways on a phone, in elder mode either: the page is no wider than the screen.
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
  }
  const elderMode = async (page: Page) => {
    await page.getByRole('button', { name: '长辈模式' }).click();
    expect(await page.locator('html').getAttribute('class')).toContain('elder');
  };
  /** On the phone's screen now, not above or below it. */
  async function onScreen(locator: Locator) {
    const box = (await locator.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.viewport.height);
    return box;
  }

  beforeAll(async () => {
    app = await startBrowserApp();
    operator = await signIn(app.t, 'operator@demo.kepu');
    venueId = await openVenue(app.t, operator, await signIn(app.t, 'city-admin@demo.kepu'));
  });
  afterAll(async () => {
    for (const page of pages) await page.context().close();
    await app?.close();
  });

  it('asks an event for its dates, shows what is missing at the field and beside Save, and saves it with an age limit', async () => {
    const page = await onPhone('operator@demo.kepu', `/console/operator/venues/${venueId}?tab=offerings`);
    await page.getByRole('button', { name: '新建预约项目' }).click();
    await page.getByLabel('项目名称').fill('全国科普日观星夜');
    await page.getByLabel('类型').selectOption('event');
    await page.getByRole('group', { name: '活动日期' }).waitFor();
    expect(await page.getByRole('group', { name: '每周开放日' }).count()).toBe(0);
    await page.getByLabel('每场时长（分钟）').fill('120');
    await page.getByRole('button', { name: '保存', exact: true }).click();

    expect(await page.locator('#offering-dates-error').textContent()).toBe('专场活动请至少选择一个日期');
    expect(await page.locator('#offering-startTimes-error').textContent()).toBe('专场活动请填写开场时间，如 19:30');
    const summary = page.locator('.sticky-actions [data-test="summary"]');
    expect(await summary.textContent()).toContain('活动日期：专场活动请至少选择一个日期');
    const save = await onScreen(page.getByRole('button', { name: '保存', exact: true }));
    const summaryBox = await onScreen(summary);
    expect(save.y - (summaryBox.y + summaryBox.height)).toBeLessThan(80);
    await check(page, 'offering-event-missing-dates-phone');

    // A link in the summary takes the person to the field.
    await summary.getByRole('link', { name: '活动日期' }).click();
    await page.getByLabel('连续多天：从').fill(addDays(today, 10));
    await page.getByLabel('到', { exact: true }).fill(addDays(today, 11));
    await page.getByRole('button', { name: '加入这几天' }).click();
    expect(await page.locator('[data-test="dates"] li').count()).toBe(2);
    await page.getByLabel('固定开场时间').fill('19:30');
    await page.getByLabel('最小年龄（岁）').fill('8');
    expect(await summary.count()).toBe(0);
    await page.getByRole('button', { name: '保存', exact: true }).click();

    await onScreen(page.getByRole('status').filter({ hasText: '预约项目已保存' }));
    const card = page.locator('.offering-list li', { hasText: '全国科普日观星夜' });
    expect(await card.locator('.meta').textContent()).toMatch(/120 分钟 .*8 岁及以上/);
    const [saved] = await db().query(
      `SELECT kind, dates::text[] AS dates, start_times AS "startTimes", min_age AS "minAge", weekdays
         FROM offerings WHERE title = '全国科普日观星夜'`,
    );
    expect(saved).toEqual({
      kind: 'event',
      dates: [addDays(today, 10), addDays(today, 11)],
      startTimes: ['19:30'],
      minAge: 8,
      weekdays: null,
    });
  });

  it('runs an offering on chosen weekdays, puts the API’s refusal at its field, and warns when groups cannot fit', async () => {
    const page = await onPhone('operator@demo.kepu', `/console/operator/venues/${venueId}?tab=offerings`);
    await elderMode(page);
    await page.getByRole('button', { name: '新建预约项目' }).click();
    await page.getByLabel('项目名称').fill('周末团体讲解');
    for (const day of ['周一', '周二', '周三', '周四', '周五'])
      await page.getByRole('checkbox', { name: day, exact: true }).uncheck();
    // The weekend opens 09:00–17:30: 45-minute slots do not fill it, which only the API knows.
    await page.getByLabel('每场时长（分钟）').fill('45');
    await page.getByLabel('面向').selectOption('both');
    await page.getByLabel('每场团体名额').fill('50');
    const misfit = page.locator('[data-test="group-misfit"]');
    expect(await misfit.textContent()).toContain('200 名学生加 10 名带队教师，共 210 人');
    await page.getByRole('button', { name: '保存', exact: true }).click();

    const problem = page.locator('#offering-slotMinutes-error');
    expect(await problem.textContent()).toMatch(/^“周末团体讲解”每场 45 分钟，排不满开放时段 \d\d:\d\d–\d\d:\d\d/);
    expect(await page.locator('.sticky-actions [data-test="summary"]').textContent()).toContain('每场时长（分钟）：');
    await check(page, 'offering-refused-at-field-elder');

    await page.getByLabel('每团最多学生数').fill('45');
    expect(await misfit.count()).toBe(0);
    await page.getByLabel('每场时长（分钟）').fill('30');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await onScreen(page.getByRole('status').filter({ hasText: '预约项目已保存' }));
    await page.locator('.offering-list li', { hasText: '仅周六、周日' }).waitFor();
    const [saved] = await db().query(
      `SELECT weekdays, group_max_students AS "groupMax" FROM offerings WHERE title = '周末团体讲解'`,
    );
    expect(saved).toEqual({ weekdays: [6, 7], groupMax: 45 });
  });

  it('confirms a save and a submission beside the button bar, which never hides the field being typed in', async () => {
    const page = await onPhone('operator@demo.kepu', `/console/operator/venues/${venueId}`);
    const description = page.getByLabel('简介');
    await description.waitFor();
    await description.fill(`${await description.inputValue()}周二至周日开放。`);
    await page.getByRole('button', { name: '保存草稿' }).click();
    const bar = page.locator('[data-test="venue-actions"]');
    const saved = bar.getByRole('status');
    expect(await saved.textContent()).toContain('已保存');
    await onScreen(saved);

    // A field reached from the keyboard stops above the bar, its label in sight.
    await page.getByLabel('交通指引').focus();
    const label = (await page.getByText('交通指引', { exact: true }).boundingBox())!;
    expect(label.y + label.height).toBeLessThanOrEqual((await bar.boundingBox())!.y);

    // More changes made elsewhere, then submitted from the phone.
    await app.t
      .http()
      .patch(`/api/v1/resources/${venueId}`)
      .set(bearer(operator))
      .send({
        location: { lat: 22.5431, lng: 114.0579 },
        contact: { phone: '0755-88881234' },
        admission: { free: true, prices: [], concessions: [], note: '周二团体半价' },
      })
      .expect(200);
    await page.reload();
    await page.getByRole('button', { name: '提交审核' }).click();
    await onScreen(bar.getByRole('status').filter({ hasText: '已提交审核' }));
    await check(page, 'operator-venue-submitted-phone');
  });

  it('shows the district reviewer every field in words, the edit inside a text, the move on a map, and what approval led to', async () => {
    const page = await onPhone('futian-admin@demo.kepu', `/console/admin/review/${venueId}`);
    const table = page.locator('.change-table');
    await table.waitFor();
    await elderMode(page);
    const labels = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['简介', '位置', '门票 · 说明', '联系电话']));
    expect(labels.filter((label) => /[A-Za-z]/.test(label))).toEqual([]);

    const description = table.locator('tr[data-field="description"]');
    expect(await description.locator('td.after ins').allTextContents()).toEqual(['周二至周日开放。']);
    expect(await description.locator('td.before del').count()).toBe(0);

    const map = table.locator('.change-map[data-markers="2"]');
    await map.waitFor();
    expect(await map.locator('figcaption').textContent()).toMatch(/原位置.*新位置.*相距约 [\d.]+ (米|公里)/);

    const phone = table.locator('tr[data-field="contact.phone"] td.after .phone');
    expect(await phone.textContent()).toBe('0755-88881234');
    const kept = await phone.evaluate((el) => {
      const view = globalThis as unknown as { getComputedStyle(el: unknown): { whiteSpace: string } };
      return [view.getComputedStyle(el).whiteSpace, el.getClientRects().length];
    });
    expect(kept).toEqual(['nowrap', 1]);
    await check(page, 'admin-review-diff-elder');

    await page.getByRole('button', { name: '通过', exact: true }).click();
    await page.waitForURL(/\/console\/admin\/review\?/);
    expect(await page.locator('[data-test="review-outcome"]').textContent()).toContain(
      '已通过区级审核，待市级审核，尚未公开',
    );
    const [venue] = await db().query(
      `SELECT r.state FROM resources res JOIN resource_revisions r ON r.id = res.working_revision_id WHERE res.id = $1`,
      [venueId],
    );
    expect(venue.state).toBe('city_review');

    // The operator's history says the same, not a bare "approved".
    const history = await onPhone('operator@demo.kepu', `/console/operator/venues/${venueId}?tab=history`);
    await history.getByText('区级审核通过，待市级审核，尚未公开').waitFor();
  });

  it('finds no serious or critical accessibility violations on the pages visited', () => {
    expect(Object.keys(violations)).toHaveLength(4);
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
  });
});
