import { EventEmitter } from 'node:events';

/** Mainland resident ID numbers (18 characters) and mobile numbers, wherever they appear in text. */
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{4})\d{10}(\d{3}[\dXx])(?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9A-Za-z])(1[3-9]\d)\d{4}(\d{4})(?![0-9A-Za-z])/g;

/** Keys whose values are secrets or personal data and never leave the process in clear. */
const SECRET_KEYS = new Set([
  'password',
  'newpassword',
  'currentpassword',
  'oldpassword',
  'authorization',
  'cookie',
  'set-cookie',
  'token',
  'accesstoken',
  'refreshtoken',
  'idnumber',
  'documentnumber',
  'phone',
  'contactphone',
  'mobile',
  'masterkey',
]);

export function maskIdNumber(value: string): string {
  return value.replace(ID_NUMBER, (_m, head: string, tail: string) => `${head}**********${tail}`);
}

/** Any identity document's number: ID-number-shaped ones as ID numbers, others keep one or two characters at each end. */
export function maskDocumentNumber(number: string): string {
  const asIdNumber = maskIdNumber(number);
  if (asIdNumber !== number) return asIdNumber;
  const kept = number.length > 6 ? 2 : 1;
  return `${number.slice(0, kept)}${'*'.repeat(Math.max(1, number.length - 2 * kept))}${number.slice(-kept)}`;
}

/**
 * A person's name as a list kept on a device shows it: the first character of each word and a star
 * for every other (`张三` → `张*`, `欧阳娜娜` → `欧***`, `Jane Doe` → `J*** D**`). Enough for the
 * gate to tell parties apart, not to learn who came.
 */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const characters = Array.from(word);
      return characters[0] + '*'.repeat(Math.max(1, characters.length - 1));
    })
    .join(' ');
}

export function maskPhone(value: string): string {
  return value.replace(MOBILE, (_m, head: string, tail: string) => `${head}****${tail}`);
}

/** Both kinds of number have ten digits in a row; most log strings have none and skip the two scans. */
const TEN_DIGITS = /\d{10}/;

/** Masks ID and mobile numbers inside free text. */
export function maskPersonalText(value: string): string {
  return TEN_DIGITS.test(value) ? maskPhone(maskIdNumber(value)) : value;
}

/**
 * Returns a copy of a log record with secret keys replaced and personal numbers masked in every
 * string, at any depth. Errors keep their message and stack (masked too).
 */
export function scrubForLog(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[DEPTH]';
  if (typeof value === 'string') return maskPersonalText(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrubForLog(item, depth + 1));
  // The request and response pino-http logs (and their sockets): walking them cost a tenth of the
  // API's CPU under load, and the serializers (logging.module.ts) keep only method, masked URL and status.
  if (value instanceof EventEmitter) return value;
  if (value instanceof Error) {
    return {
      type: value.name,
      message: maskPersonalText(value.message),
      stack: value.stack && maskPersonalText(value.stack),
    };
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEYS.has(key.toLowerCase()) ? '[REDACTED]' : scrubForLog(item, depth + 1);
  }
  return out;
}
