import { bearer } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

describe('the one error shape', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  function expectErrorShape(body: Record<string, unknown>, statusCode: number, code: string) {
    expect(body).toMatchObject({ statusCode, code });
    expect(body.messages).toEqual({ 'zh-CN': expect.any(String), en: expect.any(String) });
    expect(body.message).toBe((body.messages as Record<string, string>)['zh-CN']);
    expect(body.correlationId).toEqual(expect.any(String));
  }

  it('a malformed JSON body gets 400 MALFORMED_JSON', async () => {
    const res = await t
      .http()
      .post('/api/v1/health')
      .set('Content-Type', 'application/json')
      .send('{"name": "科技馆",')
      .expect(400);
    expectErrorShape(res.body, 400, 'MALFORMED_JSON');
    expect(JSON.stringify(res.body)).not.toMatch(/Unexpected|SyntaxError|position/);
  });

  it('a body over 1 MB gets 413 PAYLOAD_TOO_LARGE', async () => {
    const big = JSON.stringify({ description: 'x'.repeat(1024 * 1024 + 10) });
    const res = await t.http().post('/api/v1/health').set('Content-Type', 'application/json').send(big).expect(413);
    expectErrorShape(res.body, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('a body just under 1 MB is accepted by the parser (then routed: 404 here)', async () => {
    const fits = JSON.stringify({ description: 'x'.repeat(1000 * 1000) });
    const res = await t.http().post('/api/v1/health').set('Content-Type', 'application/json').send(fits);
    expect(res.status).toBe(404);
  });

  it('a body nested deeper than any request needs gets 400 BODY_TOO_DEEP, before validation recurses into it', async () => {
    const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    const login = (body: string) =>
      t.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send(body);
    expectErrorShape((await login(nested(3000)).expect(400)).body, 400, 'BODY_TOO_DEEP');
    expectErrorShape((await login(nested(33)).expect(400)).body, 400, 'BODY_TOO_DEEP');
    expectErrorShape((await login(nested(32)).expect(400)).body, 400, 'VALIDATION_FAILED');
  });

  it('a body holding a lone surrogate, which is not text (jsonb refuses it), gets 400 MALFORMED_TEXT', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"login":"family@demo.kepu","password":"\\udfff\\ud800"}')
      .expect(400);
    expectErrorShape(res.body, 400, 'MALFORMED_TEXT');
  });

  it('text holding U+0000, which Postgres cannot store, gets 400 VALIDATION_FAILED naming the field', async () => {
    const NUL_MESSAGE = {
      'zh-CN': '含有无法保存的空字符，请删去后重试',
      en: 'Holds a null character that cannot be saved; remove it',
    };
    const inPath = await t.http().get('/api/v1/regions/44%00').expect(400);
    expectErrorShape(inPath.body, 400, 'VALIDATION_FAILED');
    expect(inPath.body.details).toEqual([
      { field: 'code', problems: ['code must not contain U+0000'], messages: [NUL_MESSAGE] },
    ]);
    const inQuery = await t.http().get('/api/v1/search/suggest?q=%00').expect(400);
    expect(inQuery.body.details).toEqual([
      { field: 'q', problems: ['q must not contain U+0000'], messages: [NUL_MESSAGE] },
    ]);
    const inBody = await t.http().post('/api/v1/auth/login').send({ login: 'a\u0000@b.cn', password: 'x' }).expect(400);
    expect(inBody.body.details).toEqual([
      { field: 'login', problems: ['login must not contain U+0000'], messages: [NUL_MESSAGE] },
    ]);
  });

  it('a URL Fastify cannot decode gets 400 MALFORMED_URL, a path parameter over 100 characters 414 URI_TOO_LONG', async () => {
    const undecodable = await t.http().get('/api/v1/resources/%FF').set('X-Request-Id', 'corr-badurl01').expect(400);
    expectErrorShape(undecodable.body, 400, 'MALFORMED_URL');
    expect(undecodable.headers['x-request-id']).toBe('corr-badurl01');
    // A POST: the web app's catch-all GET route would take the long segment instead.
    const long = await t
      .http()
      .post(`/api/v1/resources/${'a'.repeat(101)}/submit`)
      .expect(414);
    expectErrorShape(long.body, 414, 'URI_TOO_LONG');
  });

  it('an unknown route gets 404 ROUTE_NOT_FOUND', async () => {
    const res = await t.http().get('/api/v1/no-such-thing').expect(404);
    expectErrorShape(res.body, 404, 'ROUTE_NOT_FOUND');
    expect(res.body.messages).toEqual({ 'zh-CN': '接口不存在', en: 'There is no such endpoint' });
  });

  it('speaks English when the caller prefers it', async () => {
    const res = await t.http().get('/api/v1/no-such-thing').set('Accept-Language', 'en-GB,en;q=0.9').expect(404);
    expect(res.body.message).toBe('There is no such endpoint');
  });

  it('the correlation id in the body matches the response header', async () => {
    const res = await t.http().get('/api/v1/missing').set('X-Request-Id', 'corr-abcdef12').expect(404);
    expect(res.body.correlationId).toBe('corr-abcdef12');
    expect(res.headers['x-request-id']).toBe('corr-abcdef12');
  });

  it('compresses answers of 1 KB and more for callers that accept it, and only for them', async () => {
    const brotli = await t.http().get('/api/v1/vocabularies').set('Accept-Encoding', 'br').expect(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toContain('accept-encoding');
    const gzip = await t.http().get('/api/v1/vocabularies').set('Accept-Encoding', 'gzip').expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body).toEqual(brotli.body);
    const plain = await t.http().get('/api/v1/vocabularies').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(brotli.body);
    expect(Number(plain.headers['content-length'])).toBeGreaterThan(1024);
    const small = await t.http().get('/api/v1/health').set('Accept-Encoding', 'br').expect(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('sets security headers', async () => {
    const res = await t.http().get('/api/v1/health').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['permissions-policy']).toContain('microphone=()');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('keeps signed-in answers out of caches and sets no cookies', async () => {
    const login = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ login: 'family@demo.kepu', password: 'kepu-demo-2026' })
      .expect(200);
    expect(login.headers['set-cookie']).toBeUndefined();
    const me = await t.http().get('/api/v1/auth/me').set(bearer(login.body)).expect(200);
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('grants no cross-origin access', async () => {
    const preflight = await t
      .http()
      .options('/api/v1/bookings')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const read = await t.http().get('/api/v1/health').set('Origin', 'https://evil.example').expect(200);
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
  });
});
