import fc from 'fast-check';
import { BOOKING_CODE_PATTERN, newBookingCode, normaliseBookingCode } from './booking-code';

describe('booking codes', () => {
  it('are ten Crockford characters that read back as themselves', () => {
    for (let i = 0; i < 200; i++) {
      const code = newBookingCode();
      expect(code).toMatch(BOOKING_CODE_PATTERN);
      expect(normaliseBookingCode(code)).toBe(code);
    }
  });

  it('read back however a person types them: lower case, spaces, hyphens, O for 0, I or L for 1', () => {
    const code = fc.stringMatching(BOOKING_CODE_PATTERN);
    const typed = (original: string) =>
      fc
        .tuple(
          fc.array(fc.constantFrom('', '', '', ' ', '-'), { minLength: 10, maxLength: 10 }),
          fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
          fc.array(fc.constantFrom('I', 'L', 'i', 'l'), { minLength: 10, maxLength: 10 }),
        )
        .map(([gaps, lower, one]) =>
          [...original]
            .map((char, i) => {
              const misread = char === '0' ? 'O' : char === '1' ? one[i] : char;
              return (lower[i] ? misread.toLowerCase() : misread) + gaps[i];
            })
            .join(''),
        );
    fc.assert(
      fc.property(
        code.chain((original) => fc.tuple(fc.constant(original), typed(original))),
        ([original, input]) => normaliseBookingCode(input) === original,
      ),
      { numRuns: 300 },
    );
  });
});
