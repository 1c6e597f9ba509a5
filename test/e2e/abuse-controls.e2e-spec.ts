import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/app.factory';
import { createAppWithoutDemo, createTestDatabase, startTestApp, testConfig, TestApp } from '../support/test-app';

describe('rate limits', () => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('limit sign-in attempts per login (10 a minute) and per address (20 a minute)', async () => {
    t = await startTestApp((config) => ({ ...config, rateLimit: true }));
    const attempt = async (login: string) => {
      const res = await t.http().post('/api/v1/auth/login').send({ login, password: 'wrong-password-x' });
      return res.status === 429 ? res.body.code : res.status;
    };
    const perLogin: unknown[] = [];
    for (let i = 0; i < 11; i++) perLogin.push(await attempt('target@example.com'));
    // 5 failures, then the lockout answers, then the per-login rate limit (10 a minute).
    expect(perLogin).toEqual([...Array(5).fill(401), ...Array(5).fill('ACCOUNT_LOCKED'), 'TOO_MANY_REQUESTS']);

    // Other logins from the same address: 9 more pass, the 21st request from it is refused.
    const perAddress: unknown[] = [];
    for (let i = 0; i < 10; i++) perAddress.push(await attempt(`other${i}@example.com`));
    expect(perAddress).toEqual([...Array(9).fill(401), 'TOO_MANY_REQUESTS']);
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

describe('demo accounts', () => {
  it('make the API refuse to start when KEPU_DEMO is off', async () => {
    const database = await createTestDatabase();
    try {
      const app = await createApiApp({ ...testConfig(database.url), demo: false });
      await expect(app.init()).rejects.toThrow(/holds 7 demo account\(s\) but KEPU_DEMO is off/);
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
