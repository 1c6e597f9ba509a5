import { isEmail } from 'class-validator';

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
