import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import {
  childIdFor,
  classList,
  decideGroupVisit,
  groupEvent,
  groupRequestBody,
  requestGroupVisit,
  uploadNameList,
} from '../support/groups';
import { v1 } from '../support/matrix';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;

/**
 * School groups by head count (馆校合作): a class's teachers take group places like its students, a
 * slot too small for the class is refused in words, and a class larger than any slot's group places
 * is split across slots, each part a visit of its own. Then the name-list template, and a sheet
 * written as Excel writes it once a teacher has pasted ID numbers into it as numbers.
 */
describe('school groups by head count', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, city: SignedIn, school: SignedIn;
  let offeringId: string;
  let slotIds: string[];
  const groupBooked = async (slotId: string) =>
    (await db.query(`SELECT group_booked FROM slots WHERE id = $1`, [slotId]))[0].group_booked as number;
  const visits = async () => (await db.query(`SELECT count(*)::int AS n FROM group_visits`))[0].n as number;
  /** A class of 48 students and 3 teachers: 51 people, more than a slot's 40 group places. */
  const bigClass = (overrides: Record<string, unknown> = {}) =>
    groupRequestBody(offeringId, [slotIds[0]], { students: 48, teachers: 3, ...overrides });

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [operator, city, school] = await Promise.all(
      ['operator', 'city-admin', 'school'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
    ({ offeringId, slotIds } = await groupEvent(t, operator, city, { groupCapacity: 40 }));
  });
  afterAll(() => t.close());

  it('counts teachers in a slot’s group places and says in words why a slot cannot take the class', async () => {
    const before = await visits();
    const res = await requestGroupVisit(t, school, bigClass()).set('Accept-Language', 'zh-CN').expect(409);
    expect(res.body).toMatchObject({
      code: 'NO_GROUP_QUOTA',
      details: [
        {
          field: 'preferredSlotIds.0',
          messages: [
            {
              'zh-CN': '此场次团体余 40 人，不足 51 人（含带队教师）',
              en: 'This time has 40 group places left, fewer than your 51 people (teachers included)',
            },
          ],
        },
      ],
    });
    // A slot of another offering: refused in words, its id nowhere in what a person reads.
    const other = await groupEvent(t, operator, city);
    const foreign = await requestGroupVisit(t, school, groupRequestBody(offeringId, [other.slotIds[0]])).expect(400);
    expect(foreign.body.code).toBe('SLOT_NOT_IN_OFFERING');
    expect(foreign.body.details[0].field).toBe('preferredSlotIds.0');
    expect(JSON.stringify([foreign.body.message, foreign.body.messages, foreign.body.details[0].messages])).not.toMatch(
      UUID,
    );
    expect(await visits()).toBe(before);
  });

  it('refuses a split that does not add up, leaves a part without its teachers or puts two parts in one slot', async () => {
    const before = await visits();
    const split = (parts: { students: number; teachers: number; slot: number }[]) =>
      bigClass({
        preferredSlotIds: undefined,
        parts: parts.map(({ slot, ...part }) => ({ ...part, slotId: slotIds[slot] })),
      });
    const short = await requestGroupVisit(
      t,
      school,
      split([
        { students: 28, teachers: 2, slot: 0 },
        { students: 19, teachers: 1, slot: 1 },
      ]),
    ).expect(400);
    expect(short.body.details[0]).toMatchObject({
      field: 'parts',
      messages: [{ 'zh-CN': '各场人数合计 47 名学生、3 名教师，与全班 48 名学生、3 名教师不符' }],
    });
    // 24 students need 2 teachers at one teacher for every 20.
    const unattended = await requestGroupVisit(
      t,
      school,
      split([
        { students: 24, teachers: 1, slot: 0 },
        { students: 24, teachers: 2, slot: 1 },
      ]),
    ).expect(400);
    expect(unattended.body).toMatchObject({
      code: 'TEACHER_RATIO_NOT_MET',
      details: [{ field: 'parts.0.teachers', messages: [{ 'zh-CN': '24 名学生至少需要 2 名带队教师' }] }],
    });
    const together = await requestGroupVisit(
      t,
      school,
      split([
        { students: 28, teachers: 2, slot: 1 },
        { students: 20, teachers: 1, slot: 1 },
      ]),
    ).expect(400);
    expect(together.body.details[0].field).toBe('parts.1.slotId');
    expect(await visits()).toBe(before);
  });

  it('takes a class of 48 with 3 teachers split across two slots, each part decided and booked on its own', async () => {
    const body = bigClass({
      preferredSlotIds: undefined,
      parts: [
        { students: 28, teachers: 2, slotId: slotIds[0] },
        { students: 20, teachers: 1, slotId: slotIds[1] },
      ],
    });
    const { body: first } = await requestGroupVisit(t, school, body).expect(201);
    expect(first).toMatchObject({ status: 'requested', students: 28, teachers: 2, teachersNeeded: 2 });
    expect(first.split).toEqual([
      expect.objectContaining({
        id: first.id,
        part: 1,
        students: 28,
        teachers: 2,
        slot: expect.objectContaining({ slotId: slotIds[0] }),
      }),
      expect.objectContaining({
        part: 2,
        status: 'requested',
        students: 20,
        teachers: 1,
        slot: expect.objectContaining({ slotId: slotIds[1] }),
      }),
    ]);
    const secondId = first.split[1].id as string;
    const parts: { splitId: string; part: number }[] = await db.query(
      `SELECT split_id AS "splitId", split_part AS part FROM group_visits WHERE id = ANY($1) ORDER BY split_part`,
      [[first.id, secondId]],
    );
    expect(parts).toEqual([
      { splitId: first.id, part: 1 },
      { splitId: first.id, part: 2 },
    ]);

    await decideGroupVisit(t, operator, first.id, { decision: 'approve' }).expect(200);
    const second = await decideGroupVisit(t, operator, secondId, { decision: 'approve' }).expect(200);
    expect(second.body.split.map((p: { status: string }) => p.status)).toEqual(['approved', 'approved']);
    expect(second.body.booking).toMatchObject({ status: 'confirmed', partySize: 21 });
    expect([await groupBooked(slotIds[0]), await groupBooked(slotIds[1])]).toEqual([30, 21]);

    // What is left of a slot is what the next class is measured against.
    const next = await requestGroupVisit(
      t,
      school,
      groupRequestBody(offeringId, [slotIds[0]], { students: 15, teachers: 1 }),
    ).expect(409);
    expect(next.body.details[0].messages[0]['zh-CN']).toBe('此场次团体余 10 人，不足 16 人（含带队教师）');
  });

  describe('the name-list template and a sheet as Excel writes it', () => {
    let visitId: string;
    const XLSX_TYPE = /spreadsheetml/;

    beforeAll(async () => {
      const event = await groupEvent(t, operator, city, { groupCapacity: 60 });
      const { body } = await requestGroupVisit(
        t,
        school,
        groupRequestBody(event.offeringId, [event.slotIds[0]], { students: 30, teachers: 2 }),
      ).expect(201);
      visitId = body.id;
      await decideGroupVisit(t, operator, visitId, { decision: 'approve' }).expect(200);
    });

    const template = async () => {
      const res = await t
        .http()
        .get(v1('/group-visits/name-list-template?format=xlsx'))
        .set(bearer(school))
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(res.headers['content-type']).toMatch(XLSX_TYPE);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body);
      return workbook;
    };
    /** The teacher's rows from row 3 on, below the template's headers and its example. */
    const fill = (workbook: ExcelJS.Workbook, rows: (string | number)[][]) => {
      const sheet = workbook.worksheets[0];
      rows.forEach((values, i) => values.forEach((value, j) => (sheet.getRow(i + 3).getCell(j + 1).value = value)));
      return workbook.xlsx.writeBuffer().then((data) => Buffer.from(data));
    };

    it('keeps ID numbers as text, offers the roles as a list and shows an example the import skips', async () => {
      const workbook = await template();
      const sheet = workbook.worksheets[0];
      expect(sheet.getRow(1).values).toEqual([
        undefined,
        '姓名 Name',
        '身份（学生/教师） Role (student/teacher)',
        '身份证号 ID number',
        '手机号（带队教师） Mobile (teachers)',
      ]);
      expect(String(sheet.getCell('A2').value)).toMatch(/^示例 Example/);
      expect(['C3', 'C500', 'D500'].map((cell) => sheet.getCell(cell).numFmt)).toEqual(['@', '@', '@']);
      expect(sheet.getCell('B40').dataValidation).toMatchObject({ type: 'list', formulae: ['"学生,教师"'] });

      // A teacher's mobile, even as a number cell, is kept (11 digits survive); a student's is not.
      const rows: (string | number)[][] = classList(30, 2);
      rows[0].push('13700000001');
      rows[30].push(13700000002);
      const res = await uploadNameList(t, school, visitId, await fill(workbook, rows)).expect(200);
      expect(res.body).toMatchObject({ rows: 32, students: 30, teachers: 2, errors: [] });
      const list = await t
        .http()
        .get(v1(`/group-visits/${visitId}/name-list`))
        .set(bearer(operator))
        .expect(200);
      expect(list.body.people.map((p: { phone: string | null }) => p.phone).filter(Boolean)).toEqual(['137****0002']);
      const everything = t.responses.map((r) => r.text).join('\n');
      expect(everything).not.toContain('13700000002');
    });

    it('says which student’s ID number a spreadsheet turned into a number, in both languages', async () => {
      const rows: (string | number)[][] = classList(30, 2);
      // Pasted from another sheet, the numbers bring their own General format: Excel keeps 15 digits.
      rows[0][2] = Number(childIdFor(0));
      rows[4][2] = Number(childIdFor(4));
      const workbook = await template();
      const sheet = workbook.worksheets[0];
      for (const row of [3, 7]) sheet.getCell(`C${row}`).numFmt = 'General';
      const res = await uploadNameList(t, school, visitId, await fill(workbook, rows), '?dryRun=1').expect(422);
      expect(res.body.details.errors).toEqual([
        {
          row: 3,
          name: '学生1',
          column: 'idNumber',
          code: 'ID_NUMBER_MANGLED',
          problem: 'turned into a number by a spreadsheet',
          messages: {
            'zh-CN': '这个身份证号被表格软件改成了数字，请把该列设为文本后重新填写',
            en: 'A spreadsheet program turned this ID number into a number; set the column to Text and type the number again',
          },
        },
        expect.objectContaining({ row: 7, name: '学生5', code: 'ID_NUMBER_MANGLED' }),
      ]);

      // Saved as CSV, Excel writes what it shows: 4.40305E+17.
      const csv = ['姓名 Name,身份 Role,身份证号 ID number', '小明,学生,4.40305E+17', '王老师,教师,'].join('\n');
      const fromCsv = await t
        .http()
        .put(v1(`/group-visits/${visitId}/name-list?dryRun=1`))
        .set(bearer(school))
        .attach('file', Buffer.from(csv), 'names.csv')
        .expect(422);
      expect(fromCsv.body.details.errors[0]).toMatchObject({ row: 2, name: '小明', code: 'ID_NUMBER_MANGLED' });
    });
  });
});
