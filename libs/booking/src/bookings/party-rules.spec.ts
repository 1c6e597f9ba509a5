import { AppError, ageOn, DOCUMENT_PROBLEMS, fieldProblem, idNumberCheckCharacter } from '@kepu/core';
import fc from 'fast-check';
import type { VisitorCategory } from './booking.entity';
import { categoryForAge, CheckedVisitor, checkParty, PartyRules, PartyVisitor } from './party-rules';
import { BookingProblems } from '../booking-problems';

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
    expect(party.map((v) => v.document?.number ?? null)).toEqual([PARENT, null, ADULT]);
  });

  it('takes every kind of document: a passport vouches for the adult given with it, and the rules name the field given', () => {
    const party = checkParty(
      RULES,
      [
        {
          name: 'Jane Doe',
          category: 'adult',
          documentType: 'passport',
          documentNumber: 'c01x00t47',
          documentCountry: 'gbr',
        },
        { name: 'Tom Doe', category: 'child' },
        { name: '陈大文', category: 'senior', documentType: 'hk_macao_permit', documentNumber: 'H12345678' },
      ],
      DAY,
      TODAY,
    );
    expect(party.map((v) => v.document && [v.document.type, v.document.country, v.document.number])).toEqual([
      ['passport', 'GBR', 'C01X00T47'],
      null,
      ['hk_macao_permit', null, 'H12345678'],
    ]);
    const passport = {
      name: 'A',
      category: 'adult' as const,
      documentType: 'passport' as const,
      documentNumber: 'C01X00T47',
    };
    expect(refusal(() => checkParty(RULES, [{ ...passport, documentCountry: 'XYZ' }], DAY, TODAY))).toEqual({
      code: 'INVALID_ID_NUMBER',
      details: [fieldProblem('visitors.0.documentCountry', DOCUMENT_PROBLEMS.country)],
    });
    expect(
      refusal(() =>
        checkParty(
          RULES,
          [
            { ...passport, documentCountry: 'GBR' },
            { ...passport, documentCountry: 'GBR' },
          ],
          DAY,
          TODAY,
        ),
      ),
    ).toEqual({
      code: 'DUPLICATE_VISITOR_ID',
      details: [
        {
          field: 'visitors.1.documentNumber',
          problems: ['same as visitors.0'],
          messages: [expect.objectContaining({ 'zh-CN': '与第 1 位参观人的证件相同，每人须用自己的证件' })],
        },
      ],
    });
    expect(
      refusal(() =>
        checkParty(RULES, [{ name: 'A', category: 'adult', idNumber: PARENT, documentNumber: PARENT }], DAY, TODAY),
      ),
    ).toEqual({
      code: 'INVALID_ID_NUMBER',
      details: [fieldProblem('visitors.0.idNumber', BookingProblems.TWO_NUMBERS)],
    });
    // An ID card given as documentNumber is the same person as one given as idNumber: the bare number is the key.
    const [card] = checkParty(RULES, [{ name: 'A', category: 'adult', documentNumber: PARENT }], DAY, TODAY);
    expect(card.document?.key).toBe(PARENT);
  });

  it('keeps no ID numbers when the offering is not real-name', () => {
    const party = checkParty(
      { ...RULES, realName: false },
      [{ name: 'A', category: 'adult', idNumber: PARENT }],
      DAY,
      TODAY,
    );
    expect(party[0].document).toBeNull();
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
    [
      'a child without a document at an offering for adults',
      { ...RULES, realName: false, minAge: 18 },
      [
        { name: 'A', category: 'adult' },
        { name: 'B', category: 'child' },
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
    expect(details).toEqual([
      {
        field: 'visitors.1.idNumber',
        problems: ['check digit'],
        messages: [expect.objectContaining({ 'zh-CN': '证件号码最后一位（校验位）对不上，请逐位核对' })],
      },
    ]);
  });
});

