import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TokensService } from '@kepu/identity/tokens.service';
import { bookableEvent, idNumberFor } from './booking';
import { v1 } from './matrix';
import { bearer, SignedIn } from './sessions';
import type { TestApp } from './test-app';

/** A venue with an event five days ahead (past the 3-day lead time) at two times, with a group quota. */
export function groupEvent(
  t: TestApp,
  operator: SignedIn,
  cityAdmin: SignedIn,
  offering: Record<string, unknown> = {},
) {
  return bookableEvent(
    t,
    operator,
    cityAdmin,
    { title: '馆校合作课程', startTimes: ['09:30', '14:00'], capacity: 30, groupCapacity: 100, ...offering },
    5,
  );
}

export function groupRequestBody(
  offeringId: string,
  preferredSlotIds: string[],
  overrides: Record<string, unknown> = {},
) {
  return {
    offeringId,
    preferredSlotIds,
    students: 40,
    teachers: 2,
    gradeBand: 'primary_upper',
    className: '四年级（2）班',
    topic: '太空探索主题课',
    needs: '一名学生使用轮椅',
    leaderName: '王老师',
    leaderPhone: '13912345678',
    ...overrides,
  };
}

export const requestGroupVisit = (t: TestApp, who: SignedIn, body: object) =>
  t.http().post(v1('/group-visits')).set(bearer(who)).send(body);

export const decideGroupVisit = (t: TestApp, who: SignedIn, id: string, body: object) =>
  t
    .http()
    .post(v1(`/group-visits/${id}/decision`))
    .set(bearer(who))
    .send(body);

/**
 * A teacher of a newly registered, verified school (the demo has one school; tests need another),
 * whose e-mail login is proven unless `verified` is false.
 */
export async function otherSchoolTeacher(
  t: TestApp,
  { verified = true } = {},
): Promise<SignedIn & { schoolId: string }> {
  const db = t.app.get(DataSource);
  const tag = randomBytes(4).toString('hex');
  const [school]: { id: string }[] = await db.query(
    `INSERT INTO organisations (name, kind, credit_code, region_code, verified_at)
     VALUES ($1, 'school', $2, '440305', now()) RETURNING id`,
    [`南山测试学校 ${tag}`, `52440305${tag.toUpperCase()}00`.slice(0, 18)],
  );
  return teacherAt(t, school.id, { verified });
}

/**
 * A new teacher (an e-mail account made in the database, signed in) of a school: a colleague of the
 * demo teacher when given the demo school. Proven unless `verified` is false.
 */
export async function teacherAt(
  t: TestApp,
  schoolId: string,
  { verified = true, displayName = '李老师' } = {},
): Promise<SignedIn & { schoolId: string }> {
  const db = t.app.get(DataSource);
  const tag = randomBytes(4).toString('hex');
  const [account]: { id: string }[] = await db.query(
    `INSERT INTO accounts (email, display_name, password_hash, verified_at)
     VALUES ($1, $2, '!', CASE WHEN $3 THEN now() END) RETURNING id`,
    [`teacher-${tag}@test.kepu`, displayName, verified],
  );
  await grantTeacher(t, account.id, schoolId);
  const session = await t.app.get(TokensService).startSession(account.id);
  return { ...session, user: { id: account.id, roles: ['school'] }, schoolId };
}

/** Makes an account a teacher of a school, straight in the database (as accepting an invitation would). */
export async function grantTeacher(t: TestApp, accountId: string, schoolId: string): Promise<void> {
  await t.app
    .get(DataSource)
    .query(`INSERT INTO role_grants (account_id, role, organisation_id) VALUES ($1, 'school', $2)`, [
      accountId,
      schoolId,
    ]);
}

export const handOver = (t: TestApp, who: SignedIn, id: string, body: object) =>
  t
    .http()
    .post(v1(`/group-visits/${id}/hand-over`))
    .set(bearer(who))
    .send(body);

/**
 * A name list as the school would upload it: headers, then one row per person. A number is written
 * as a number cell, as Excel keeps an ID number pasted into a column not set to text.
 */
export async function nameListFile(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(['姓名 Name', '身份（学生/教师） Role (student/teacher)', '身份证号 ID number']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Students born 2015 (age 11) with valid, distinct ID numbers, and adult teachers. */
export function classList(students: number, teachers: number, offset = 0): string[][] {
  return [
    ...Array.from({ length: students }, (_, i) => [`学生${i + 1}`, '学生', childIdFor(offset + i)]),
    ...Array.from({ length: teachers }, (_, i) => [`老师${i + 1}`, '教师', idNumberFor(500 + offset + i)]),
  ];
}

/** A valid ID number of a child born 2015-06-15, sequence n. */
export const childIdFor = (n: number) => idNumberFor(n, '20150615');

export const uploadNameList = (t: TestApp, who: SignedIn, id: string, file: Buffer, query = '') =>
  t
    .http()
    .put(v1(`/group-visits/${id}/name-list${query}`))
    .set(bearer(who))
    .attach('file', file, 'names.xlsx');
