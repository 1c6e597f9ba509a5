import { OutboxRunner } from '@kepu/core';
import { DEMO_ORGANISATIONS } from '@kepu/demo';
import { OutboxRelay, ResourceIndex } from '@kepu/search';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { readFileSync } from 'node:fs';
import { launchBrowser, PHONE, screenshot, seriousViolations, signInAs, signInByPassword } from '../support/browser';
import { codeFor } from '../support/codes';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';
import { unzip } from '../support/zip';

jest.setTimeout(120_000);

/** The page's globals, for functions Playwright runs in the browser (this program has no DOM types). */
interface PageGlobals {
  document: { activeElement: unknown };
  localStorage: { getItem(key: string): string | null };
}

/** The tokens the page keeps in localStorage (null once signed out). */
const storedTokens = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as PageGlobals).localStorage.getItem('kepu.tokens'));

/**
 * Accounts that prove their mobile number with a code, in real headless Chromium on a phone-sized
 * screen against the real API: a family registers by phone and code (keyboard only, in elder
 * mode), books with its verified number, downloads its data and deletes its account; teachers
 * invited by an administrator accept the school role, one signing in by code, one older account
 * verifying itself while accepting; an administrator withdraws an invitation and suspends and
 * restores an account.
 */
describe('accounts by phone and code, in a browser', () => {
  let t: TestApp;
  let db: DataSource;
  let base: string;
  let browser: Browser;
  let schoolName: string;
  const violations: Record<string, string[]> = {};

  const FAMILY = '13912340001';
  const TEACHER = '13912340002';
  const OLDER_TEACHER = '13912340003';
  const NOT_WANTED = '13912340004';
  const NEWCOMER = '13912340005';
  const OTHER_PHONE = '13912340006';
  const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(7)}`;

  async function checkAccessibility(page: Page, name: string) {
    await screenshot(page, name);
    violations[name] = await seriousViolations(page);
  }

  /** The newest code in the dev mailbox for a login, once the outbox has sent what is queued. */
  async function mailboxCode(login: string): Promise<string> {
    await t.app.get(OutboxRunner).drain('notification');
    const mailbox = await t.http().get(`/dev/mailbox?to=${login}`).expect(200);
    const message = (mailbox.body as { kind: string; text: string }[]).find((m) => m.kind === 'auth.code');
    const code = message?.text.match(/\b\d{6}\b/)?.[0];
    if (!code) throw new Error(`no code for ${login} in the mailbox`);
    return code;
  }

  /** Another code may be sent at once: as if the minute between sends had passed. */
  const allowNewCodes = () => db.query(`UPDATE verification_codes SET last_sent_at = now() - interval '2 minutes'`);

  const isFocused = (page: Page, selector: string) =>
    page
      .locator(selector)
      .evaluate((element) => element === (globalThis as unknown as PageGlobals).document.activeElement);

  /** An account made through the API: a code, then registration; its tokens. */
  async function registered(login: string, displayName: string, password?: string) {
    const { version } = (await t.http().get('/api/v1/auth/privacy-policy').expect(200)).body as { version: string };
    const code = await codeFor(t, login);
    const res = await t
      .http()
      .post('/api/v1/auth/register')
      .send({ login, code, displayName, privacyPolicyVersion: version, ...(password ? { password } : {}) })
      .expect(201);
    return res.body as { accessToken: string; user: { id: string } };
  }

  const phoneContext = () => browser.newContext({ ...PHONE, baseURL: base, locale: 'zh-CN', acceptDownloads: true });

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    schoolName = (await db.query(`SELECT name FROM organisations WHERE id = $1`, [DEMO_ORGANISATIONS.school]))[0].name;
    await t.app.get(ResourceIndex).reindex();
    await t.app.get(OutboxRelay).drain();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  describe('a new family on a phone', () => {
    let context: BrowserContext;
    let page: Page;
    let bookingCode: string;

    beforeAll(async () => {
      context = await phoneContext();
      page = await context.newPage();
    });
    afterAll(() => context.close());

    it('registers by phone and code with the keyboard alone, in elder mode, accepting the privacy policy', async () => {
      await page.goto('/');
      await page.getByRole('button', { name: '长辈模式' }).click();
      await page.getByRole('link', { name: '登录' }).click();
      await page.getByRole('link', { name: '还没有账户？注册' }).click();
      await page.getByRole('heading', { level: 1, name: '注册新账户' }).waitFor();
      expect(await page.getByRole('link', { name: '《隐私政策》' }).getAttribute('href')).toBe('/privacy');

      // Login, then Tab to "获取验证码" and Enter: the code goes out, the button counts down, the code field has focus.
      await page.getByLabel('手机号或邮箱').focus();
      await page.keyboard.type(FAMILY);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const status = page.locator('#sign-in-code-status');
      await status.filter({ hasText: `验证码已发送至 ${masked(FAMILY)}` }).waitFor();
      expect(await status.textContent()).toContain('60 秒后可以重新获取');
      expect(await status.getAttribute('role')).toBe('status');
      const resend = page.locator('.code-send button');
      await expect(resend.isDisabled()).resolves.toBe(true);
      expect(await resend.textContent()).toMatch(/重新获取（(59|60) 秒）/);
      const codeInput = page.getByLabel('验证码', { exact: true });
      await expect(isFocused(page, 'input[name="code"]')).resolves.toBe(true);
      expect(await codeInput.getAttribute('inputmode')).toBe('numeric');
      expect(await codeInput.getAttribute('autocomplete')).toBe('one-time-code');
      // Elder mode: big enough to hit with a finger.
      for (const target of [codeInput, resend])
        expect((await target.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(56);
      await checkAccessibility(page, 'register-code-sent-elder-phone');

      // A wrong code and no tick for the privacy policy: each problem is shown next to its field.
      const code = await mailboxCode(FAMILY);
      const wrong = `${(Number(code[0]) + 1) % 10}${code.slice(1)}`;
      await page.keyboard.type(wrong);
      await page.keyboard.press('Tab');
      await page.keyboard.type('李奶奶');
      await page.keyboard.press('Enter');
      await page.locator('#privacy-error').filter({ hasText: '请阅读并勾选同意隐私政策' }).waitFor();
      await expect(isFocused(page, 'input[name="privacy"]')).resolves.toBe(true);
      await page.keyboard.press('Space');
      await expect(page.getByRole('checkbox', { name: /我已阅读并同意/ }).isChecked()).resolves.toBe(true);
      await page.keyboard.press('Tab'); // the privacy policy link
      await page.keyboard.press('Tab'); // 注册并登录
      await page.keyboard.press('Enter');
      await page.locator('#sign-in-code-error').filter({ hasText: '验证码不正确' }).waitFor();
      await expect(isFocused(page, 'input[name="code"]')).resolves.toBe(true);
      expect(await codeInput.getAttribute('aria-invalid')).toBe('true');

      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(code);
      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: '李奶奶' }).waitFor();

      const tokens = JSON.parse((await storedTokens(page)) ?? '{}');
      const me = await t.http().get('/api/v1/auth/me').set(bearer(tokens)).expect(200);
      expect(me.body).toMatchObject({
        displayName: '李奶奶',
        phone: masked(FAMILY),
        verified: true,
        status: 'active',
        privacy: { accepted: me.body.privacy.current },
      });
    });

    it('reads the privacy page, with its version, in Chinese and in English', async () => {
      await page.getByRole('contentinfo').getByRole('link', { name: '隐私政策' }).click();
      await page.getByRole('heading', { level: 1, name: '隐私政策' }).waitFor();
      const { version } = (await t.http().get('/api/v1/auth/privacy-policy').expect(200)).body;
      await page.getByText(`版本：${version}`).waitFor();
      await page.getByText('参观人的身份证号：参观日后 30 天删除。').waitFor();
      await page.getByRole('heading', { name: '您的权利和办理方法' }).waitFor();
      await checkAccessibility(page, 'privacy-elder-phone');
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Privacy policy' }).waitFor();
      await page.getByText(`Version: ${version}`).waitFor();
      await page.getByRole('button', { name: '切换到中文' }).click();
      await page.getByRole('heading', { level: 1, name: '隐私政策' }).waitFor();
    });

    it('books a visit with the verified number as the contact phone, without typing it', async () => {
      const [{ id }] = await db.query(`SELECT id FROM resources WHERE name = '深圳科学技术馆'`);
      await page.goto(`/venues/${id}`);
      await page.locator('.calendar-days li:not(:first-child)[data-state="open"] a').first().click();
      await page.locator('.slot-choice[data-status="open"] input').first().check();
      await page.getByRole('button', { name: '下一步' }).click();
      // The nickname is not a real name: the visitor's name is typed, not pre-filled.
      const visitor = page.locator('fieldset.visitor').first().getByLabel('姓名');
      expect(await visitor.inputValue()).toBe('');
      await visitor.fill('李奶奶');
      await page.getByRole('button', { name: '下一步' }).click();
      // The verified number is kept without a contact step; the summary offers to change it.
      await page
        .locator('.phone-line', { hasText: masked(FAMILY) })
        .getByRole('button', { name: '更换号码' })
        .click();
      const own = page.getByRole('radio', { name: `使用我的手机号 ${masked(FAMILY)}（已验证，会收到短信通知）` });
      await expect(own.isChecked()).resolves.toBe(true);
      // Another number would need its own code to get texts; this family keeps its own.
      await page.getByRole('radio', { name: '使用其他号码' }).check();
      await page.getByText('只有验证过的号码才会收到短信通知').waitFor();
      await page.getByLabel('验证码（选填）').waitFor();
      await checkAccessibility(page, 'booking-other-phone-elder-phone');
      await own.check();
      await page.getByRole('button', { name: '下一步' }).click();
      await page
        .locator('.facts dd', { hasText: `${masked(FAMILY)}` })
        .getByText('会收到短信通知')
        .waitFor();
      await page.getByRole('button', { name: '确认预约' }).click();
      await page.getByRole('heading', { name: '预约成功' }).waitFor();
      bookingCode = ((await page.locator('.booking-code').textContent()) ?? '').trim();
      expect(bookingCode).toMatch(/^[A-Z0-9]{10}$/);

      const tokens = JSON.parse((await storedTokens(page)) ?? '{}');
      const mine = await t.http().get('/api/v1/bookings/mine').set(bearer(tokens)).expect(200);
      expect(mine.body.items).toEqual([
        expect.objectContaining({ code: bookingCode, contactPhone: masked(FAMILY), contactPhoneVerified: true }),
      ]);
    });

    it('downloads everything held about them as a zip with my-data.json and bookings.csv', async () => {
      await page.getByRole('link', { name: '李奶奶' }).click();
      await page.getByRole('heading', { level: 1, name: '我的账户' }).waitFor();
      await page.locator('.status-badge[data-status="verified"]', { hasText: '已验证' }).waitFor();
      await checkAccessibility(page, 'account-elder-phone');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载我的数据' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('kepu-my-data.zip');
      const files = await unzip(readFileSync((await download.path()) as string));
      expect(Object.keys(files)).toEqual(expect.arrayContaining(['my-data.json', 'bookings.csv']));
      const data = JSON.parse(files['my-data.json']);
      expect(JSON.stringify(data.account)).toContain('李奶奶');
      expect(JSON.stringify(data.bookings)).toContain(bookingCode);
      expect(files['bookings.csv']).toContain(bookingCode);
      await page.getByRole('status').filter({ hasText: '已开始下载 kepu-my-data.zip' }).waitFor();
    });

    it('deletes the account with a fresh code: signed out, the booking cancelled and its places released', async () => {
      const slotOf = async () =>
        (
          await db.query(
            `SELECT b.status, s.booked FROM bookings b JOIN slots s ON s.id = b.slot_id WHERE b.code = $1`,
            [bookingCode],
          )
        )[0] as { status: string; booked: number };
      const before = await slotOf();
      const tokens = JSON.parse((await storedTokens(page)) ?? '{}');

      await page.getByRole('button', { name: '删除我的账户…' }).click();
      await page.getByRole('heading', { name: '确认删除' }).waitFor();
      await page.getByText('还没到日子的预约会被取消，名额让给其他人。').waitFor();
      await page.getByText('删除后无法恢复。').waitFor();
      // The code goes to the account's own number, shown masked: nothing to type but the code.
      await page.getByText(`验证码将发送到您账户的手机号或邮箱 ${masked(FAMILY)}。`).waitFor();
      await allowNewCodes();
      await page.locator('.delete-account').getByRole('button', { name: '获取验证码' }).click();
      await page
        .locator('#delete-code-status')
        .filter({ hasText: masked(FAMILY) })
        .waitFor();
      await page
        .locator('.delete-account')
        .getByRole('textbox', { name: '验证码', exact: true })
        .fill(await mailboxCode(FAMILY));
      await checkAccessibility(page, 'delete-account-elder-phone');
      await page.getByRole('button', { name: '永久删除我的账户' }).click();

      await page.waitForURL((url) => url.pathname === '/');
      await page.getByRole('status').filter({ hasText: '您的账户已删除' }).waitFor();
      await page.getByRole('link', { name: '登录' }).waitFor();
      expect(await storedTokens(page)).toBeNull();
      await t.http().get('/api/v1/auth/me').set(bearer(tokens)).expect(401);
      const after = await slotOf();
      expect(after.status).toBe('cancelled');
      expect(after.booked).toBe(before.booked - 1);
    });
  });

  it('offers someone who signs in by code without an account to register with the same code; they book for another, verified number', async () => {
    const context = await phoneContext();
    const page = await context.newPage();
    try {
      await page.goto('/login');
      await page.getByLabel('手机号或邮箱').fill(NEWCOMER);
      await page.getByRole('button', { name: '获取验证码' }).click();
      await page
        .locator('#sign-in-code-status')
        .filter({ hasText: masked(NEWCOMER) })
        .waitFor();
      await page.getByLabel('验证码', { exact: true }).fill(await mailboxCode(NEWCOMER));
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.locator('#login-error').filter({ hasText: '该手机号或邮箱还没有注册' }).waitFor();
      await page.getByRole('button', { name: '用这个号码和验证码注册' }).click();
      await page.getByRole('heading', { level: 1, name: '注册新账户' }).waitFor();
      expect(await page.getByLabel('手机号或邮箱').inputValue()).toBe(NEWCOMER);
      expect(await page.getByLabel('验证码', { exact: true }).inputValue()).toMatch(/^\d{6}$/);
      await page.getByLabel('称呼').fill('刘先生');
      await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
      await page.getByRole('button', { name: '注册并登录' }).click();
      await page.getByRole('link', { name: '刘先生' }).waitFor();

      // Booking for someone else's phone: the code sent to that number makes it one that gets texts.
      const [{ id }] = await db.query(`SELECT id FROM resources WHERE name = '深圳科学技术馆'`);
      await page.goto(`/venues/${id}`);
      await page.locator('.calendar-days li:not(:first-child)[data-state="open"] a').first().click();
      await page.locator('.slot-choice[data-status="open"] input').first().check();
      await page.getByRole('button', { name: '下一步' }).click();
      await page.locator('fieldset.visitor').first().getByLabel('姓名').fill('刘建国');
      await page.getByRole('button', { name: '下一步' }).click();
      await page.getByRole('button', { name: '更换号码' }).click();
      await page.getByRole('radio', { name: '使用其他号码' }).check();
      await page.getByLabel('手机号码').fill(OTHER_PHONE);
      await allowNewCodes();
      await page.getByRole('button', { name: '获取验证码' }).click();
      await page
        .locator('#contact-phone-code-status')
        .filter({ hasText: masked(OTHER_PHONE) })
        .waitFor();
      await page.getByLabel('验证码（选填）').fill(await mailboxCode(OTHER_PHONE));
      await page.getByRole('button', { name: '下一步' }).click();
      await page
        .locator('.facts dd', { hasText: masked(OTHER_PHONE) })
        .getByText('会收到短信通知')
        .waitFor();
      await page.getByRole('button', { name: '确认预约' }).click();
      await page.getByRole('heading', { name: '预约成功' }).waitFor();
      expect(await page.getByText('联系电话没有验证').count()).toBe(0);
      const tokens = JSON.parse((await storedTokens(page)) ?? '{}');
      const mine = await t.http().get('/api/v1/bookings/mine').set(bearer(tokens)).expect(200);
      expect(mine.body.items).toEqual([
        expect.objectContaining({ contactPhone: masked(OTHER_PHONE), contactPhoneVerified: true }),
      ]);
    } finally {
      await context.close();
    }
  });

  describe('teachers invited by an administrator', () => {
    let admin: BrowserContext;
    let adminPage: Page;

    beforeAll(async () => {
      admin = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: base, locale: 'zh-CN' });
      adminPage = await admin.newPage();
      await signInAs(adminPage, 'city-admin@demo.kepu', '/console/admin/organisations');
    });
    afterAll(() => admin.close());

    it('the administrator invites a teacher from the school’s members and sees the invitation pending', async () => {
      await registered(TEACHER, '陈老师');
      await adminPage.getByRole('heading', { level: 1, name: '机构与账户' }).waitFor();
      await adminPage.getByLabel('名称').fill(schoolName);
      await adminPage.getByRole('button', { name: '查询' }).click();
      const row = adminPage.locator(`tr[data-id="${DEMO_ORGANISATIONS.school}"]`);
      await row.getByRole('button', { name: /^成员/ }).click();
      await adminPage.getByRole('heading', { name: `${schoolName} 的成员` }).waitFor();
      const invite = adminPage.locator('form.invite');
      await invite.getByLabel('邮箱或手机号').fill(TEACHER);
      await invite.getByLabel('角色').selectOption('school');
      await invite.getByRole('button', { name: '邀请成员' }).click();
      await adminPage
        .getByRole('status')
        .filter({ hasText: `已邀请 ${TEACHER} 成为学校教师，对方接受后生效` })
        .waitFor();
      const pending = adminPage.locator('.members .pending-invitations tr', { hasText: masked(TEACHER) });
      await pending.getByRole('button', { name: /^撤回/ }).waitFor();
      await checkAccessibility(adminPage, 'admin-organisation-invitations');
    });

    it('the teacher signs in with a code on a phone and accepts the school role', async () => {
      const context = await phoneContext();
      const page = await context.newPage();
      try {
        await page.goto('/login');
        await expect(page.getByRole('radio', { name: '验证码登录' }).isChecked()).resolves.toBe(true);
        await page.getByLabel('手机号或邮箱').fill(TEACHER);
        await allowNewCodes();
        await page.getByRole('button', { name: '获取验证码' }).click();
        await page
          .locator('#sign-in-code-status')
          .filter({ hasText: masked(TEACHER) })
          .waitFor();
        await page.getByLabel('验证码', { exact: true }).fill(await mailboxCode(TEACHER));
        await checkAccessibility(page, 'sign-in-code-phone');
        await page.getByRole('button', { name: '登录', exact: true }).click();
        await page.getByRole('link', { name: '陈老师' }).click();

        const offer = `${schoolName} 邀请您担任学校教师`;
        const invitation = page.locator('.invitation', { hasText: offer });
        await invitation.getByText('邀请人：深圳市科协管理员（演示）').waitFor();
        await checkAccessibility(page, 'account-invitation-phone');
        await invitation.getByRole('button', { name: /^接受/ }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `已接受：${offer}` })
          .waitFor();
        await page.getByRole('link', { name: '打开管理后台' }).click();
        await page.waitForURL(/\/console\/school\/visits/);
        await page.getByRole('heading', { level: 1, name: '团体参观' }).waitFor();
      } finally {
        await context.close();
      }
    });

    it('an older, unverified account proves its number with a code while accepting', async () => {
      const older = await registered(OLDER_TEACHER, '周老师', 'an-older-password-2026');
      await db.query(`UPDATE accounts SET verified_at = NULL WHERE id = $1`, [older.user.id]);
      const city = await signIn(t, 'city-admin@demo.kepu');
      await t
        .http()
        .post(`/api/v1/organisations/${DEMO_ORGANISATIONS.school}/members`)
        .set(bearer(city))
        .send({ login: OLDER_TEACHER, role: 'school' })
        .expect(201);

      const context = await phoneContext();
      const page = await context.newPage();
      try {
        await page.goto('/login');
        await signInByPassword(page, OLDER_TEACHER, 'an-older-password-2026');
        // Every page asks an unverified account to verify.
        await page.getByText('您的账户还没有验证，验证后才能预约。').waitFor();
        await page.getByRole('link', { name: '立即验证' }).click();
        await page.getByRole('heading', { name: '请验证您的手机号或邮箱' }).waitFor();
        await page.locator('.status-badge[data-status="unverified"]').waitFor();

        const invitation = page.locator('.invitation', { hasText: `${schoolName} 邀请您担任学校教师` });
        await invitation.getByRole('button', { name: /^接受/ }).click();
        await invitation.getByText('接受前请先验证您的手机号或邮箱').waitFor();
        await allowNewCodes();
        await invitation.getByRole('button', { name: '获取验证码' }).click();
        await invitation
          .getByRole('status')
          .filter({ hasText: masked(OLDER_TEACHER) })
          .waitFor();
        await invitation.getByLabel('验证码', { exact: true }).fill(await mailboxCode(OLDER_TEACHER));
        await checkAccessibility(page, 'accept-with-code-phone');
        await invitation.getByRole('button', { name: '验证并接受' }).click();
        await page.getByRole('status').filter({ hasText: '已接受' }).waitFor();
        await page.locator('.status-badge[data-status="verified"]').waitFor();
        expect(await page.getByRole('heading', { name: '请验证您的手机号或邮箱' }).count()).toBe(0);
      } finally {
        await context.close();
      }
      const me = await signIn(t, OLDER_TEACHER, 'an-older-password-2026');
      expect(me.user.roles).toContain('school');
    });

    it('the administrator withdraws an invitation from the invitations page', async () => {
      const city = await signIn(t, 'city-admin@demo.kepu');
      await t
        .http()
        .post(`/api/v1/organisations/${DEMO_ORGANISATIONS.school}/members`)
        .set(bearer(city))
        .send({ login: NOT_WANTED, role: 'school' })
        .expect(201);
      await adminPage.getByRole('navigation', { name: '后台导航' }).getByRole('link', { name: '待接受的邀请' }).click();
      await adminPage.getByRole('heading', { level: 1, name: '待接受的邀请' }).waitFor();
      const row = adminPage.locator('tbody tr', { hasText: masked(NOT_WANTED) });
      await row.getByText(schoolName).waitFor();
      // Accepted invitations are no longer pending.
      expect(await adminPage.locator('tbody tr', { hasText: masked(TEACHER) }).count()).toBe(0);
      await checkAccessibility(adminPage, 'admin-invitations');
      adminPage.once('dialog', (dialog) => void dialog.accept());
      await row.getByRole('button', { name: /^撤回/ }).click();
      await adminPage
        .getByRole('status')
        .filter({ hasText: `已撤回发给 ${masked(NOT_WANTED)} 的“学校教师”邀请` })
        .waitFor();
      const left = await t.http().get('/api/v1/invitations').set(bearer(city)).expect(200);
      expect(left.body.filter((i: { login: string }) => i.login === masked(NOT_WANTED))).toEqual([]);
    });

    it('the administrator suspends an account with a reason, which signs it out, and restores it', async () => {
      const context = await phoneContext();
      const teacherPage = await context.newPage();
      try {
        await teacherPage.goto('/login');
        await signInByPassword(teacherPage, OLDER_TEACHER, 'an-older-password-2026');

        await adminPage
          .getByRole('navigation', { name: '后台导航' })
          .getByRole('link', { name: '账户暂停与恢复' })
          .click();
        await adminPage.getByRole('heading', { level: 1, name: '账户暂停与恢复' }).waitFor();
        await adminPage.getByLabel('手机号或邮箱').fill(OLDER_TEACHER);
        await adminPage.getByRole('button', { name: '查找' }).click();
        const found = adminPage.locator('.account[data-status="active"]');
        await found.getByRole('heading', { name: '周老师' }).waitFor();
        // A reason is required, and said next to its field.
        await found.getByRole('button', { name: '暂停该账户' }).click();
        await found.getByText('请填写暂停原因').waitFor();
        await found.getByLabel('暂停原因').fill('冒用他人身份预约');
        await checkAccessibility(adminPage, 'admin-suspend');
        adminPage.once('dialog', (dialog) => void dialog.accept());
        await found.getByRole('button', { name: '暂停该账户' }).click();
        await adminPage.getByRole('status').filter({ hasText: '已暂停“周老师”的账户' }).waitFor();
        const listed = adminPage.locator('.suspended-list tbody tr', { hasText: '周老师' });
        await listed.getByText('冒用他人身份预约').waitFor();

        // The teacher's session ended: the next page needing sign-in asks for it again.
        await teacherPage.goto('/me');
        await teacherPage.waitForURL(/\/login\?next=/);
        await t
          .http()
          .post('/api/v1/auth/login')
          .send({ login: OLDER_TEACHER, password: 'an-older-password-2026' })
          .expect(403);

        adminPage.once('dialog', (dialog) => void dialog.accept());
        await listed.getByRole('button', { name: /^恢复/ }).click();
        await adminPage.getByRole('status').filter({ hasText: '已恢复“周老师”的账户' }).waitFor();
        await adminPage.getByText('没有已暂停的账户').waitFor();
        await signIn(t, OLDER_TEACHER, 'an-older-password-2026');
      } finally {
        await context.close();
      }
    });
  });

  it('finds no serious or critical accessibility violations on any page visited', () => {
    expect(Object.keys(violations).length).toBeGreaterThanOrEqual(10);
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
  });
});
