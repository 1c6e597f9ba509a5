import { AppError, TypedSheet } from '@kepu/core';
import { addDays, OFFERING_DEFAULTS } from '@kepu/schedule';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { schoolTerm, termsBetween } from './agreements.service';
import { checkGroupDate, checkGroupSize, teachersNeeded } from './group-rules';
import type { GradeBand } from './group-visit.entity';
import { checkNameList, nameListTemplate } from './name-list';

const rules = { ...OFFERING_DEFAULTS, realName: true, minAge: null, maxAge: null };
const HEADERS = ['姓名 Name', '身份（学生/教师） Role (student/teacher)', '身份证号 ID number'];
const CHILD = '440305201506150016';
const ADULT = '440305199001010018';

/** A sheet as the reader gives it; `numbers` are the `row:column` cells that were number cells. */
const sheetOf = (rows: string[][], numbers: string[] = []): TypedSheet => ({
  rows,
  isNumber: (row, column) => numbers.includes(`${row}:${column}`),
  rowNumber: (row) => row + 1,
});

describe('group rules', () => {
  it('needs one teacher per 20 students, one per 10 in preschool', () => {
    expect(teachersNeeded(rules, 40, 'primary_upper')).toBe(2);
    expect(teachersNeeded(rules, 41, 'primary_upper')).toBe(3);
    expect(teachersNeeded(rules, 25, 'preschool')).toBe(3);
    expect(() => checkGroupSize(rules, { students: 15, teachers: 1, gradeBand: 'junior_high' })).not.toThrow();
    expect(() => checkGroupSize(rules, { students: 14, teachers: 1, gradeBand: 'junior_high' })).toThrow(
      expect.objectContaining({ definition: expect.objectContaining({ code: 'GROUP_TOO_SMALL' }) }),
    );
    expect(() => checkGroupSize(rules, { students: 200, teachers: 9, gradeBand: 'junior_high' })).toThrow(
      expect.objectContaining({
        details: [expect.objectContaining({ field: 'teachers', problems: ['200 students need 10 teachers'] })],
      }),
    );
  });

  it('takes requests from 3 to 60 days ahead', () => {
    expect(() => checkGroupDate(rules, '2026-11-26', '2026-11-23', 'slotId')).not.toThrow();
    expect(() => checkGroupDate(rules, '2026-11-25', '2026-11-23', 'slotId')).toThrow(
      expect.objectContaining({
        details: [
          expect.objectContaining({
            field: 'slotId',
            messages: [
              {
                'zh-CN': '团体参观须提前 3 天申请，最早可申请 2026-11-26 的场次',
                en: 'Groups ask 3 days ahead: the earliest day is 2026-11-26',
              },
            ],
          }),
        ],
      }),
    );
    expect(() => checkGroupDate(rules, '2027-01-23', '2026-11-23', 'slotId')).toThrow(
      expect.objectContaining({ details: [expect.objectContaining({ problems: ['latest 2027-01-22'] })] }),
    );
  });
});

describe('school terms', () => {
  it('runs autumn from September to January and spring from February to August', () => {
    expect(schoolTerm('2026-09-01').key).toBe('2026-autumn');
    expect(schoolTerm('2027-01-31').key).toBe('2026-autumn');
    expect(schoolTerm('2027-02-01').key).toBe('2027-spring');
    expect(termsBetween('2026-09-01', '2027-08-31').map((t) => t.key)).toEqual(['2026-autumn', '2027-spring']);
    expect(termsBetween('2026-11-15', '2027-11-14').map((t) => t.key)).toEqual([
      '2026-autumn',
      '2027-spring',
      '2027-autumn',
    ]);
  });
});

