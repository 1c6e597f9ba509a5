import { DEMO_ORGANISATIONS } from '@kepu/demo';
import type { Browser, Locator, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { launchBrowser, PHONE, screenshot, seriousViolations, signInByPassword } from '../support/browser';
import { newMobile, signUp, TEST_PASSWORD } from '../support/codes';
import {
  decideGroupVisit,
  grantTeacher,
  groupEvent,
  groupRequestBody,
  requestGroupVisit,
  teacherAt,
} from '../support/groups';
import { signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(180_000);

const SCHOOL = DEMO_ORGANISATIONS.school;
const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

/** The page's globals, for functions Playwright runs in the browser (this program has no DOM types). */
interface PageGlobals {
  document: { activeElement: unknown };
}

/**
 * 移交给同事 in real headless Chromium against the real API, by keyboard only: the teacher who leads
 * an approved class visit (on a phone) is offered only verified colleagues, picks one who is
 * suspended meanwhile and is told why next to the choice, then hands the visit to another, who (on
 * a desktop) finds it under their name and phone; later a teacher takes a visit over themselves.
 */
describe('handing a group visit to a colleague, in a browser', () => {
  let t: TestApp;
  let db: DataSource;
  let browser: Browser;
  let base: string;
  let city: SignedIn;
  let leaving: SignedIn, colleague: SignedIn, sun: SignedIn;
  let leavingPhone: string, colleaguePhone: string;
  let leaderPage: Page, colleaguePage: Page;
  let visitId: string;
  const violations: Record<string, string[]> = {};

  async function checkAccessibility(page: Page, name: string) {
    violations[name] = await seriousViolations(page);
    await screenshot(page, name);
  }

  const isFocused = (target: Locator) =>
    target.evaluate((element) => element === (globalThis as unknown as PageGlobals).document.activeElement);

  /** Tabs from where the focus is until it reaches the target: it can be reached by keyboard. */
  async function tabTo(page: Page, target: Locator, most = 80) {
    for (let i = 0; i < most; i++) {
      await page.keyboard.press('Tab');
      if (await isFocused(target)) return;
    }
    throw new Error(`Tab never reached ${target}`);
  }

  /** Arrow keys move through a radio group, checking each radio in turn, until the one wanted is checked. */
  async function arrowTo(page: Page, radio: Locator, most = 10) {
    for (let i = 0; i < most && !(await radio.isChecked()); i++) await page.keyboard.press('ArrowDown');
    expect(await radio.isChecked()).toBe(true);
  }

  /** Who leads the visit and who owns its booking, as the database has it. */
  const leadOf = async () =>
    (
      await db.query(
        `SELECT g.requested_by AS "leader", g.leader_name AS "name", b.account_id AS "bookingOwner"
           FROM group_visits g JOIN bookings b ON b.id = g.booking_id WHERE g.id = $1`,
        [visitId],
      )
    )[0];

  /** A page on its own browser context, signed in through the login page with a teacher's phone and password. */
  async function teacherPage(phone: string, options: object) {
    const context = await browser.newContext({ ...options, baseURL: base, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`/login?next=${encodeURIComponent(`/console/school/visits/${visitId}`)}`);
    await signInByPassword(page, phone, TEST_PASSWORD);
    await page.getByRole('heading', { level: 1, name: '团体参观详情' }).waitFor();
    return page;
  }

  /** A teacher of the demo school who signed up with a proven mobile number and a password. */
  async function signedUpTeacher(name: string) {
    const phone = newMobile();
    const teacher = await signUp(t, phone, name);
    await grantTeacher(t, teacher.user.id, SCHOOL);
    return { teacher, phone };
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    // Precondition through the API: 赵老师 asked for a class visit, which the venue approved; 钱老师
    // and 孙老师 (verified) and 李老师 (never verified) teach at the same school.
    let operator: SignedIn;
    [operator, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);
    ({ teacher: leaving, phone: leavingPhone } = await signedUpTeacher('赵老师'));
    ({ teacher: colleague, phone: colleaguePhone } = await signedUpTeacher('钱老师'));
    sun = await teacherAt(t, SCHOOL, { displayName: '孙老师' });
    await teacherAt(t, SCHOOL, { verified: false, displayName: '李老师' });
    const { offeringId, slotIds } = await groupEvent(t, operator, city);
    const asked = await requestGroupVisit(
      t,
      leaving,
      groupRequestBody(offeringId, [slotIds[0]], { leaderName: '赵老师', leaderPhone: leavingPhone }),
    ).expect(201);
    visitId = asked.body.id;
    await decideGroupVisit(t, operator, visitId, { decision: 'approve' }).expect(200);

    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('the leader hands the approved visit to a verified colleague with the keyboard', async () => {
    leaderPage = await teacherPage(leavingPhone, PHONE);
    const page = leaderPage;
    await page.locator('.visit-state[data-status="approved"]').waitFor();
    await expect(page.locator('.visit-leader').textContent()).resolves.toContain(`赵老师 ${masked(leavingPhone)}`);

    const opener = page.getByRole('button', { name: '移交给同事' });
    await tabTo(page, opener);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '移交给同事' });
    await dialog.waitFor();
    await expect(isFocused(dialog.getByRole('heading', { name: '移交给同事' }))).resolves.toBe(true);
    const sunChoice = dialog.getByRole('radio', { name: /孙老师/ });
    const qian = dialog.getByRole('radio', {
      name: new RegExp(`钱老师 ${masked(colleaguePhone).replace(/\*/g, '\\*')}`),
    });
    await qian.waitFor();
    // The leader is offered "I'll lead it myself", not themselves as a colleague.
    await expect(dialog.getByRole('radio', { name: '由我接手（赵老师）' }).count()).resolves.toBe(1);
    await expect(dialog.getByRole('radio', { name: /^赵老师/ }).count()).resolves.toBe(0);
    // 李老师 never verified her account: she cannot lead, so she is not offered.
    await expect(dialog.getByRole('radio', { name: /李老师/ }).count()).resolves.toBe(0);
    await dialog.getByText('只有这是接手老师本人已验证的手机号时，才会用短信发送参观提醒').waitFor();
    await checkAccessibility(page, 'school-hand-over-dialog-phone');

    // 孙老师's account is suspended while the dialog is open: the API refuses, and says why next to the choice.
    await page.keyboard.press('Tab');
    await arrowTo(page, sunChoice);
    await page.keyboard.press('Tab'); // name
    await page.keyboard.press('Tab'); // phone
    await page.keyboard.press('Tab'); // 下一步
    await page.keyboard.press('Enter');
    await dialog.getByRole('heading', { name: '确认移交' }).waitFor();
    await dialog.getByText('把这次参观交给 孙老师 带队吗？').waitFor();
    await db.query(`UPDATE accounts SET status = 'suspended' WHERE id = $1`, [sun.user.id]);
    await tabTo(page, dialog.getByRole('button', { name: '确认移交' }), 3);
    await page.keyboard.press('Enter');
    const choiceError = dialog.locator('#hand-over-colleague-error');
    await choiceError.filter({ hasText: '这位老师的账号已停用。' }).waitFor();
    const said = (await choiceError.textContent()) ?? '';
    expect(said).toContain('团体参观只能移交给本校已验证、未停用的教师账号');
    expect(said).not.toMatch(/LEADER_NOT_ELIGIBLE|suspended|accountId|[0-9a-f]{8}-/);
    await expect(isFocused(sunChoice)).resolves.toBe(true);
    await expect(sunChoice.getAttribute('aria-invalid')).resolves.toBe('true');
    await checkAccessibility(page, 'school-hand-over-refused-phone');

    // 钱老师, with a mistyped phone first: the browser says so next to the phone field.
    await arrowTo(page, qian);
    await expect(choiceError.count()).resolves.toBe(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1391234');
    await page.keyboard.press('Enter');
    const phoneField = dialog.getByLabel('带队老师手机（选填）');
    await dialog.locator('#hand-over-leaderPhone-error').filter({ hasText: '请输入 11 位手机号码' }).waitFor();
    await expect(isFocused(phoneField)).resolves.toBe(true);
    for (let i = 0; i < 7; i++) await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await dialog.getByText('把这次参观交给 钱老师 带队吗？').waitFor();
    await dialog.getByText('使用其账号上已验证的手机号（如有）').waitFor();
    await checkAccessibility(page, 'school-hand-over-confirm-phone');
    await tabTo(page, dialog.getByRole('button', { name: '确认移交' }), 3);
    await page.keyboard.press('Enter');

    await page
      .getByRole('status')
      .filter({ hasText: '已移交：这次参观现在由 钱老师 带队。场馆和原带队老师已收到通知。' })
      .waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await expect(isFocused(opener)).resolves.toBe(true);
    await expect(page.locator('.visit-leader').textContent()).resolves.toContain(`钱老师 ${masked(colleaguePhone)}`);
    await expect(page.locator('.visit-leader').textContent()).resolves.not.toContain(masked(leavingPhone));
    await expect(leadOf()).resolves.toEqual({
      leader: colleague.user.id,
      name: '钱老师',
      bookingOwner: colleague.user.id,
    });
    await screenshot(page, 'school-hand-over-done-phone');
  });

  it('the colleague finds the visit under their own name, and is told they lead it already', async () => {
    colleaguePage = await teacherPage(colleaguePhone, { viewport: { width: 1280, height: 900 } });
    const page = colleaguePage;
    await expect(page.locator('.visit-leader').textContent()).resolves.toContain(`钱老师 ${masked(colleaguePhone)}`);
    await page.goto('/console/school/visits');
    const item = page.locator('.visit-list li[data-status="approved"]');
    await item.waitFor();
    await expect(item.locator('.visit-leader').textContent()).resolves.toContain('带队老师：钱老师');

    // Taking over a visit one leads already is refused next to the choice, in the reader's language.
    await page.goto(`/console/school/visits/${visitId}`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Group visit' }).waitFor();
    const opener = page.getByRole('button', { name: 'Hand over' });
    await tabTo(page, opener);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Hand over to a colleague' });
    const myself = dialog.getByRole('radio', { name: "I'll lead it myself (钱老师)" });
    await myself.waitFor();
    // "Myself" shows at once; Next is disabled, so out of the tab order, until the colleagues have loaded.
    await dialog.locator('button[type="submit"]:enabled').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await myself.isChecked()).toBe(true);
    await tabTo(page, dialog.getByRole('button', { name: 'Next' }), 3);
    await page.keyboard.press('Enter');
    await dialog.getByText('Take over leading this visit yourself (钱老师)?').waitFor();
    await dialog.getByText('The phone verified on your account, if any').waitFor();
    await tabTo(page, dialog.getByRole('button', { name: 'Hand over', exact: true }), 3);
    await page.keyboard.press('Enter');
    const choiceError = dialog.locator('#hand-over-colleague-error');
    await choiceError.filter({ hasText: 'That teacher already leads this group visit' }).waitFor();
    expect(await choiceError.textContent()).not.toMatch(/ALREADY_LEADS|[\u4e00-\u9fff]/);
    await checkAccessibility(page, 'school-hand-over-already-leads-en');
    // Escape closes the dialog and gives the focus back to its button; nothing changed.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(isFocused(opener)).resolves.toBe(true);
    await expect(leadOf()).resolves.toMatchObject({ leader: colleague.user.id });
  });

  it('a former leader takes the visit over again themselves, with a new leader name', async () => {
    const page = leaderPage;
    await page.reload();
    const opener = page.getByRole('button', { name: '移交给同事' });
    await opener.waitFor();
    await tabTo(page, opener);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '移交给同事' });
    await dialog.getByRole('radio', { name: '由我接手（赵老师）' }).waitFor();
    await dialog.locator('button[type="submit"]:enabled').waitFor(); // Enter submits once the colleagues are in
    await checkAccessibility(page, 'school-hand-over-own-phone');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.type('赵老师（四年级）');
    await page.keyboard.press('Enter');
    await dialog.getByText('由您（赵老师）接手带队这次参观吗？').waitFor();
    await dialog.getByText('赵老师（四年级）').waitFor();
    await tabTo(page, dialog.getByRole('button', { name: '确认移交' }), 3);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '您已接手这次参观，之后的通知会发给您。' }).waitFor();
    await expect(page.locator('.visit-leader').textContent()).resolves.toContain(
      `赵老师（四年级） ${masked(leavingPhone)}`,
    );
    await expect(leadOf()).resolves.toEqual({
      leader: leaving.user.id,
      name: '赵老师（四年级）',
      bookingOwner: leaving.user.id,
    });
  });

  it('finds no serious or critical accessibility violations in the dialog', () => {
    expect(Object.keys(violations)).toEqual([
      'school-hand-over-dialog-phone',
      'school-hand-over-refused-phone',
      'school-hand-over-confirm-phone',
      'school-hand-over-already-leads-en',
      'school-hand-over-own-phone',
    ]);
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
  });
});
