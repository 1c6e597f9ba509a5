import { ageOn, EXCEL_CELL_CHARACTERS, parseIdNumber, SheetLimits } from '@kepu/core';
import { GroupRole, VisitorCategory } from '../bookings/booking.entity';
import { ADULT_AGE, categoryForAge } from '../bookings/party-rules';
import { GradeBand } from './group-visit.entity';
import { GroupRules, teachersNeeded } from './group-rules';
import { NameListProblem } from './group.views';

/** The name list's columns, as the template shows them; a header matches by either language. */
export const NAME_LIST_COLUMNS = [
  { key: 'name', header: '姓名 Name', matches: /姓名|name/i },
  { key: 'role', header: '身份（学生/教师） Role (student/teacher)', matches: /^(身份(?!证)|角色|类别|role)/i },
  { key: 'idNumber', header: '身份证号 ID number', matches: /身份证|证件|id/i },
] as const;
type ColumnKey = (typeof NAME_LIST_COLUMNS)[number]['key'];

export const NAME_LIST_GUIDE = [
  ['说明 Guide'],
  ['每行一人：学生或带队教师。One person a row: a student or an accompanying teacher.'],
  ['身份填“学生”或“教师”。Role: 学生 / student or 教师 / teacher.'],
  ['实名项目须填写每人的身份证号（18 位）。Real-name offerings need every ID number (18 characters).'],
  ['学生人数不超过批准人数；教师人数须满足师生比。No more students than approved; enough teachers for them.'],
  ['参观日前一天结束前可重新上传以修改。Upload again to change it, until the end of the day before the visit.'],
];

export interface NameListPerson {
  /** The sheet's row number (headers are row 1). */
  row: number;
  name: string;
  role: GroupRole;
  category: VisitorCategory;
  idNumber: string | null;
}

export interface NameListCheck {
  people: NameListPerson[];
  students: number;
  teachers: number;
  errors: NameListProblem[];
}

export interface NameListRules extends GroupRules {
  realName: boolean;
  minAge: number | null;
  maxAge: number | null;
}

/** A Map, not an object: a role typed as "__proto__" or "constructor" must find nothing. */
const ROLES = new Map<string, GroupRole>([
  ['学生', 'student'],
  ['student', 'student'],
  ['教师', 'teacher'],
  ['老师', 'teacher'],
  ['teacher', 'teacher'],
]);

const ID_PROBLEMS: Record<string, string> = {
  format: '格式不对（应为 18 位） wrong format (18 characters)',
  region: '地区码无效 unknown region code',
  'birth date': '出生日期无效 impossible birth date',
  'check digit': '校验位不符 check digit does not match',
};

/** The largest group a venue takes (a whole school year) with its teachers, in the template's columns. */
export const NAME_LIST_SHEET_LIMITS: SheetLimits = {
  maxRows: 2600,
  maxColumns: 16,
  maxCellCharacters: EXCEL_CELL_CHARACTERS,
};

/**
 * Checks a class's name list row by row: names, roles, ID numbers (valid, not repeated, required
 * for real-name offerings), teachers of age, the offering's age range, then the totals against
 * what was approved and the teacher ratio. Every problem is reported, not just the first.
 */
export function checkNameList(
  sheet: string[][],
  rules: NameListRules,
  group: { students: number; gradeBand: GradeBand },
  visitDate: string,
  today: string,
): NameListCheck {
  const errors: NameListProblem[] = [];
  const fail = (row: number | null, column: NameListProblem['column'], code: string, message: string) =>
    errors.push({ row, column, code, message });
  const [headers, ...rows] = sheet;
  const columns = new Map<ColumnKey, number>();
  for (const column of NAME_LIST_COLUMNS) {
    const index = headers.findIndex((h, i) => column.matches.test(h) && ![...columns.values()].includes(i));
    if (index < 0) fail(1, column.key, 'COLUMN_MISSING', `缺少“${column.header}”列 Missing column "${column.header}"`);
    else columns.set(column.key, index);
  }
  if (errors.length) return { people: [], students: 0, teachers: 0, errors };
  const cell = (row: string[], key: ColumnKey) => (row[columns.get(key) as number] ?? '').trim();
  const seen = new Map<string, number>();
  const people: NameListPerson[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2;
    const name = cell(cells, 'name');
    const role = ROLES.get(cell(cells, 'role').toLowerCase());
    const rawId = cell(cells, 'idNumber');
    if (!name) fail(row, 'name', 'NAME_REQUIRED', '请填写姓名 Name is required');
    else if (name.length > 50 || /\p{C}/u.test(name))
      fail(row, 'name', 'NAME_INVALID', '姓名过长或含控制字符 Name too long or has control characters');
    if (!role) fail(row, 'role', 'ROLE_INVALID', '身份须为“学生”或“教师” Role must be student or teacher');
    let idNumber: string | null = null;
    let age: number | null = null;
    if (rawId) {
      const parsed = parseIdNumber(rawId, today);
      if ('problem' in parsed) {
        fail(row, 'idNumber', 'ID_NUMBER_INVALID', `身份证号无效：${ID_PROBLEMS[parsed.problem]}`);
      } else {
        const first = seen.get(parsed.number);
        if (first) {
          fail(row, 'idNumber', 'ID_NUMBER_DUPLICATE', `与第 ${first} 行的身份证号重复 Same ID number as row ${first}`);
        }
        seen.set(parsed.number, first ?? row);
        idNumber = parsed.number;
        age = ageOn(parsed.birthDate, visitDate);
      }
    } else if (rules.realName) {
      fail(row, 'idNumber', 'ID_NUMBER_REQUIRED', '实名项目须填写身份证号 An ID number is required');
    }
    if (age !== null && role === 'teacher' && age < ADULT_AGE) {
      fail(
        row,
        'idNumber',
        'TEACHER_UNDER_18',
        `带队教师须年满 18 岁（${age} 岁） A teacher must be an adult (age ${age})`,
      );
    }
    if (
      age !== null &&
      role === 'student' &&
      ((rules.minAge !== null && age < rules.minAge) || (rules.maxAge !== null && age > rules.maxAge))
    ) {
      const range = `${rules.minAge ?? 0}–${rules.maxAge ?? '∞'}`;
      fail(
        row,
        'idNumber',
        'AGE_NOT_ALLOWED',
        `${age} 岁不在该项目年龄范围 ${range} 内 Age ${age} is outside ${range}`,
      );
    }
    if (name && role) {
      people.push({
        row,
        name,
        role,
        category: age !== null ? categoryForAge(age) : role === 'student' ? 'child' : 'adult',
        idNumber: rules.realName ? idNumber : null,
      });
    }
  });
  const students = people.filter((p) => p.role === 'student').length;
  const teachers = people.length - students;
  if (!students) fail(null, 'students', 'NO_STUDENTS', '名单中没有学生 The list has no students');
  if (students > group.students) {
    fail(
      null,
      'students',
      'TOO_MANY_STUDENTS',
      `学生 ${students} 人，超过批准的 ${group.students} 人 ${students} students, more than the ${group.students} approved`,
    );
  }
  const needed = teachersNeeded(rules, students, group.gradeBand);
  if (teachers < needed) {
    fail(
      null,
      'teachers',
      'TEACHER_RATIO_NOT_MET',
      `${students} 名学生至少需要 ${needed} 名教师，名单中有 ${teachers} 名 ${students} students need ${needed} teachers; the list has ${teachers}`,
    );
  }
  return { people, students, teachers, errors };
}