describe('name list', () => {
  const check = (rows: string[][], headers = HEADERS, numbers: string[] = []) =>
    checkNameList(
      sheetOf([headers, ...rows], numbers),
      rules,
      { students: 2, gradeBand: 'primary_upper' },
      '2026-12-01',
      '2026-11-23',
    );

  it('reads the columns in any order, in either language', () => {
    const result = check(
      [
        [CHILD, 'student', '小明'],
        [ADULT, '教师', '王老师'],
      ],
      ['ID number', 'Role', 'Name'],
    );
    expect(result.errors).toEqual([]);
    expect(result.people).toEqual([
      { row: 2, name: '小明', role: 'student', category: 'child', idNumber: CHILD, phone: null },
      { row: 3, name: '王老师', role: 'teacher', category: 'adult', idNumber: ADULT, phone: null },
    ]);
  });

  it('reports every bad row, and a missing column by name', () => {
    expect(check([], ['姓名', '身份']).errors).toEqual([expect.objectContaining({ row: 1, code: 'COLUMN_MISSING' })]);
    const result = check([
      ['', '学生', CHILD],
      ['小红', '学生', '44030520150615001X'],
      ['小刚', '学生', ''],
      ['王老师', '教师', CHILD],
    ]);
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'NAME_REQUIRED'],
      [3, 'ID_NUMBER_INVALID'],
      [4, 'ID_NUMBER_REQUIRED'],
      [5, 'ID_NUMBER_DUPLICATE'],
      [5, 'TEACHER_UNDER_18'],
    ]);
    expect(result.errors[3]).toMatchObject({
      row: 5,
      name: '王老师',
      messages: { 'zh-CN': '与第 2 行的身份证号相同', en: 'The same ID number as row 2' },
    });
  });

  it("keeps teachers' mobiles, never students', and names a teacher whose number is not one", () => {
    const result = check(
      [
        ['小明', '学生', CHILD, '13912345678'],
        ['王老师', '教师', ADULT, '139 1234 5678'],
        ['李老师', '教师', '440305198001010013', '1234'],
      ],
      [...HEADERS, '手机号 Mobile'],
    );
    expect(result.people.map((p) => p.phone)).toEqual([null, '13912345678', null]);
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 4, name: '李老师', column: 'phone', code: 'PHONE_INVALID' }),
    ]);
  });

  it('says when a spreadsheet has turned an ID number into a number, naming the student', async () => {
    const mangled = '440305201506150000';
    const result = check(
      [
        ['示例 Example：张小明（导入时忽略 skipped）', '学生', '110105********0019'],
        ['小明', '学生', mangled],
        ['小红', '学生', '4.40305E+17'],
        ['小刚', '学生', mangled.replace('0000', '0010')],
      ],
      HEADERS,
      ['2:2'],
    );
    expect(result.rows).toBe(3);
    expect(result.errors.filter((e) => e.row).map((e) => [e.row, e.name, e.code])).toEqual([
      [3, '小明', 'ID_NUMBER_MANGLED'],
      [4, '小红', 'ID_NUMBER_MANGLED'],
      [5, '小刚', 'ID_NUMBER_INVALID'],
    ]);
    expect(result.errors[0].messages['zh-CN']).toBe('这个身份证号被表格软件改成了数字，请把该列设为文本后重新填写');
    // Fifteen digits kept and 000 after them, failing the check: the column was set to text too late.
    expect(check([['小明', '学生', '440305201506152000']]).errors.map((e) => e.code)).toEqual([
      'ID_NUMBER_MANGLED',
      'TEACHER_RATIO_NOT_MET',
    ]);
  });

  it('writes a template whose ID column is text, with a role list and an example row it skips', async () => {
    const workbook = new ExcelJS.Workbook();
    const template = await nameListTemplate();
    await workbook.xlsx.load(
      template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength) as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS, '手机号（带队教师） Mobile (teachers)']);
    expect(['C2', 'C300', 'A300', 'D300'].map((cell) => sheet.getCell(cell).numFmt)).toEqual(['@', '@', '@', '@']);
    expect(sheet.getCell('B300').dataValidation).toMatchObject({ type: 'list', formulae: ['"学生,教师"'] });
    const example = (sheet.getRow(2).values as string[]).slice(1);
    expect(check([example]).rows).toBe(0);
  });
});

