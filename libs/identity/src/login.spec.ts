import fc from 'fast-check';
import { parseLogin } from './login';

describe('parseLogin', () => {
  it.each([
    ['Family@Example.COM', { kind: 'email', value: 'family@example.com' }],
    ['  city-admin@demo.kepu ', { kind: 'email', value: 'city-admin@demo.kepu' }],
    ['13812345678', { kind: 'phone', value: '13812345678' }],
    ['+86 138-1234-5678', { kind: 'phone', value: '13812345678' }],
    ['8613812345678', { kind: 'phone', value: '13812345678' }],
  ])('reads %j', (input, expected) => expect(parseLogin(input)).toEqual(expected));

  it.each(['', 'plain', 'a@b', '@example.com', '12812345678', '1381234567', '138123456789', '+1 415 555 0100'])(
    'refuses %j',
    (input) => expect(parseLogin(input)).toBeNull(),
  );
});

describe('parseLogin properties', () => {
  const mobile = fc.stringMatching(/^1[3-9]\d{9}$/);
  /** How people write a number: spaces or dashes between any digits, a +86 or 86 prefix, spaces around. */
  const written = (digits: string) =>
    fc
      .tuple(
        fc.constantFrom('', '+86', '+86 ', '86', '86-'),
        fc.array(fc.constantFrom('', '', '', ' ', '-'), { minLength: digits.length, maxLength: digits.length }),
        fc.constantFrom('', ' ', '  '),
      )
      .map(([prefix, gaps, pad]) => pad + prefix + [...digits].map((d, i) => d + gaps[i]).join('') + pad);

  it('reads a mainland mobile number however it is written, as its eleven digits', () => {
    fc.assert(
      fc.property(
        mobile.chain((digits) => fc.tuple(fc.constant(digits), written(digits))),
        ([digits, input]) => {
          expect(parseLogin(input)).toEqual({ kind: 'phone', value: digits });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses eleven digits that are no mainland mobile number, however written', () => {
    const notMobile = fc.oneof(fc.stringMatching(/^1[0-2]\d{9}$/), fc.stringMatching(/^[02-9]\d{10}$/));
    fc.assert(
      fc.property(
        notMobile.chain((digits) => written(digits)),
        (input) => parseLogin(input) === null,
      ),
      { numRuns: 300 },
    );
  });

  it('reads an email address in any case as the same lower-case login, and reads that back unchanged', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.boolean(), (email, shout) => {
        const parsed = parseLogin(shout ? email.toUpperCase() : email);
        fc.pre(parsed !== null); // any RFC 5322 address fast-check writes; a few are not ones we take
        expect(parsed).toEqual({ kind: 'email', value: email.toLowerCase() });
        expect(parseLogin((parsed as { value: string }).value)).toEqual(parsed);
      }),
      { numRuns: 300 },
    );
  });
});