describe('checkParty properties', () => {
  const idOf = (born: string, sequence: number) => {
    const head = `440305${born.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
    return head + idNumberCheckCharacter(head);
  };
  const bornOf = (id: string) => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const visitor = fc
    .record({
      born: fc
        .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      sequence: fc.integer({ min: 0, max: 5 }),
      withId: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      category: fc.constantFrom<VisitorCategory | 'by age'>('by age', 'by age', 'by age', 'adult', 'child', 'senior'),
    })
    .map(({ born, sequence, withId, category }) => ({
      name: '访客',
      category: category === 'by age' ? categoryForAge(ageOn(born, DAY)) : category,
      ...(withId ? { idNumber: idOf(born, sequence) } : {}),
    }));
  const rules: fc.Arbitrary<PartyRules> = fc
    .record({
      realName: fc.boolean(),
      minPartySize: fc.integer({ min: 1, max: 3 }),
      extra: fc.integer({ min: 0, max: 4 }),
      minAge: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
      maxAge: fc.option(fc.integer({ min: 40, max: 100 }), { nil: null }),
    })
    .map(({ extra, ...r }) => ({ ...r, maxPartySize: r.minPartySize + extra }));
  /** Rules and a party about their size, sometimes with one visitor's ID number given twice. */
  const booking = rules.chain((r) =>
    fc.tuple(
      fc.constant(r),
      fc
        .tuple(
          fc.array(visitor, { minLength: Math.max(0, r.minPartySize - 1), maxLength: r.maxPartySize + 1 }),
          fc.boolean(),
        )
        .map(([visitors, twice]) =>
          twice && visitors.length > 1 && visitors[0].idNumber
            ? [...visitors.slice(0, -1), { ...visitors[visitors.length - 1], idNumber: visitors[0].idNumber }]
            : visitors,
        ),
    ),
  );
  const outcome = (r: PartyRules, visitors: PartyVisitor[]): { accepted: CheckedVisitor[] } | { refused: string } => {
    try {
      return { accepted: checkParty(r, visitors, DAY, TODAY) };
    } catch (error) {
      if (error instanceof AppError) return { refused: error.definition.code };
      throw error;
    }
  };

  /** The rules as a reader of the booking page would state them. */
  function keepsEveryRule(r: PartyRules, visitors: PartyVisitor[]): boolean {
    const ids = visitors.flatMap((v) => (v.idNumber ? [v.idNumber] : []));
    const age = (v: PartyVisitor) => (v.idNumber ? ageOn(bornOf(v.idNumber), DAY) : null);
    const hasGuardian = visitors.some((v) => (age(v) ?? 0) >= 18);
    return (
      visitors.length >= r.minPartySize &&
      visitors.length <= r.maxPartySize &&
      new Set(ids).size === ids.length &&
      visitors.every((v) => {
        const years = age(v);
        // Without an age on a document, the category's ages must meet the offering's.
        const [from, to] = { child: [0, 17], adult: [18, 59], senior: [60, Infinity] }[v.category];
        const categoryFits = to >= (r.minAge ?? 0) && from <= (r.maxAge ?? Infinity);
        if (years === null) return categoryFits && (!r.realName || (v.category === 'child' && hasGuardian));
        return (
          !(v.category === 'child' && years >= 18) &&
          !(v.category === 'senior' && years < 60) &&
          (r.minAge === null || years >= r.minAge) &&
          (r.maxAge === null || years <= r.maxAge)
        );
      })
    );
  }

  it('accepts a party exactly when it keeps every rule, keeping ID numbers only for real-name offerings', () => {
    fc.assert(
      fc.property(booking, ([r, visitors]) => {
        const result = outcome(r, visitors);
        expect('accepted' in result).toBe(keepsEveryRule(r, visitors));
        if ('accepted' in result) {
          expect(result.accepted.map((v) => v.document?.number ?? null)).toEqual(
            visitors.map((v) => (r.realName ? (v.idNumber ?? null) : null)),
          );
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('decides the same whatever order the visitors are listed in', () => {
    fc.assert(
      fc.property(
        booking.chain(([r, visitors]) =>
          fc.tuple(
            fc.constant(r),
            fc.constant(visitors),
            fc.shuffledSubarray(visitors, { minLength: visitors.length }),
          ),
        ),
        ([r, visitors, shuffled]) => {
          const [a, b] = [outcome(r, visitors), outcome(r, shuffled)];
          expect('refused' in a ? a.refused : 'accepted').toBe('refused' in b ? b.refused : 'accepted');
        },
      ),
      { numRuns: 500 },
    );
  });
});
