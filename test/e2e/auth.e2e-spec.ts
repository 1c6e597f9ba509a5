import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS } from '@kepu/demo';
import { AccountsService, parseLogin, PRIVACY_POLICY_VERSION, Role } from '@kepu/identity';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { codeFor } from '../support/codes';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

describe('accounts and sign-in', () => {
  let t: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  /** Registers with a code read from the dev mailbox, as a person would with their phone or inbox. */
  const register = async (body: { login: string } & Record<string, unknown>) => {
    // A malformed login gets no code, nor does a weak password need one: the call itself must refuse them.
    const code = body.code ?? (parseLogin(body.login) ? await codeFor(t, body.login) : '000000');
    return t
      .http()
      .post('/api/v1/auth/register')
      .send({ code, privacyPolicyVersion: PRIVACY_POLICY_VERSION, ...body });
  };

  const auditActions = async (subjectId: string) =>
    (
      await db.query(`SELECT action FROM audit_log WHERE subject_id = $1 OR actor_account_id::text = $1 ORDER BY id`, [
        subjectId,
      ])
    ).map((r: { action: string }) => r.action);

  it.each(DEMO_ACCOUNTS.map((a) => [a.login, a.grants.map((g) => g.role)]))(
    'demo account %s signs in with its roles %j',
    async (login, roles) => {
      const session = await signIn(t, login as string);
      expect(session.user.roles).toEqual(roles);
      expect(session.accessToken.split('.')).toHaveLength(3);
      const me = await t.http().get('/api/v1/auth/me').set(bearer(session)).expect(200);
      expect(me.body).toMatchObject({ id: session.user.id, email: login, roles });
      expect(me.body).not.toHaveProperty('passwordHash');
    },
  );

  describe('register', () => {
    it('creates a visitor account by email and signs it in', async () => {
      const res = await register({
        login: ' New.Family@Example.COM ',
        password: 'a-long-family-passphrase',
        displayName: '李先生',
      });
      expect(res.status).toBe(201);
      expect(res.body.user).toMatchObject({
        email: 'new.family@example.com',
        displayName: '李先生',
        roles: ['visitor'],
      });
      await t.http().get('/api/v1/auth/me').set(bearer(res.body)).expect(200);
      expect(await auditActions(res.body.user.id)).toEqual(['account.register', 'auth.sign_in']);
    });

    it('accepts a mainland mobile number (+86, spaces) and masks it in responses', async () => {
      const res = await register({
        login: '+86 139 1234 5678',
        password: 'another-long-passphrase',
        displayName: '王女士',
      });
      expect(res.status).toBe(201);
      expect(res.body.user).toMatchObject({ phone: '139****5678', email: null, verified: true });
      await signIn(t, '13912345678', 'another-long-passphrase');
    });

    it.each([
      ['shorter than 10 characters', 'short1234'],
      ['a common password', 'Password123'],
      ['one repeated character', 'aaaaaaaaaaaa'],
      ['containing the login', 'weakling-2026-pass'],
    ])('refuses a weak password (%s) with 400 WEAK_PASSWORD', async (_why, password) => {
      const res = await register({ login: 'weakling-2026@example.com', password, displayName: 'x', code: '000000' });
      expect([res.status, res.body.code]).toEqual([400, 'WEAK_PASSWORD']);
    });

    it.each(['not-an-email@', 'plainname', '12345678901', '2391234567'])(
      'refuses a malformed login %s with 400 INVALID_LOGIN',
      async (login) => {
        const res = await register({ login, password: 'a-long-family-passphrase', displayName: 'x' });
        expect([res.status, res.body.code]).toEqual([400, 'INVALID_LOGIN']);
      },
    );

    it('refuses a login that exists with 409 LOGIN_TAKEN, whatever its case', async () => {
      const res = await register({
        login: 'FAMILY@demo.kepu',
        password: 'a-long-household-passphrase',
        displayName: 'x',
      });
      expect([res.status, res.body.code]).toEqual([409, 'LOGIN_TAKEN']);
    });

    it('refuses unknown fields and missing ones with 400 VALIDATION_FAILED', async () => {
      const res = await t
        .http()
        .post('/api/v1/auth/register')
        .send({ login: 'x@example.com', roles: ['system_admin'] })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(
        expect.arrayContaining(['roles', 'code', 'displayName', 'privacyPolicyVersion']),
      );
    });
  });

  describe('sign-in failures', () => {
    it('answers a wrong password and an unknown login identically (401, no hint)', async () => {
      const wrong = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ login: 'operator@demo.kepu', password: 'not-the-password' });
      const unknown = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ login: 'nobody@demo.kepu', password: 'not-the-password' });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect({ ...wrong.body, correlationId: undefined }).toEqual({ ...unknown.body, correlationId: undefined });
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    });

    it('makes an address wait a minute after 5 failures on a login, with or without an account behind it', async () => {
      const attempt = (login: string, password: string) =>
        t.http().post('/api/v1/auth/login').set('X-Forwarded-For', '198.51.100.7').send({ login, password });
      for (const login of ['futian-admin@demo.kepu', 'ghost@demo.kepu']) {
        for (let i = 0; i < 5; i++) await attempt(login, `wrong-password-${i}`).expect(401);
        // The right password too must wait: the address is slowed, not the guess judged.
        const refused = await attempt(login, 'kepu-demo-2026').expect(429);
        const { code, details } = refused.body;
        expect(code).toBe('SIGN_IN_BACKOFF');
        expect(details.retryAfterSeconds).toBeGreaterThan(55);
        expect(details.retryAfterSeconds).toBeLessThanOrEqual(60);
        expect(refused.headers['retry-after']).toBe(String(details.retryAfterSeconds));
      }
      // When the minute is up, the right password works again and clears the address's count.
      await db.query(`UPDATE login_attempts SET last_failed_at = now() - interval '61 seconds'`);
      await attempt('futian-admin@demo.kepu', 'kepu-demo-2026').expect(200);
      expect(await db.query(`SELECT * FROM login_attempts WHERE login_key = 'email:futian-admin@demo.kepu'`)).toEqual(
        [],
      );
    });

    it('audits failed sign-ins with the login masked', async () => {
      await t
        .http()
        .post('/api/v1/auth/login')
        .send({ login: 'school@demo.kepu', password: 'wrong-password-x' })
        .expect(401);
      const [entry] = await db.query(
        `SELECT actor_account_id, details FROM audit_log WHERE action = 'auth.sign_in_failed' ORDER BY id DESC LIMIT 1`,
      );
      expect(entry).toEqual({ actor_account_id: null, details: { login: 's***@demo.kepu', by: 'password' } });
    });
  });

  describe('finding accounts', () => {
    it('shows an administrator only accounts and grants inside their regions', async () => {
      await t.app.get(AccountsService).provision({
        verified: true,
        login: 'two-roles@example.com',
        password: 'a-long-passphrase-of-two',
        displayName: '两个角色',
        grants: [
          { role: Role.Operator, organisationId: DEMO_ORGANISATIONS.scienceMuseum }, // in Futian
          { role: Role.DistrictAdmin, regionCode: '440305' }, // Nanshan
        ],
      });
      const [futian, nanshan, city] = await Promise.all(
        ['futian-admin', 'nanshan-admin', 'city-admin'].map((who) => signIn(t, `${who}@demo.kepu`)),
      );
      const lookUp = (who: SignedIn, login: string) =>
        t.http().get(`/api/v1/accounts/lookup?login=${login}`).set(bearer(who));
      const seenBy = async (who: SignedIn) => {
        const found = (await lookUp(who, 'two-roles@example.com').expect(200)).body;
        const byId = (await t.http().get(`/api/v1/accounts/${found.id}`).set(bearer(who)).expect(200)).body;
        expect(byId).toEqual(found);
        return found.roles;
      };
      expect(await seenBy(futian)).toEqual(['operator']);
      expect(await seenBy(nanshan)).toEqual(['district_admin']);
      expect((await seenBy(city)).sort()).toEqual(['district_admin', 'operator']);

      // Outside their regions (Dapeng's operator, the system administrator): as if there were no such account.
      const nobody = await lookUp(futian, 'nobody@demo.kepu').expect(404);
      for (const [who, login] of [
        [futian, 'operator2@demo.kepu'],
        [city, 'admin@demo.kepu'],
      ] as const) {
        const hidden = await lookUp(who, login).expect(404);
        expect({ ...hidden.body, correlationId: undefined }).toEqual({ ...nobody.body, correlationId: undefined });
      }
    });
  });

  describe('tokens', () => {
    it('rotates refresh tokens: each works once, and a reused one ends the session', async () => {
      const first = await signIn(t, 'school@demo.kepu');
      const second = (
        await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)
      ).body;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      await t.http().get('/api/v1/auth/me').set(bearer(second)).expect(200);

      // The old token again: refused, and the whole session (including the new tokens) ends.
      const reuse = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
      expect(reuse.body.code).toBe('TOKEN_INVALID');
      await t.http().get('/api/v1/auth/me').set(bearer(second)).expect(401);
      await t.http().post('/api/v1/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
    });

    it('logout ends the access token and the refresh token at once', async () => {
      const session = await signIn(t, 'operator2@demo.kepu');
      await t.http().post('/api/v1/auth/logout').set(bearer(session)).expect(204);
      await t.http().get('/api/v1/auth/me').set(bearer(session)).expect(401);
      await t.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      expect(await auditActions(session.user.id)).toContain('auth.sign_out');
    });

    it('refuses tampered, foreign-signed, expired and malformed access tokens with 401', async () => {
      const session = await signIn(t, 'family@demo.kepu');
      const [header, payload, signature] = session.accessToken.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, sub: '00000000-0000-4000-8000-000000000000' })).toString(
        'base64url',
      );
      const otherKey = new JwtService({ secret: 'x'.repeat(40) });
      const ownKey = new JwtService({ secret: t.config.auth.jwtSecret });
      for (const token of [
        `${header}.${forged}.${signature}`,
        otherKey.sign(claims),
        ownKey.sign({ sub: claims.sub, sid: claims.sid }, { expiresIn: -10 }),
        'not-a-jwt',
        `${header}.${payload}.`,
      ]) {
        const res = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
        expect(res.body.code).toMatch(/^(TOKEN_INVALID|UNAUTHORIZED)$/);
      }
      await t.http().get('/api/v1/auth/me').expect(401);
    });

    it('a password change keeps this session, ends the others, and the old password stops working', async () => {
      const registered = await register({
        login: 'changer@example.com',
        password: 'first-long-passphrase',
        displayName: '改密码',
      });
      expect(registered.status).toBe(201);
      const here = await signIn(t, 'changer@example.com', 'first-long-passphrase');
      const elsewhere = await signIn(t, 'changer@example.com', 'first-long-passphrase');

      const wrong = await t
        .http()
        .post('/api/v1/auth/password')
        .set(bearer(here))
        .send({ currentPassword: 'not-it-at-all', newPassword: 'second-long-passphrase' })
        .expect(400);
      expect(wrong.body.code).toBe('CURRENT_PASSWORD_WRONG');
      const weak = await t
        .http()
        .post('/api/v1/auth/password')
        .set(bearer(here))
        .send({ currentPassword: 'first-long-passphrase', newPassword: '1234567890' })
        .expect(400);
      expect(weak.body.code).toBe('WEAK_PASSWORD');

      await t
        .http()
        .post('/api/v1/auth/password')
        .set(bearer(here))
        .send({ currentPassword: 'first-long-passphrase', newPassword: 'second-long-passphrase' })
        .expect(204);
      await t.http().get('/api/v1/auth/me').set(bearer(here)).expect(200);
      await t.http().get('/api/v1/auth/me').set(bearer(elsewhere)).expect(401);
      await t
        .http()
        .post('/api/v1/auth/login')
        .send({ login: 'changer@example.com', password: 'first-long-passphrase' })
        .expect(401);
      await signIn(t, 'changer@example.com', 'second-long-passphrase');
    });
  });

  it('stores only argon2id hashes of passwords and SHA-256 of refresh tokens', async () => {
    const [{ password_hash }] = await db.query(`SELECT password_hash FROM accounts WHERE email = 'family@demo.kepu'`);
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const session = await signIn(t, 'family@demo.kepu');
    const stored = await db.query(`SELECT token_hash FROM refresh_tokens WHERE token_hash = $1`, [
      session.refreshToken,
    ]);
    expect(stored).toEqual([]);
  });

  it('keeps the audit log append-only', async () => {
    await expect(db.query(`UPDATE audit_log SET action = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });
});
