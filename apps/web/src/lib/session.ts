import { reactive } from 'vue';
import { api, tokens } from './api';

export interface Me {
  id: string;
  displayName: string;
  /** The account's login as the API shows it to its owner; a mobile number is masked (138****5678). */
  email: string | null;
  phone: string | null;
  roles: string[];
  /** Each role with its scope: the organisation (operator, school) or region (administrators). */
  grants: { id: string; role: string; organisationId: string | null; regionCode: string | null }[];
  /** Whether the account has proven its login with a code; until then it may not book or take roles. */
  verified: boolean;
  status: 'active' | 'suspended';
  /** The privacy policy version the person accepted, and the one in force. */
  privacy: { accepted: string | null; current: string };
}

interface SignedIn {
  accessToken: string;
  refreshToken: string;
  user?: Me;
}

/** What POST /auth/codes answers: when another code may be asked for, and how long this one lasts. */
export interface CodeSent {
  resendAfterSeconds: number;
  expiresInSeconds: number;
}

/** Who is signed in, shared by every page. */
export const session = reactive({
  me: undefined as Me | undefined,
  /** True once the stored tokens have been checked, so pages do not flash "signed out". */
  ready: false,
  /** A message key to show once on the next page (e.g. after the account was deleted). */
  flash: undefined as string | undefined,
});

export async function restoreSession(): Promise<void> {
  if (tokens.get()) session.me = await api<Me>('/auth/me').catch(() => undefined);
  if (!session.me) tokens.set(undefined);
  session.ready = true;
}

async function signedIn(answer: SignedIn): Promise<void> {
  tokens.set({ accessToken: answer.accessToken, refreshToken: answer.refreshToken });
  session.me = answer.user ?? (await api<Me>('/auth/me'));
}

/** Asks the API to send a one-time code to a mobile number or e-mail address. */
export const sendCode = (login: string) => api<CodeSent>('/auth/codes', { method: 'POST', body: { login } });

/** A code to the signed-in account's own login, which the page knows only masked. */
export const sendOwnCode = () => api<CodeSent & { to: string }>('/auth/me/codes', { method: 'POST' });

/** Signs in with a password or with a code sent to the login. */
export async function logIn(login: string, secret: { password: string } | { code: string }): Promise<void> {
  await signedIn(await api<SignedIn>('/auth/login', { method: 'POST', body: { login, ...secret } }));
}

export interface Registration {
  login: string;
  code: string;
  displayName: string;
  password?: string;
  privacyPolicyVersion: string;
}

export async function registerAccount(registration: Registration): Promise<void> {
  await signedIn(await api<SignedIn>('/auth/register', { method: 'POST', body: registration }));
}

/** Reads the account again, or takes the AccountView an action answered with. */
export async function refreshMe(me?: Me): Promise<void> {
  session.me = me ?? (await api<Me>('/auth/me'));
}

/** The signed-in account's privacy policy acceptance is not the current version. */
export const needsPrivacyAcceptance = (me: Me | undefined) =>
  !!me?.privacy && me.privacy.accepted !== me.privacy.current;

export async function logOut(): Promise<void> {
  await api('/auth/logout', { method: 'POST' }).catch(() => undefined);
  forget();
}

/** Drops the session on this device without asking the API (the account is gone or signed out elsewhere). */
export function forget(): void {
  tokens.set(undefined);
  session.me = undefined;
}
