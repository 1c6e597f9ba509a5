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
