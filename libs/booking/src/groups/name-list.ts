import ExcelJS from 'exceljs';
import {
  ageOn,
  DOCUMENT_PROBLEMS,
  EXCEL_CELL_CHARACTERS,
  fieldProblem,
  parseIdNumber,
  ProblemDefinition,
  ProblemValues,
  SheetLimits,
  TypedSheet,
} from '@kepu/core';
import { GroupRole, VisitorCategory } from '../bookings/booking.entity';
import { ADULT_AGE, categoryForAge } from '../bookings/party-rules';
import { GradeBand } from './group-visit.entity';
import { NameListProblems } from './group-problems';
import { GroupRules, teachersNeeded } from './group-rules';
import { NameListProblem } from './group.views';

/** The name list's columns, as the template shows them; a header matches by either language. */
export const NAME_LIST_COLUMNS = [
  { key: 'name', header: '姓名 Name', matches: /姓名|name/i, width: 28 },
  {
    key: 'role',
    header: '身份（学生/教师） Role (student/teacher)',
    matches: /^(身份(?!证)|角色|类别|role)/i,
    width: 24,
  },
  { key: 'idNumber', header: '身份证号 ID number', matches: /身份证|证件|id/i, width: 24 },
  { key: 'phone', header: '手机号（带队教师） Mobile (teachers)', matches: /手机|电话|phone|mobile/i, width: 22 },
] as const;
/** A list written from an older template has no phone column: it is read all the same. */
const OPTIONAL_COLUMNS: ReadonlySet<ColumnKey> = new Set(['phone']);
type ColumnKey = (typeof NAME_LIST_COLUMNS)[number]['key'];

/**
 * The template's example row: a name starting 示例 or "Example" marks a row the import skips. Its ID
 * number is masked as Kepu shows ID numbers everywhere: a complete, valid-looking number in a public
 * file could be a real child's.
 */
const EXAMPLE_ROW = ['示例 Example：张小明（导入时忽略 skipped）', '学生', '110105********0019', ''];
const isExample = (name: string) => /^(示例|example)/i.test(name);

export const NAME_LIST_GUIDE = [
  ['说明 Guide'],
  ['每行一人：学生或带队教师。One person a row: a student or an accompanying teacher.'],
  ['第 2 行是示例，导入时忽略，可以保留。Row 2 is an example; the import skips it.'],
  ['身份从下拉列表中选“学生”或“教师”。Role: choose 学生 (student) or 教师 (teacher) from the list.'],
  [
    '身份证号列已设为文本格式，请直接输入或粘贴为“只粘贴文本”；设为数字的 18 位号码会被表格软件改掉后三位。' +
      'The ID number column is Text: type, or paste as text only; as a number, a spreadsheet changes its last digits.',
  ],
  ['实名项目须填写每人的身份证号（18 位）。Real-name offerings need every ID number (18 characters).'],
  [
    '带队教师请填写手机号，便于场馆当天联系；学生的手机号不会保存。' +
      "Give each teacher's mobile so the venue can call on the day; students' numbers are not kept.",
  ],
  ['学生人数不超过批准人数；教师人数须满足师生比。No more students than approved; enough teachers for them.'],
  ['参观日前一天结束前可重新上传以修改。Upload again to change it, until the end of the day before the visit.'],
];

/** Rows the template formats as text and offers the role list in: a whole school year with its teachers. */
const TEMPLATE_ROWS = 600;
const TEXT = '@';

/**
 * The XLSX template: headers in both languages, an example row, the ID number and name columns as
 * text (so Excel and WPS keep all 18 digits), and a 学生/教师 list in the role column.
 */
