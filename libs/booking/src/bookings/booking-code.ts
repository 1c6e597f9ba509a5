import { randomInt } from 'node:crypto';

/** Crockford base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const BOOKING_CODE_LENGTH = 10;

/** 50 random bits: guessing a valid code among millions of bookings takes ~10^8 tries (and check-ins are rate limited). */
export function newBookingCode(): string {
  let code = '';
  for (let i = 0; i < BOOKING_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** What a person typed, as stored: upper case, without spaces or hyphens, I/L read as 1 and O as 0. */
export function normaliseBookingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

export const BOOKING_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{10}$/;
