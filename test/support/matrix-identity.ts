import { DEMO_ORGANISATIONS } from '@kepu/demo';
import { GrantRequest, PRIVACY_POLICY_VERSION, Role } from '@kepu/identity';
import { randomBytes } from 'node:crypto';
import { codeFor } from './codes';
import { entryFor as on, publicRead, v1 } from './matrix';
import type { Entry, Outcomes, Who } from './matrix';
import { bearer, SignedIn } from './sessions';
import type { TestApp } from './test-app';

interface Context {
  t: TestApp;
  sessions: Record<Exclude<Who, 'anonymous'>, SignedIn>;
  newAccount: (grants?: GrantRequest[]) => Promise<{ id: string; login: string }>;
}

const freshLogin = (prefix: string) => `${prefix}${randomBytes(6).toString('hex')}@example.com`;

/** Any signed-in account, the system administrator included. */
const signedIn = (status: number): Outcomes => ({ expect: { anonymous: 401, systemAdmin: status }, others: status });

/**
 * The identity rows added with verified identity: codes, the account's own self-service,
 * suspension and invitations. Each row that changes something takes a fresh account or invitation.
 */
export function identityEntries(context: () => Context): Entry[] {
  /** An invitation from the city administrator to a new login, to be an operator of the science museum. */
  const invitation = async () => {
    const { t, sessions } = context();
    const res = await t
      .http()
      .post(v1(`/organisations/${DEMO_ORGANISATIONS.scienceMuseum}/members`))
      .set(bearer(sessions.cityAdmin))
      .send({ login: freshLogin('invitee'), role: 'operator' });
    if (res.status !== 201) throw new Error(`invitation: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const suspended = async (grants?: GrantRequest[]) => {
    const { t, sessions, newAccount } = context();
    const { id } = await newAccount(grants);
    await t
      .http()
      .post(v1(`/accounts/${id}/suspend`))
      .set(bearer(sessions.cityAdmin))
      .send({ reason: '测试' })
      .expect(200);
    return id;
  };
  /** Who may suspend (or restore) an operator of the science museum, in Futian. */
  const museumOperatorScope: Outcomes = {
    expect: { anonymous: 401, futianAdmin: 200, cityAdmin: 200, systemAdmin: 200 },
    others: 404,
  };
  /** Any administrator may suspend a plain visitor: visitors belong to no district. */
  const visitorScope: Outcomes = {
    expect: { anonymous: 401, futianAdmin: 200, nanshanAdmin: 200, cityAdmin: 200, systemAdmin: 200 },
    others: 404,
  };
  const museumOperator = [{ role: Role.Operator, organisationId: DEMO_ORGANISATIONS.scienceMuseum }];

  return [
    on('POST', '/auth/codes', 'public: a code to any login, the same answer whether it has an account', {
      prepare: async () => ({ path: v1('/auth/codes'), body: { login: freshLogin('code') } }),
      others: 202,
    }),
    on('POST', '/auth/register', 'public, with the code sent to the login', {
      prepare: async () => {
        const login = freshLogin('r');
        const code = await codeFor(context().t, login);
        return {
          path: v1('/auth/register'),
          body: { login, code, displayName: 'x', privacyPolicyVersion: PRIVACY_POLICY_VERSION },
        };
      },
      others: 201,
    }),
    on('POST', '/auth/me/codes', 'a code to the caller’s own login', {
      prepare: async () => ({ path: v1('/auth/me/codes'), caller: 'fresh account' }),
      ...signedIn(202),
    }),
    on('POST', '/auth/verify', 'own login (already verified: nothing to prove)', {
      prepare: async () => ({ path: v1('/auth/verify'), body: { code: '000000' } }),
      ...signedIn(200),
    }),
    publicRead('/auth/privacy-policy'),
    on('POST', '/auth/privacy', 'own acceptance of the current privacy policy', {
      prepare: async () => ({ path: v1('/auth/privacy'), body: { version: PRIVACY_POLICY_VERSION } }),
      ...signedIn(200),
    }),
    on('GET', '/auth/me/export', 'own data only', {
      prepare: async () => ({ path: v1('/auth/me/export') }),
      ...signedIn(200),
    }),
    on('DELETE', '/auth/me', 'own account (no proof: authorized, then refused as bad input)', {
      prepare: async () => ({ path: v1('/auth/me'), body: {}, caller: 'fresh account' }),
      ...signedIn(400),
    }),
    on('GET', '/accounts/suspended', 'administrators (each sees those in reach)', {
      action: 'account.lookup',
      prepare: async () => ({ path: v1('/accounts/suspended') }),
      expect: { anonymous: 401, futianAdmin: 200, nanshanAdmin: 200, cityAdmin: 200, systemAdmin: 200 },
      others: 403,
    }),
    on('POST', '/accounts/{id}/suspend', 'a visitor: any administrator', {
      action: 'account.suspend',
      prepare: async () => ({
        path: v1(`/accounts/${(await context().newAccount()).id}/suspend`),
        body: { reason: '冒用他人身份' },
      }),
      ...visitorScope,
    }),
    on('POST', '/accounts/{id}/suspend', 'an operator of the science museum: Futian’s and the city’s', {
      prepare: async () => ({
        path: v1(`/accounts/${(await context().newAccount(museumOperator)).id}/suspend`),
        body: { reason: '冒用他人身份' },
      }),
      ...museumOperatorScope,
    }),
    on('POST', '/accounts/{id}/restore', 'an operator of the science museum: Futian’s and the city’s', {
      prepare: async () => ({ path: v1(`/accounts/${await suspended(museumOperator)}/restore`) }),
      ...museumOperatorScope,
    }),
    on('GET', '/invitations', 'those the caller issued or may withdraw', {
      prepare: async () => ({ path: v1('/invitations') }),
      ...signedIn(200),
    }),
    on('GET', '/invitations/mine', 'those to the caller’s own login', {
      prepare: async () => ({ path: v1('/invitations/mine') }),
      ...signedIn(200),
    }),
    on('POST', '/invitations/{id}/accept', 'someone else’s invitation: it does not exist for the caller', {
      prepare: async () => ({ path: v1(`/invitations/${await invitation()}/accept`), body: {} }),
      ...signedIn(404),
    }),
    on('POST', '/invitations/{id}/decline', 'someone else’s invitation: it does not exist for the caller', {
      prepare: async () => ({ path: v1(`/invitations/${await invitation()}/decline`) }),
      ...signedIn(404),
    }),
    on(
      'DELETE',
      '/invitations/{id}',
      'an operator invitation to the science museum: its issuer and admins of its region',
      {
        prepare: async () => ({ path: v1(`/invitations/${await invitation()}`) }),
        expect: { anonymous: 401, operator: 403, futianAdmin: 204, cityAdmin: 204, systemAdmin: 204 },
        others: 404,
      },
    ),
  ];
}
