import { readFileSync } from 'node:fs';
import { startTestApp, TestApp } from '../support/test-app';

describe('web app and API docs', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('serves the built web app at / with a Chinese title', async () => {
    const res = await t.http().get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('<title>科普资源名录 · Kepu</title>');
    expect(res.text).toContain('lang="zh-CN"');
  });

  it('answers deep links with the app so a reload works', async () => {
    const res = await t.http().get('/venues/123?tab=hours').expect(200);
    expect(res.text).toContain('<div id="app">');
  });

  it("names a venue page's code and its venue's answer in the page's head, and nothing for other ids", async () => {
    const id = '0edd5039-4b5f-4dc8-a89f-3558fdf643bb';
    const page = await t.http().get(`/venues/${id}`).expect(200);
    const head = page.text.slice(0, page.text.indexOf('</head>'));
    expect(head).toContain(`<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/v1/resources/${id}">`);
    const linked = (rel: string) =>
      [...head.matchAll(new RegExp(`${rel} crossorigin href="(/assets/[^"]+)"`, 'g'))].map((m) => m[1]);
    const scripts = linked('rel="modulepreload"');
    expect(scripts.some((file) => /\/VenueView-[\w-]+\.js$/.test(file))).toBe(true);
    for (const file of [...scripts, ...linked('as="style"')]) await t.http().get(file).expect(200);
    // Every page names the answers every page asks for; only an id shaped like one is written into a page.
    for (const other of ['/venues/123', `/venues/${id}"><script>`, '/', '/campaigns']) {
      const text = (await t.http().get(other).expect(200)).text;
      expect(text).toContain('<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/v1/vocabularies">');
      expect(text).not.toMatch(/api\/v1\/resources|modulepreload/);
    }
  });

  it('serves the built assets', async () => {
    const page = await t.http().get('/').expect(200);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    const res = await t.http().get(script!).expect(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('tells the web app which base map to draw', async () => {
    const res = await t.http().get('/api/v1/web-config').expect(200);
    expect(res.body).toEqual({ map: { tiles: 'osm' } });
  });

  it('keeps the API error shape for unknown API paths', async () => {
    const res = await t.http().get('/api/nothing-here').expect(404);
    expect(res.body.code).toBe('ROUTE_NOT_FOUND');
  });

  it('publishes OpenAPI JSON and the docs UI', async () => {
    const json = await t.http().get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    // What npm run openapi:document wrote from the code is what the running API serves.
    expect(json.body).toEqual(JSON.parse(readFileSync('docs/openapi.json', 'utf8')));
    expect(Object.keys(json.body.paths)).toContain('/api/v1/health');
    const ui = await t.http().get('/api/docs').expect(200);
    expect(ui.text).toContain('/api/docs/scalar.js');
    const script = await t.http().get('/api/docs/scalar.js').expect(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
  });
});
