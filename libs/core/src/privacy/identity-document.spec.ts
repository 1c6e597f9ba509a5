import fc from 'fast-check';
import { getAlpha3Codes } from 'i18n-iso-countries';
import { idNumberCheckCharacter } from './id-number';
import { documentFromText, documentText, DocumentType, parseDocument } from './identity-document';
import { maskDocumentNumber } from './mask';

const TODAY = '2026-12-03';
const COUNTRIES = Object.keys(getAlpha3Codes());

const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
/** A real calendar day between 1930 and 2020, as YYYYMMDD. */
const birthDay = fc
  .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''));
const withCheck = (first17: string) => first17 + idNumberCheckCharacter(first17);
/** GB 11643 numbers: ID cards (Guangdong) and residence permits (Hong Kong, Macao, Taiwan). */
const idCard = fc.tuple(digits(4), birthDay, digits(3)).map(([area, day, seq]) => withCheck(`44${area}${day}${seq}`));
const residencePermit = fc
  .tuple(fc.constantFrom('81', '82', '83'), birthDay, digits(3))
  .map(([region, day, seq]) => withCheck(`${region}0000${day}${seq}`));
const permanentResident2023 = fc
  .tuple(fc.constantFrom('11', '31', '44'), fc.constantFrom('840', '826', '392', '004'), birthDay, digits(3))
  .map(([province, nation, day, seq]) => withCheck(`9${province}${nation}${day}${seq}`));

/** Every way to change one character of `number` into another digit or letter. */
const oneCharacterChanged = (number: string) =>
  fc
    .tuple(fc.integer({ min: 0, max: number.length - 1 }), fc.constantFrom(...'0123456789X'))
    .filter(([i, c]) => number[i] !== c)
    .map(([i, c]) => number.slice(0, i) + c + number.slice(i + 1));

const parse = (type: DocumentType, number: string, country?: string) => parseDocument({ type, number, country }, TODAY);

describe('identity documents', () => {
  it('accepts every valid number of the kinds with a check character, and refuses any one character changed', () => {
    for (const [type, numbers] of [
      ['id_card', idCard],
      ['residence_permit', residencePermit],
      ['foreign_permanent_resident', permanentResident2023],
    ] as const) {
      fc.assert(
        fc.property(
          numbers.chain((n) => fc.tuple(fc.constant(n), oneCharacterChanged(n))),
          ([valid, changed]) => {
            expect(parse(type, valid)).toMatchObject({ type, number: valid, key: valid });
            expect(parse(type, changed)).toHaveProperty('problem');
          },
        ),
      );
    }
  });

  it('reads birth dates and nationalities where the number carries them', () => {
    expect(parse('id_card', '11010519491231002x')).toMatchObject({
      number: '11010519491231002X',
      birthDate: '1949-12-31',
    });
    const card2023 = withCheck('94484019850612001');
    expect(parse('foreign_permanent_resident', card2023)).toMatchObject({ country: 'USA', birthDate: '1985-06-12' });
    expect(parse('foreign_permanent_resident', 'GBR110085061201')).toMatchObject({
      country: 'GBR',
      birthDate: '1985-06-12',
      key: 'foreign_permanent_resident:GBR:GBR110085061201',
    });
    expect(parse('foreign_permanent_resident', 'usa 1100 150612 01')).toMatchObject({ birthDate: '2015-06-12' });
  });

  it.each([
    ['id_card', '1101051949123100', 'format'],
    ['residence_permit', '11010519491231002X', 'region'],
    ['hk_macao_permit', 'H1234567', 'format'],
    ['hk_macao_permit', 'K12345678', 'format'],
    ['taiwan_permit', '1234567', 'format'],
    ['taiwan_permit', 'A1234567', 'format'],
    ['foreign_permanent_resident', 'XXX110085061201', 'country'],
    ['foreign_permanent_resident', 'GBR110085023101', 'birth date'],
    ['foreign_permanent_resident', 'GBR11008506120', 'format'],
    ['foreign_permanent_resident', withCheck('94400019850612001'), 'country'],
    ['foreign_permanent_resident', withCheck('94484020300612001'), 'birth date'],
  ] as const)('refuses a %s of %s (%s)', (type, number, problem) => {
    expect(parse(type, number)).toEqual({ problem });
  });

  it('accepts the permits of Hong Kong, Macao and Taiwan residents, new and old', () => {
    for (const number of ['H12345678', 'm1234567801'])
      expect(parse('hk_macao_permit', number)).not.toHaveProperty('problem');
    for (const number of ['12345678', '1234567890'])
      expect(parse('taiwan_permit', number)).not.toHaveProperty('problem');
    expect(parse('hk_macao_permit', 'h 1234 5678')).toMatchObject({
      number: 'H12345678',
      key: 'hk_macao_permit::H12345678',
    });
  });

  it('wants a passport with the country that issued it, any country of ISO 3166-1', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COUNTRIES),
        fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'), minLength: 5, maxLength: 17 }),
        (country, number) => {
          expect(parse('passport', number, country.toLowerCase())).toEqual({
            type: 'passport',
            number,
            country,
            birthDate: null,
            key: `passport:${country}:${number}`,
          });
        },
      ),
    );
    expect(parse('passport', 'E12345678')).toEqual({ problem: 'country' });
    expect(parse('passport', 'E12345678', 'XYZ')).toEqual({ problem: 'country' });
    expect(parse('passport', 'E1234', 'CHN')).not.toHaveProperty('problem');
    expect(parse('passport', 'E12-345678', 'CHN')).toEqual({ problem: 'format' });
    // The same number from two countries is two people.
    expect(parse('passport', '123456789', 'FRA')).not.toEqual(parse('passport', '123456789', 'DEU'));
  });

  it('masks every kind, keeping only the ends', () => {
    expect(maskDocumentNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskDocumentNumber('H12345678')).toBe('H1*****78');
    expect(maskDocumentNumber('GBR110085061201')).toBe('GB***********01');
    expect(maskDocumentNumber('E1234')).toBe('E***4');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ABC0123456789'), minLength: 5, maxLength: 17 }), (number) => {
        const masked = maskDocumentNumber(number);
        expect(masked).toHaveLength(number.length);
        expect(masked).toContain('*');
        expect(masked).not.toBe(number);
      }),
    );
  });

  it('keeps a document in one sealed text, and reads a bare number stored before as an ID card', () => {
    const passport = parse('passport', 'E12345678', 'GBR');
    expect(documentFromText(documentText(passport as never))).toEqual({
      type: 'passport',
      country: 'GBR',
      number: 'E12345678',
    });
    const permit = parse('hk_macao_permit', 'H12345678');
    expect(documentFromText(documentText(permit as never))).toEqual({
      type: 'hk_macao_permit',
      country: null,
      number: 'H12345678',
    });
    expect(documentFromText('11010519491231002X')).toEqual({
      type: 'id_card',
      country: null,
      number: '11010519491231002X',
    });
  });
});
