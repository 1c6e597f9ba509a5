import { isEmail } from 'class-validator';
import { AppError, maskPhone, PersonalDataCipher } from '@kepu/core';
import { IdentityErrors } from './identity-errors';

export type LoginName = { kind: 'email'; value: string } | { kind: 'phone'; value: string };

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/**
 * A login is an email address (compared lower-cased) or a mainland mobile number (spaces, dashes
 * and a +86 prefix are tolerated). Anything else is not a login.
 */
export function parseLogin(input: string): LoginName | null {
  const text = input.trim();
  if (text.includes('@')) {
    const email = text.toLowerCase();
    return email.length <= 254 && isEmail(email) ? { kind: 'email', value: email } : null;
  }
  const digits = text.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  return MAINLAND_MOBILE.test(digits) ? { kind: 'phone', value: digits } : null;
}

/** `email:…` or `phone:…`: one string for a login, whatever its kind. */
export const loginKey = (login: LoginName) => `${login.kind}:${login.value}`;

/** The login's keyed hash: how codes, invitations and phone accounts find it without storing it in clear. */
export const loginHash = (cipher: PersonalDataCipher, login: LoginName) => cipher.hash(loginKey(login));

/** The key failed sign-ins are counted under in `login_attempts`: the login's hash, never the login. */
export const signInAttemptKey = (cipher: PersonalDataCipher, login: LoginName) =>
  loginHash(cipher, login).toString('hex');

/** A login as it may appear in logs and lists: enough to recognise, not enough to read. */
export function maskLogin(login: LoginName): string {
  if (login.kind === 'phone') return maskPhone(login.value);
  const [name, domain] = login.value.split('@');
  return `${name.slice(0, 1)}***@${domain}`;
}

export function requireLogin(input: string): LoginName {
  const login = parseLogin(input);
  if (!login) throw new AppError(IdentityErrors.INVALID_LOGIN);
  return login;
}
