import { DataSource } from 'typeorm';
import { OutboxRelay, ResourceIndex } from '@kepu/search';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { OutboxRunner } from '@kepu/core';
import { launchBrowser, PHONE, screenshot, seriousViolations, signInByPassword } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * The page's globals, for functions Playwright runs in the browser: this Node program has no DOM
 * types, and page functions travel as source, so each casts `globalThis` itself.
 */
interface PageGlobals {
  document: {
    body: unknown;
    querySelector(selector: string): { naturalWidth?: number; getBoundingClientRect(): { height: number } } | null;
  };
  getComputedStyle(element: unknown): { fontSize: string; opacity: string };
}

/**
 * The public portal in real headless Chromium, on a phone-sized screen, against the real API,
 * Postgres and Meilisearch: find a venue by pinyin, book for three, show the QR code, cancel;
 * then the same in elder mode with a new account. Tiles cannot load here (no internet), which
 * is also the offline case the map must survive.
 */
describe('public portal in a browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const violations: Record<string, string[]> = {};

  const searchField = () => page.getByRole('combobox', { name: /搜索场馆|Search venues/ });

  /** The QR code image has arrived and decoded (page code runs in the browser, hence the string). */
  const qrDrawn = () =>
    page.waitForFunction(
      () => Number((globalThis as unknown as PageGlobals).document.querySelector('.qr img')?.naturalWidth) > 0,
    );

  /** The newest sign-in code sent to a login, read where demo mode delivers it. */
  async function mailboxCode(login: string): Promise<string> {
    await t.app.get(OutboxRunner).drain('notification');
    const mailbox = await t
      .http()
      .get(`/dev/mailbox?to=${encodeURIComponent(login)}`)
      .expect(200);
    const message = (mailbox.body as { kind: string; text: string }[]).find((m) => m.kind === 'auth.code');
    return message?.text.match(/\b\d{6}\b/)?.[0] ?? '';
  }

  async function checkAccessibility(name: string) {
    violations[name] = await seriousViolations(page);
    await screenshot(page, name);
  }

  /** Submits a search and waits for its own results, not the previous search's still on screen. */
  async function search(query: string, submit = () => searchField().press('Enter')) {
    await searchField().fill(query);
    await submit();
    await page.waitForURL((url) => url.searchParams.get('q') === query);
    await page.locator('.results[aria-busy="false"] .hit-list li').first().waitFor();
  }

  /** From the results list to the venue page, then into the booking flow on the first bookable day after today. */
  async function findVenueAndOpenBooking(query: string) {
    await search(query, () => page.getByRole('button', { name: /^(搜索|Search)$/ }).click());
    await page.locator('.hit-list li a', { hasText: '深圳科学技术馆' }).click();
    await page.locator('.venue h1', { hasText: '深圳科学技术馆' }).waitFor();
    await page.locator('.calendar-days li:not(:first-child)[data-state="open"] a').first().click();
  }

  /**
   * Slot → three visitors → phone → the summary. The phone is asked at an account's first booking;
   * a later one keeps the number that booking gave and goes straight to the summary.
   */
  async function bookForThree(names: [string, string, string], { phoneKnown = false } = {}) {
    await page.locator('.slot-choice[data-status="open"] input').first().check();
    await page.getByRole('button', { name: /^(下一步|Next)$/ }).click();
    await page.getByRole('button', { name: /添加参观人|Add a visitor/ }).click();
    await page.getByRole('button', { name: /添加参观人|Add a visitor/ }).click();
    const visitors = page.locator('fieldset.visitor');
    for (const [index, name] of names.entries())
      await visitors
        .nth(index)
        .getByLabel(/姓名|Name/)
        .fill(name);
    await visitors
      .nth(2)
      .getByLabel(/类别|Category/)
      .selectOption('child');
    await page.getByRole('button', { name: /^(下一步|Next)$/ }).click();
    if (phoneKnown) return void (await page.locator('.phone-line', { hasText: '138****8000' }).waitFor());
    await page.getByLabel(/手机号码|Mobile number/).fill('13800138000');
    await page.getByRole('button', { name: /^(下一步|Next)$/ }).click();
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
    await browser?.close();
    await t.close();
  });

  describe('a family on a phone', () => {
    beforeAll(async () => {
      context = await browser.newContext({ ...PHONE, baseURL: base, locale: 'zh-CN' });
      page = await context.newPage();
    });
    afterAll(() => context.close());

    it('searches by pinyin with type-ahead and by Chinese, and sees the results on the map', async () => {
      await page.goto('/');
      await searchField().pressSequentially('kx', { delay: 50 });
      await page.getByRole('listbox').getByRole('option').first().waitFor();
      expect(await page.getByRole('option').allTextContents()).toContainEqual(expect.stringContaining('科学'));
      await search('科学馆');
      expect(await page.locator('.hit-list li').allTextContents()).toContainEqual(
        expect.stringContaining('深圳市科学馆'),
      );

      await search('szkxjsg');
      const initialsHits = await page.locator('.hit-list li').allTextContents();
      expect(initialsHits).toHaveLength(1);
      expect(initialsHits[0]).toContain('深圳科学技术馆');
      await checkAccessibility('home-phone');

      await page.getByRole('button', { name: '地图' }).click();
      const canvas = page.locator('.map-canvas[data-markers-drawn]');
      await canvas.waitFor();
      expect(Number(await canvas.getAttribute('data-markers'))).toBeGreaterThan(0);
      await page.locator('.leaflet-marker-icon').first().waitFor();
      // No tiles reach this machine: the page says so and the markers stay.
      await page.getByText('底图暂时无法加载').waitFor();
      expect(page.url()).toContain('view=map');
      await screenshot(page, 'map-phone');

      // The outreach menu on the map: off at first; switched on by keyboard, the science museum's activities at its venue.
      await page.goto('/?view=map');
      await page.locator('.map-canvas[data-markers-drawn]').waitFor();
      const layer = page.getByRole('checkbox', { name: '科普点单活动' });
      expect(await layer.isChecked()).toBe(false);
      await layer.focus();
      await page.keyboard.press('Space');
      const museum = page.locator('.outreach-marker[title^="科普点单活动：深圳市科学馆"]');
      await museum.focus();
      await page.keyboard.press('Enter');
      const popup = page.locator('.leaflet-popup', { hasText: '深圳市科学馆' });
      await popup.getByRole('link', { name: '流动科技馆进社区' }).waitFor();
      // Checked once it has faded in: half-transparent text is low contrast.
      await page.waitForFunction(() => {
        const g = globalThis as unknown as PageGlobals;
        const shown = g.document.querySelector('.leaflet-popup');
        return shown !== null && g.getComputedStyle(shown).opacity === '1';
      });
      expect(page.url()).toContain('outreach=1');
      await checkAccessibility('map-outreach-phone');
      // From the popup to the activity, and from its provider's venue back to the map, centred there.
      await popup.getByRole('link', { name: '流动科技馆进社区' }).click();
      await page.getByText('服务方场馆：深圳市科学馆').waitFor();
      await page.getByRole('link', { name: '在地图上查看' }).click();
      await museum.waitFor();
      expect(await layer.isChecked()).toBe(true);
      const [marker, map] = [await museum.boundingBox(), await page.locator('.map-canvas').boundingBox()];
      const offCentre = (a: typeof map, b: typeof map) =>
        a && b ? Math.hypot(a.x + a.width / 2 - b.x - b.width / 2, a.y + a.height / 2 - b.y - b.height / 2) : Infinity;
      expect(offCentre(marker, map)).toBeLessThan(60);
      await page.goto('/?q=szkxjsg');
      await page.locator('.results[aria-busy="false"] .hit-list li').first().waitFor();
    });

    it('opens the venue page with hours, availability and schema.org JSON-LD, also on reload', async () => {
      await page.locator('.hit-list li a', { hasText: '深圳科学技术馆' }).click();
      await page.locator('.venue h1', { hasText: '深圳科学技术馆' }).waitFor();
      // Until the calendar's answer comes, its days are being checked: "no slots" would read as closed.
      let answer!: () => void;
      const answered = new Promise<void>((resolve) => (answer = resolve));
      const availability = (url: URL) => url.pathname.endsWith('/availability');
      await page.route(availability, async (route) => {
        await answered;
        await route.continue();
      });
      await page.reload();
      await page.locator('.calendar-days li', { hasText: '查询中…' }).first().waitFor();
      expect(await page.locator('.calendar-days li', { hasText: '无场次' }).count()).toBe(0);
      answer();
      await page.unrouteAll({ behavior: 'wait' });
      await page.locator('.calendar-days li[data-state="open"]').first().waitFor();
      await expect(page.getByRole('heading', { name: '开放时间' }).isVisible()).resolves.toBe(true);
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      expect(jsonLd).toMatchObject({
        '@context': 'https://schema.org',
        name: '深圳科学技术馆',
        geo: { '@type': 'GeoCoordinates' },
        openingHoursSpecification: expect.any(Array),
      });
      // The small map loads once it nears the screen.
      expect(await page.locator('.venue-map').count()).toBe(0);
      await page.locator('.venue-map-slot').scrollIntoViewIfNeeded();
      await page.locator('.venue-map .leaflet-marker-icon').waitFor();
      await checkAccessibility('venue-phone');
    });

    it('books for three after signing in; a retry after a lost answer books once; shows the QR code and the .ics', async () => {
      await page.locator('.calendar-days li:not(:first-child)[data-state="open"] a').first().click();
      await page.waitForURL(/\/login\?next=/);
      await signInByPassword(page, 'family@demo.kepu');
      await page.waitForURL(/\/book\//);

      await page.locator('.slot-choice[data-status="open"] input').first().check();
      await page.getByRole('button', { name: '下一步' }).click();
      // The check digit is checked as it is typed.
      const firstId = page
        .locator('fieldset.visitor')
        .first()
        .getByLabel(/身份证号/);
      await firstId.fill('110105194912310021');
      await page.getByText('校验位不对，请核对每一位').waitFor();
      await firstId.fill('');
      await checkAccessibility('booking-visitors-phone');
      await page.getByRole('button', { name: '上一步' }).click();
      await page.getByRole('button', { name: '上一步' }).click();
      await page.locator('.date-choices button[aria-pressed="true"]').click();
      await bookForThree(['张大明', '李小红', '张小宝']);

      // The first answer is lost on the way back (the booking is made); the retry must not book again.
      const keys: string[] = [];
      let dropped = false;
      await page.route('**/api/v1/bookings', async (route) => {
        keys.push(route.request().headers()['idempotency-key']);
        const response = await route.fetch();
        if (dropped) return route.fulfill({ response });
        dropped = true;
        return route.abort('connectionreset');
      });
      await page.getByRole('button', { name: '确认预约' }).click();
      await page.getByRole('button', { name: '重试' }).click();
      await page.getByRole('heading', { name: '预约成功' }).waitFor();
      await page.unroute('**/api/v1/bookings');
      expect(keys).toHaveLength(2);
      expect(keys[0]).toMatch(/^[0-9a-f-]{32,36}$/);
      expect(keys[1]).toBe(keys[0]);

      const code = (await page.locator('.booking-code').textContent())?.trim() ?? '';
      expect(code).toMatch(/^[A-Z0-9]{10}$/);
      const qr = page.locator('.qr img');
      await qr.waitFor();
      await qrDrawn();
      await screenshot(page, 'booking-confirmed-phone');

      const login = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ login: 'family@demo.kepu', password: 'kepu-demo-2026' });
      const mine = await t.http().get('/api/v1/bookings/mine').set('Authorization', `Bearer ${login.body.accessToken}`);
      expect(mine.body.items.filter((b: { code: string }) => b.code === code)).toHaveLength(1);
      expect(mine.body.total).toBe(1);
      expect(mine.body.items[0]).toMatchObject({ partySize: 3, status: 'confirmed' });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '加入日历（.ics）' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`kepu-${code}.ics`);
      expect(readFileSync((await download.path()) as string, 'utf8')).toContain('BEGIN:VCALENDAR');
    });

    it('lists the booking under my bookings with its QR code, and cancels it', async () => {
      await page.getByRole('link', { name: '查看我的预约' }).click();
      const card = page.locator('.booking-card[data-status="confirmed"]').first();
      await card.waitFor();
      await card.getByRole('button', { name: '显示二维码' }).click();
      await card.locator('.qr img').waitFor();
      await expect(card.getByText(/可在 .* 前取消/).isVisible()).resolves.toBe(true);
      await checkAccessibility('my-bookings-phone');
      page.once('dialog', (dialog) => dialog.accept());
      await card.getByRole('button', { name: '取消预约' }).click();
      await page.locator('.booking-card .status-badge[data-status="cancelled"]').waitFor();
      await screenshot(page, 'my-bookings-cancelled-phone');
    });

    it('when the time fills up at the last step, joins its waitlist in one tap and sees its place', async () => {
      await page.goto('/');
      await findVenueAndOpenBooking('深圳科学技术馆');
      await bookForThree(['张大明', '李小红', '张小宝'], { phoneKnown: true });
      // Others take the last places while the family reads the summary.
      const db = t.app.get(DataSource);
      // An UPDATE answers [rows, count] through TypeORM.
      const [full]: [{ id: string; booked: number }[], number] = await db.query(
        `UPDATE slots s SET booked = s.capacity FROM slots before
          WHERE before.id = s.id AND s.status = 'scheduled' AND s.capacity > 0
          RETURNING s.id, before.booked`,
      );
      try {
        await page.getByRole('button', { name: '确认预约' }).click();
        await page.getByText('该场次已约满').waitFor();
        await page.getByRole('button', { name: '改为加入候补' }).click();
        await page.getByRole('heading', { name: '已加入候补' }).waitFor();
        await page.getByText('候补第 1 位').waitFor();
        await checkAccessibility('booking-waitlisted-phone');
      } finally {
        await db.query(
          `UPDATE slots s SET booked = before.booked FROM unnest($1::uuid[], $2::int[]) AS before(id, booked)
            WHERE s.id = before.id`,
          [full.map((slot) => slot.id), full.map((slot) => slot.booked)],
        );
      }
      // Off the waitlist again, so the next family finds the places free.
      await page.getByRole('link', { name: '查看我的预约' }).click();
      const card = page.locator('.booking-card[data-status="waitlisted"]').first();
      page.once('dialog', (dialog) => dialog.accept());
      await card.getByRole('button', { name: /取消/ }).click();
      await page.locator('.booking-card[data-status="waitlisted"]').waitFor({ state: 'detached' });
    });
  });

  describe('a newcomer in elder mode (长辈模式)', () => {
    beforeAll(async () => {
      context = await browser.newContext({ ...PHONE, baseURL: base, locale: 'zh-CN' });
      page = await context.newPage();
    });
    afterAll(() => context.close());

    it('turns elder mode on once and keeps it: larger type, bigger targets, one thing at a time', async () => {
      await page.goto('/');
      const bodySize = () =>
        parseFloat(
          (globalThis as unknown as PageGlobals).getComputedStyle((globalThis as unknown as PageGlobals).document.body)
            .fontSize,
        );
      const normalSize = await page.evaluate(bodySize);
      await page.getByRole('button', { name: '长辈模式' }).click();
      await page.reload();
      await expect(page.locator('html').getAttribute('class')).resolves.toContain('elder');
      await expect(page.getByRole('button', { name: '长辈模式：开' }).getAttribute('aria-pressed')).resolves.toBe(
        'true',
      );
      const elder = await page.evaluate(() => ({
        body: parseFloat(
          (globalThis as unknown as PageGlobals).getComputedStyle((globalThis as unknown as PageGlobals).document.body)
            .fontSize,
        ),
        button: Number(
          (globalThis as unknown as PageGlobals).document.querySelector('.search-box button')?.getBoundingClientRect()
            .height,
        ),
      }));
      expect(elder.body).toBeGreaterThanOrEqual(18);
      expect(elder.body).toBeGreaterThan(normalSize);
      expect(elder.button).toBeGreaterThanOrEqual(48);
      await checkAccessibility('home-elder-phone');
    });

    it('registers, finds the venue by pinyin, books for three and sees the QR code', async () => {
      await page.getByRole('link', { name: '登录' }).click();
      await page.getByRole('link', { name: '还没有账户？注册' }).click();
      await page.getByLabel('手机号或邮箱').fill('wang.nainai@example.com');
      await page.getByRole('button', { name: '获取验证码' }).click();
      await page.locator('#sign-in-code-status').filter({ hasText: 'wang.nainai@example.com' }).waitFor();
      await page.getByLabel('验证码', { exact: true }).fill(await mailboxCode('wang.nainai@example.com'));
      await page.getByLabel('称呼').fill('王奶奶');
      await page.getByLabel(/^密码/).fill('a-long-password-2026');
      await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
      await page.getByRole('button', { name: '注册并登录' }).click();
      await page.getByRole('link', { name: '王奶奶' }).waitFor();

      await findVenueAndOpenBooking('shenzhenkexuejishuguan');
      await bookForThree(['王奶奶', '王小明', '王小丽']);
      await page.getByRole('button', { name: '确认预约' }).click();
      await page.getByRole('heading', { name: '预约成功' }).waitFor();
      await qrDrawn();
      await checkAccessibility('booking-confirmed-elder-phone');
    });
  });

  it('finds no serious or critical accessibility violations on any page visited', () => {
    expect(Object.keys(violations)).toEqual(
      expect.arrayContaining([
        'home-phone',
        'venue-phone',
        'booking-visitors-phone',
        'my-bookings-phone',
        'home-elder-phone',
      ]),
    );
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
  });
});
