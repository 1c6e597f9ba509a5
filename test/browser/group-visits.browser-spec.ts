import { OutboxRelay, ResourceIndex } from '@kepu/search';
import { DEMO_ORGANISATIONS } from '@kepu/demo';
import { addDays, shanghaiToday } from '@kepu/schedule';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { launchBrowser, PHONE, screenshot, seriousViolations, signInAs } from '../support/browser';
import { classList, decideGroupVisit, groupEvent, nameListFile } from '../support/groups';
import { signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(180_000);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * 馆校合作 in real headless Chromium against the real API: a teacher (on a phone) asks a venue to
 * take her class at 09:30, the venue's operator (on a desktop, in another browser context)
 * proposes 14:00 instead, the teacher accepts and the visit is approved in the proposed slot; then
 * she checks a name list before saving it and sees the report row by row.
 */
describe('group visits (馆校合作) in a browser', () => {
  let t: TestApp;
  let db: DataSource;
  let browser: Browser;
  let teacherContext: BrowserContext;
  let operatorContext: BrowserContext;
  let teacher: Page;
  let operator: Page;
  let venueName: string;
  let resourceId: string;
  let schoolName: string;
  let slotIds: string[];
  let visitId: string;
  /** A second venue whose times hold 40 group places each: too few for a class of 48 and 3 teachers. */
  let smallVenue: { name: string; slotIds: string[] };
  let operatorSession: SignedIn;
  const violations: Record<string, string[]> = {};

  async function checkAccessibility(page: Page, name: string) {
    violations[name] = await seriousViolations(page);
    await screenshot(page, name);
  }

  const visitRow = async () =>
    (
      await db.query(
        `SELECT g.status, g.slot_id AS "slotId", b.status AS "bookingStatus", b.slot_id AS "bookingSlotId"
           FROM group_visits g LEFT JOIN bookings b ON b.id = g.booking_id WHERE g.id = $1`,
        [visitId],
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    // Precondition through the API: a venue of the demo operator with an event five days ahead at
    // 09:30 and 14:00 that takes school groups; then the search index knows it.
    let city: SignedIn;
    [operatorSession, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);
    const event = await groupEvent(t, operatorSession, city);
    slotIds = event.slotIds;
    resourceId = event.resourceId;
    const nameOf = async (id: string): Promise<string> =>
      (await db.query(`SELECT name FROM resources WHERE id = $1`, [id]))[0].name;
    venueName = await nameOf(event.resourceId);
    const small = await groupEvent(t, operatorSession, city, { groupCapacity: 40 });
    smallVenue = { name: await nameOf(small.resourceId), slotIds: small.slotIds };
    schoolName = (await db.query(`SELECT name FROM organisations WHERE id = $1`, [DEMO_ORGANISATIONS.school]))[0].name;
    await t.app.get(ResourceIndex).reindex();
    await t.app.get(OutboxRelay).drain();
    await t.app.listen(0, '127.0.0.1');
    const base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
    teacherContext = await browser.newContext({ ...PHONE, baseURL: base, locale: 'zh-CN' });
    operatorContext = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      baseURL: base,
      locale: 'zh-CN',
    });
    teacher = await teacherContext.newPage();
    operator = await operatorContext.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('the teacher requests a visit with a preferred slot', async () => {
    await signInAs(teacher, 'school@demo.kepu', '/console/school/visits');
    await teacher.getByRole('heading', { level: 1, name: '团体参观' }).waitFor();
    await teacher.getByText('还没有团体参观申请').waitFor();
    await checkAccessibility(teacher, 'school-visits-phone');

    await teacher.locator('.school-visits .actions').getByRole('link', { name: '申请团体参观' }).click();
    await teacher.getByRole('heading', { level: 1, name: '申请团体参观' }).waitFor();
    await teacher.getByLabel('场馆名称或拼音').fill(venueName);
    await teacher.getByRole('button', { name: '搜索', exact: true }).click();
    await teacher.getByRole('button', { name: `选择 ${venueName}` }).click();
    await teacher.getByText(`已选场馆：${venueName}`).waitFor();
    // The venue's only group offering is chosen; the head count comes before any time is offered.
    await expect(teacher.getByRole('radio', { name: /馆校合作课程/ }).isChecked()).resolves.toBe(true);
    await teacher.getByText('填好人数和学段后，这里列出容纳得下全班的场次。').waitFor();
    await teacher.getByLabel('学生人数').fill('30');
    await teacher.getByLabel('带队教师人数').fill('2');
    await teacher.getByLabel('学段').selectOption('primary_upper');
    await teacher.getByText('按师生比至少需要 2 名教师').waitFor();
    await teacher.getByText('共 32 人：30 名学生、2 名教师').waitFor();
    await teacher.locator('.slot-choice', { hasText: '09:30' }).getByRole('checkbox').check();
    await teacher.getByText(/第 1 意向：.*09:30/).waitFor();

    await teacher.getByLabel('班级（选填）').fill('五年级（1）班');
    await teacher.getByLabel('参观主题或课程').fill('天文与航天');
    await teacher.getByLabel('带队老师姓名').fill('王老师');
    await teacher.getByLabel('带队老师手机').fill('13912345678');
    await checkAccessibility(teacher, 'school-request-phone');
    await teacher.getByRole('button', { name: '提交申请' }).click();

    await teacher.waitForURL(/\/console\/school\/visits\/[0-9a-f-]{36}/);
    visitId = new URL(teacher.url()).pathname.split('/').pop() as string;
    await teacher.getByRole('status').filter({ hasText: '申请已提交，等待场馆审核' }).waitFor();
    await expect(teacher.locator('.visit-state').textContent()).resolves.toContain('待场馆审核');
    await expect(visitRow()).resolves.toMatchObject({ status: 'requested', slotId: null });
  });

  it('the operator opens the inbox and proposes the afternoon slot instead', async () => {
    await signInAs(operator, 'operator@demo.kepu', '/console/operator/group-visits');
    await operator.getByRole('heading', { level: 1, name: '团体参观申请' }).waitFor();
    const item = operator.locator(`.inbox-list li[data-id="${visitId}"]`);
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain('五年级（1）班');
    await checkAccessibility(operator, 'operator-group-inbox');

    await item.getByRole('link').click();
    await operator.getByRole('heading', { level: 2, name: '审核' }).waitFor();
    await operator.getByRole('radio', { name: '建议其他时段' }).check();
    await operator.locator('.slot-choice', { hasText: '14:00' }).getByRole('radio').check();
    await operator.getByLabel('给学校的说明（选填）').fill('上午已有团体，建议下午');
    await checkAccessibility(operator, 'operator-group-decision');
    await operator.getByRole('button', { name: '提交' }).click();
    await operator.getByRole('status').filter({ hasText: '已向学校建议新时段' }).waitFor();
    await expect(operator.locator('.visit-state').textContent()).resolves.toContain('已建议改期');
    await expect(visitRow()).resolves.toMatchObject({ status: 'proposed', slotId: slotIds[1] });
  });

  it('the teacher accepts the proposal and the visit is approved in the proposed slot', async () => {
    await teacher.reload();
    await teacher.getByRole('heading', { name: /场馆建议改到 .*14:00/ }).waitFor();
    await teacher.getByText('上午已有团体，建议下午').waitFor();
    await checkAccessibility(teacher, 'school-proposal-phone');
    await teacher.getByRole('button', { name: '接受建议' }).click();
    await teacher.getByRole('status').filter({ hasText: '已接受，参观已批准' }).waitFor();
    await expect(teacher.locator('.visit-state').textContent()).resolves.toContain('已批准');
    await expect(teacher.locator('.visit-slot').textContent()).resolves.toContain('14:00');
    await expect(teacher.locator('.booking-code').textContent()).resolves.toMatch(/[0-9A-Z]{10}/);
    await expect(visitRow()).resolves.toEqual({
      status: 'approved',
      slotId: slotIds[1],
      bookingStatus: 'confirmed',
      bookingSlotId: slotIds[1],
    });

    await teacher.goto('/console/school/visits');
    await teacher.locator('.visit-list li[data-status="approved"]').waitFor();
  });

  it('checks name lists before saving: a bad one is reported by student, a good one passes, nothing is saved', async () => {
    await teacher.goto(`/console/school/visits/${visitId}`);
    await teacher.getByRole('heading', { name: '参观名单' }).waitFor();
    const fileField = teacher.getByLabel('名单文件');

    const bad: (string | number)[][] = classList(30, 2);
    bad[3][1] = '家长'; // not a role: row 5 of the sheet
    bad[0][2] = Number(bad[0][2]); // pasted as a number: Excel keeps 15 digits
    await fileField.setInputFiles({ name: 'names.xlsx', mimeType: XLSX, buffer: await nameListFile(bad) });
    await teacher.getByRole('button', { name: '检查名单' }).click();
    await teacher.getByRole('alert').filter({ hasText: '名单有 2 处问题' }).waitFor();
    const mangled = teacher.locator('.report li[data-row="2"]');
    await expect(mangled.locator('.who').textContent()).resolves.toBe('第 2 行 · 学生1');
    await expect(mangled.locator('li[data-code="ID_NUMBER_MANGLED"]').textContent()).resolves.toContain(
      '这个身份证号被表格软件改成了数字，请把该列设为文本后重新填写',
    );
    const role = teacher.locator('.report li[data-row="5"]');
    await expect(role.locator('.who').textContent()).resolves.toBe('第 5 行 · 学生4');
    await expect(role.locator('li[data-code="ROLE_INVALID"]').textContent()).resolves.toContain(
      '身份请从下拉列表中选“学生”或“教师”',
    );
    await screenshot(teacher, 'school-name-list-problems-phone');

    await fileField.setInputFiles({ name: 'names.xlsx', mimeType: XLSX, buffer: await nameListFile(classList(30, 2)) });
    await teacher.getByRole('button', { name: '检查名单' }).click();
    await teacher
      .getByRole('status')
      .filter({ hasText: '检查通过（尚未保存）：共 32 行，30 名学生、2 名教师' })
      .waitFor();
    await checkAccessibility(teacher, 'school-name-list-phone');
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM booking_visitors v JOIN group_visits g ON g.booking_id = v.booking_id
        WHERE g.id = $1`,
      [visitId],
    );
    expect(n).toBe(0);
  });

  it('the venue offers the school an agreement and the teacher signs it', async () => {
    await operator.goto('/console/operator/group-agreements');
    await operator.getByRole('heading', { level: 1, name: '馆校合作协议' }).waitFor();
    await operator.getByLabel('场馆').first().selectOption({ label: venueName });
    await operator.getByLabel('学校', { exact: true }).selectOption({ label: schoolName });
    await operator.getByLabel('结束日期').fill(addDays(shanghaiToday(), 180));
    await operator.getByLabel('参观次数').fill('6');
    await checkAccessibility(operator, 'operator-group-agreements');
    await operator.getByRole('button', { name: '提出协议' }).click();
    await operator.getByRole('status').filter({ hasText: '协议已提出' }).waitFor();

    await teacher.goto('/console/school/agreements');
    const card = teacher.locator('.agreement-list li[data-status="proposed"]', { hasText: venueName });
    await card.waitFor();
    await checkAccessibility(teacher, 'school-agreements-phone');
    teacher.once('dialog', (dialog) => dialog.accept());
    await card.getByRole('button', { name: '签署协议' }).click();
    await teacher.getByRole('status').filter({ hasText: '协议已签署' }).waitFor();
    await teacher.locator('.agreement-list li[data-status="active"]', { hasText: venueName }).waitFor();
    const [agreement] = await db.query(
      `SELECT status, visit_quota AS quota FROM group_agreements WHERE resource_id = $1`,
      [resourceId],
    );
    expect(agreement).toEqual({ status: 'active', quota: 6 });
  });

  it('books a class of 48 with 3 teachers on a phone, split across two times, in Chinese and in elder mode', async () => {
    await teacher.goto('/console/school/visits/new');
    await teacher.getByRole('heading', { level: 1, name: '申请团体参观' }).waitFor();
    await teacher.getByLabel('场馆名称或拼音').fill(smallVenue.name);
    await teacher.getByRole('button', { name: '搜索', exact: true }).click();
    await teacher.getByRole('button', { name: `选择 ${smallVenue.name}` }).click();
    // The rule is shown before it bites: teachers take group places.
    await teacher.getByText('带队教师也占团体名额：每场最多 40 人（含带队教师）。').waitFor();
    await teacher.getByLabel('学生人数').fill('48');
    await teacher.getByLabel('带队教师人数').fill('3');
    await teacher.getByLabel('学段').selectOption('primary_upper');
    await teacher.getByText('共 51 人：48 名学生、3 名教师').waitFor();

    // Neither time takes 51: both stay listed, greyed, with the reason in words.
    const morning = teacher.locator('.slot-choice', { hasText: '09:30' });
    await expect(morning.textContent()).resolves.toContain('此场次团体余 40 人，不足 51 人');
    await expect(morning.getByRole('checkbox').isDisabled()).resolves.toBe(true);
    const offer = teacher.locator('.split-offer');
    await expect(offer.textContent()).resolves.toContain('这一天没有一个场次容纳得下全班 51 人');
    await expect(offer.locator('li').allTextContents()).resolves.toEqual([
      expect.stringContaining('第 1 场：28 名学生、2 名教师（30 人）'),
      expect.stringContaining('第 2 场：20 名学生、1 名教师（21 人）'),
    ]);
    await checkAccessibility(teacher, 'school-request-split-offer-phone');
    await teacher.getByRole('button', { name: '分 2 场参观' }).click();
    await teacher.getByText('全班分 2 场参观，每场分别审核、各有一个团体码。').waitFor();
    const part = (n: number) => teacher.locator('.split-part').nth(n - 1);
    await expect(part(1).locator('.slot-choice', { hasText: '09:30' }).getByRole('radio').isChecked()).resolves.toBe(
      true,
    );
    await expect(part(2).locator('.slot-choice', { hasText: '09:30' }).textContent()).resolves.toContain(
      '已分给第 1 场',
    );
    await expect(part(2).locator('.slot-choice', { hasText: '14:00' }).getByRole('radio').isChecked()).resolves.toBe(
      true,
    );

    await teacher.getByLabel('参观主题或课程').fill('天文与航天');
    await teacher.getByLabel('带队老师姓名').fill('王老师');
    await teacher.getByLabel('带队老师手机').fill('13912345678');
    // Elder mode: the larger text still fits the phone's width.
    await teacher.getByRole('button', { name: '长辈模式' }).click();
    expect(await teacher.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(
      PHONE.viewport.width,
    );
    await checkAccessibility(teacher, 'school-request-split-elder-phone');
    await teacher.getByRole('button', { name: '长辈模式' }).click();
    await teacher.getByRole('button', { name: '提交申请' }).click();

    await teacher.waitForURL(/\/console\/school\/visits\/[0-9a-f-]{36}/);
    await teacher.getByRole('status').filter({ hasText: '分场申请已提交，共 2 场，等待场馆审核' }).waitFor();
    const rows: { id: string; students: number; teachers: number; slotId: string }[] = await db.query(
      `SELECT id, students, teachers, preferred_slot_ids[1] AS "slotId" FROM group_visits
        WHERE split_id = $1 ORDER BY split_part`,
      [new URL(teacher.url()).pathname.split('/').pop()],
    );
    expect(rows.map(({ students, teachers, slotId }) => [students, teachers, slotId])).toEqual([
      [28, 2, smallVenue.slotIds[0]],
      [20, 1, smallVenue.slotIds[1]],
    ]);

    // The venue approves both parts; each has its own group code.
    for (const { id } of rows) await decideGroupVisit(t, operatorSession, id, { decision: 'approve' }).expect(200);
    await teacher.reload();
    await expect(teacher.locator('.visit-state').textContent()).resolves.toContain('已批准');
    await expect(teacher.locator('.booking-code').textContent()).resolves.toMatch(/[0-9A-Z]{10}/);
    const parts = teacher.locator('.split-parts li');
    await expect(parts.allTextContents()).resolves.toEqual([
      expect.stringMatching(/第 1 场 · .*09:30.* · 28 名学生、2 名教师 · 已批准/),
      expect.stringMatching(/第 2 场 · .*14:00.* · 20 名学生、1 名教师 · 已批准/),
    ]);
    await checkAccessibility(teacher, 'school-split-visit-phone');
    await parts.nth(1).getByRole('link').click();
    await teacher.waitForURL(`**/console/school/visits/${rows[1].id}`);
    await teacher.locator('.visit-slot', { hasText: '14:00' }).waitFor();
    await teacher.goto('/console/school/visits');
    await teacher.locator('.visit-list .visit-part').first().waitFor();
    await expect(teacher.locator('.visit-list .visit-part').allTextContents()).resolves.toEqual(
      expect.arrayContaining([
        expect.stringContaining('分场第 1 场（共 2 场）'),
        expect.stringContaining('分场第 2 场（共 2 场）'),
      ]),
    );
  });

  it('finds no serious or critical accessibility violations on any page visited', () => {
    expect(Object.keys(violations)).toEqual(
      expect.arrayContaining([
        'school-visits-phone',
        'operator-group-inbox',
        'school-name-list-phone',
        'operator-group-agreements',
        'school-agreements-phone',
        'school-request-split-offer-phone',
        'school-request-split-elder-phone',
        'school-split-visit-phone',
      ]),
    );
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
  });
});
