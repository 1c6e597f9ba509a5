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
import { launchBrowser, pageAt, PHONE, screenshot, seriousViolations } from '../support/browser';
import { createOffering } from '../support/schedule';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/** What the page scripts below touch of the browser's globals (the tests compile without the DOM's types). */
interface PageGlobals {
  print: () => void;
  document: {
    body: { setAttribute(name: string, value: string): void };
    querySelector(selector: string): { naturalWidth?: number } | null;
  };
}

jest.setTimeout(180_000);

/**
 * The operator's booking desk (预约台, docs/booking-rules.md, "The booking desk") in real headless
 * Chromium against the real API, on a phone-sized screen: finding a family's booking by the last
 * digits of their phone and cancelling it with a reason; booking a caller with a Hong Kong and Macao
 * permit and no phone, with the code to read out and print; counting today's walk-ins; the same
 * booking in elder mode; and the counter quota in the offering editor and on the venue page.
 */
describe('the booking desk in a browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let operator: SignedIn;
  const contexts: BrowserContext[] = [];
  const violations: Record<string, string[]> = {};
  let event: { resourceId: string; offeringId: string; slotIds: string[]; date: string };
  let todaySlotId: string;

  async function pageAs(login: string | undefined, next: string): Promise<Page> {
    const page = await pageAt(browser, base, login, next, { phone: true });
    contexts.push(page.context());
    return page;
  }

  async function checkPage(page: Page, name: string) {
    violations[name] = await seriousViolations(page);
    await screenshot(page, name);
    // Nothing sideways on a phone: the page is no wider than the screen.
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
  }

  const desk = (tab = 'find') => `/console/operator/desk?venue=${event.resourceId}&tab=${tab}`;
  const db = () => t.app.get(DataSource);

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
    operator = await signIn(t, 'operator@demo.kepu');
    const cityAdmin = await signIn(t, 'city-admin@demo.kepu');
    // 10 % of 20 places held for the desk until 24 hours before the start (the day after tomorrow, 10:00).
    event = await bookableEvent(t, operator, cityAdmin, {
      capacity: 20,
      realName: true,
      counterShare: 10,
      counterReleaseHours: 24,
    });
    // A second offering whose slot is today, open at the gate, for the walk-in tally.
    const today = await createOffering(t, operator, event.resourceId, {
      title: '现场体验课',
      kind: 'event',
      slotMinutes: 60,
      capacity: 10,
      dates: [event.date],
      startTimes: ['15:00'],
    });
    [{ id: todaySlotId }] = await db().query(`SELECT id FROM slots WHERE offering_id = $1`, [today.id]);
    await openForCheckIn(t, todaySlotId);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await t.close();
  });
  afterAll(() => expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((k) => [k, []]))));

  it('tells families on the venue page that places are held for counter and phone booking, and from when they open', async () => {
    const page = await pageAs(undefined, `/venues/${event.resourceId}`);
    const note = page.locator('.held-notes li').first();
    await note.waitFor();
    expect(await note.textContent()).toMatch(/另有 2 个名额留给窗口和电话预约，.*10:00 起开放网上预约/);
    await page.locator('.calendar-days .held', { hasText: '另留 2 个给窗口和电话' }).waitFor();
    await checkPage(page, 'desk-venue-held-places');
  });

  it('finds a family by the last four digits of their phone and cancels for them with a reason', async () => {
    const [family] = await visitorAccounts(t, 1);
    const booked = await book(
      t,
      family,
      bookingBody(event.slotIds[0], {
        visitors: [{ name: '李小红', idNumber: IDS.parent, category: 'adult' }],
        contactPhone: '13912345678',
      }),
    );
    expect(booked.status).toBe(201);
    const code: string = booked.body.code;

    const page = await pageAs('operator@demo.kepu', desk());
    await page.getByRole('heading', { level: 1, name: '预约台' }).waitFor();
    await page.getByLabel('查找', { exact: true }).fill('5678');
    await page.getByRole('button', { name: '查找', exact: true }).click();
    const found = page.locator(`.desk-booking[data-code="${code}"]`);
    await found.waitFor();
    expect(await found.textContent()).toContain('网上预约');
    expect(await found.textContent()).toContain('李小红');
    expect(await found.textContent()).toContain('139****5678');
    await checkPage(page, 'desk-found-by-phone');

    await found.getByRole('button', { name: '取消预约' }).click();
    // No reason yet: the desk asks for one and goes no further.
    await found.getByRole('button', { name: '下一步' }).click();
    await found.getByText('请选择或写明取消原因').waitFor();
    await found.getByLabel('应游客来电要求').check();
    await found.getByRole('button', { name: '下一步' }).click();
    await found.getByRole('heading', { name: '确定取消这个预约吗？' }).waitFor();
    expect(await found.textContent()).toContain('取消原因：应游客来电要求');
    await checkPage(page, 'desk-cancel-confirm');
    await found.getByRole('button', { name: '确定取消' }).click();
    await page.getByText(`已取消预约 ${code}，游客会收到通知。`).waitFor();
    await page.locator(`.desk-booking[data-code="${code}"][data-status="cancelled"]`).waitFor();

    const [row] = await db().query(`SELECT status, cancelled_by FROM bookings WHERE code = $1`, [code]);
    expect(row).toEqual({ status: 'cancelled', cancelled_by: 'venue' });
    const [audit] = await db().query(
      `SELECT details FROM audit_log WHERE action = 'booking.cancelled_by_venue' AND subject_id = $1`,
      [booked.body.id],
    );
    expect(audit.details.reason).toBe('应游客来电要求');
  });

  /** Books for a caller at the desk; the page is left on the confirmation. */
  async function bookForCaller(
    page: Page,
    channel: '电话预约' | '窗口预约',
    visitor: { name: string; document: string; number: string },
    phone = '',
  ): Promise<string> {
    await page.getByRole('button', { name: '代客预约' }).click();
    await page.getByLabel(channel).check();
    await page.getByLabel('预约项目').selectOption({ label: '周末天文课' });
    await page.locator(`.slot-choice[data-slot="${event.slotIds[0]}"] input`).check();
    // The desk may book every place left: what online may still book and the 2 held for it.
    expect(await page.locator(`.slot-choice[data-slot="${event.slotIds[0]}"]`).textContent()).toContain(
      '其中 2 个为窗口和电话预留',
    );
    const fields = page.locator('fieldset.visitor').first();
    await fields.getByLabel('姓名').fill(visitor.name);
    await fields.getByLabel('证件类型').selectOption({ label: visitor.document });
    await fields.getByLabel('证件号码').or(fields.getByLabel('身份证号')).fill(visitor.number);
    if (phone) await page.getByLabel('手机号码（选填）').fill(phone);
    await checkPage(page, `desk-book-${channel}`);
    await page.getByRole('button', { name: '确认预约' }).click();
    await page.getByRole('heading', { name: '预约成功' }).waitFor();
    const code = ((await page.locator('.desk-ticket .booking-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[0-9A-Z]{10}$/);
    // The QR code is there to print.
    await page.waitForFunction(
      () => Number((globalThis as unknown as PageGlobals).document.querySelector('.desk-ticket img')?.naturalWidth) > 0,
    );
    return code;
  }

  it('books a caller by phone with a Hong Kong and Macao permit and no phone number, and shows the code to read out and print', async () => {
    const page = await pageAs('operator@demo.kepu', desk());
    const code = await bookForCaller(page, '电话预约', {
      name: '陈大文',
      document: '港澳居民来往内地通行证',
      number: 'h12345678',
    });
    const ticket = page.locator('.desk-ticket');
    expect(await ticket.textContent()).toContain('请把预约码逐个读给游客');
    expect(await ticket.locator('.desk-readout-character').allTextContents()).toEqual([...code]);
    expect(await ticket.textContent()).toContain('未留手机号，不发短信');
    expect(await ticket.textContent()).toContain('1 人：陈大文');
    await checkPage(page, 'desk-phone-booking-ticket');

    // Printed, the page is the confirmation alone, without the buttons.
    await page.evaluate(() => {
      const window = globalThis as unknown as PageGlobals;
      window.print = () => window.document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: '打印确认单' }).click();
    expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.console-nav').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '再预约一单' }).isVisible()).toBe(false);
    expect(await page.locator('.desk-ticket .booking-code').isVisible()).toBe(true);
    await screenshot(page, 'desk-phone-booking-printed');
    await page.emulateMedia({ media: 'screen' });

    const found = await t
      .http()
      .get(`/api/v1/resources/${event.resourceId}/bookings?q=${code}`)
      .set(bearer(operator))
      .expect(200);
    expect(found.body.items).toMatchObject([
      {
        code,
        channel: 'phone',
        contactPhone: null,
        visitors: [{ name: '陈大文', documentType: 'hk_macao_permit', idNumber: 'H1*****78' }],
      },
    ]);
    const [row] = await db().query(`SELECT account_id, booked_by FROM bookings WHERE code = $1`, [code]);
    expect(row).toEqual({ account_id: null, booked_by: operator.user.id });
  });

  it('records walk-ins for a slot today: +1, +5, a correction, and refuses more than the places left', async () => {
    const page = await pageAs('operator@demo.kepu', desk('walkIns'));
    const slot = page.locator(`.desk-walk-in[data-slot="${todaySlotId}"]`);
    await slot.getByText('现场入场 0 人').waitFor();
    await slot.getByText('剩余 10 个名额').waitFor();
    await slot.getByRole('button', { name: '+1 人' }).click();
    await slot.getByText('现场入场 1 人').waitFor();
    await slot.getByRole('button', { name: '+5 人' }).click();
    await slot.getByText('现场入场 6 人').waitFor();
    await slot.getByRole('button', { name: '−1 更正' }).click();
    await slot.getByText('现场入场 5 人').waitFor();
    await slot.getByText('剩余 5 个名额').waitFor();
    await checkPage(page, 'desk-walk-ins');
    await slot.getByRole('button', { name: '+1 人' }).click();
    await slot.getByText('现场入场 6 人').waitFor();
    // 4 places left: 5 more do not fit, and the desk says so.
    await slot.getByRole('button', { name: '+5 人' }).click();
    await slot.locator('.notice.error[data-code="WALK_INS_OVER_CAPACITY"]').waitFor();

    const [{ n }] = await db().query(`SELECT sum(count)::int AS n FROM slot_walk_ins WHERE slot_id = $1`, [
      todaySlotId,
    ]);
    expect(n).toBe(6);
    // A reload reads the tally back from the slot.
    await page.reload();
    await page.locator(`.desk-walk-in[data-slot="${todaySlotId}"]`).getByText('现场入场 6 人').waitFor();
  });

  it('books someone at the counter in elder mode, with a phone number that gets the text', async () => {
    const page = await pageAs('operator@demo.kepu', desk());
    await page.getByRole('button', { name: '长辈模式' }).click();
    expect(await page.locator('html').getAttribute('class')).toContain('elder');
    const code = await bookForCaller(
      page,
      '窗口预约',
      { name: '王阿婆', document: '居民身份证', number: idNumberFor(7) },
      '13700137000',
    );
    const ticket = page.locator('.desk-ticket');
    expect(await ticket.textContent()).toContain('137****7000（会收到预约短信）');
    expect(await ticket.textContent()).toContain('窗口预约');
    // The code is read out for a caller only.
    expect(await ticket.locator('.desk-readout').count()).toBe(0);
    await checkPage(page, 'desk-counter-booking-elder');
    const [row] = await db().query(`SELECT channel FROM bookings WHERE code = $1`, [code]);
    expect(row.channel).toBe('counter');
    // The desk's other tasks keep to the screen in elder mode too.
    await page.getByRole('button', { name: '查找预约' }).click();
    await page.locator(`.desk-booking[data-code="${code}"]`).waitFor();
    await checkPage(page, 'desk-find-elder');
    await page.getByRole('button', { name: '现场入场登记' }).click();
    await page.locator(`.desk-walk-in[data-slot="${todaySlotId}"]`).waitFor();
    await checkPage(page, 'desk-walk-ins-elder');
  });

  it('saves the counter quota in the offering editor', async () => {
    const page = await pageAs('operator@demo.kepu', `/console/operator/venues/${event.resourceId}?tab=offerings`);
    const offering = page.locator(`.offering-list li[data-offering="${event.offeringId}"]`);
    await offering.getByRole('button', { name: '修改' }).click();
    await page.getByLabel('留给窗口和电话预约的名额（%）').fill('20');
    await page.getByLabel('开场前几小时把预留名额放给网上预约').fill('48');
    await checkPage(page, 'desk-offering-quota');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('预约项目已保存').waitFor();
    await offering.getByText('窗口和电话预留 20%').waitFor();
    const [row] = await db().query(`SELECT counter_share, counter_release_hours FROM offerings WHERE id = $1`, [
      event.offeringId,
    ]);
    expect(row).toEqual({ counter_share: 20, counter_release_hours: 48 });
  });
});
