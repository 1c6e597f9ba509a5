import { OutboxRelay, ResourceIndex } from '@kepu/search';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { OutboxRunner } from '@kepu/core';
import { addDays, shanghaiToday } from '@kepu/schedule';
import { book, bookingBody, openForCheckIn, visitorAccounts } from '../support/booking';
import { binary } from '../support/register';
import { bearer } from '../support/sessions';
import { fakeCamera, launchBrowser, pageAt, PHONE, screenshot, seriousViolations, signInAs } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * The operator's and the administrator's consoles in real headless Chromium against the real API:
 * a new venue goes from the operator's form through review (with the diff) onto the public map;
 * the operator sets hours and an offering, a family books, and the operator checks them in at the
 * gate by typed code, on a phone.
 */
describe('operator and administrator consoles in a browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const violations: Record<string, string[]> = {};
  const venueName = `福田青少年科学探索馆 ${Math.random().toString(36).slice(2, 6)}`;
  let venuePath: string;
  let bookingCode: string;

  /** A fresh browser profile signed in as this demo account; desktop unless a phone is asked for. */
  async function pageAs(login: string, next: string, phone = false): Promise<Page> {
    const page = await pageAt(browser, base, login, next, { phone });
    contexts.push(page.context());
    return page;
  }

  async function checkAccessibility(page: Page, name: string) {
    violations[name] = await seriousViolations(page);
    await screenshot(page, name);
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ResourceIndex).reindex();
    await t.app.get(OutboxRelay).drain();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await t.close();
  });

  it('lets the operator fill in a new venue with the map picker and submit it for review', async () => {
    const page = await pageAs('operator@demo.kepu', '/console');
    // The console opens on the day at a glance (工作台); the venues are a tap away.
    await page.waitForURL(/\/console\/operator\/home$/);
    await page.locator('.console-nav').getByRole('link', { name: '我的场馆' }).click();
    await page.waitForURL(/\/console\/operator\/venues$/);
    await checkAccessibility(page, 'operator-venues');
    await page.getByRole('link', { name: '新建场馆' }).click();
    await page.getByLabel('场馆名称').fill(venueName);
    await page.getByLabel('类型').selectOption('science_museum');
    await page.getByLabel('所在区').selectOption('440304');
    await page.getByLabel('详细地址').fill('深圳市福田区福中路 1 号');
    // A click on the map places the marker and fills the coordinates; typed ones refine it.
    await page.locator('.location-picker .venue-map').click({ position: { x: 200, y: 120 } });
    await expect(page.getByLabel('纬度').inputValue()).resolves.not.toBe('');
    await page.getByLabel('纬度').fill('22.5431');
    await page.getByLabel('纬度').press('Tab');
    await page.getByLabel('经度').fill('114.0579');
    await page.getByLabel('经度').press('Tab');
    await page.getByLabel('简介').fill('面向青少年的互动科学展馆，展示力学、光学与电磁学。');
    await page.locator('input[value="physics"]').check();
    await page.locator('input[value="families"]').check();
    await page.getByRole('button', { name: '添加展品' }).click();
    await page.getByLabel('展品名称').fill('傅科摆');
    await page.getByLabel('类别').selectOption({ index: 0 });
    await page.getByLabel('通俗说明').fill('摆动的方向慢慢转动，说明地球在自转。');
    await checkAccessibility(page, 'operator-new-venue');
    await page.getByRole('button', { name: '创建草稿' }).click();
    await page.waitForURL(/\/console\/operator\/venues\/[0-9a-f-]{36}$/);
    venuePath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByText('已提交审核').waitFor();
    const id = venuePath.split('/').pop();
    const [row] = await t.app
      .get(DataSource)
      .query(`SELECT status, latitude, longitude FROM resources WHERE id = $1`, [id]);
    expect(row).toMatchObject({ status: 'submitted' });
    expect(Number(row.latitude)).toBeCloseTo(22.5431, 4);
    expect(Number(row.longitude)).toBeCloseTo(114.0579, 4);
  });

  it('lets the city administrator review it beside nothing published yet, approve it, and it is on the public map', async () => {
    const page = await pageAs('city-admin@demo.kepu', '/console');
    await page.waitForURL(/\/console\/admin\/review$/);
    await checkAccessibility(page, 'admin-review-queue');
    await page.getByRole('link', { name: venueName }).click();
    const nameRow = page.locator('.change-table tr[data-field="name"]');
    await nameRow.waitFor();
    expect(await nameRow.locator('td.before').textContent()).toContain('（空）');
    expect(await nameRow.locator('td.after').textContent()).toContain(venueName);
    expect(await page.locator('.change-table tr[data-field="themes"] td.after').textContent()).toContain('物理');
    expect(await page.locator('.change-table tr[data-field="exhibits"] td.after').textContent()).toContain('傅科摆（');
    // Fields empty on both sides are left out.
    expect(await page.locator('.change-table tr[data-field="contact"]').count()).toBe(0);
    await checkAccessibility(page, 'admin-review-diff');
    await page.getByRole('button', { name: '通过', exact: true }).click();
    await page.getByText(`“${venueName}”已通过审核，现已公开。`).waitFor();

    await t.app.get(OutboxRelay).drain();
    const features = page.waitForResponse((response) => response.url().includes('/api/v1/map/features'));
    await page.goto(`/?view=map&q=${encodeURIComponent(venueName)}`);
    const drawn = (await (await features).json()) as { features: { id: string }[] };
    expect(drawn.features.map((feature) => feature.id)).toContain(venuePath.split('/').pop());
    await page.locator('.map-canvas[data-markers-drawn]').waitFor();
    await page.locator('.hit-list li', { hasText: venueName }).waitFor();
  });

  it('lets the operator set the hours with a preview and an offering, and check a family in by typed code on a phone', async () => {
    const operator = await pageAs('operator@demo.kepu', `${venuePath}?tab=hours`);
    await operator.getByRole('heading', { name: '开放时间' }).waitFor();
    // Monday's hours, copied to the whole week: every day of the preview opens.
    await operator.getByRole('button', { name: '添加时段 周一' }).click();
    await operator.getByRole('button', { name: '复制到每天 周一' }).click();
    await operator.locator('.preview-days li[data-open="true"]').nth(13).waitFor();
    expect(await operator.locator('.preview-days li').count()).toBe(14);
    await checkAccessibility(operator, 'operator-hours');
    await operator.getByRole('button', { name: '保存开放时间' }).click();
    await operator.getByText('开放时间已保存').waitFor();

    await operator.getByRole('button', { name: '预约项目' }).click();
    await operator.getByRole('button', { name: '新建预约项目' }).click();
    await operator.getByLabel('项目名称').fill('展厅参观');
    await operator.getByLabel('每场名额（散客）').fill('30');
    await operator.getByRole('button', { name: '保存' }).click();
    await operator.getByText('预约项目已保存').waitFor();
    await operator.locator('.offering-list li', { hasText: '展厅参观' }).waitFor();

    // A family books the first bookable day after today through the portal.
    const family = await pageAs('family@demo.kepu', venuePath.replace('/console/operator/venues', '/venues'), true);
    await family.locator('.calendar-days li:not(:first-child)[data-state="open"] a').first().click();
    await family.locator('.slot-choice[data-status="open"] input').first().check();
    await family.getByRole('button', { name: '下一步' }).click();
    await family.locator('fieldset.visitor').first().getByLabel('姓名').fill('张大明');
    await family.getByRole('button', { name: '下一步' }).click();
    await family.getByLabel('手机号码').fill('13800138000');
    await family.getByRole('button', { name: '下一步' }).click();
    await family.getByRole('button', { name: '确认预约' }).click();
    bookingCode = ((await family.locator('.booking-code').textContent()) ?? '').trim();
    expect(bookingCode).toMatch(/^[A-Z0-9]{10}$/);

    // The visit is moved to start in a few minutes today, when the gate opens for it.
    const [{ slotId }] = await t.app
      .get(DataSource)
      .query(`SELECT slot_id AS "slotId" FROM bookings WHERE code = $1`, [bookingCode]);
    await openForCheckIn(t, slotId);

    const gate = await pageAs('operator@demo.kepu', '/console/operator/check-in', true);
    await gate.getByRole('heading', { name: '入场核验' }).waitFor();
    await checkAccessibility(gate, 'operator-check-in-phone');
    await gate.getByLabel('预约码').fill(bookingCode.toLowerCase());
    await gate.getByRole('button', { name: '核验入场' }).click();
    await gate.getByText('核验成功，请入场').waitFor();
    await screenshot(gate, 'operator-checked-in-phone');
    // The same code again is refused, in words.
    await gate.getByRole('button', { name: '继续核验' }).click();
    await gate.getByLabel('预约码').fill(bookingCode);
    await gate.getByRole('button', { name: '核验入场' }).click();
    await gate.locator('.check-in-result[data-outcome="ALREADY_CHECKED_IN"]').waitFor();

    const [booking] = await t.app.get(DataSource).query(`SELECT status FROM bookings WHERE code = $1`, [bookingCode]);
    expect(booking.status).toBe('checked_in');
    await gate.goto('/console/operator/today');
    await gate.locator(`.slot-arrivals[data-slot="${slotId}"] summary`, { hasText: '已到 1' }).waitFor();
  });

  it('checks a visitor in by scanning the QR code with the camera', async () => {
    const [visitor] = await visitorAccounts(t, 1);
    const db = t.app.get(DataSource);
    const [{ offeringId }] = await db.query(`SELECT id AS "offeringId" FROM offerings WHERE resource_id = $1`, [
      venuePath.split('/').pop(),
    ]);
    const slots = await t
      .http()
      .get(
        `/api/v1/offerings/${offeringId}/availability?from=${addDays(shanghaiToday(), 1)}&to=${addDays(shanghaiToday(), 7)}`,
      );
    const slot = (slots.body as { slotId: string; status: string }[]).find((s) => s.status === 'open')!;
    const booked = await book(t, visitor, bookingBody(slot.slotId));
    expect(booked.status).toBe(201);
    await openForCheckIn(t, slot.slotId);
    const qr = await t
      .http()
      .get(`/api/v1/bookings/${booked.body.id}/qr`)
      .set(bearer(visitor))
      .buffer(true)
      .parse(binary);

    // A second browser whose camera films the visitor's QR code.
    const filming = await launchBrowser(fakeCamera(qr.body as Buffer));
    try {
      const context = await filming.newContext({ ...PHONE, baseURL: base, locale: 'zh-CN', permissions: ['camera'] });
      const gate = await context.newPage();
      await signInAs(gate, 'operator@demo.kepu', '/console/operator/check-in');
      await gate.getByRole('button', { name: '打开摄像头扫码' }).click();
      await gate.getByText('核验成功，请入场').waitFor();
      expect(await gate.locator('.check-in-result .code').textContent()).toBe(booked.body.code);
    } finally {
      await filming.close();
    }
    const [row] = await db.query(`SELECT status FROM bookings WHERE id = $1`, [booked.body.id]);
    expect(row.status).toBe('checked_in');
  });

  it('asks before hours that close a booked day are saved, and cancels those bookings when the operator says so', async () => {
    const [visitor] = await visitorAccounts(t, 1);
    const db = t.app.get(DataSource);
    const resourceId = venuePath.split('/').pop();
    const [{ offeringId }] = await db.query(`SELECT id AS "offeringId" FROM offerings WHERE resource_id = $1`, [
      resourceId,
    ]);
    const from = addDays(shanghaiToday(), 2);
    const slots = await t.http().get(`/api/v1/offerings/${offeringId}/availability?from=${from}&to=${from}`);
    const slot = (slots.body as { slotId: string; status: string }[]).find((s) => s.status === 'open')!;
    const booked = await book(t, visitor, bookingBody(slot.slotId));
    expect(booked.status).toBe(201);

    const operator = await pageAs('operator@demo.kepu', `${venuePath}?tab=hours`);
    await operator.getByRole('button', { name: '添加特殊日期' }).click();
    await operator.getByLabel('日期').fill(from);
    await operator.getByLabel('说明').fill('设备检修');
    await operator.locator(`.preview-days li[data-date="${from}"][data-open="false"]`).waitFor();
    await operator.getByRole('button', { name: '保存开放时间' }).click();
    await operator.getByText('新的开放时间会影响已有预约的场次').waitFor();
    const [before] = await db.query(`SELECT status FROM bookings WHERE id = $1`, [booked.body.id]);
    expect(before.status).toBe('confirmed');
    await operator.getByRole('button', { name: '取消这些场次并通知预约者' }).click();
    await operator.getByText('开放时间已保存').waitFor();
    expect(await operator.getByRole('status').filter({ hasText: '开放时间已保存' }).textContent()).toMatch(
      /取消 [1-9]/,
    );
    // The slot's bookings are cancelled (and their visitors told) from the outbox.
    await t.app.get(OutboxRunner).drain('slot');
    const [after] = await db.query(`SELECT status, cancelled_by FROM bookings WHERE id = $1`, [booked.body.id]);
    expect(after).toEqual({ status: 'cancelled', cancelled_by: 'venue' });
  });

  it('keeps the published version public while an edit waits, and shows the reviewer only what changed', async () => {
    const operator = await pageAs('operator@demo.kepu', venuePath);
    await operator.getByLabel('简介').fill('面向青少年的互动科学展馆，新增声学展区。');
    await operator.getByRole('button', { name: '保存草稿' }).click();
    await operator.getByText('公众看到的仍是已发布的版本').waitFor();
    await operator.getByRole('button', { name: '提交审核' }).click();
    await operator.getByText('已提交审核').waitFor();
    const id = venuePath.split('/').pop();
    const published = await t.http().get(`/api/v1/resources/${id}`);
    expect(published.body.description).toBe('面向青少年的互动科学展馆，展示力学、光学与电磁学。');

    const admin = await pageAs('futian-admin@demo.kepu', `/console/admin/review/${id}`);
    await admin.locator('.change-table').waitFor();
    expect(await admin.locator('.change-table tbody tr').count()).toBe(1);
    expect(await admin.locator('tr[data-field="description"] td.before').textContent()).toContain('电磁学');
    expect(await admin.locator('tr[data-field="description"] td.after').textContent()).toContain('声学展区');
    await admin.getByLabel(/审核意见/).fill('请补充声学展区的开放时间。');
    await admin.getByRole('button', { name: '要求修改' }).click();
    await admin.getByText('运营单位修改，对方会看到您的意见').waitFor();

    await operator.reload();
    await operator.getByText('请补充声学展区的开放时间。').waitFor();
    await expect(operator.getByRole('button', { name: '提交审核' }).isVisible()).resolves.toBe(true);
  });

  it('finds no serious or critical accessibility violations on the console pages visited', () => {
    expect(Object.keys(violations).length).toBeGreaterThanOrEqual(6);
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((page) => [page, []])));
  });
});
