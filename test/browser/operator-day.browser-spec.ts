import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import {
  book,
  bookableEvent,
  bookingBody,
  IDS,
  idNumberFor,
  moveSlot,
  pinClockToMidday,
  visitorAccounts,
} from '../support/booking';
import { PHONE, screenshot, seriousViolations, signInAs, startBrowserApp } from '../support/browser';
import { bearer, signIn } from '../support/sessions';
import type { TestApp } from '../support/test-app';

jest.setTimeout(180_000);

/** What the page's own scripts see, which Node's types do not describe. */
interface PageGlobals {
  localStorage: { setItem(key: string, value: string): void };
}

/**
 * An operator's day on a phone: the console opens on the day at a glance (工作台) with today's
 * figures, in elder mode too; at the gate, an early code says when it opens, a mistyped one says
 * so, a visitor checked in shows their names masked and their categories, the same code again
 * says when it was checked in here, and a visitor without their code is found by phone.
 */
describe('the operator’s day on a phone', () => {
  let t: TestApp;
  let db: DataSource;
  let base: string;
  let browser: Browser;
  let close: () => Promise<void>;
  const contexts: BrowserContext[] = [];
  let resourceId: string;
  let slotIds: string[];
  const codes: Record<string, string> = {};

  /** HH:MM in Shanghai, as the page writes a time. */
  const clock = (at: Date) =>
    new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(at);

  async function operatorPage(next: string, elder = false): Promise<Page> {
    const context = await browser.newContext({ ...PHONE, baseURL: base, locale: 'zh-CN' });
    contexts.push(context);
    if (elder)
      await context.addInitScript(() => (globalThis as unknown as PageGlobals).localStorage.setItem('kepu.elder', '1'));
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await signInAs(page, 'operator@demo.kepu', next);
    return page;
  }

  const fitsThePhone = async (page: Page) =>
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);

  beforeAll(async () => {
    ({ t, base, browser, close } = await startBrowserApp());
    db = t.app.get(DataSource);
    // "Today, in N minutes" at any hour: the API's clock is midday in Shanghai.
    pinClockToMidday();
    const [operator, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);
    const event = await bookableEvent(t, operator, city, {
      title: '星空课堂',
      realName: true,
      startTimes: ['10:00', '14:00'],
      capacity: 20,
    });
    ({ resourceId, slotIds } = event);
    const parties: [string, string, Record<string, unknown>][] = [
      [
        'family',
        slotIds[0],
        {
          visitors: [
            { name: '张三', idNumber: IDS.parent, category: 'adult' },
            { name: '张小明', idNumber: IDS.child, category: 'child' },
          ],
          contactPhone: '13912345678',
        },
      ],
      [
        'noCode',
        slotIds[0],
        { visitors: [{ name: '王五', idNumber: idNumberFor(31), category: 'adult' }], contactPhone: '13700001234' },
      ],
      ['senior', slotIds[0], { visitors: [{ name: '李四', idNumber: IDS.senior, category: 'senior' }] }],
      ['later', slotIds[1], { visitors: [{ name: '赵六', idNumber: idNumberFor(32), category: 'adult' }] }],
    ];
    const visitors = await visitorAccounts(t, parties.length);
    for (const [i, [key, slotId, body]] of parties.entries()) {
      const res = await book(t, visitors[i], bookingBody(slotId, body));
      if (res.status !== 201) throw new Error(`booking failed: ${JSON.stringify(res.body)}`);
      codes[key] = res.body.code;
    }
    // The first slot is open at the gate; the second opens in an hour and a half.
    await moveSlot(t, slotIds[0], 10);
    await moveSlot(t, slotIds[1], 120);
    const post = (path: string, body: object) =>
      t.http().post(`/api/v1${path}`).set(bearer(operator)).send(body).expect(200);
    await post(`/slots/${slotIds[0]}/walk-ins`, { count: 2 });
    await post('/check-ins', { code: codes.senior });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    jest.useRealTimers();
    await close?.();
  });

  it('opens the console on the day at a glance, with today’s figures', async () => {
    const page = await operatorPage('/console');
    await page.waitForURL(/\/console\/operator\/home$/);
    await page.getByRole('heading', { name: /^工作台/ }).waitFor();
    const venue = page.locator(`.venue-day[data-venue="${resourceId}"]`);
    const figure = (name: string) => venue.locator(`[data-figure="${name}"] dd`).textContent();
    // Four booked in the open slot and one in the later, one checked in, two walked in.
    await venue.locator('[data-figure="expected"] dd').waitFor();
    expect(await figure('expected')).toBe('5');
    expect(await figure('arrived')).toBe('1');
    expect(await figure('waiting')).toBe('4');
    expect(await figure('walkIns')).toBe('2');
    expect(await figure('remaining')).toBe(String(20 - 6 + 20 - 1));
    const open = venue.locator(`[data-slot="${slotIds[0]}"]`);
    await expect(open.textContent()).resolves.toContain('星空课堂');
    await expect(open.textContent()).resolves.toContain('现场 2');
    await page.locator('.workbench-actions').getByRole('link', { name: '入场核验' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fitsThePhone(page);
    await screenshot(page, 'operator-workbench-phone');

    const elder = await operatorPage('/console/operator/home', true);
    await elder.locator(`.venue-day[data-venue="${resourceId}"] [data-figure="expected"] dd`).waitFor();
    await fitsThePhone(elder);
    await screenshot(elder, 'operator-workbench-elder-phone');
  });

  it('confirms the venue’s details for the year in one tap from the day', async () => {
    await db.query(`UPDATE resources SET confirmed_at = now() - interval '11 months 5 days' WHERE id = $1`, [
      resourceId,
    ]);
    const page = await operatorPage('/console/operator/home');
    const venue = page.locator(`.venue-day[data-venue="${resourceId}"]`);
    const due = venue.locator('[data-todo="confirm"]');
    await expect(due.textContent()).resolves.toContain('每年一次的信息确认');
    await due.getByRole('button', { name: '信息无变化，确认' }).click();
    await venue.getByText('已确认，谢谢。').waitFor();
    await due.waitFor({ state: 'detached' });
  });

  it('says at the gate when a code opens, that a code is mistyped, who came, and when a code was used', async () => {
    const page = await operatorPage('/console/operator/check-in');
    await page.getByRole('heading', { name: '入场核验' }).waitFor();
    const result = page.locator('.check-in-result');
    const typeCode = async (code: string) => {
      await page.getByLabel('预约码').fill(code);
      await page.getByRole('button', { name: '核验入场' }).click();
      await result.waitFor();
    };
    const next = () => page.getByRole('button', { name: '继续核验' }).click();

    await typeCode(codes.later);
    const [{ startsAt }] = await db.query(`SELECT starts_at AS "startsAt" FROM slots WHERE id = $1`, [slotIds[1]]);
    const opensAt = clock(new Date(startsAt.getTime() - 30 * 60_000));
    await page.getByText(`${opensAt} 起可核验`).waitFor();
    expect(await result.getAttribute('data-outcome')).toBe('CHECK_IN_NOT_OPEN');
    await screenshot(page, 'gate-not-open-phone');
    await next();

    await typeCode('ZZZZZZZZZZ');
    await page.getByText('没有找到这个预约码，请核对后重试').waitFor();
    await next();

    await typeCode(codes.family);
    expect(await result.getAttribute('data-outcome')).toBe('ok');
    expect(await result.locator('.names').textContent()).toBe('张*、张**');
    expect(await result.locator('.categories').textContent()).toBe('成人 1 · 儿童 1');
    expect((await result.locator('.party').textContent())?.trim()).toBe('2 人');
    await fitsThePhone(page);
    await screenshot(page, 'gate-checked-in-phone');
    await next();

    await typeCode(codes.family);
    const [{ checkedInAt }] = await db.query(`SELECT checked_in_at AS "checkedInAt" FROM bookings WHERE code = $1`, [
      codes.family,
    ]);
    await page.getByText(`已于 ${clock(checkedInAt)} 在本机核验`).waitFor();
    expect(await result.getAttribute('data-outcome')).toBe('ALREADY_CHECKED_IN');
    await next();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds a visitor without their code by phone and checks them in', async () => {
    const page = await operatorPage('/console/operator/check-in');
    await page.getByLabel('手机号或证件号码').fill('1234');
    await page.getByRole('button', { name: '查找', exact: true }).click();
    const found = page.locator('.lookup-result');
    await found.first().waitFor();
    expect(await found.count()).toBe(1);
    await expect(found.textContent()).resolves.toContain('王*');
    await expect(found.textContent()).resolves.toContain('137****1234');
    await expect(found.textContent()).resolves.not.toContain('王五');
    await fitsThePhone(page);
    await screenshot(page, 'gate-lookup-phone');
    await found.getByRole('button', { name: '核验入场' }).click();
    const result = page.locator('.check-in-result[data-outcome="ok"]');
    await result.waitFor();
    expect(await result.locator('.names').textContent()).toBe('王*');
    // In English, one person is one.
    await page.getByRole('button', { name: 'English' }).click();
    await result.getByText('Checked in: welcome').waitFor();
    expect((await result.locator('.party').textContent())?.trim()).toBe('1 person');
    expect(await result.locator('.categories').textContent()).toBe('1 adult');
    const [{ status }] = await db.query(`SELECT status FROM bookings WHERE code = $1`, [codes.noCode]);
    expect(status).toBe('checked_in');
  });
});
