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
