/**
 * Mainland resident ID numbers (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit
 * sequence, and a MOD 11-2 check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
/** Provinces, plus 81–83 for Hong Kong, Macao and Taiwan residence permits. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83,
]);

export type IdNumberProblem = 'format' | 'region' | 'birth date' | 'check digit';

export interface ParsedIdNumber {
  /** Upper-cased: a lower-case x is the same number. */
  number: string;
  birthDate: string;
}

export function idNumberCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i], 0);
  return CHECK_CHARACTERS[sum % 11];
}

/** The number and its birth date, or the first problem found. `today` is a YYYY-MM-DD date. */
export function parseIdNumber(input: string, today: string): ParsedIdNumber | { problem: IdNumberProblem } {
  const number = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(number)) return { problem: 'format' };
  if (!PROVINCES.has(Number(number.slice(0, 2)))) return { problem: 'region' };
  const birthDate = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  const parsed = new Date(`${birthDate}T00:00:00Z`);
  if (
    Number.isNaN(parsed.getTime()) ||
    parsed.toISOString().slice(0, 10) !== birthDate ||
    birthDate < '1900-01-01' ||
    birthDate > today
  ) {
    return { problem: 'birth date' };
  }
  if (idNumberCheckCharacter(number.slice(0, 17)) !== number[17]) return { problem: 'check digit' };
  return { number, birthDate };
}

/** Whole years between a birth date and a day, both YYYY-MM-DD. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