describe('group rule properties', () => {
  const groupRules = fc
    .record({
      groupMinStudents: fc.integer({ min: 1, max: 20 }),
      extraStudents: fc.integer({ min: 0, max: 200 }),
      studentsPerTeacher: fc.integer({ min: 1, max: 30 }),
      preschoolStudentsPerTeacher: fc.integer({ min: 1, max: 15 }),
      groupLeadDays: fc.integer({ min: 0, max: 10 }),
      extraDays: fc.integer({ min: 0, max: 120 }),
    })
    .map(({ extraStudents, extraDays, ...r }) => ({
      ...r,
      groupMaxStudents: r.groupMinStudents + extraStudents,
      groupOpensDaysAhead: r.groupLeadDays + extraDays,
    }));
  const gradeBand = fc.constantFrom<GradeBand>('preschool', 'primary_lower', 'junior_high', 'vocational');
  const codeOf = (run: () => void) => {
    try {
      run();
      return 'accepted';
    } catch (error) {
      return (error as AppError).definition.code;
    }
  };

  it('asks for the fewest teachers that cover every student at the ratio', () => {
    fc.assert(
      fc.property(groupRules, fc.integer({ min: 1, max: 2000 }), gradeBand, (r, students, band) => {
        const ratio = band === 'preschool' ? r.preschoolStudentsPerTeacher : r.studentsPerTeacher;
        const needed = teachersNeeded(r, students, band);
        expect(needed * ratio).toBeGreaterThanOrEqual(students);
        expect((needed - 1) * ratio).toBeLessThan(students);
      }),
    );
  });

  it('takes a class exactly when its size is allowed and it brings enough teachers', () => {
    fc.assert(
      fc.property(
        groupRules,
        fc.integer({ min: 0, max: 250 }),
        fc.integer({ min: 0, max: 30 }),
        gradeBand,
        (r, students, teachers, band) => {
          const code = codeOf(() => checkGroupSize(r, { students, teachers, gradeBand: band }));
          const expected =
            students < r.groupMinStudents
              ? 'GROUP_TOO_SMALL'
              : students > r.groupMaxStudents
                ? 'GROUP_TOO_LARGE'
                : teachers < teachersNeeded(r, students, band)
                  ? 'TEACHER_RATIO_NOT_MET'
                  : 'accepted';
          expect(code).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes a date exactly from the lead time to the booking horizon', () => {
    fc.assert(
      fc.property(groupRules, fc.integer({ min: -5, max: 150 }), (r, ahead) => {
        const code = codeOf(() => checkGroupDate(r, addDays('2026-11-23', ahead), '2026-11-23', 'slotId'));
        expect(code).toBe(
          ahead < r.groupLeadDays ? 'GROUP_TOO_LATE' : ahead > r.groupOpensDaysAhead ? 'GROUP_TOO_EARLY' : 'accepted',
        );
      }),
      { numRuns: 300 },
    );
  });

  it('covers any span of dates with school terms end to end, each holding its own dates', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2024-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), (from, length) => {
        const to = addDays(from, length);
        const terms = termsBetween(from, to);
        expect(terms[0].from <= from && from <= terms[0].to).toBe(true);
        const last = terms[terms.length - 1];
        expect(last.from <= to && to <= last.to).toBe(true);
        terms.slice(1).forEach((term, i) => expect(term.from).toBe(addDays(terms[i].to, 1)));
        for (const date of [from, to]) {
          const term = schoolTerm(date);
          expect(term.from <= date && date <= term.to).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('name list properties', () => {
  it('reads the same people and problems whatever order the columns are in', () => {
    const cell = fc.oneof(
      fc.constantFrom(CHILD, ADULT, '学生', '教师', '小明', '王老师', ''),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, cell), { maxLength: 6 }),
        fc.constantFrom([0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]),
        (rows, order) => {
          const sheet = [HEADERS, ...rows];
          const reordered = sheet.map((row) => order.map((i) => row[i]));
          const check = (s: string[][]) =>
            checkNameList(sheetOf(s), rules, { students: 3, gradeBand: 'primary_upper' }, '2026-12-01', '2026-11-23');
          expect(check(reordered)).toEqual(check(sheet));
        },
      ),
      { numRuns: 300 },
    );
  });
});
