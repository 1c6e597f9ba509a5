import { randomInt } from 'node:crypto';
import { OutboxRunner } from '@kepu/core';
import type { SignedIn } from './sessions';
import { parseLogin } from '@kepu/identity';
import type { TestApp } from './test-app';

/** A strong password for accounts a test signs up (the login is never part of it). */
export const TEST_PASSWORD = 'Kepu-test-passphrase-2026';

/** A mainland mobile number no other test uses: a login may be sent one code a minute. */
export const newMobile = () => `139${String(randomInt(100_000_000)).padStart(8, '0')}`;

/**
 * Asks for a one-time code for a login (POST /auth/codes) and reads it where demo mode delivers
 * it, the dev mailbox: what a person does with their phone or inbox.
 */
export async function codeFor(t: TestApp, login: string): Promise<string> {
  const sent = await t.http().post('/api/v1/auth/codes').send({ login });
  if (sent.status !== 202)
    throw new Error(`POST /auth/codes for ${login}: ${sent.status} ${JSON.stringify(sent.body)}`);
  return readCode(t, login);
}

/** The latest code sent to a login, read from the dev mailbox once the outbox has delivered it. */
export async function readCode(t: TestApp, login: string): Promise<string> {
  await t.app.get(OutboxRunner).drain('notification');
  const to = parseLogin(login)?.value ?? login;
  const mailbox = await t.http().get(`/dev/mailbox?to=${encodeURIComponent(to)}`);
  const message = (mailbox.body as { kind: string; text: string }[]).find((m) => m.kind === 'auth.code');
  const code = message?.text.match(/\b\d{6}\b/)?.[0];
  if (!code) throw new Error(`No code for ${login} in the mailbox: ${mailbox.status} ${JSON.stringify(mailbox.body)}`);
  return code;
}

/** Registers a login through the API with a code (so it is proven) and a password; signed in as a visitor. */
export async function signUp(t: TestApp, login: string, displayName = '新用户'): Promise<SignedIn> {
  const code = await codeFor(t, login);
  const { version } = (await t.http().get('/api/v1/auth/privacy-policy')).body as { version: string };
  const res = await t
    .http()
    .post('/api/v1/auth/register')
    .send({ login, code, displayName, password: TEST_PASSWORD, privacyPolicyVersion: version });
  if (res.status !== 201) throw new Error(`Registering ${login} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as SignedIn;
}
