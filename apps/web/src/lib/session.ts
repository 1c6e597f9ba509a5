import { reactive } from 'vue';
import { api, tokens } from './api';

export interface Me {
  id: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  roles: string[];
  /** Each role with its scope: the organisation (operator, school) or region (administrators). */
  grants: { id: string; role: string; organisationId: string | null; regionCode: string | null }[];
}

interface LoginAnswer {
  accessToken: string;
  refreshToken: string;
}

/** Who is signed in, shared by every page. */
export const session = reactive({
  me: undefined as Me | undefined,
  /** True once the stored tokens have been checked, so pages do not flash "signed out". */
  ready: false,
});

export async function restoreSession(): Promise<void> {
  if (tokens.get()) session.me = await api<Me>('/auth/me').catch(() => undefined);
  if (!session.me) tokens.set(undefined);
  session.ready = true;
}

export async function logIn(login: string, password: string): Promise<void> {
  const answer = await api<LoginAnswer>('/auth/login', { method: 'POST', body: { login, password } });
  tokens.set({ accessToken: answer.accessToken, refreshToken: answer.refreshToken });
  session.me = await api<Me>('/auth/me');
}

export async function registerAccount(login: string, password: string, displayName: string): Promise<void> {
  await api('/auth/register', { method: 'POST', body: { login, password, displayName } });
  await logIn(login, password);
}

export async function logOut(): Promise<void> {
  await api('/auth/logout', { method: 'POST' }).catch(() => undefined);
  tokens.set(undefined);
  session.me = undefined;
}
