import { alpha3ToNumeric, numericToAlpha3 } from 'i18n-iso-countries';
import { IdNumberProblem, idNumberCheckCharacter, parseIdNumber } from './id-number';
import { defineProblems, ProblemDefinition } from '../errors/problems';
import { DOCUMENT_TYPES, type DocumentType } from './document-types';

export { DOCUMENT_TYPES, type DocumentType } from './document-types';

export type DocumentProblem = IdNumberProblem | 'country';

export interface DocumentInput {
  type: DocumentType;
  number: string;
  /** ISO 3166-1 alpha-3 code of the issuing country: passports only. */
  country?: string | null;
}

export interface ParsedDocument {
  type: DocumentType;
  /** Upper-cased, without spaces. */
  number: string;
  country: string | null;
  /** Where the number carries it. */
  birthDate: string | null;
  /**
   * What identifies the person for the one-booking-a-day and no-show rules: the bare number for
   * the documents numbered in the national GB 11643 scheme (an ID card and a residence permit are
   * never confused), the kind and country with it for the others.
   */
  key: string;
}

/** Hong Kong and Macao residents' permit: H or M and 8 digits (10 on the older cards). */
const HK_MACAO_PERMIT = /^[HM]\d{8}(\d{2})?$/;
/** Taiwan residents' permit: 8 digits on the card, 10 on the older booklet. */
const TAIWAN_PERMIT = /^\d{8}(\d{2})?$/;
/** Residence permits for Hong Kong, Macao and Taiwan residents: a GB 11643 number from 810000, 820000 or 830000. */
const RESIDENCE_PERMIT_REGIONS = /^8[123]0000/;
/** Foreign permanent residents, 2017 card: nationality (alpha-3), 4-digit office, birth date (YYMMDD), 2-digit sequence. */
const PERMANENT_RESIDENT_2017 = /^([A-Z]{3})\d{4}(\d{6})\d{2}$/;
/** 2023 card: 9, province, nationality (ISO numeric), birth date, 3-digit sequence, GB 11643 check character. */
const PERMANENT_RESIDENT_2023 = /^9\d{2}(\d{3})(\d{8})\d{3}[\dX]$/;
/** ICAO 9303 passport numbers: letters and digits. */
const PASSPORT = /^[A-Z0-9]{5,17}$/;

const validDate = (date: string, today: string) => {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date && date <= today;
};
const isCountry = (alpha3: string) => alpha3ToNumeric(alpha3) !== undefined;

/** The document, normalised, or the first problem found. `today` is a YYYY-MM-DD date. */
export function parseDocument(input: DocumentInput, today: string): ParsedDocument | { problem: DocumentProblem } {
  const number = input.number.replace(/\s+/g, '').toUpperCase();
  const found = (birthDate: string | null, country: string | null = null): ParsedDocument => ({
    type: input.type,
    number,
    country,
    birthDate,
    key: birthDate && /^\d{17}[\dX]$/.test(number) ? number : `${input.type}:${country ?? ''}:${number}`,
  });
  switch (input.type) {
    case 'id_card':
    case 'residence_permit': {
      const id = parseIdNumber(number, today);
      if ('problem' in id) return id;
      if (input.type === 'residence_permit' && !RESIDENCE_PERMIT_REGIONS.test(number)) return { problem: 'region' };
      return found(id.birthDate);
    }
    case 'hk_macao_permit':
      return HK_MACAO_PERMIT.test(number) ? found(null) : { problem: 'format' };
    case 'taiwan_permit':
      return TAIWAN_PERMIT.test(number) ? found(null) : { problem: 'format' };
    case 'foreign_permanent_resident':
      return parsePermanentResident(number, today, found);
    case 'passport': {
      const country = (input.country ?? '').trim().toUpperCase();
      if (!isCountry(country)) return { problem: 'country' };
      return PASSPORT.test(number) ? found(null, country) : { problem: 'format' };
    }
  }
}

function parsePermanentResident(
  number: string,
  today: string,
  found: (birthDate: string, country: string) => ParsedDocument,
): ParsedDocument | { problem: DocumentProblem } {
  const card2023 = PERMANENT_RESIDENT_2023.exec(number);
  if (card2023) {
    const country = numericToAlpha3(card2023[1]);
    if (!country) return { problem: 'country' };
    const birthDate = `${card2023[2].slice(0, 4)}-${card2023[2].slice(4, 6)}-${card2023[2].slice(6)}`;
    if (!validDate(birthDate, today)) return { problem: 'birth date' };
    if (idNumberCheckCharacter(number.slice(0, 17)) !== number[17]) return { problem: 'check digit' };
    return found(birthDate, country);
  }
  const card2017 = PERMANENT_RESIDENT_2017.exec(number);
  if (!card2017) return { problem: 'format' };
  if (!isCountry(card2017[1])) return { problem: 'country' };
  const [yy, mm, dd] = [card2017[2].slice(0, 2), card2017[2].slice(2, 4), card2017[2].slice(4)];
  // Two-digit years: the latest century that puts the birth date on or before today.
  const recent = `20${yy}-${mm}-${dd}`;
  const birthDate = recent <= today ? recent : `19${yy}-${mm}-${dd}`;
  if (!validDate(birthDate, today)) return { problem: 'birth date' };
  return found(birthDate, card2017[1]);
}

/** A document as one sealed column holds it: kind, country and number. The kind and a passport's country are personal data too. */
export const documentText = (document: Pick<ParsedDocument, 'type' | 'country' | 'number'>): string =>
  `${document.type}:${document.country ?? ''}:${document.number}`;

/** The document in a sealed column's text; a bare number is an ID card, as kept before other kinds. */
export function documentFromText(text: string): Pick<ParsedDocument, 'type' | 'country' | 'number'> {
  const [type, country, number] = text.split(':');
  return number !== undefined && (DOCUMENT_TYPES as readonly string[]).includes(type)
    ? { type: type as DocumentType, country: country || null, number }
    : { type: 'id_card', country: null, number: text };
}

/** What each document problem means to the person who typed the number (the groups' name lists use it too). */
export const DOCUMENT_PROBLEMS = defineProblems({
  format: {
    problem: 'format',
    zh: '证件号码格式不对，请对照证件逐位核对',
    en: 'This number is not in the form of that document; check it against the document',
  },
  region: {
    problem: 'region',
    zh: '证件号码开头的地区代码不存在，请核对前 6 位',
    en: 'The region code at the start of the number does not exist; check the first 6 characters',
  },
  'birth date': {
    problem: 'birth date',
    zh: '证件号码中的出生日期不存在或在今天之后，请核对第 7 到 14 位',
    en: 'The birth date in the number does not exist or is in the future; check characters 7 to 14',
  },
  'check digit': {
    problem: 'check digit',
    zh: '证件号码最后一位（校验位）对不上，请逐位核对',
    en: 'The last character (the check digit) does not match; check every character',
  },
  country: {
    problem: 'not an ISO 3166-1 alpha-3 country code',
    zh: '请选择签发国家或地区',
    en: 'Choose the issuing country or region',
  },
} satisfies Record<DocumentProblem, ProblemDefinition>);
