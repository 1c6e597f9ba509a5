import { startEmbeddedMeilisearch } from '@kepu/runtime';
import { startTestApp, TestApp } from '../support/test-app';
import { testServices } from '../support/services';

describe('GET /api/v1/health', () => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('reports ok with database and search up (Terminus shape)', async () => {
    t = await startTestApp();
    const res = await t.http().get('/api/v1/health').expect(200);
    expect(res.body).toEqual({
      status: 'ok',
      info: { database: { status: 'up' }, search: { status: 'up' } },
      error: {},
      details: { database: { status: 'up' }, search: { status: 'up' } },
    });
  });

  it('still answers 200 with search "down" once Meilisearch stops', async () => {
    const { dataDir, meiliKey } = testServices();
    const meili = await startEmbeddedMeilisearch({ dataDir, masterKey: meiliKey, name: 'meili-health-test' });
    try {
      t = await startTestApp((config) => ({ ...config, search: { ...config.search, url: meili.url } }));
      const before = await t.http().get('/api/v1/health').expect(200);
      expect(before.body.info.search).toEqual({ status: 'up' });

      await meili.stop();
      const after = await t.http().get('/api/v1/health').expect(200);
      expect(after.body.status).toBe('ok');
      expect(after.body.info.database).toEqual({ status: 'up' });
      expect(after.body.info.search).toEqual({ status: 'down', message: 'unreachable' });
    } finally {
      await meili.stop(); // no-op when already stopped; a failed assertion must not leak the process
    }
  });

  it('echoes a well-formed X-Request-Id and generates one otherwise', async () => {
    t = await startTestApp();
    const echoed = await t.http().get('/api/v1/health').set('X-Request-Id', 'trace-12345678').expect(200);
    expect(echoed.headers['x-request-id']).toBe('trace-12345678');
    const generated = await t.http().get('/api/v1/health').set('X-Request-Id', 'bad id with spaces').expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
