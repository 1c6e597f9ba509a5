import fc from 'fast-check';
import { ageOn, idNumberCheckCharacter, parseIdNumber } from './id-number';

const TODAY = '2026-11-23';

describe('mainland ID numbers (GB 11643)', () => {
  it('accepts valid numbers, lower-case x included, and reads the birth date', () => {
    expect(parseIdNumber('11010519491231002X', TODAY)).toEqual({
      number: '11010519491231002X',
      birthDate: '1949-12-31',
    });
    expect(parseIdNumber('11010519491231002x', TODAY)).toMatchObject({ number: '11010519491231002X' });
    expect(parseIdNumber('440305201506150016', TODAY)).toMatchObject({ birthDate: '2015-06-15' });
  });

  it.each([
    ['1101051949123100', 'format'],
    ['11010519491231002Y', 'format'],
    ['99010519491231002X', 'region'],
    ['110105194902300025', 'birth date'],
    ['110105203001010010', 'birth date'],
    ['110105189912310013', 'birth date'],
    ['110105194912310021', 'check digit'],
  ])('refuses %s (%s)', (input, problem) => {
    expect(parseIdNumber(input, TODAY)).toEqual({ problem });
  });

  it('finds every single-digit typo through the check character', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (position, shift) => {
        const valid = '440305201506150016';
        const digit = (Number(valid[position]) + shift) % 10;
        const typo = valid.slice(0, position) + digit + valid.slice(position + 1);
        const check = idNumberCheckCharacter(typo.slice(0, 17));
        return check !== valid[17] || 'problem' in parseIdNumber(typo, TODAY);
      }),
    );
  });

  it('counts whole years of age', () => {
    expect(ageOn('2015-06-15', '2026-06-14')).toBe(10);
    expect(ageOn('2015-06-15', '2026-06-15')).toBe(11);
  });
});

describe('mainland ID number properties', () => {
  const CHECK_CHARACTERS = [...'0123456789X'];
  const REGIONS = ['110105', '310115', '440305', '510107', '650102', '820000'];
  const yyyymmdd = (date: Date) => date.toISOString().slice(0, 10).replaceAll('-', '');
  /** The first 17 characters of a real person's number: a region, a birth date up to today, a sequence. */
  const first17 = fc
    .tuple(
      fc.constantFrom(...REGIONS),
      fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true }),
      fc.integer({ min: 0, max: 999 }),
    )
    .map(([region, born, sequence]) => `${region}${yyyymmdd(born)}${String(sequence).padStart(3, '0')}`);
  const accepted = (number: string) => !('problem' in parseIdNumber(number, TODAY));
  const validId = first17.map((head) => head + (CHECK_CHARACTERS.find((c) => accepted(head + c)) as string));

  it('accepts exactly one of the eleven check characters for any real person', () => {
    fc.assert(
      fc.property(first17, (head) => CHECK_CHARACTERS.filter((c) => accepted(head + c)).length === 1),
      { numRuns: 300 },
    );
  });

  it('reads the birth date from the number, in any case and with spaces around it', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
        expect(parseIdNumber(`  ${id.toLowerCase()} `, TODAY)).toEqual({ number: id, birthDate });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses any single wrong character', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...CHECK_CHARACTERS), (id, at, typed) => {
        fc.pre(typed !== id[at]);
        return !accepted(id.slice(0, at) + typed + id.slice(at + 1));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses two neighbouring digits swapped', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 15 }), (id, at) => {
        fc.pre(id[at] !== id[at + 1]);
        return !accepted(id.slice(0, at) + id[at + 1] + id[at] + id.slice(at + 2));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a birth date after today or not on the calendar, whatever the check character', () => {
    const birthDate = fc.oneof(
      fc
        .date({ min: new Date(`${TODAY}T00:00:00Z`), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
        .filter((d) => d.toISOString().slice(0, 10) > TODAY)
        .map(yyyymmdd),
      fc
        .tuple(
          fc.integer({ min: 1900, max: 2025 }),
          fc.constantFrom('00', '13', '02'),
          fc.constantFrom('00', '30', '32'),
        )
        .map(([year, month, day]) => `${year}${month}${day}`),
    );
    fc.assert(
      fc.property(fc.constantFrom(...REGIONS), birthDate, (region, born) => {
        const head = `${region}${born}123`;
        expect(parseIdNumber(head + idNumberCheckCharacter(head), TODAY)).toEqual({ problem: 'birth date' });
      }),
    );
  });

  it('counts age up by exactly one on each birthday (1 March for 29 February in common years), never down', () => {
    const day = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-30T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const leapDay = fc.constantFrom(1904, 1960, 2000, 2012, 2024).map((year) => `${year}-02-29`);
    const endOfFebruary = fc
      .tuple(fc.integer({ min: 1900, max: 2099 }), fc.constantFrom('02-27', '02-28', '03-01'))
      .map(([year, monthDay]) => `${year}-${monthDay}`);
    const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    fc.assert(
      fc.property(fc.oneof(day, leapDay), fc.oneof(day, endOfFebruary), (a, b) => {
        const [born, today] = [a, b].sort();
        const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        const birthday = born.endsWith('02-29') && !isLeap(Number(tomorrow.slice(0, 4))) ? '03-01' : born.slice(5);
        expect(ageOn(born, born)).toBe(0);
        expect(ageOn(born, tomorrow) - ageOn(born, today)).toBe(tomorrow.slice(5) === birthday ? 1 : 0);
      }),
      { numRuns: 500 },
    );
  });
});
