import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_EXPERTS, DEMO_VOLUNTEERS } from '@kepu/demo';
import { createApiApp } from '../../apps/api/src/app.factory';
import { createAppWithoutDemo, createTestDatabase, startTestApp, testConfig, TestApp } from '../support/test-app';

describe('rate limits', () => {
  let t: TestApp;
  afterEach(() => t?.close());

  const outcome = (res: { status: number; body: { code?: string } }) =>
    res.status === 429 ? res.body.code : res.status;

  it('limit sign-in attempts per login and address (10 a minute) and per address (20 a minute)', async () => {
    t = await startTestApp((config) => ({ ...config, rateLimit: true }));
    const attempt = async (login: string) =>
      outcome(await t.http().post('/api/v1/auth/login').send({ login, password: 'wrong-password-x' }));
    const perLogin: unknown[] = [];
    for (let i = 0; i < 11; i++) perLogin.push(await attempt('target@example.com'));
    // 5 failures, then the back-off answers, then the rate limit per login and address (10 a minute).
    expect(perLogin).toEqual([...Array(5).fill(401), ...Array(5).fill('SIGN_IN_BACKOFF'), 'TOO_MANY_REQUESTS']);

    // Other logins from the same address: 9 more pass, the 21st request from it is refused.
    const perAddress: unknown[] = [];
    for (let i = 0; i < 10; i++) perAddress.push(await attempt(`other${i}@example.com`));
    expect(perAddress).toEqual([...Array(9).fill(401), 'TOO_MANY_REQUESTS']);
  });

  it("never let a stranger's failures on a login stop its owner signing in from another address", async () => {
    t = await startTestApp((config) => ({ ...config, rateLimit: true }));
    const attempt = async (address: string, password: string) =>
      outcome(
        await t
          .http()
          .post('/api/v1/auth/login')
          .set('X-Forwarded-For', address)
          .send({ login: 'family@demo.kepu', password }),
      );
    const stranger: unknown[] = [];
    for (let i = 0; i < 11; i++) stranger.push(await attempt('203.0.113.5', `guess-number-${i}`));
    expect(stranger).toEqual([...Array(5).fill(401), ...Array(5).fill('SIGN_IN_BACKOFF'), 'TOO_MANY_REQUESTS']);
    // The owner, at home: a typo is just a typo, and the password works.
    expect(await attempt('198.51.100.20', 'not-my-password')).toBe(401);
    expect(await attempt('198.51.100.20', 'kepu-demo-2026')).toBe(200);
  });

  it('limit codes per address (10 a minute) on top of the minute between codes to one login', async () => {
    t = await startTestApp((config) => ({ ...config, rateLimit: true }));
    const ask = async (login: string) => outcome(await t.http().post('/api/v1/auth/codes').send({ login }));
    expect([await ask('13500135000'), await ask('13500135000')]).toEqual([202, 'CODE_RESEND_TOO_SOON']);
    // Ten requests from one address in a minute, whatever the logins; the eleventh is refused.
    const spray: unknown[] = [];
    for (let i = 0; i < 9; i++) spray.push(await ask(`1350013510${i}`));
    expect(spray).toEqual([...Array(8).fill(202), 'TOO_MANY_REQUESTS']);
  });

  it('are off with RATE_LIMIT=off (load tests only)', async () => {
    t = await startTestApp((config) => ({ ...config, rateLimit: false }));
    for (let i = 0; i < 30; i++) {
      await t
        .http()
        .post('/api/v1/auth/login')
        .send({ login: `load${i}@example.com`, password: 'wrong-password-x' })
        .expect(401);
    }
  });
});

describe('sign-in back-off', () => {
  let t: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const attempt = (login: string, address: string, password = 'wrong-password-x') =>
    t.http().post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ login, password });
  /** The wait announced to the next attempt, or its status when it is not refused. */
  const waitAnnounced = async (login: string, address: string) => {
    const res = await attempt(login, address);
    return res.status === 429 ? res.body.details.retryAfterSeconds : res.status;
  };
  /** As if the address's latest failure were this many seconds ago. */
  const rewind = (address: string, seconds: number) =>
    db.query(
      `UPDATE login_attempts SET last_failed_at = now() - make_interval(secs => $2) WHERE client_ip = $1::inet`,
      [address, seconds],
    );

  it('doubles the wait after each further failure, up to 15 minutes, and a success clears it', async () => {
    const login = 'operator2@demo.kepu';
    const address = '203.0.113.77';
    for (let i = 0; i < 5; i++) await attempt(login, address).expect(401);
    const waits: unknown[] = [await waitAnnounced(login, address)];
    while (waits.length < 7) {
      await rewind(address, Number(waits[waits.length - 1]));
      await attempt(login, address).expect(401);
      waits.push(await waitAnnounced(login, address));
    }
    expect(waits).toEqual([60, 120, 240, 480, 900, 900, 900]);

    await rewind(address, 900);
    await attempt(login, address, 'kepu-demo-2026').expect(200);
    // Counted afresh: five free failures again.
    for (let i = 0; i < 5; i++) await attempt(login, address).expect(401);
    expect(await waitAnnounced(login, address)).toBe(60);
  });

  it('slows every address that failed on a login sprayed from many, not the owner at an address that did not', async () => {
    const login = 'school@demo.kepu';
    const botnet = Array.from({ length: 25 }, (_, i) => `192.0.2.${i + 1}`);
    for (const address of botnet) {
      await attempt(login, address).expect(401);
      await attempt(login, address).expect(401);
    }
    // 50 failures on the login: an address that failed twice waits as if it had failed 6 times alone.
    await rewind(botnet[0], 0);
    expect(await waitAnnounced(login, botnet[0])).toBe(120);
    expect(await waitAnnounced(login, '198.51.100.99')).toBe(401);
    expect(await waitAnnounced(login, '198.51.100.99')).toBe(60);
    await attempt(login, '198.51.100.30', 'kepu-demo-2026').expect(200);
  });
});

describe('demo accounts', () => {
  it('make the API refuse to start when KEPU_DEMO is off', async () => {
    const database = await createTestDatabase();
    try {
      const app = await createApiApp({ ...testConfig(database.url), demo: false });
      // The accounts people sign in with, and the outreach demo's volunteers and experts.
      const seeded = DEMO_ACCOUNTS.length + DEMO_VOLUNTEERS.length + DEMO_EXPERTS.length;
      await expect(app.init()).rejects.toThrow(`holds ${seeded} demo account(s) but KEPU_DEMO is off`);
      await app.close();
    } finally {
      await database.drop();
    }
  });

  it('are never seeded when KEPU_DEMO is off', async () => {
    const { app, close } = await createAppWithoutDemo();
    try {
      await app.init();
      expect(await app.get(DataSource).query(`SELECT count(*)::int AS n FROM accounts`)).toEqual([{ n: 0 }]);
    } finally {
      await close();
    }
  });
});
