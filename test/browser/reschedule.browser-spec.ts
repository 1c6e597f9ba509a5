import { addDays, shanghaiToday } from '@kepu/schedule';
import { DataSource } from 'typeorm';
import type { Browser, Page } from 'playwright-core';
import { book, bookableEvent, bookingBody, IDS, visitorAccounts } from '../support/booking';
import { pageAt, PHONE, screenshot, seriousViolations, startBrowserApp } from '../support/browser';
import { signIn, SignedIn } from '../support/sessions';
import type { TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * A family changes the time of its visit (改期) from 我的预约 on a phone, in a few taps, and is
 * told in Chinese when the time it chose has just filled up, its booking unchanged
 * (docs/booking-rules.md, "Changing the time").
 */
describe('changing the time of a booking', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let close: () => Promise<void>;
  let page: Page;
  let db: DataSource;
  let family: SignedIn;
  const day2 = addDays(shanghaiToday(), 2);
  const day3 = addDays(shanghaiToday(), 3);
  const [, month, day] = day3.split('-').map(Number);

  /** A family booking of two (a parent and a child) at 10:00 on the day after tomorrow: the event's slots [A, B, C, D]. */
  const booked = async () => {
    const [operator, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);
    const { slotIds } = await bookableEvent(t, operator, city, {
      title: '星空观测夜',
      dates: [day2, day3],
      startTimes: ['10:00', '14:00'],
      capacity: 4,
    });
    const visitors = [
      { name: '陈静', idNumber: IDS.parent, category: 'adult' },
      { name: '陈小雨', category: 'child' },
    ];
    const made = (await book(t, family, bookingBody(slotIds[0], { visitors })).expect(201)).body;
    return { slotIds, id: made.id as string, code: made.code as string };
  };
  const slotOf = async (id: string) =>
    (await db.query(`SELECT slot_id AS "slotId" FROM bookings WHERE id = $1`, [id]))[0].slotId as string;
  const counters = async (slotIds: string[]) =>
    (await db.query(`SELECT id, booked FROM slots WHERE id = ANY($1::uuid[])`, [slotIds])).reduce(
      (all: Record<string, number>, row: { id: string; booked: number }) => ({ ...all, [row.id]: row.booked }),
      {},
    );

  beforeAll(async () => {
    ({ t, base, browser, close } = await startBrowserApp());
    db = t.app.get(DataSource);
    family = await signIn(t, 'family@demo.kepu');
  });
  afterAll(async () => {
    await page?.context().close();
    await close?.();
  });

  it('moves a family’s visit to another day in four taps, keeping its code', async () => {
    const { slotIds, id, code } = await booked();
    page = await pageAt(browser, base, 'family@demo.kepu', '/me/bookings', { phone: true });
    const card = page.locator(`.booking-card[data-code="${code}"]`);
    // The rule is on the booking before it is needed.
    await card.getByText(/还可改期 2 次，.* 前/).waitFor();

    let taps = 0;
    const tap = async (target: ReturnType<Page['locator']>) => {
      await target.click();
      taps++;
    };
    await tap(card.getByRole('button', { name: '改期' }));
    await card.getByText('新时间确认前，原来的名额为您保留；预约码和二维码不变。').waitFor();
    await tap(card.getByRole('button', { name: new RegExp(`^${month}月${day}日`) }));
    await tap(card.locator('.slot-choice', { hasText: '14:00' }).locator('input'));
    await card.getByText(/^从 .* 改到 .*14:00–15:00$/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reschedule-phone');
    await tap(card.getByRole('button', { name: '确认改期' }));

    await card.getByText(/^已改到 .*14:00–15:00，预约码不变$/).waitFor();
    await card.getByText(/还可改期 1 次/).waitFor();
    expect(await card.locator('strong', { hasText: code }).count()).toBe(1);
    expect(taps).toBe(4);
    expect(await slotOf(id)).toBe(slotIds[3]);
    expect(await counters([slotIds[0], slotIds[3]])).toEqual({ [slotIds[0]]: 0, [slotIds[3]]: 2 });
    await screenshot(page, 'reschedule-phone-moved');
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);

    // The same in English.
    await page.getByRole('button', { name: 'English' }).click();
    await card.getByText(/^Time changes left: 1, until /).waitFor();
    await card.getByRole('button', { name: 'Change time' }).click();
    await card
      .getByText('Your places are kept until the new time is confirmed; the code and QR code stay the same.')
      .waitFor();
    await card.locator('.slot-choice', { hasText: '14:00' }).getByText('Your booking').waitFor();
    await screenshot(page, 'reschedule-phone-en');
    await card.getByRole('button', { name: 'Keep my time' }).click();
    await page.getByRole('button', { name: '中文' }).click();
  });

  it('says in Chinese that the chosen time has just filled up, and keeps the booking as it was', async () => {
    const { slotIds, id, code } = await booked();
    await page.goto(`${base}/me/bookings`);
    // Elder mode: larger text, still within the phone's width.
    await page.getByRole('button', { name: '长辈模式' }).click();
    const card = page.locator(`.booking-card[data-code="${code}"]`);
    await card.getByRole('button', { name: '改期' }).click();
    await card.locator('.slot-choice', { hasText: '14:00' }).locator('input').check();

    // Meanwhile others take the last places at 14:00.
    const others = await visitorAccounts(t, 2);
    for (const other of others)
      await book(
        t,
        other,
        bookingBody(slotIds[1], {
          visitors: [
            { name: '赵一', category: 'adult' },
            { name: '赵二', category: 'adult' },
          ],
        }),
      ).expect(201);

    await card.getByRole('button', { name: '确认改期' }).click();
    await card.getByText('该场次已约满').waitFor();
    await card.getByText(/^您原来的预约不变：.*10:00–11:00$/).waitFor();
    // The time read again: 14:00 now says it is full and cannot be chosen.
    await card.locator('.slot-choice', { hasText: '14:00' }).getByText('已约满').waitFor();
    expect(await card.getByRole('button', { name: '确认改期' }).isDisabled()).toBe(true);
    expect(await slotOf(id)).toBe(slotIds[0]);
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    await screenshot(page, 'reschedule-phone-full-elder');

    await card.getByRole('button', { name: '不改了' }).click();
    expect(await card.locator('.reschedule').count()).toBe(0);
  });
});
