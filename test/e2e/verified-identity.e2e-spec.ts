import { OutboxRunner } from '@kepu/core';
import { DEMO_ORGANISATIONS } from '@kepu/demo';
import { PRIVACY_POLICY_VERSION } from '@kepu/identity';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { codeFor, readCode } from '../support/codes';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';
import { unzip } from '../support/zip';

describe('verified identity: codes, invitations, suspension and self-service', () => {
  let t: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  let serial = 0;
  /** A mobile number nobody in this file has used: 139 + 8 digits. */
  const freshPhone = () => `139${String(Date.now() % 1e5).padStart(5, '0')}${String(++serial).padStart(3, '0')}`;
  const freshEmail = (name: string) => `${name}-${randomBytes(3).toString('hex')}@school.edu.cn`;

  /** The person waited out the minute between codes. */
  const waitOutResend = () =>
    db.query(`UPDATE verification_codes SET last_sent_at = last_sent_at - interval '61 seconds'`);

  const post = (path: string, body: object, who?: SignedIn) => {
    const call = t.http().post(`/api/v1${path}`);
    return (who ? call.set(bearer(who)) : call).send(body);
  };

  async function registerWithCode(login: string, displayName = '新用户'): Promise<SignedIn> {
    const code = await codeFor(t, login);
    const res = await post('/auth/register', {
      login,
      code,
      displayName,
      privacyPolicyVersion: PRIVACY_POLICY_VERSION,
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  describe('codes', () => {
    it('gives the same answer for a login with an account and one without, and keeps only hashes', async () => {
      const known = await post('/auth/codes', { login: 'family@demo.kepu' });
      const unknown = await post('/auth/codes', { login: freshEmail('nobody') });
      expect([known.status, unknown.status]).toEqual([202, 202]);
      expect(known.body).toEqual(unknown.body);
      expect(known.body).toEqual({ resendAfterSeconds: 60, expiresInSeconds: 300 });
      // Nothing but 32-byte keyed hashes, counts and times: no column could hold a login or a code.
      const columns: { data_type: string }[] = await db.query(
        `SELECT data_type FROM information_schema.columns WHERE table_name = 'verification_codes'`,
      );
      expect(new Set(columns.map((c) => c.data_type))).toEqual(
        new Set(['bytea', 'integer', 'timestamp with time zone']),
      );
      const rows: { login_hash: Buffer; code_hash: Buffer }[] = await db.query(
        `SELECT login_hash, code_hash FROM verification_codes`,
      );
      expect(rows.every((row) => row.login_hash.length === 32 && row.code_hash.length === 32)).toBe(true);
    });

    it('refuses a second code within a minute, saying when to come back', async () => {
      const login = freshPhone();
      await codeFor(t, login);
      const again = await post('/auth/codes', { login });
      expect(again.status).toBe(429);
      expect(again.body.code).toBe('CODE_RESEND_TOO_SOON');
      expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(again.headers['retry-after'])).toBeLessThanOrEqual(60);
    });

    it('stops sending to one login after ten codes a day', async () => {
      const login = freshPhone();
      for (let i = 0; i < 10; i++) {
        expect((await post('/auth/codes', { login })).status).toBe(202);
        await waitOutResend();
      }
      const eleventh = await post('/auth/codes', { login });
      expect([eleventh.status, eleventh.body.code]).toEqual([429, 'CODE_DAILY_LIMIT']);
    });

    it('works once, for five minutes, and dies after five wrong tries', async () => {
      const login = freshPhone();
      await registerWithCode(login);
      // Used: the same code does not sign in.
      await waitOutResend();
      const code = await codeFor(t, login);
      expect((await post('/auth/login', { login, code })).status).toBe(200);
      expect((await post('/auth/login', { login, code })).status).toBe(401);

      // Expired.
      await waitOutResend();
      const stale = await codeFor(t, login);
      await db.query(`UPDATE verification_codes SET expires_at = now() - interval '1 second'`);
      expect((await post('/auth/login', { login, code: stale })).status).toBe(401);

      // Five wrong tries, then even the right code is refused until a new one is sent.
      await waitOutResend();
      const right = await codeFor(t, login);
      const wrong = right === '000000' ? '111111' : '000000';
      // The two failures above count towards the address's sign-in back-off too: start it afresh.
      await db.query(`DELETE FROM login_attempts`);
      const answers: string[] = [];
      for (let i = 0; i < 5; i++) answers.push((await post('/auth/login', { login, code: wrong })).body.code);
      expect(answers.slice(0, 4)).toEqual(Array(4).fill('INVALID_CREDENTIALS'));
      expect(answers[4]).toBe('CODE_ATTEMPTS_EXCEEDED');
      const afterwards = await post('/auth/login', { login, code: right });
      expect([afterwards.status, afterwards.body.code]).toEqual([429, 'CODE_ATTEMPTS_EXCEEDED']);
    });

    it('counts parallel guesses: no more than five are ever compared', async () => {
      const login = freshPhone();
      await codeFor(t, login);
      const guesses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => post('/auth/login', { login, code: String(100000 + i) })),
      );
      // Only the first five tries are compared: at most four are answered as wrong, the rest are refused.
      const answers = guesses.map((g) => g.body.code as string);
      expect(answers.filter((code) => code === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(4);
      expect(guesses.every((g) => [401, 429].includes(g.status))).toBe(true);
    });
  });

  describe('registration and sign-in by code', () => {
    it('registers a phone account without a password; it signs in by code only, its number sealed at rest', async () => {
      const phone = freshPhone();
      const session = await registerWithCode(phone, '李老师');
      expect(session.user).toMatchObject({
        phone: `${phone.slice(0, 3)}****${phone.slice(7)}`,
        verified: true,
        privacy: { accepted: PRIVACY_POLICY_VERSION, current: PRIVACY_POLICY_VERSION },
      });
      const withPassword = await post('/auth/login', { login: phone, password: 'any-long-passphrase' });
      expect(withPassword.status).toBe(401);
      await waitOutResend();
      const code = await codeFor(t, phone);
      expect((await post('/auth/login', { login: phone, code })).status).toBe(200);

      const [row] = await db.query(`SELECT to_jsonb(a) AS doc FROM accounts a WHERE id = $1`, [session.user.id]);
      expect(JSON.stringify(row.doc)).not.toContain(phone);
      const attempts = await db.query(`SELECT login_key FROM login_attempts`);
      expect(JSON.stringify(attempts)).not.toContain(phone);
    });

    it('refuses registration without the right code or without accepting the privacy policy', async () => {
      const login = freshPhone();
      const noCode = await post('/auth/register', {
        login,
        code: '123456',
        displayName: 'x',
        privacyPolicyVersion: PRIVACY_POLICY_VERSION,
      });
      expect([noCode.status, noCode.body.code]).toEqual([400, 'CODE_INVALID']);
      const code = await codeFor(t, login);
      const oldPolicy = await post('/auth/register', {
        login,
        code,
        displayName: 'x',
        privacyPolicyVersion: '2020-01',
      });
      expect([oldPolicy.status, oldPolicy.body.code]).toEqual([400, 'PRIVACY_POLICY_NOT_ACCEPTED']);
    });

    it('tells only the holder of a right code that the login has no account yet, and the code still registers', async () => {
      const login = freshPhone();
      const code = await codeFor(t, login);
      const signIn = await post('/auth/login', { login, code });
      expect([signIn.status, signIn.body.code]).toEqual([404, 'NO_ACCOUNT_FOR_LOGIN']);
      const wrong = await post('/auth/login', { login: freshPhone(), code: '123456' });
      expect([wrong.status, wrong.body.code]).toEqual([401, 'INVALID_CREDENTIALS']);
      const registered = await post('/auth/register', {
        login,
        code,
        displayName: 'x',
        privacyPolicyVersion: PRIVACY_POLICY_VERSION,
      });
      expect(registered.status).toBe(201);
    });
  });

  describe('accounts that never proved their login', () => {
    it('are asked to verify, cannot take a role until they do, and verify with a code', async () => {
      const login = freshEmail('legacy');
      const [{ id }] = await db.query(
        `INSERT INTO accounts (email, display_name, password_hash) VALUES ($1, '老用户', $2) RETURNING id`,
        [
          login,
          (await db.query(`SELECT password_hash FROM accounts WHERE email = 'family@demo.kepu'`))[0].password_hash,
        ],
      );
      await db.query(`INSERT INTO role_grants (account_id, role) VALUES ($1, 'visitor')`, [id]);
      const legacy = await signIn(t, login);
      expect(legacy.user).toMatchObject({ verified: false });

      const city = await signIn(t, 'city-admin@demo.kepu');
      const invitation = await post(
        `/organisations/${DEMO_ORGANISATIONS.school}/members`,
        { login, role: 'school' },
        city,
      );
      expect(invitation.status).toBe(201);
      const unverified = await post(`/invitations/${invitation.body.id}/accept`, {}, legacy);
      expect([unverified.status, unverified.body.code]).toEqual([403, 'ACCOUNT_NOT_VERIFIED']);

      // The account sees its login masked: the code goes to it without the person typing it again.
      await waitOutResend();
      const sent = await post('/auth/me/codes', {}, legacy);
      expect([sent.status, sent.body.to]).toEqual([202, `l***@${login.split('@')[1]}`]);
      const code = await readCode(t, login);
      const verified = await post('/auth/verify', { code }, legacy);
      expect([verified.status, verified.body.verified]).toEqual([200, true]);
      const accepted = await post(`/invitations/${invitation.body.id}/accept`, {}, legacy);
      expect(accepted.status).toBe(200);
      expect(accepted.body.roles).toEqual(['visitor', 'school']);
    });
  });

  describe('the squatting story', () => {
    it('fails at every step: no account without the code, no role without accepting, and the teacher registers', async () => {
      const teacher = freshEmail('li.ming');
      // An impostor cannot register the teacher's address without the code sent there.
      const squat = await post('/auth/register', {
        login: teacher,
        code: '000000',
        displayName: '冒充者',
        privacyPolicyVersion: PRIVACY_POLICY_VERSION,
      });
      expect([squat.status, squat.body.code]).toEqual([400, 'CODE_INVALID']);
      // The school's administrator invites the address: nothing lands on any account.
      const city = await signIn(t, 'city-admin@demo.kepu');
      const invited = await post(
        `/organisations/${DEMO_ORGANISATIONS.school}/members`,
        { login: teacher, role: 'school' },
        city,
      );
      expect(invited.status).toBe(201);
      expect(invited.body).toMatchObject({
        role: 'school',
        status: 'pending',
        login: expect.stringMatching(/^l\*\*\*@/),
      });
      const members = await t
        .http()
        .get(`/api/v1/organisations/${DEMO_ORGANISATIONS.school}/members`)
        .set(bearer(city));
      expect(JSON.stringify(members.body)).not.toContain(teacher);
      const pending = await t
        .http()
        .get(`/api/v1/organisations/${DEMO_ORGANISATIONS.school}/invitations`)
        .set(bearer(city))
        .expect(200);
      expect(pending.body.map((i: { id: string }) => i.id)).toContain(invited.body.id);

      // Someone else cannot see or accept it.
      const family = await signIn(t, 'family@demo.kepu');
      expect((await post(`/invitations/${invited.body.id}/accept`, {}, family)).status).toBe(404);
      const theirs = await t.http().get('/api/v1/invitations/mine').set(bearer(family)).expect(200);
      expect(theirs.body.map((i: { id: string }) => i.id)).not.toContain(invited.body.id);

      // The teacher registers with the code from their own inbox, sees the invitation and accepts.
      const real = await registerWithCode(teacher, '李明老师');
      const mine = await t.http().get('/api/v1/invitations/mine').set(bearer(real)).expect(200);
      expect(mine.body).toEqual([
        expect.objectContaining({ id: invited.body.id, role: 'school', organisationName: expect.any(String) }),
      ]);
      const accepted = await post(`/invitations/${invited.body.id}/accept`, {}, real);
      expect(accepted.status).toBe(200);
      expect(accepted.body.roles).toContain('school');
      const again = await post(`/invitations/${invited.body.id}/accept`, {}, real);
      expect([again.status, again.body.code]).toEqual([410, 'INVITATION_EXPIRED']);
    });
  });

  describe('invitations', () => {
    it('expire after 14 days, can be withdrawn and declined, and role grants are invitations too', async () => {
      const city = await signIn(t, 'city-admin@demo.kepu');
      const person = freshPhone();
      const session = await registerWithCode(person);
      const invite = () =>
        post(`/organisations/${DEMO_ORGANISATIONS.school}/members`, { login: person, role: 'school' }, city);

      const first = await invite();
      expect(first.status).toBe(201);
      expect((await invite()).body.code).toBe('INVITATION_ALREADY_PENDING');
      await db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [first.body.id]);
      const expired = await post(`/invitations/${first.body.id}/accept`, {}, session);
      expect([expired.status, expired.body.code]).toEqual([410, 'INVITATION_EXPIRED']);

      const second = await invite();
      expect(second.status).toBe(201);
      const issued = await t.http().get('/api/v1/invitations').set(bearer(city)).expect(200);
      expect(issued.body.map((i: { id: string }) => i.id)).toContain(second.body.id);
      // The family cannot withdraw it; the inviter can.
      const family = await signIn(t, 'family@demo.kepu');
      expect((await t.http().delete(`/api/v1/invitations/${second.body.id}`).set(bearer(family))).status).toBe(404);
      await t.http().delete(`/api/v1/invitations/${second.body.id}`).set(bearer(city)).expect(204);
      expect((await post(`/invitations/${second.body.id}/accept`, {}, session)).status).toBe(410);

      // POST /accounts/{id}/roles offers the role at the account's own login.
      const offered = await post(
        `/accounts/${session.user.id}/roles`,
        { role: 'district_admin', regionCode: '440305' },
        city,
      );
      expect(offered.status).toBe(201);
      expect(offered.body).toMatchObject({ role: 'district_admin', regionCode: '440305', status: 'pending' });
      const me = await t.http().get('/api/v1/auth/me').set(bearer(session)).expect(200);
      expect(me.body.roles).toEqual(['visitor']);
      await t.http().post(`/api/v1/invitations/${offered.body.id}/decline`).set(bearer(session)).expect(204);
      expect((await post(`/invitations/${offered.body.id}/accept`, {}, session)).status).toBe(410);
      expect(await auditActions(offered.body.id)).toEqual(['invitation.create', 'invitation.decline']);
    });

    it('send the invited login a message it can act on', async () => {
      const city = await signIn(t, 'city-admin@demo.kepu');
      const login = freshEmail('invitee');
      await post(`/organisations/${DEMO_ORGANISATIONS.school}/members`, { login, role: 'school' }, city).expect(201);
      await t.app.get(OutboxRunner).drain('notification');
      const mailbox = await t
        .http()
        .get(`/dev/mailbox?to=${encodeURIComponent(login)}`)
        .expect(200);
      expect(mailbox.body).toEqual([
        expect.objectContaining({ kind: 'invitation.sent', text: expect.stringContaining('我的账号') }),
      ]);
    });
  });

  const auditActions = async (subjectId: string) =>
    (await db.query(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`, [subjectId])).map(
      (r: { action: string }) => r.action,
    );

  describe('suspension', () => {
    it('ends the sessions at once, is audited, scoped to the region, and restored', async () => {
      const victimPhone = freshPhone();
      const victim = await registerWithCode(victimPhone, '违规用户');
      const nanshan = await signIn(t, 'nanshan-admin@demo.kepu');
      const family = await signIn(t, 'family@demo.kepu');
      expect((await post(`/accounts/${victim.user.id}/suspend`, { reason: '冒用' }, family)).status).toBe(404);
      // A district administrator cannot suspend the city's administrator.
      const cityAdmin = await signIn(t, 'city-admin@demo.kepu');
      expect([403, 404]).toContain(
        (await post(`/accounts/${cityAdmin.user.id}/suspend`, { reason: 'x' }, nanshan)).status,
      );

      const suspended = await post(`/accounts/${victim.user.id}/suspend`, { reason: '冒用他人身份预约' }, nanshan);
      expect(suspended.status).toBe(200);
      expect(suspended.body).toMatchObject({ status: 'suspended', suspendedReason: '冒用他人身份预约' });
      await t.http().get('/api/v1/auth/me').set(bearer(victim)).expect(401);
      const refreshed = await post('/auth/refresh', { refreshToken: victim.refreshToken });
      expect(refreshed.status).toBe(401);
      await waitOutResend();
      const code = await codeFor(t, victimPhone);
      const again = await post('/auth/login', { login: victimPhone, code });
      expect([again.status, again.body.code]).toEqual([403, 'ACCOUNT_SUSPENDED']);
      const list = await t.http().get('/api/v1/accounts/suspended').set(bearer(nanshan)).expect(200);
      expect(list.body.map((a: { id: string }) => a.id)).toContain(victim.user.id);

      await post(`/accounts/${victim.user.id}/restore`, {}, nanshan).expect(200);
      expect(await auditActions(victim.user.id)).toEqual(
        expect.arrayContaining(['account.suspend', 'account.restore']),
      );
    });
  });

  describe('PIPL self-service', () => {
    it('exports everything held about the person as one zip', async () => {
      const phone = freshPhone();
      const session = await registerWithCode(phone, '导出者');
      const res = await t
        .http()
        .get('/api/v1/auth/me/export')
        .set(bearer(session))
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(res.headers['content-type']).toBe('application/zip');
      expect(res.headers['content-disposition']).toContain('kepu-my-data.zip');
      const files = await unzip(res.body as Buffer);
      const data = JSON.parse(files['my-data.json']);
      expect(data.account).toMatchObject({ id: session.user.id, displayName: '导出者' });
      expect(data.activity.map((a: { action: string }) => a.action)).toEqual(
        expect.arrayContaining(['account.register', 'auth.sign_in']),
      );
      expect(Object.keys(files)).toContain('bookings.csv');
    });

    it('deletes an account after a fresh code: sessions end, the login is free, the row is erased', async () => {
      const phone = freshPhone();
      const session = await registerWithCode(phone, '要注销的人');
      const without = await t.http().delete('/api/v1/auth/me').set(bearer(session)).send({});
      expect([without.status, without.body.code]).toEqual([400, 'CREDENTIALS_REQUIRED']);
      const wrong = await t.http().delete('/api/v1/auth/me').set(bearer(session)).send({ code: '000000' });
      expect(wrong.status).toBe(400);
      await waitOutResend();
      const code = await codeFor(t, phone);
      await t.http().delete('/api/v1/auth/me').set(bearer(session)).send({ code }).expect(204);
      await t.http().get('/api/v1/auth/me').set(bearer(session)).expect(401);
      const [row] = await db.query(
        `SELECT status, email, phone_sealed, phone_hash, password_hash, display_name FROM accounts WHERE id = $1`,
        [session.user.id],
      );
      expect(row).toEqual({
        status: 'deleted',
        email: null,
        phone_sealed: null,
        phone_hash: null,
        password_hash: null,
        display_name: '已注销用户',
      });
      // The number can register again, as a new person.
      await waitOutResend();
      const renewed = await registerWithCode(phone, '新主人');
      expect(renewed.user.id).not.toBe(session.user.id);
    });
  });

  describe('the privacy policy', () => {
    it('is recorded at registration and asked again when it changes', async () => {
      const policy = await t.http().get('/api/v1/auth/privacy-policy').expect(200);
      // With the retention the privacy page quotes, this deployment's.
      expect(policy.body).toEqual({
        version: PRIVACY_POLICY_VERSION,
        personalDataDays: t.config.privacy.personalDataDays,
      });
      const session = await registerWithCode(freshPhone());
      await db.query(`UPDATE accounts SET privacy_version = '2020-01' WHERE id = $1`, [session.user.id]);
      const me = await t.http().get('/api/v1/auth/me').set(bearer(session)).expect(200);
      expect(me.body.privacy).toEqual({ accepted: '2020-01', current: PRIVACY_POLICY_VERSION });
      const accepted = await post('/auth/privacy', { version: PRIVACY_POLICY_VERSION }, session).expect(200);
      expect(accepted.body.privacy.accepted).toBe(PRIVACY_POLICY_VERSION);
    });
  });
});
