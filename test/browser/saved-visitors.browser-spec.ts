import { DataSource } from 'typeorm';
import type { Browser, Page } from 'playwright-core';
import { IDS } from '../support/booking';
import { pageAt, PHONE, screenshot, seriousViolations, startBrowserApp } from '../support/browser';
import type { TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * A grown child keeps a parent among the people they book for (常用参观人) and books them in a few
 * taps, on a phone in elder mode (docs/booking-rules.md, "People I book for").
 */
describe('people I book for', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ t, base, browser, close } = await startBrowserApp());
  });
  afterAll(async () => {
    await page?.context().close();
    await close?.();
  });

  it('keeps a parent on the account page, then books them with one tap and no number typed', async () => {
    page = await pageAt(browser, base, 'family@demo.kepu', '/me', { phone: true });
    await page.getByRole('button', { name: '长辈模式' }).click();
    const panel = page.locator('#saved-visitors');
    await panel.getByText('还没有常用参观人。').waitFor();
    await panel.getByRole('button', { name: '添加常用参观人' }).click();
    await panel.getByLabel('姓名').fill('王秀英');
    await panel.getByLabel('类别').selectOption('senior');
    await panel.getByLabel(/身份证号/).fill(IDS.senior);
    await panel.getByRole('button', { name: '保存' }).click();
    await panel.getByText('已保存 王秀英。').waitFor();
    await panel.getByText('王秀英 · 老人（60 岁及以上） · 居民身份证 1101**********002X').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'saved-visitors-elder');
    // The page keeps to the phone's width in elder mode.
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);

    const [{ id: offeringId }] = await t.app
      .get(DataSource)
      .query(`SELECT id FROM offerings WHERE title = '实验室开放参观' AND real_name`);
    const slots = await t.http().get(`/api/v1/offerings/${offeringId}/availability`).expect(200);
    const open = (slots.body as { status: string; start: string }[]).find((s) => s.status === 'open')!;
    await page.goto(`${base}/book/${offeringId}?date=${open.start.slice(0, 10)}`);
    await page.locator('.slot-choice[data-status="open"] input').first().check();
    await page.getByRole('button', { name: '下一步', exact: true }).click();
    await page.getByRole('button', { name: /王秀英 · 老人/ }).click();
    const visitor = page.locator('fieldset.visitor').first();
    await visitor.getByText('证件已保存：居民身份证 1101**********002X').waitFor();
    expect(await visitor.getByLabel('姓名').inputValue()).toBe('王秀英');
    expect(await page.locator('fieldset.visitor').count()).toBe(1);
    await page.getByRole('button', { name: '下一步', exact: true }).click();
    await page.getByLabel('手机号码').fill('13800138000');
    await page.getByRole('button', { name: '下一步', exact: true }).click();
    await page.getByRole('button', { name: '确认预约' }).click();
    await page.getByRole('heading', { name: '预约成功' }).waitFor();

    const code = (await page.locator('.booking-code').textContent())?.trim();
    const [booked] = await t.app
      .get(DataSource)
      .query(
        `SELECT v.name, v.category FROM bookings b JOIN booking_visitors v ON v.booking_id = b.id WHERE b.code = $1`,
        [code],
      );
    expect(booked).toEqual({ name: '王秀英', category: 'senior' });
  });
});
