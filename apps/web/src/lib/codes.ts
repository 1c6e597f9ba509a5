import type { ApiError } from './api/client';
import { isMobileNumber } from './phone';

/** An e-mail address as the API's login rule takes it (the server checks again). */
export const isEmail = (input: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.trim());

/** A mainland mobile number or an e-mail address: what may receive a code and serve as a login. */
export const isLogin = (input: string) => isMobileNumber(input) || isEmail(input);

/** A mobile number shown as 138****5678; an e-mail address as it is. */
export const maskLogin = (login: string) => {
  const value = login.trim();
  return isMobileNumber(value) ? `${value.slice(0, 3)}****${value.slice(7)}` : value;
};

/** Codes are six digits. */
export const isCode = (input: string) => /^[0-9]{6}$/.test(input);

/**
 * When each login may be sent another code (ms since the epoch), kept for this visit so the
 * countdown survives moving between the sign-in and register pages.
 */
export const resendAt = new Map<string, number>();

/**
 * A sign-in by code for a login without an account: the code stays good for registering, so the
 * register form takes both over (in memory only, never in the address).
 */
export const carriedToRegister: { value?: { login: string; code: string } } = {};

/** A refusal that is about the code itself (wrong, expired, too many tries): shown under the code field. */
export const codeRefusal = (error: ApiError | undefined) =>
  error && ['CODE_INVALID', 'CODE_ATTEMPTS_EXCEEDED'].includes(error.code) ? error : undefined;
