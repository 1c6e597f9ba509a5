import fc from 'fast-check';
import { creditCodeCheckCharacter, isValidCreditCode } from './credit-code';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts published codes', () => {
    // Codes printed on public business licences.
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91440300708461136T')).toBe(true); // Huawei Technologies
    expect(isValidCreditCode('91350100m000100y43')).toBe(true); // lower case
  });

  it('refuses a wrong check character, wrong length and letters outside the alphabet', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100I43')).toBe(false); // I is not in the alphabet
    expect(isValidCreditCode('9135010OM000100Y43')).toBe(false); // the region part must be digits
  });

  it('computes the check character', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });
});

describe('unified social credit code properties', () => {
  const ALPHABET = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'];
  const letter = fc.constantFrom(...ALPHABET);
  /** The first 17 characters of a code: registration department and kind, a 6-digit region, the body. */
  const first17 = fc
    .tuple(
      fc.array(letter, { minLength: 2, maxLength: 2 }),
      fc.stringMatching(/^\d{6}$/),
      fc.array(letter, { minLength: 9, maxLength: 9 }),
    )
    .map(([head, region, body]) => head.join('') + region + body.join(''));
  const validCode = first17.map((head) => head + (ALPHABET.find((c) => isValidCreditCode(head + c)) as string));

  it('accepts exactly one of the 31 check characters for any code', () => {
    fc.assert(fc.property(first17, (head) => ALPHABET.filter((c) => isValidCreditCode(head + c)).length === 1));
  });

  it('refuses any single wrong character, and takes the code in lower case', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), letter, (code, at, typed) => {
        fc.pre(typed !== code[at]);
        expect(isValidCreditCode(code.toLowerCase())).toBe(true);
        expect(isValidCreditCode(code.slice(0, at) + typed + code.slice(at + 1))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
