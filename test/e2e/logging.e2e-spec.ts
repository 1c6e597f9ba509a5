import { Logger } from '@nestjs/common';
import { startTestApp, TestApp } from '../support/test-app';

describe('logs', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('never contain a password, a token, an Authorization header, an ID number or a phone number', async () => {
    const signedIn = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ login: 'family@demo.kepu', password: 'kepu-demo-2026' })
      .expect(200);
    const { accessToken, refreshToken } = signedIn.body;
    await t
      .http()
      .post('/api/v1/auth/login')
      .send({ login: 'family@demo.kepu', password: 'hunter2-very-secret' })
      .expect(401);
    await t.http().post('/api/v1/auth/refresh').send({ refreshToken }).expect(200);
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${accessToken}`).expect(200);
    const token = 'Bearer eyJhbGciOiJIUzI1NiJ9.secret-token-value';
    await t
      .http()
      .post('/api/v1/nothing/here?phone=13812345678')
      .set('Authorization', token)
      .set('Cookie', 'session=cookie-secret-value')
      .send({ password: 'hunter2-very-secret', idNumber: '11010519491231002X' })
      .expect(404);
    await t.http().get('/api/v1/health').set('Authorization', token).expect(200);
    // Application code that logs an object with personal data by mistake is covered too.
    new Logger('Test').log({ visitor: { idNumber: '11010519491231002X', note: '联系 13812345678' }, password: 'p4ss' });
    new Logger('Test').warn('回访电话 13987654321，证件 44030519800101001X');

    const text = t.logs.join('\n');
    expect(t.logs.length).toBeGreaterThan(2);
    expect(text).toContain('"url":"/api/v1/nothing/here?phone=138****5678"');
    for (const secret of [
      'secret-token-value',
      'kepu-demo-2026',
      accessToken,
      refreshToken,
      'cookie-secret-value',
      'hunter2-very-secret',
      'p4ss',
      '11010519491231002X',
      '13812345678',
      '13987654321',
      '44030519800101001X',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/authorization/i);
    expect(text).toContain('回访电话 139****4321，证件 4403**********001X');
  });

  it('carry the correlation id of each request', async () => {
    await t.http().get('/api/v1/health').set('X-Request-Id', 'log-corr-0001').expect(200);
    const line = t.logs.map((l) => JSON.parse(l)).find((l) => l.req?.id === 'log-corr-0001');
    expect(line).toMatchObject({ correlationId: 'log-corr-0001', res: { statusCode: 200 }, msg: 'request completed' });
  });
});