export async function nameListTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单 Names', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = NAME_LIST_COLUMNS.map(({ header, width }) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  const role = NAME_LIST_COLUMNS.findIndex((c) => c.key === 'role') + 1;
  const textColumns = NAME_LIST_COLUMNS.flatMap((c, i) => (c.key === 'role' ? [] : [i + 1]));
  // The column's own format covers rows past the last formatted one; each cell's, a paste that brings no format.
  for (const column of textColumns) sheet.getColumn(column).numFmt = TEXT;
  for (let r = 2; r <= TEMPLATE_ROWS + 2; r++) {
    const row = sheet.getRow(r);
    for (const column of textColumns) row.getCell(column).numFmt = TEXT;
    row.getCell(role).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"学生,教师"'],
      showErrorMessage: true,
      errorTitle: '身份 Role',
      error: '请选择“学生”或“教师” Choose 学生 (student) or 教师 (teacher)',
    };
  }
  const example = sheet.getRow(2);
  example.values = EXAMPLE_ROW;
  example.font = { italic: true, color: { argb: 'FF808080' } };
  const guide = workbook.addWorksheet('说明 Guide');
  guide.addRows(NAME_LIST_GUIDE);
  guide.getColumn(1).width = 100;
  guide.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The CSV template's rows: headers and the example. */
export const NAME_LIST_CSV_ROWS = [NAME_LIST_COLUMNS.map((c) => c.header), EXAMPLE_ROW];

export interface NameListPerson {
  /** The sheet's row number (headers are row 1). */
  row: number;
  name: string;
  role: GroupRole;
  category: VisitorCategory;
  idNumber: string | null;
  /** A teacher's mobile; never a student's. */
  phone: string | null;
}

