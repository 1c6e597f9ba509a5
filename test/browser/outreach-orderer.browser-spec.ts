import { OutreachIndexCheckJob } from '@kepu/outreach';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { launchBrowser, PHONE, screenshot, seriousViolations, signInAs } from '../support/browser';
import { shanghaiDay } from '../support/outreach';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(180_000);

/**
 * 群众点单 on a phone, in real headless Chromium against the real API: the Nanshan community
 * (community@demo.kepu) finds the science show on the public menu (also by its pinyin initials) and
 * orders it; the district opens it and the volunteer team claims and schedules it (through the API);
 * the community confirms the time; at the activity a volunteer signs in and out with the lead's code
 * and is credited; the team completes it and the community rates it; the volunteer's hours and
 * certificate show the time.
 */
describe('outreach ordering (群众点单) on a phone', () => {
  let t: TestApp;
  let db: DataSource;
  let browser: Browser;
  let communityContext: BrowserContext;
  let volunteerContext: BrowserContext;
  let community: Page;
  let volunteer: Page;
  let lead: SignedIn;
  let orderId: string;
  let activityId: string;
  let signCode: string;
  const violations: Record<string, string[]> = {};

  async function checkAccessibility(page: Page, name: string) {
    violations[name] = await seriousViolations(page);
    await screenshot(page, name);
  }

  const orderStatus = async () =>
    (await db.query(`SELECT status FROM outreach_orders WHERE id = $1`, [orderId]))[0].status as string;

  /** Moves the activity (and the volunteer's sign-in) by SQL, relative to now. */
  async function moveActivity(startMinutes: number, endMinutes: number, signedInMinutes?: number) {
    await db.query(
      `UPDATE outreach_activities SET starts_at = now() + make_interval(mins => $2),
              ends_at = now() + make_interval(mins => $3) WHERE id = $1`,
      [activityId, startMinutes, endMinutes],
    );
    if (signedInMinutes !== undefined)
      await db.query(
        `UPDATE outreach_activity_volunteers SET signed_in_at = now() + make_interval(mins => $2)
          WHERE activity_id = $1 AND account_id = (SELECT id FROM accounts WHERE email = 'volunteer@demo.kepu')`,
        [activityId, signedInMinutes],
      );
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    // The worker's check fills this file's own outreach index with the demo's public menu items.
    await t.app.get(OutreachIndexCheckJob).run();
    await t.app.listen(0, '127.0.0.1');
    const base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
    communityContext = await browser.newContext({ ...PHONE, baseURL: base, locale: 'zh-CN' });
    volunteerContext = await browser.newContext({ ...PHONE, baseURL: base, locale: 'zh-CN' });
    community = await communityContext.newPage();
    volunteer = await volunteerContext.newPage();
    lead = await signIn(t, 'volunteer-lead@demo.kepu');
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('the community finds the science show on the public menu and orders it for Nanshan', async () => {
    await signInAs(community, 'community@demo.kepu', '/outreach/menu');
    await community.getByRole('heading', { level: 1, name: '科普菜单' }).waitFor();
    const card = community.locator('.menu-card', { hasText: '趣味科学秀' });
    await card.waitFor();
    await expect(card.locator('.fee').textContent()).resolves.toBe('免费');
    await expect(card.textContent()).resolves.toContain('20–200 人');
    await checkAccessibility(community, 'outreach-menu-phone');

    // Pinyin initials find it too: typed text goes to the outreach search (Meilisearch).
    const searchBox = community.getByRole('search');
    await searchBox.getByLabel('搜索活动', { exact: true }).fill('qwkxx');
    const searched = community.waitForResponse((answer) => answer.url().includes('/api/v1/outreach/search?'));
    await searchBox.getByRole('button', { name: '搜索', exact: true }).click();
    const answer = await searched;
    expect(answer.status()).toBe(200);
    expect(new URL(answer.url()).searchParams.get('kind')).toBe('menu_item');
    await card.waitFor();
    // A search hit has no group size; the card leaves it out.
    await expect(card.textContent()).resolves.not.toContain('20–200 人');
    await expect(card.locator('.fee').textContent()).resolves.toBe('免费');
    await checkAccessibility(community, 'outreach-menu-search-phone');

    await card.getByRole('link', { name: '趣味科学秀' }).click();
    await community.getByRole('heading', { level: 1, name: '趣味科学秀' }).waitFor();
    await community.getByText('需提前 7 天点单').waitFor();
    await checkAccessibility(community, 'outreach-menu-item-phone');
    await community.getByRole('link', { name: '我要点单' }).click();

    await community.waitForURL(/\/console\/community\/outreach\/orders\/new\?menuItem=/);
    await community.getByRole('heading', { level: 1, name: '我要点单' }).waitFor();
    // The item's rules are there before anything is sent.
    await community.getByText('人数：20–200 人').waitFor();
    await community.getByText(/服务区域：.*南山区/).waitFor();
    await expect(community.getByLabel('活动主题').inputValue()).resolves.toBe('趣味科学秀');

    await community.getByLabel('活动对象').selectOption('families');
    await community.getByLabel('预计人数').fill('500');
    await community.getByLabel('活动地址').fill('深圳市南山区粤海街道科技园社区党群服务中心一楼活动室');
    await community.getByLabel('纬度').fill('22.5407');
    await community.getByLabel('纬度').press('Tab');
    await community.getByLabel('经度').fill('113.9512');
    await community.getByLabel('经度').press('Tab');
    await community.getByLabel('活动地点所在区').selectOption('440305');
    await community.getByLabel('最早日期').fill(shanghaiDay(8));
    await community.getByLabel('最晚日期').fill(shanghaiDay(20));
    await community.getByRole('button', { name: '提交点单' }).click();
    // Too many people for the show: refused at the field, before anything is sent.
    await community.locator('#order-headcount-problem').filter({ hasText: '这项活动只接待 20–200 人' }).waitFor();
    await expect(community.getByLabel('预计人数').getAttribute('aria-invalid')).resolves.toBe('true');
    await checkAccessibility(community, 'outreach-order-form-phone');

    await community.getByLabel('预计人数').fill('120');
    await community.getByRole('button', { name: '提交点单' }).click();
    await community.waitForURL(/\/console\/community\/outreach\/orders\/[0-9a-f-]{36}/);
    orderId = new URL(community.url()).pathname.split('/').pop() as string;
    await community.getByRole('status').filter({ hasText: '点单已提交，等待区里派单' }).waitFor();
    await expect(community.locator('.order-state').textContent()).resolves.toBe('等待区里派单');
    await checkAccessibility(community, 'outreach-order-waiting-phone');
    const [row] = await db.query(
      `SELECT o.status, o.headcount, o.region_code AS "regionCode", m.title FROM outreach_orders o
         JOIN outreach_menu_items m ON m.id = o.menu_item_id WHERE o.id = $1`,
      [orderId],
    );
    expect(row).toEqual({ status: 'submitted', headcount: 120, regionCode: '440305', title: '趣味科学秀' });
  });

  it('the district opens it, and the volunteer team claims and schedules it (through the API)', async () => {
    const district = await signIn(t, 'nanshan-admin@demo.kepu');
    const post = (path: string, session: SignedIn, body?: object) =>
      t.http().post(`/api/v1/outreach/orders/${orderId}/${path}`).set(bearer(session)).send(body);
    expect((await post('open', district)).status).toBe(200);
    expect((await post('claim', lead)).status).toBe(200);
    const day = shanghaiDay(10);
    const scheduled = await post('schedule', lead, {
      startsAt: `${day}T14:00:00+08:00`,
      endsAt: `${day}T15:30:00+08:00`,
      leadId: lead.user.id,
    });
    expect(scheduled.status).toBe(200);
    activityId = scheduled.body.id;
    signCode = (await db.query(`SELECT sign_code FROM outreach_activities WHERE id = $1`, [activityId]))[0].sign_code;
    expect(signCode).toMatch(/^\d{6}$/);
  });

  it('the community sees the proposed time in plain words and confirms it', async () => {
    await community.reload();
    await community.getByRole('heading', { level: 2, name: '活动安排' }).waitFor();
    await expect(community.locator('.order-state').textContent()).resolves.toBe('待您确认时间');
    await expect(community.locator('.schedule-time').textContent()).resolves.toMatch(/14:00–15:30/);
    await expect(community.locator('.schedule-lead').textContent()).resolves.toContain('陈');
    await expect(community.locator('[aria-current="step"]').textContent()).resolves.toContain('等待您确认时间');
    await checkAccessibility(community, 'outreach-order-scheduled-phone');

    await community.getByRole('button', { name: '确认时间' }).click();
    await community.getByRole('status').filter({ hasText: '已确认时间' }).waitFor();
    await expect(community.locator('.order-state').textContent()).resolves.toBe('时间已确认');
    await expect(orderStatus()).resolves.toBe('confirmed');

    await community.goto('/console/community/outreach/orders');
    await community.locator(`.order-list li[data-id="${orderId}"][data-status="confirmed"]`).waitFor();
    await checkAccessibility(community, 'outreach-orders-phone');
  });

  it('at the activity the volunteer signs in with the code, and out once 60 % of it is reached', async () => {
    await moveActivity(-5, 85);
    await signInAs(volunteer, 'volunteer@demo.kepu', '/console/volunteer/activities');
    await volunteer.getByRole('heading', { level: 1, name: '志愿活动' }).waitFor();
    const card = volunteer.locator(`.activity-list li[data-id="${activityId}"]`);
    await card.waitFor();
    const code = card.getByLabel('签到码（6 位数字）');
    await expect(code.getAttribute('inputmode')).resolves.toBe('numeric');
    await expect(code.getAttribute('autocomplete')).resolves.toBe('one-time-code');

    // A wrong code is refused at the field.
    await code.fill(String((Number(signCode) + 1) % 1_000_000).padStart(6, '0'));
    await card.getByRole('button', { name: '签到' }).click();
    await card.getByRole('alert').filter({ hasText: '签到码不对' }).waitFor();

    await code.fill(signCode);
    await card.getByRole('button', { name: '签到' }).click();
    await card.getByRole('status').filter({ hasText: '已签到' }).waitFor();
    await card.getByRole('button', { name: '签退' }).waitFor();
    await checkAccessibility(volunteer, 'volunteer-signed-in-phone');

    // 75 of the 90 planned minutes later (at least 54 count).
    await moveActivity(-80, 10, -75);
    await volunteer.reload();
    await card.getByLabel('签到码（6 位数字）').fill(signCode);
    await card.getByRole('button', { name: '签退' }).click();
    await card
      .getByRole('status')
      .filter({ hasText: /已签退。您在场 1 小时 1[56] 分钟，记入服务时长 1 小时 1[56] 分钟/ })
      .waitFor();
    await checkAccessibility(volunteer, 'volunteer-signed-out-phone');
    // Elder mode (长辈模式): bigger type, the same page, still accessible.
    await volunteer.getByRole('button', { name: '长辈模式' }).click();
    await expect(volunteer.locator('html').getAttribute('class')).resolves.toContain('elder');
    await checkAccessibility(volunteer, 'volunteer-activities-elder-phone');
    const [attendance] = await db.query(
      `SELECT v.credited_minutes AS credited FROM outreach_activity_volunteers v
         JOIN accounts a ON a.id = v.account_id WHERE v.activity_id = $1 AND a.email = 'volunteer@demo.kepu'`,
      [activityId],
    );
    expect(attendance.credited).toBeGreaterThanOrEqual(75);
  });

  it('the team completes it with the people reached, and the community rates it 5', async () => {
    await moveActivity(-91, -1);
    const completed = await t
      .http()
      .post(`/api/v1/outreach/orders/${orderId}/complete`)
      .set(bearer(lead))
      .send({ peopleReached: 130 });
    expect(completed.status).toBe(200);

    await community.goto(`/console/community/outreach/orders/${orderId}`);
    await community.getByRole('heading', { level: 2, name: '为活动打分' }).waitFor();
    await community.getByText('活动已完成，服务 130 人次').waitFor();
    await checkAccessibility(community, 'outreach-order-rate-phone');
    await community.getByRole('radio', { name: '5 分' }).check();
    await community.getByLabel('意见和建议（选填）').fill('孩子们非常喜欢，志愿者讲解清楚。');
    await community.getByRole('button', { name: '提交评价' }).click();
    await community.getByRole('status').filter({ hasText: '感谢评价' }).waitFor();
    await community.getByRole('heading', { level: 2, name: '您的评价：5 分' }).waitFor();
    await checkAccessibility(community, 'outreach-order-rated-phone');
    const [rating] = await db.query(`SELECT rating AS score FROM outreach_orders WHERE id = $1`, [orderId]);
    expect(rating.score).toBe(5);
  });

  it("the volunteer's hours show the credited time, and the certificate of hours prints", async () => {
    await volunteer.goto('/console/volunteer/hours');
    await volunteer.getByRole('heading', { level: 1, name: '我的服务时长' }).waitFor();
    const row = volunteer.locator(`.history tr[data-id="${activityId}"]`);
    await expect(row.locator('.result').textContent()).resolves.toMatch(/1 小时 1[56] 分钟/);
    await checkAccessibility(volunteer, 'volunteer-hours-phone');

    await volunteer.getByRole('link', { name: '查看并打印服务时长证明' }).click();
    await volunteer.getByRole('heading', { level: 1, name: '志愿服务时长证明' }).waitFor();
    await expect(volunteer.locator('.certificate-body').textContent()).resolves.toContain('李思远');
    await expect(volunteer.locator('.certificate-table').textContent()).resolves.toContain('趣味科学秀');
    await checkAccessibility(volunteer, 'volunteer-certificate-phone');
    // Stands in for the print dialog, which a headless browser has not got (the page has no DOM types here).
    await volunteer.evaluate(() => {
      const page = globalThis as unknown as {
        print: () => void;
        document: { body: { setAttribute(name: string, value: string): void } };
      };
      page.print = () => page.document.body.setAttribute('data-printed', 'yes');
    });
    await volunteer.getByRole('button', { name: '打印' }).click();
    await expect(volunteer.locator('body').getAttribute('data-printed')).resolves.toBe('yes');
  });

  it('the public expert directory lists consenting experts and offers the application form', async () => {
    await community.goto('/outreach/experts');
    await community.getByRole('heading', { level: 1, name: '科普专家库' }).waitFor();
    await community.locator('.expert-card').first().waitFor();
    await community.getByRole('checkbox', { name: '同意在科普专家库中公开我的资料' }).waitFor();
    await checkAccessibility(community, 'outreach-experts-phone');
  });

  it('finds no serious or critical accessibility violations on any page visited', () => {
    expect(Object.keys(violations)).toHaveLength(15);
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
  });
});
