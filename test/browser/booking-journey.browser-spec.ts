import { DataSource } from 'typeorm';
import type { Browser, Locator, Page } from 'playwright-core';
import { IDS, idNumberFor } from '../support/booking';
import { pageAt, PHONE, screenshot, seriousViolations, startBrowserApp } from '../support/browser';
import { bearer, signIn } from '../support/sessions';
import type { TestApp } from '../support/test-app';

jest.setTimeout(180_000);

/** The page's globals, for functions Playwright runs in the browser (this program has no DOM types). */
interface PageGlobals {
  document: { documentElement: { scrollHeight: number; scrollWidth: number } };
}

/**
 * A family's way from a venue page to a confirmed booking, on a phone (docs/booking-rules.md,
 * "Defaults an offering starts from"): the offering's rules on the venue page under their own
 * offering, the age rule at the visitor's field, a day already booked said when the day is chosen,
 * the category taken from the document, no nickname for a visitor, the phone remembered, and the
 * taps it takes, counted: every tap and every field typed is one.
 */
describe('a family’s booking journey', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let close: () => Promise<void>;
  let page: Page;
  let venueId: string;
  /** The guided tour's first bookable days after today, in order. */
  let days: string[];

  const tour = () => page.locator('section.offering', { has: page.getByRole('heading', { name: '讲解员导览' }) });
  const general = () => page.locator('section.offering', { has: page.getByRole('heading', { name: '常设展厅参观' }) });
  const next = () => page.getByRole('button', { name: '下一步', exact: true });

  /** Counts what a person does: a tap, or a field typed (one, however long the text). */
  function counter() {
    let taps = 0;
    return {
      tap: async (target: Locator) => {
        taps++;
        await target.click();
      },
      type: async (target: Locator, text: string) => {
        taps++;
        await target.fill(text);
      },
      get taps() {
        return taps;
      },
    };
  }

  beforeAll(async () => {
    ({ t, base, browser, close } = await startBrowserApp());
    const db = t.app.get(DataSource);
    [{ id: venueId }] = await db.query(`SELECT id FROM resources WHERE name = '深圳科学技术馆'`);
    // The people this family books for (常用参观人): a grandmother born in 1949 and a boy born in 2015.
    const family = await signIn(t, 'family@demo.kepu');
    for (const person of [
      { name: '王秀英', category: 'senior', idNumber: IDS.senior },
      { name: '张小宝', category: 'child', idNumber: IDS.child },
    ])
      await t.http().post('/api/v1/saved-visitors').set(bearer(family)).send(person).expect(201);
    page = await pageAt(browser, base, 'family@demo.kepu', `/venues/${venueId}`, { phone: true });
  });
  afterAll(async () => {
    await page?.context().close();
    await close?.();
  });

  it('lists each offering’s rules under it, and says when places open instead of “not open”', async () => {
    await tour().locator('.calendar-days li[data-state="open"]').first().waitFor();
    const tourRules = await tour().locator('.offering-rules li').allTextContents();
    expect(tourRules).toEqual(
      expect.arrayContaining([
        '每单最多 4 人',
        '年龄：6 岁及以上',
        '提前 7 天，每天 09:00 放票',
        '开场前 30 分钟停止预约',
      ]),
    );
    // The tour's age and party size are not the general admission's.
    const generalRules = await general().locator('.offering-rules li').allTextContents();
    expect(generalRules).toContain('每单最多 5 人');
    expect(generalRules.join()).not.toContain('岁');
    // Days whose places are not released yet say when they will be.
    const waiting = general().locator('.calendar-days li[data-state="not_open_yet"] .state').first();
    expect(await waiting.textContent()).toMatch(/^\d{1,2}月\d{1,2}日 09:00 开放$/);
    expect(await page.getByText('未开放').count()).toBe(0);
    days = (await tour()
      .locator('.calendar-days li:not(:first-child)[data-state="open"] a')
      .evaluateAll((links) =>
        links.map((a) => new URL((a as unknown as { href: string }).href).searchParams.get('date')),
      )) as string[];
    expect(days.length).toBeGreaterThanOrEqual(3);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'booking-journey-venue-phone');
  });

  it('books two saved people in nine taps from the venue page, with no nickname filled in', async () => {
    const count = counter();
    await count.tap(tour().locator(`.calendar-days a[href$="date=${days[0]}"]`));
    await page.locator('.slot-choice[data-status="open"]').first().waitFor();
    await count.tap(page.locator('.slot-choice[data-status="open"] input').first());
    await count.tap(next());

    const first = page.locator('fieldset.visitor').first();
    // The account's nickname (张家（演示）) is nobody's real name.
    expect(await first.getByLabel('姓名').inputValue()).toBe('');
    expect(await page.locator('.step').textContent()).toContain('年龄：6 岁及以上');
    await count.tap(page.getByRole('button', { name: /王秀英 · 老人/ }));
    await count.tap(page.getByRole('button', { name: /张小宝 · 儿童/ }));
    expect(await page.locator('fieldset.visitor').count()).toBe(2);
    expect(await first.getByLabel('类别').inputValue()).toBe('senior');
    await count.tap(next());

    // This account has no phone of its own and no booking yet: the number is asked once.
    await count.type(page.getByLabel('手机号码'), '13800138000');
    await count.tap(next());
    await count.tap(page.getByRole('button', { name: '确认预约' }));
    await page.getByRole('heading', { name: '预约成功' }).waitFor();
    console.log(`Taps from the venue page to a confirmed booking (first booking, phone typed): ${count.taps}`);
    expect(count.taps).toBeLessThanOrEqual(10);
  });

  it('marks the day already booked on the venue page and at the booking’s first step', async () => {
    await page.goto(`/venues/${venueId}`);
    const mine = tour().locator('.calendar-days li[data-state="mine"]');
    await mine.waitFor();
    expect(await mine.textContent()).toContain('已预约');

    // Asked for that day again: the date step says so, before anything is typed.
    await page.goto(`/book/${await tourId()}?date=${days[0]}`);
    const notice = page.getByRole('status').filter({ hasText: '已预约过该项目' });
    await notice.waitFor();
    expect(await page.locator(`.date-choices li[data-state="mine"] button`).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'booking-journey-already-booked');
  });

  it('books again in seven taps: the phone is remembered and shown in the summary', async () => {
    await page.goto(`/venues/${venueId}`);
    const count = counter();
    await count.tap(tour().locator(`.calendar-days a[href$="date=${days[1]}"]`));
    await count.tap(page.locator('.slot-choice[data-status="open"] input').first());
    await count.tap(next());
    await count.tap(page.getByRole('button', { name: /王秀英 · 老人/ }));
    await count.tap(page.getByRole('button', { name: /张小宝 · 儿童/ }));
    await count.tap(next());
    // Straight to the summary: the last booking's number, kept, with a way to change it.
    await page.getByRole('heading', { name: '请核对预约信息' }).waitFor();
    const phoneLine = page.locator('.phone-line');
    expect(await phoneLine.textContent()).toContain('138****8000');
    await phoneLine.getByRole('button', { name: '更换号码' }).waitFor();
    await screenshot(page, 'booking-journey-remembered-phone');
    await count.tap(page.getByRole('button', { name: '确认预约' }));
    await page.getByRole('heading', { name: '预约成功' }).waitFor();
    console.log(`Taps from the venue page to a confirmed booking (saved visitors, phone remembered): ${count.taps}`);
    expect(count.taps).toBeLessThanOrEqual(10);
  });

  it('refuses a child under the minimum age at the child’s field, and takes the category from the document', async () => {
    await page.goto(`/book/${await tourId()}?date=${days[2]}`);
    await page.locator('.slot-choice[data-status="open"] input').first().check();
    await next().click();
    const visitors = page.locator('fieldset.visitor');
    await visitors.first().getByLabel('姓名').fill('张奶奶');
    // Born 1949: a senior, chosen by the document, not left as an adult.
    await visitors
      .first()
      .getByLabel(/身份证号/)
      .fill(idNumberFor(7, '19490315'));
    const category = visitors.first().getByLabel('类别');
    expect(await category.inputValue()).toBe('senior');
    expect(await category.isDisabled()).toBe(true);

    await page.getByRole('button', { name: '添加参观人' }).click();
    await visitors.nth(1).getByLabel('姓名').fill('张小小');
    const fourYearsOld = idNumberFor(8, `${Number(days[2].slice(0, 4)) - 4}0101`);
    await visitors
      .nth(1)
      .getByLabel(/身份证号/)
      .fill(fourYearsOld);
    // At the child's own field, in words, before any further step.
    const refusal = visitors.nth(1).getByText('参观当天 4 岁，此项目限 6 岁及以上');
    await refusal.waitFor();
    expect(await visitors.nth(1).getByLabel('类别').inputValue()).toBe('child');
    await next().click();
    expect(await page.getByRole('heading', { name: '参观人', exact: true }).isVisible()).toBe(true);
    expect(await refusal.isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'booking-journey-age-refusal');

    // In English, the same rules and the same refusal.
    await page.getByRole('button', { name: 'English' }).click();
    await visitors.nth(1).getByText('This visitor is 4 on the day; this offering takes ages 6 and over').waitFor();
    await page.goto(`/venues/${venueId}`);
    const tourEn = page.locator('section.offering', { has: page.getByRole('heading', { name: '讲解员导览' }) });
    await tourEn.getByText('Ages 6 and over').waitFor();
    expect(await tourEn.locator('.offering-rules li').allTextContents()).toEqual(
      expect.arrayContaining(['Up to 4 people per booking', 'Ages 6 and over']),
    );
    await page.getByRole('button', { name: '中文' }).click();
  });

  it('keeps the venue page short in elder mode, and the visitor box inside its card', async () => {
    await page.goto(`/venues/${venueId}`);
    await page.getByRole('button', { name: '长辈模式' }).click();
    await tour().locator('.calendar-days li').first().waitFor();
    const height = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).document.documentElement.scrollHeight,
    );
    console.log(`Venue page height in elder mode on a phone: ${height} px`);
    expect(height).toBeLessThan(5000);
    await screenshot(page, 'booking-journey-venue-elder');

    await page.goto(`/book/${await tourId()}?date=${days[2]}`);
    await page.locator('.slot-choice[data-status="open"] input').first().check();
    await next().click();
    await page.getByLabel('证件类型').selectOption('hk_macao_permit');
    const [box, card] = await Promise.all([
      page.locator('fieldset.visitor').first().boundingBox(),
      page.locator('.card.step').boundingBox(),
    ]);
    expect(box!.x + box!.width).toBeLessThanOrEqual(card!.x + card!.width);
    expect(
      await page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(PHONE.viewport.width);
    await screenshot(page, 'booking-journey-visitors-elder');
    await page.getByRole('button', { name: '长辈模式' }).click();
  });

  it('on a desktop, shows the booking above the fold and the form in a readable column', async () => {
    const desktop = await pageAt(browser, base, 'family@demo.kepu', `/venues/${venueId}`);
    await desktop.setViewportSize({ width: 1280, height: 800 });
    const offerings = desktop.locator('.offerings');
    await offerings.locator('.calendar-days li').first().waitFor();
    expect((await offerings.boundingBox())!.y).toBeLessThan(800 - 200);
    await screenshot(desktop, 'booking-journey-venue-desktop');
    await desktop.goto(`/book/${await tourId()}?date=${days[2]}`);
    const form = desktop.locator('.booking');
    await form.locator('.slot-choice').first().waitFor();
    expect((await form.boundingBox())!.width).toBeLessThanOrEqual(720);
    await desktop.context().close();
  });

  async function tourId(): Promise<string> {
    const [{ id }] = await t.app
      .get(DataSource)
      .query(`SELECT id FROM offerings WHERE resource_id = $1 AND title = '讲解员导览'`, [venueId]);
    return id;
  }
});
