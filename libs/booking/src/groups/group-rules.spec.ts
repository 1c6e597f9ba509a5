import { OFFERING_DEFAULTS } from '@kepu/schedule/offerings/offering.entity';
import { schoolTerm, termsBetween } from './agreements.service';
import { checkGroupDate, checkGroupSize, teachersNeeded } from './group-rules';
import { checkNameList } from './name-list';

const rules = { ...OFFERING_DEFAULTS, realName: true, minAge: null, maxAge: null };
const HEADERS = ['姓名 Name', '身份（学生/教师） Role (student/teacher)', '身份证号 ID number'];
const CHILD = '440305201506150016';
const ADULT = '440305199001010018';

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
      expect.objectContaining({ details: { teachersNeeded: 10 } }),
    );
  });

  it('takes requests from 3 to 60 days ahead', () => {
    expect(() => checkGroupDate(rules, '2026-11-26', '2026-11-23')).not.toThrow();
    expect(() => checkGroupDate(rules, '2026-11-25', '2026-11-23')).toThrow(
      expect.objectContaining({ details: { earliest: '2026-11-26' } }),
    );
    expect(() => checkGroupDate(rules, '2027-01-23', '2026-11-23')).toThrow(
      expect.objectContaining({ details: { latest: '2027-01-22' } }),
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
  const check = (rows: string[][], headers = HEADERS) =>
    checkNameList([headers, ...rows], rules, { students: 2, gradeBand: 'primary_upper' }, '2026-12-01', '2026-11-23');

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
      { row: 2, name: '小明', role: 'student', category: 'child', idNumber: CHILD },
      { row: 3, name: '王老师', role: 'teacher', category: 'adult', idNumber: ADULT },
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
  });
});
