import { AppError } from '@kepu/core';
import { checkParty, PartyRules } from './party-rules';

const RULES: PartyRules = { realName: true, minPartySize: 1, maxPartySize: 5, minAge: null, maxAge: null };
const ADULT = '11010519491231002X'; // born 1949: a senior
const PARENT = '440305199001010018'; // born 1990
const CHILD = '440305201506150016'; // born 2015
const DAY = '2026-11-25';
const TODAY = '2026-11-23';

function refusal(run: () => unknown): { code: string; details: unknown } {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { code: error.definition.code, details: error.details };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('checkParty', () => {
  it('accepts a real-name family and keeps the normalised numbers', () => {
    const party = checkParty(
      RULES,
      [
        { name: '张三', category: 'adult', idNumber: PARENT },
        { name: '张小三', category: 'child' },
        { name: '张爷爷', category: 'senior', idNumber: ADULT.toLowerCase() },
      ],
      DAY,
      TODAY,
    );
    expect(party.map((v) => v.idNumber)).toEqual([PARENT, null, ADULT]);
  });

  it('keeps no ID numbers when the offering is not real-name', () => {
    const party = checkParty(
      { ...RULES, realName: false },
      [{ name: 'A', category: 'adult', idNumber: PARENT }],
      DAY,
      TODAY,
    );
    expect(party[0].idNumber).toBeNull();
  });

  it.each([
    [
      'too many',
      { ...RULES, maxPartySize: 1 },
      [
        { name: 'A', category: 'adult', idNumber: PARENT },
        { name: 'B', category: 'child' },
      ],
      'PARTY_TOO_LARGE',
    ],
    ['too few', { ...RULES, minPartySize: 2 }, [{ name: 'A', category: 'adult', idNumber: PARENT }], 'PARTY_TOO_SMALL'],
    ['bad check digit', RULES, [{ name: 'A', category: 'adult', idNumber: '110105194912310021' }], 'INVALID_ID_NUMBER'],
    [
      'impossible birth date',
      RULES,
      [{ name: 'A', category: 'adult', idNumber: '110105194902300025' }],
      'INVALID_ID_NUMBER',
    ],
    [
      'same ID twice',
      RULES,
      [
        { name: 'A', category: 'adult', idNumber: PARENT },
        { name: 'B', category: 'adult', idNumber: PARENT },
      ],
      'DUPLICATE_VISITOR_ID',
    ],
    ['adult without ID', RULES, [{ name: 'A', category: 'adult' }], 'ID_NUMBER_REQUIRED'],
    ['child alone without ID', RULES, [{ name: 'A', category: 'child' }], 'GUARDIAN_REQUIRED'],
    [
      'child beside another child only',
      RULES,
      [
        { name: 'A', category: 'child', idNumber: CHILD },
        { name: 'B', category: 'child' },
      ],
      'GUARDIAN_REQUIRED',
    ],
    ['a grown-up as a child', RULES, [{ name: 'A', category: 'child', idNumber: PARENT }], 'VISITOR_CATEGORY_MISMATCH'],
    ['a 36-year-old senior', RULES, [{ name: 'A', category: 'senior', idNumber: PARENT }], 'VISITOR_CATEGORY_MISMATCH'],
    [
      'under the minimum age',
      { ...RULES, minAge: 12 },
      [
        { name: 'A', category: 'adult', idNumber: PARENT },
        { name: 'B', category: 'child', idNumber: CHILD },
      ],
      'AGE_NOT_ALLOWED',
    ],
  ] as const)('refuses %s', (_what, rules, visitors, code) => {
    expect(refusal(() => checkParty(rules, [...visitors], DAY, TODAY)).code).toBe(code);
  });

  it('names the fields, never echoing the number', () => {
    const { details } = refusal(() =>
      checkParty(
        RULES,
        [
          { name: 'A', category: 'adult', idNumber: PARENT },
          { name: 'B', category: 'adult', idNumber: '110105194912310021' },
        ],
        DAY,
        TODAY,
      ),
    );
    expect(details).toEqual([{ field: 'visitors.1.idNumber', problems: ['check digit'] }]);
  });
});
