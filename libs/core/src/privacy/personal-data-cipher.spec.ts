import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { PersonalDataCipher } from './personal-data-cipher';

describe('PersonalDataCipher', () => {
  const cipher = new PersonalDataCipher(randomBytes(32));

  it('round-trips, with a fresh IV each time and no clear text in the sealed bytes', () => {
    const a = cipher.encrypt('11010519491231002X');
    const b = cipher.encrypt('11010519491231002X');
    expect(a.equals(b)).toBe(false);
    expect(a.toString('latin1')).not.toContain('11010519491231002X');
    expect(cipher.decrypt(a)).toBe('11010519491231002X');
  });

  it('refuses tampered data and data sealed under another key', () => {
    const sealed = cipher.encrypt('13800138000');
    sealed[sealed.length - 1] ^= 1;
    expect(() => cipher.decrypt(sealed)).toThrow();
    expect(() => new PersonalDataCipher(randomBytes(32)).decrypt(cipher.encrypt('13800138000'))).toThrow();
  });

  it('hashes deterministically under its key only', () => {
    expect(cipher.hash('x').equals(cipher.hash('x'))).toBe(true);
    expect(new PersonalDataCipher(randomBytes(32)).hash('x').equals(cipher.hash('x'))).toBe(false);
  });
});

describe('PersonalDataCipher properties', () => {
  const cipher = new PersonalDataCipher(randomBytes(32));
  const text = fc.string({ unit: 'binary', maxLength: 64 });

  it('gives back exactly what it sealed, for any text', () => {
    fc.assert(
      fc.property(text, (plain) => cipher.decrypt(cipher.encrypt(plain)) === plain),
      { numRuns: 300 },
    );
  });

  it('refuses sealed bytes with any one bit changed', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 0, max: 7 }), (plain, at, bit) => {
        const sealed = cipher.encrypt(plain);
        sealed[at % sealed.length] ^= 1 << bit;
        expect(() => cipher.decrypt(sealed)).toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('hashes equal texts equally and different texts differently', () => {
    fc.assert(
      fc.property(text, text, (a, b) => cipher.hash(a).equals(cipher.hash(b)) === (a === b)),
      { numRuns: 300 },
    );
  });
});
