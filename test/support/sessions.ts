import { DEMO_PASSWORD } from '@kepu/demo';
import type { TestApp } from './test-app';

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  user: { id: string; roles: string[] };
}

/** Signs in through the real endpoint; fails the test if that does not work. */
export async function signIn(t: TestApp, login: string, password = DEMO_PASSWORD): Promise<SignedIn> {
  const res = await t.http().post('/api/v1/auth/login').send({ login, password });
  if (res.status !== 200) throw new Error(`sign-in as ${login} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as SignedIn;
}

export const bearer = (session: { accessToken: string }) => ({ Authorization: `Bearer ${session.accessToken}` });
