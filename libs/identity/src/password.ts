import { hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane. (2 is Algorithm.Argon2id, a const enum.) */
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Common passwords of 10+ characters (shorter ones fail on length anyway), from the leaked-password
 * lists most used in China and elsewhere.
 */
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  '123456789a',
  'a123456789',
  'a1234567890',
  'aa123456789',
  '1234567890a',
  'qwertyuiop',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  'asdfghjkl1',
  'zxcvbnm123',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'p@ssw0rd123',
  'iloveyou123',
  'iloveyou1314',
  'woaini1314',
  'woaini123456',
  'woaini520',
  'woaini5201314',
  '5201314520',
  '52013145201314',
  '1314520520',
  'abc1234567',
  'abcd123456',
  'abcd1234567',
  'abcdefghij',
  '1111111111',
  '0000000000',
  '8888888888',
  '6666666666',
  '1212121212',
  '1122334455',
  '147258369a',
  '1472583690',
  'admin12345',
  'admin123456',
  'administrator',
  'welcome123',
  'letmein123',
  'football123',
  'dragon1234',
  'sunshine123',
  'princess123',
  'monkey12345',
  'qazwsxedc123',
  'qazwsxedcrfv',
  'zaq12wsx',
  'baseball123',
  'superman123',
  'kepu123456',
  'kepu12345678',
  'kexue123456',
  'china12345',
  'china123456',
  'shenzhen123',
  'beijing123',
  'changeme123',
  'test123456',
  'test1234567',
]);

/** Why a password is not acceptable, or null when it is. */
export function passwordWeakness(password: string, login?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `shorter than ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `longer than ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'a common password';
  if (/^(.)\1+$/.test(password)) return 'one repeated character';
  const loginName = login?.toLowerCase().split('@')[0];
  if (loginName && loginName.length >= 4 && lower.includes(loginName)) return 'contains the login';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** Verified against when the login does not exist, so a wrong login costs as long as a wrong password. */
let decoyHash: Promise<string> | undefined;
export function verifyAgainstDecoy(password: string): Promise<boolean> {
  decoyHash ??= hashPassword('decoy password that no account has');
  return decoyHash.then((decoy) => verifyPassword(decoy, password)).then(() => false);
}
