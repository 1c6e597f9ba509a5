import { reactive } from 'vue';
import { client, tokens, type ApiError } from './api/client';
import type { AccountView, RegisterDto, SignedIn } from './api/models';

/** Who is signed in, shared by every page. */
export const session = reactive({
  me: undefined as AccountView | undefined,
  /** True once the stored tokens have been checked, so pages do not flash "signed out". */
  ready: false,
  /** A message key to show once on the next page (e.g. after the account was deleted). */
  flash: undefined as string | undefined,
});

/** The account as a page that works offline (the gate's check-in) last saw it, without its login. */
const OFFLINE_ACCOUNT = 'kepu.offline-account';

export async function restoreSession(): Promise<void> {
  if (tokens.get())
    session.me = await client.GET('/api/v1/auth/me').then(
      ({ data }) => data,
      // No network: the account a page that works offline kept, if one did; the tokens wait for the network.
      (e: ApiError) => (e.status === 0 ? offlineAccount() : undefined),
    );
  if (!session.me) tokens.set(undefined);
  session.ready = true;
}

/** Keeps the signed-in account on this device (without its e-mail and phone), so the console opens offline. */
export function keepAccountForOffline(): void {
  if (!session.me) return;
  try {
    localStorage.setItem(OFFLINE_ACCOUNT, JSON.stringify({ ...session.me, email: null, phone: null }));
  } catch {
    // No storage: the page needs the network to open.
  }
}

function offlineAccount(): AccountView | undefined {
  try {
    return JSON.parse(localStorage.getItem(OFFLINE_ACCOUNT) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

async function signedIn(answer: SignedIn): Promise<void> {
  tokens.set({ accessToken: answer.accessToken, refreshToken: answer.refreshToken });
  session.me = answer.user ?? (await client.GET('/api/v1/auth/me')).data;
}

/** Asks the API to send a one-time code to a mobile number or e-mail address. */
export const sendCode = async (login: string) => (await client.POST('/api/v1/auth/codes', { body: { login } })).data;

/** A code to the signed-in account's own login, which the page knows only masked. */
export const sendOwnCode = async () => (await client.POST('/api/v1/auth/me/codes')).data;

/** Signs in with a password or with a code sent to the login. */
export async function logIn(login: string, secret: { password: string } | { code: string }): Promise<void> {
  await signedIn((await client.POST('/api/v1/auth/login', { body: { login, ...secret } })).data);
}

export async function registerAccount(registration: RegisterDto): Promise<void> {
  await signedIn((await client.POST('/api/v1/auth/register', { body: registration })).data);
}

/** Reads the account again, or takes the AccountView an action answered with. */
export async function refreshMe(me?: AccountView): Promise<void> {
  session.me = me ?? (await client.GET('/api/v1/auth/me')).data;
}

/** The signed-in account's privacy policy acceptance is not the current version. */
export const needsPrivacyAcceptance = (me: AccountView | undefined) =>
  !!me?.privacy && me.privacy.accepted !== me.privacy.current;

export async function logOut(): Promise<void> {
  await client.POST('/api/v1/auth/logout').catch(() => undefined);
  forget();
}

/** Drops the session on this device without asking the API (the account is gone or signed out elsewhere). */
export function forget(): void {
  tokens.set(undefined);
  localStorage.removeItem(OFFLINE_ACCOUNT);
  session.me = undefined;
}
