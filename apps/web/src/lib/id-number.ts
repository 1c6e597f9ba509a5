/**
 * Mainland resident ID numbers (GB 11643-1999), checked in the browser as they are typed so a
 * visitor sees a mistake at once. The server checks again; this only saves a round trip.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

export type IdProblem = 'format' | 'birthDate' | 'checkDigit';

export function idNumberProblem(input: string): IdProblem | undefined {
  const id = input.trim().toUpperCase();
  if (!/^[0-9]{17}[0-9X]$/.test(id)) return 'format';
  const [year, month, day] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number);
  const birth = new Date(Date.UTC(year, month - 1, day));
  const real = birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
  if (!real || year < 1900 || birth.getTime() > Date.now()) return 'birthDate';
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  return CHECK_CHARACTERS[sum % 11] === id[17] ? undefined : 'checkDigit';
}

/** Mainland mobile numbers: 11 digits starting 13–19. */
export const isMobileNumber = (input: string) => /^1[3-9][0-9]{9}$/.test(input.trim());