export interface NameListCheck {
  /** Rows below the headers, the template's example left out. */
  rows: number;
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

const MOBILE = /^1[3-9]\d{9}$/;

/** A Map, not an object: a role typed as "__proto__" or "constructor" must find nothing. */
const ROLES = new Map<string, GroupRole>([
  ['学生', 'student'],
  ['student', 'student'],
  ['教师', 'teacher'],
  ['老师', 'teacher'],
  ['teacher', 'teacher'],
]);

/** The largest group a venue takes (a whole school year) with its teachers, in the template's columns. */
export const NAME_LIST_SHEET_LIMITS: SheetLimits = {
  maxRows: 2600,
  maxColumns: 16,
  maxCellCharacters: EXCEL_CELL_CHARACTERS,
};

/**
 * What Excel and WPS leave of an 18-digit ID number kept as a number: a number cell (15 digits
 * kept, the rest zeros), its display copied as text (4.40305E+17), or those digits kept as text
 * once the column was set to text too late: ending in 000 with a check digit that fails.
 */
function mangledByExcel(text: string, numberCell: boolean, problem: string | undefined): boolean {
  if (/^\d(\.\d+)?E\+?\d+$/i.test(text)) return true;
  if (numberCell) return /^\d{16,}$/.test(text);
  return problem === 'check digit' && /^\d{15}000$/.test(text);
}

/**
 * Checks a class's name list row by row: names, roles, ID numbers (valid, not mangled by a
 * spreadsheet, not repeated, required for real-name offerings), teachers of age, the offering's age
 * range, then the totals against what was approved and the teacher ratio. Every problem is
 * reported, not just the first, with its row and the name on it; the template's example row is skipped.
 */
export function checkNameList(
  sheet: TypedSheet,
  rules: NameListRules,
  group: { students: number; gradeBand: GradeBand },
  visitDate: string,
  today: string,
): NameListCheck {
  const errors: NameListProblem[] = [];
  const fail = (
    where: { row: number | null; name?: string | null },
    column: NameListProblem['column'],
    code: string,
    definition: ProblemDefinition,
    values: ProblemValues = {},
  ) => {
    const { problems, messages } = fieldProblem(column, definition, values);
    errors.push({
      row: where.row,
      name: where.name || null,
      column,
      code,
      problem: problems[0],
      messages: messages[0],
    });
  };
  const [headers, ...rows] = sheet.rows;
  const columns = new Map<ColumnKey, number>();
  for (const column of NAME_LIST_COLUMNS) {
    const index = headers.findIndex((h, i) => column.matches.test(h) && ![...columns.values()].includes(i));
    if (index >= 0) columns.set(column.key, index);
    else if (!OPTIONAL_COLUMNS.has(column.key)) {
      fail({ row: sheet.rowNumber(0) }, column.key, 'COLUMN_MISSING', NameListProblems.COLUMN_MISSING, {
        header: column.header,
      });
    }
  }
  if (errors.length) return { rows: 0, people: [], students: 0, teachers: 0, errors };
  const at = (key: ColumnKey) => columns.get(key) ?? -1;
  const seen = new Map<string, number>();
  const people: NameListPerson[] = [];
  let listed = 0;
  rows.forEach((cells, i) => {
    const cell = (key: ColumnKey) => (cells[at(key)] ?? '').trim();
    const name = cell('name');
    if (isExample(name)) return;
    listed++;
    const row = sheet.rowNumber(i + 1);
    const who = { row, name };
    const problem = (column: NameListProblem['column'], code: keyof typeof NameListProblems, values = {}) =>
      fail(who, column, code, NameListProblems[code], values);
    const role = ROLES.get(cell('role').toLowerCase());
    const rawId = cell('idNumber');
    if (!name) problem('name', 'NAME_REQUIRED');
    else if (name.length > 50 || /\p{C}/u.test(name)) problem('name', 'NAME_INVALID');
    if (!role) problem('role', 'ROLE_INVALID');
    let idNumber: string | null = null;
    let age: number | null = null;
    if (rawId) {
      const parsed = parseIdNumber(rawId, today);
      const invalid = 'problem' in parsed ? parsed.problem : undefined;
      if (mangledByExcel(rawId, sheet.isNumber(i + 1, at('idNumber')), invalid)) {
        problem('idNumber', 'ID_NUMBER_MANGLED');
      } else if (invalid) {
        fail(who, 'idNumber', 'ID_NUMBER_INVALID', DOCUMENT_PROBLEMS[invalid]);
      } else if (!('problem' in parsed)) {
        const first = seen.get(parsed.number);
        if (first) problem('idNumber', 'ID_NUMBER_DUPLICATE', { first });
        else seen.set(parsed.number, row);
        idNumber = parsed.number;
        age = ageOn(parsed.birthDate, visitDate);
      }
    } else if (rules.realName) {
      problem('idNumber', 'ID_NUMBER_REQUIRED');
    }
    if (age !== null && role === 'teacher' && age < ADULT_AGE) problem('idNumber', 'TEACHER_UNDER_18', { age });
    // Spaces and dashes as people write numbers (139 1234 5678) are not part of it.
    const typed = role === 'teacher' ? cell('phone').replace(/[\s-]/g, '') : '';
    if (typed && !MOBILE.test(typed)) problem('phone', 'PHONE_INVALID');
    const phone = MOBILE.test(typed) ? typed : null;
    if (age !== null && role === 'student') {
      if (rules.minAge !== null && age < rules.minAge) problem('idNumber', 'TOO_YOUNG', { age, min: rules.minAge });
      if (rules.maxAge !== null && age > rules.maxAge) problem('idNumber', 'TOO_OLD', { age, max: rules.maxAge });
    }
    if (name && role) {
      people.push({
        row,
        name,
        role,
        category: age !== null ? categoryForAge(age) : role === 'student' ? 'child' : 'adult',
        idNumber: rules.realName ? idNumber : null,
        phone,
      });
    }
  });
  const students = people.filter((p) => p.role === 'student').length;
  const teachers = people.length - students;
  const whole = { row: null };
  if (!students) fail(whole, 'students', 'NO_STUDENTS', NameListProblems.NO_STUDENTS);
  if (students > group.students) {
    fail(whole, 'students', 'TOO_MANY_STUDENTS', NameListProblems.TOO_MANY_STUDENTS, {
      students,
      approved: group.students,
    });
  }
  const needed = teachersNeeded(rules, students, group.gradeBand);
  if (teachers < needed) {
    fail(whole, 'teachers', 'TEACHER_RATIO_NOT_MET', NameListProblems.TEACHER_RATIO_NOT_MET, {
      students,
      needed,
      teachers,
    });
  }
  return { rows: listed, people, students, teachers, errors };
}
