import type { Browser, BrowserContext, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { launchBrowser, PHONE, screenshot, seriousViolations, signInAs } from '../support/browser';
import { menuItemBody, NANSHAN, shanghaiDay } from '../support/outreach';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(180_000);

const TOPIC = '浏览器测试：趣味科学秀进社区';
const LATE_TOPIC = '浏览器测试：晚了一步的订单';
const NEW_ITEM = '浏览器测试：家庭电路安全课';

/**
 * The outreach pages of providers and district administrators in real headless Chromium against
 * the real API: the Nanshan administrator (desktop) opens a community's order for claims; the
 * volunteer team's lead (on a phone) is told plainly that another provider took one order first,
 * takes the other, schedules it with himself as lead and shows the sign-in code and its QR code;
 * the administrator approves the team's new menu item and reads the outreach figures of 南山区.
 */
describe('outreach for providers and district administrators, in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let adminContext: BrowserContext;
  let leadContext: BrowserContext;
  let admin: Page;
  let lead: Page;
  let community: SignedIn;
  let team: SignedIn;
  let district: SignedIn;
  let museum: SignedIn;
  let orderId: string;
  let lateOrderId: string;
  let newItemId: string;
  const violations: Record<string, string[]> = {};

  async function checkAccessibility(page: Page, name: string) {
    violations[name] = await seriousViolations(page);
    await screenshot(page, name);
  }

  const api = () => t.http();
  const orderStatus = async (id: string) =>
    (await api().get(`/api/v1/outreach/orders/${id}`).set(bearer(district)).expect(200)).body.status as string;

  /** The community orders the team's 趣味科学秀 for its hall in Nanshan, ten to twenty days ahead. */
  async function order(menuItemId: string, topic: string): Promise<string> {
    const res = await api()
      .post('/api/v1/outreach/orders')
      .set(bearer(community))
      .send({
        menuItemId,
        topic,
        audience: 'families',
        headcount: 80,
        address: '深圳市南山区粤海街道科技园社区党群服务中心一楼活动室',
        latitude: 22.5407,
        longitude: 113.9512,
        regionCode: NANSHAN,
        windowFrom: shanghaiDay(10),
        windowTo: shanghaiDay(20),
        notes: '周末下午，亲子家庭为主',
      });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    [community, team, district, museum] = await Promise.all([
      signIn(t, 'community@demo.kepu'),
      signIn(t, 'volunteer-lead@demo.kepu'),
      signIn(t, 'nanshan-admin@demo.kepu'),
      signIn(t, 'operator@demo.kepu'),
    ]);
    const menu = await api().get('/api/v1/outreach/menu').query({ q: '趣味科学秀' }).expect(200);
    const show = menu.body.items.find((i: { title: string }) => i.title === '趣味科学秀');
    expect(show).toBeDefined();
    orderId = await order(show.id, TOPIC);
    lateOrderId = await order(show.id, LATE_TOPIC);
    // The district opens the second one for claims at once; the browser opens the first.
    await api().post(`/api/v1/outreach/orders/${lateOrderId}/open`).set(bearer(district)).expect(200);

    // The team writes a new menu item and sends it for review.
    const created = await api()
      .post('/api/v1/outreach/menu')
      .set(bearer(team))
      .send(menuItemBody({ title: NEW_ITEM, format: 'workshop', themes: ['safety', 'energy'] }))
      .expect(201);
    newItemId = created.body.id;
    await api().post(`/api/v1/outreach/menu/${newItemId}/submit`).set(bearer(team)).expect(200);

    // An application to the expert pool from Nanshan, for the administrator's second queue.
    await api()
      .post('/api/v1/experts')
      .set(bearer(community))
      .send({
        name: '周科普',
        title: '高级实验师',
        organisationName: '南山区某中学',
        fields: ['chemistry', 'safety'],
        regionCode: NANSHAN,
        districtCodes: [NANSHAN],
        languages: ['zh'],
        profile: '从事中学化学实验教学十五年，擅长趣味化学实验与实验室安全。',
        publicProfile: true,
      })
      .expect(201);

    await t.app.listen(0, '127.0.0.1');
    const base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
    adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: base, locale: 'zh-CN' });
    leadContext = await browser.newContext({ ...PHONE, baseURL: base, locale: 'zh-CN' });
    admin = await adminContext.newPage();
    lead = await leadContext.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the district administrator sees the board and opens a new order for claims', async () => {
    await signInAs(admin, 'nanshan-admin@demo.kepu', '/console/admin/outreach/dispatch');
    await admin.getByRole('heading', { level: 1, name: '科普点单派单' }).waitFor();
    // Waiting for dispatch: the community's new order, with how long it has waited.
    const waiting = admin.locator(`li[data-order="${orderId}"]`);
    await waiting.waitFor();
    await expect(waiting.textContent()).resolves.toContain('待派单');
    await expect(waiting.textContent()).resolves.toContain('已等不到 1 小时');
    await expect(waiting.textContent()).resolves.toContain('南山区粤海街道科技园社区居民委员会');
    await checkAccessibility(admin, 'outreach-dispatch-board');

    // Open for claims: the demo's free request and the order opened before the test.
    await admin.getByRole('button', { name: '抢单中' }).click();
    await admin.locator('li[data-status="open"]', { hasText: '垃圾分类与低碳生活' }).waitFor();
    await admin.locator(`li[data-order="${lateOrderId}"]`).waitFor();

    await admin.getByRole('button', { name: '待派单' }).click();
    await admin.getByRole('link', { name: TOPIC }).click();
    await admin.getByRole('heading', { level: 1, name: TOPIC }).waitFor();
    await expect(admin.locator('.order-facts').textContent()).resolves.toContain('趣味科学秀');
    await admin.locator('.order-map .venue-map').waitFor();
    // The ordered item's provider is offered first.
    const first = admin.locator('.provider-choice').first();
    await expect(first.getAttribute('data-source')).resolves.toBe('menuItem');
    await expect(first.textContent()).resolves.toContain('南山区科技志愿服务队');
    await checkAccessibility(admin, 'outreach-dispatch-order');

    await admin.getByRole('button', { name: '开放抢单' }).click();
    await admin.getByRole('status').filter({ hasText: '已开放抢单' }).waitFor();
    await expect(orderStatus(orderId)).resolves.toBe('open');
  });

  it('the lead, on a phone, is told plainly when another provider took an order first', async () => {
    await signInAs(lead, 'volunteer-lead@demo.kepu', '/console/operator/outreach/orders');
    await lead.getByRole('heading', { level: 1, name: '点单与接单' }).waitFor();
    await lead.locator(`li[data-order="${orderId}"]`).waitFor();
    await lead.locator(`li[data-order="${lateOrderId}"]`).waitFor();
    await lead.locator('li', { hasText: '垃圾分类与低碳生活' }).waitFor();
    await checkAccessibility(lead, 'outreach-provider-open-orders-phone');

    // The science museum serves Nanshan too and is a moment quicker.
    await api().post(`/api/v1/outreach/orders/${lateOrderId}/claim`).set(bearer(museum)).send({}).expect(200);
    await lead.getByRole('button', { name: `接单：${LATE_TOPIC}` }).click();
    // Taken a moment ago, the order is no longer the team's to see: told in plain words, not as "not found".
    const refusal = lead.locator('[role="alert"]', { hasText: `没能接下“${LATE_TOPIC}”` });
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toMatch(/已被其他(机构接走|提供方接单)/);
    await expect(refusal.textContent()).resolves.not.toContain('未找到');
    // The list was asked again: the order is gone, the other is still there.
    await lead.locator(`li[data-order="${lateOrderId}"]`).waitFor({ state: 'detached' });
    await lead.locator(`li[data-order="${orderId}"]`).waitFor();
    await checkAccessibility(lead, 'outreach-provider-claim-refused-phone');
  });

  it('the lead takes the order, schedules it with himself as lead and shows the sign-in code', async () => {
    await lead.getByRole('button', { name: `接单：${TOPIC}` }).click();
    await lead
      .getByRole('status')
      .filter({ hasText: `已接单：${TOPIC}` })
      .waitFor();
    await expect(orderStatus(orderId)).resolves.toBe('taken');
    await lead.getByRole('link', { name: '现在安排' }).click();
    await lead.getByRole('heading', { level: 1, name: TOPIC }).waitFor();

    // The order's window is shown beside the date; the lead is the signed-in operator by default.
    await expect(lead.locator('#schedule-day-hint').textContent()).resolves.toMatch(/至/);
    await expect(lead.getByLabel('日期').inputValue()).resolves.toBe(shanghaiDay(10));
    // The staff and volunteers load after the page: wait for them before reading the choice.
    await lead.locator('#schedule-lead option', { hasText: '（我）' }).waitFor({ state: 'attached' });
    await expect(lead.locator('#schedule-lead option:checked').textContent()).resolves.toContain('（我）');
    await lead.getByLabel('开始时间').fill('14:00');
    await lead.getByLabel('开始时间').dispatchEvent('change');
    await expect(lead.getByLabel('结束时间').inputValue()).resolves.toBe('15:30');
    await checkAccessibility(lead, 'outreach-provider-schedule-phone');

    await lead.getByRole('button', { name: '安排并通知下单方' }).click();
    await lead.getByRole('status').filter({ hasText: '已安排在' }).waitFor();
    await expect(orderStatus(orderId)).resolves.toBe('scheduled');

    await lead.getByRole('link', { name: '打开活动页（签到码）' }).click();
    await lead.waitForURL(/\/console\/operator\/outreach\/activities\/[0-9a-f-]{36}/);
    const activityId = new URL(lead.url()).pathname.split('/').pop() as string;
    const { body: activity } = await api()
      .get(`/api/v1/outreach/activities/${activityId}`)
      .set(bearer(team))
      .expect(200);
    expect(activity.signCode).toMatch(/^\d{6}$/);
    await lead.getByRole('heading', { level: 2, name: '签到码' }).waitFor();
    await expect(lead.locator('[data-sign-code] .digits').textContent()).resolves.toBe(activity.signCode);
    // The QR code holds the same six digits.
    const qr = lead.getByRole('img', { name: /签到码 .* 的二维码/ });
    await qr.waitFor();
    const png = PNG.sync.read(await qr.screenshot());
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(activity.signCode);
    await lead.getByText('还没有志愿者报名').waitFor();
    await checkAccessibility(lead, 'outreach-provider-activity-phone');
  });

  it('the lead sees the team’s menu with the new item under review, and its form', async () => {
    await lead.goto('/console/operator/outreach/menu');
    await lead.getByRole('heading', { level: 1, name: '科普活动菜单' }).waitFor();
    const item = lead.locator(`li[data-menu-item="${newItemId}"]`);
    await expect(item.locator('.menu-state').textContent()).resolves.toBe('审核中');
    await expect(lead.locator('li[data-status="published"]', { hasText: '趣味科学秀' }).count()).resolves.toBe(1);
    await checkAccessibility(lead, 'outreach-provider-menu-phone');

    await lead.getByRole('link', { name: '新建活动' }).click();
    await lead.getByRole('heading', { level: 1, name: '新建科普活动' }).waitFor();
    // Nothing chosen: the problems are shown at their fields, nothing is sent.
    await lead.getByRole('button', { name: '保存并提交审核' }).click();
    await expect(lead.locator('#menu-title-error').textContent()).resolves.toContain('请填写活动名称');
    await expect(lead.locator('#menu-themes-error').textContent()).resolves.toContain('至少选择一个科普主题');
    await checkAccessibility(lead, 'outreach-provider-menu-form-phone');
  });

  it('the administrator approves the team’s new menu item and sees the expert application', async () => {
    await admin.goto('/console/admin/outreach/menu-review');
    await admin.getByRole('heading', { level: 1, name: '活动菜单审核' }).waitFor();
    const card = admin.locator(`article[data-menu-item="${newItemId}"]`);
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('南山区科技志愿服务队');
    await expect(card.locator('tr[data-field="format"] td').textContent()).resolves.toContain('动手工作坊');
    await checkAccessibility(admin, 'outreach-menu-review');
    // Request changes without a comment: told at the comment field, nothing sent.
    await card.getByRole('radio', { name: '退回修改' }).check();
    await card.getByRole('button', { name: /提交审核结果/ }).click();
    await expect(card.locator(`#comment-${newItemId}-error`).textContent()).resolves.toContain('请填写审核意见');
    await card.getByRole('radio', { name: '通过', exact: true }).check();
    await card.getByRole('button', { name: /提交审核结果/ }).click();
    await admin
      .getByRole('status')
      .filter({ hasText: `已通过：${NEW_ITEM}` })
      .waitFor();
    const { body: item } = await api().get(`/api/v1/outreach/menu/${newItemId}`).set(bearer(team)).expect(200);
    expect(item.status).toBe('published');

    await admin.goto('/console/admin/outreach/expert-review');
    await admin.getByRole('heading', { level: 1, name: '专家入库审核' }).waitFor();
    await admin.locator('article', { hasText: '周科普' }).waitFor();
    await checkAccessibility(admin, 'outreach-expert-review');
  });

  it('the outreach figures show 南山区', async () => {
    await admin.goto('/console/admin/outreach/stats');
    await admin.getByRole('heading', { level: 1, name: '科普点单统计' }).waitFor();
    await admin.getByText('统计范围：南山区').waitFor();
    const orders = admin.locator('[data-stat="orders"] .stat-value');
    await orders.waitFor();
    expect(Number((await orders.textContent())?.replace(/,/g, ''))).toBeGreaterThanOrEqual(2);
    await expect(admin.locator('[data-answer]').textContent()).resolves.toContain('南山区');
    const row = admin.locator(`[data-table="outreach-districts"] tr[data-region="${NANSHAN}"]`);
    await expect(row.locator('th').textContent()).resolves.toBe('南山区');
    await admin.locator('[data-table="outreach-teams"]').waitFor();
    await checkAccessibility(admin, 'outreach-stats');

    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.locator('button[data-format="xlsx"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kepu-outreach-440305-.*\.xlsx$/);
  });

  it('has no serious accessibility violations on any page', () => {
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
  });
});
