/**
 * The web app's API client against a fake server: bearer tokens, one shared refresh on 401 and a
 * single retry, errors as ApiError (the same OFFLINE one when the network fails), 204 as undefined,
 * blobs, uploads sent as they are, lists in a query comma-separated.
 */
type ClientModule = typeof import('../src/lib/api/client');

/** What the fake server answers, per request; every request it saw, with its body read. */
let answer: (request: Request, body: string) => Response | Promise<Response>;
const seen: { method: string; url: string; headers: Headers; body: string }[] = [];

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const refusal = (status: number, code: string) =>
  json(status, { statusCode: status, code, message: code, messages: { 'zh-CN': `中 ${code}`, en: `en ${code}` } });

const store = new Map<string, string>();
let api: ClientModule;

beforeAll(async () => {
  Object.assign(globalThis, {
    localStorage: {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => store.set(key, value),
      removeItem: (key: string) => store.delete(key),
    },
  });
  // The page's relative addresses, against the fake server.
  const NodeRequest = globalThis.Request;
  globalThis.Request = class extends NodeRequest {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' ? new URL(input, 'http://kepu.test') : input, init);
    }
  };
  // The client captures fetch when it is created: a stable function that asks the current `answer`.
  globalThis.fetch = (async (request: Request) => {
    const body = await request.clone().text();
    seen.push({ method: request.method, url: request.url, headers: request.headers, body });
    return answer(request, body);
  }) as typeof fetch;
  api = await import('../src/lib/api/client');
});

beforeEach(() => {
  seen.length = 0;
  store.clear();
});

describe('the API client', () => {
  it('sends JSON with the bearer token and answers with the body', async () => {
    api.tokens.set({ accessToken: 'a1', refreshToken: 'r1' });
    answer = () => json(200, { id: 'b1' });
    const { data } = await api.client.POST('/api/v1/bookings/{id}/cancel', { params: { path: { id: 'b1' } } });
    expect(data).toEqual({ id: 'b1' });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe('http://kepu.test/api/v1/bookings/b1/cancel');
    expect(seen[0].headers.get('Authorization')).toBe('Bearer a1');
    expect(seen[0].headers.get('Accept')).toBe('application/json');
    expect(seen[0].headers.get('Content-Type')).toBeNull();
  });

  it('refreshes once for all requests that found the token expired, then sends each again', async () => {
    api.tokens.set({ accessToken: 'old', refreshToken: 'r1' });
    answer = (request, body) => {
      if (request.url.endsWith('/auth/refresh')) {
        expect(JSON.parse(body)).toEqual({ refreshToken: 'r1' });
        return json(200, { accessToken: 'new', refreshToken: 'r2', expiresIn: 900 });
      }
      return request.headers.get('Authorization') === 'Bearer new'
        ? json(200, { echoed: body })
        : refusal(401, 'TOKEN_INVALID');
    };
    const [first, second] = await Promise.all([
      api.client.POST('/api/v1/auth/verify', { body: { code: '123456' } }),
      api.client.GET('/api/v1/auth/me'),
    ]);
    expect(first.data).toEqual({ echoed: '{"code":"123456"}' });
    expect(second.data).toEqual({ echoed: '' });
    expect(seen.filter((s) => s.url.endsWith('/auth/refresh'))).toHaveLength(1);
    expect(seen).toHaveLength(5);
    expect(api.tokens.get()).toEqual({ accessToken: 'new', refreshToken: 'r2' });
  });

  it('forgets the tokens when the refresh is refused, and throws the first refusal', async () => {
    api.tokens.set({ accessToken: 'old', refreshToken: 'r1' });
    answer = (request) =>
      request.url.endsWith('/auth/refresh') ? refusal(401, 'TOKEN_INVALID') : refusal(401, 'UNAUTHORIZED');
    const error = await api.client.GET('/api/v1/auth/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.ApiError);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHORIZED', messages: { en: 'en UNAUTHORIZED' } });
    expect(api.tokens.get()).toBeUndefined();
    expect(seen).toHaveLength(2);
  });

  it('does not refresh without a token, nor twice', async () => {
    answer = () => refusal(401, 'UNAUTHORIZED');
    await expect(api.client.GET('/api/v1/auth/me')).rejects.toMatchObject({ status: 401 });
    expect(seen).toHaveLength(1);
    expect(seen[0].headers.get('Authorization')).toBeNull();

    api.tokens.set({ accessToken: 'old', refreshToken: 'r1' });
    seen.length = 0;
    answer = (request) =>
      request.url.endsWith('/auth/refresh')
        ? json(200, { accessToken: 'new', refreshToken: 'r2', expiresIn: 900 })
        : refusal(401, 'TOKEN_INVALID');
    await expect(api.client.GET('/api/v1/auth/me')).rejects.toMatchObject({ status: 401, code: 'TOKEN_INVALID' });
    expect(seen.map((s) => s.url.replace('http://kepu.test/api/v1', ''))).toEqual([
      '/auth/me',
      '/auth/refresh',
      '/auth/me',
    ]);
  });

  it('throws one OFFLINE error when the network fails, and a fallback for answers without a body', async () => {
    answer = () => {
      throw new TypeError('Failed to fetch');
    };
    const offline = await api.client.GET('/api/v1/regions').catch((e: unknown) => e);
    expect(offline).toMatchObject({ status: 0, code: 'NETWORK' });
    expect(await api.client.GET('/api/v1/regions').catch((e: unknown) => e)).toBe(offline);

    answer = () => new Response('<html>bad gateway</html>', { status: 502 });
    await expect(api.client.GET('/api/v1/regions')).rejects.toMatchObject({
      status: 502,
      code: 'HTTP_502',
      messages: { en: 'The request failed; please try again later' },
    });
  });

  it('answers 204 with undefined, binary answers as blobs', async () => {
    answer = () => new Response(null, { status: 204 });
    const { data: nothing } = await api.client.POST('/api/v1/auth/logout');
    expect(nothing).toBeUndefined();

    answer = () => new Response(new Uint8Array([137, 80, 78, 71]), { headers: { 'Content-Type': 'image/png' } });
    const { data: png } = await api.client.GET('/api/v1/bookings/{id}/qr', {
      params: { path: { id: 'b1' } },
      parseAs: 'blob',
    });
    expect(png).toBeInstanceOf(Blob);
    expect(png.size).toBe(4);
  });

  it('sends an upload as multipart, and a list in the query comma-separated', async () => {
    answer = () => json(200, { dryRun: true, rows: 1, students: 1, teachers: 0, errors: [] });
    const form = new FormData();
    form.append('file', new Blob(['name\nA']), 'list.csv');
    await api.client.PUT('/api/v1/group-visits/{id}/name-list', {
      params: { path: { id: 'v1' }, query: { dryRun: true } },
      body: api.formBody(form),
    });
    expect(seen[0].url).toBe('http://kepu.test/api/v1/group-visits/v1/name-list?dryRun=true');
    expect(seen[0].headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[0].body).toContain('filename="list.csv"');

    answer = () => json(200, { items: [], total: 0, page: 1, pageSize: 100 });
    await api.client.GET('/api/v1/group-visits', {
      params: { query: { pageSize: 100, status: ['requested', 'proposed'] } },
    });
    expect(decodeURIComponent(seen[1].url)).toBe(
      'http://kepu.test/api/v1/group-visits?pageSize=100&status=requested,proposed',
    );
  });

  it('says what a refusal says about a field, or anything inside it, in the reader’s language', async () => {
    const message = (zh: string, en: string) => ({ 'zh-CN': zh, en });
    answer = () =>
      json(400, {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: '请求数据校验失败',
        messages: message('请求数据校验失败', 'The request data is invalid'),
        details: [
          { field: 'visitors.1.birthDate', problems: ['age 4'], messages: [message('参观当天 4 岁', 'Aged 4')] },
          { field: 'visitors.10.name', problems: ['x'], messages: [message('请填写文字', 'Enter text')] },
          { field: 'contactPhone', problems: ['a', 'b'], messages: [message('甲', 'A'), message('乙', 'B')] },
        ],
      });
    const refused = (await api.client
      .POST('/api/v1/bookings', { body: {} as never })
      .catch((e: unknown) => e)) as InstanceType<ClientModule['ApiError']>;
    expect(refused.fieldText('visitors.1', 'zh-CN')).toBe('参观当天 4 岁');
    expect(refused.fieldText('visitors.1.birthDate', 'en')).toBe('Aged 4');
    expect(refused.fieldText('contactPhone', 'zh-CN')).toBe('甲；乙');
    expect(refused.fieldText('visitors.2', 'zh-CN')).toBeUndefined();
    expect(refused.fieldText(undefined, 'en')).toBe('Aged 4; Enter text; A; B');
    expect(refused.fieldProblems.map((d) => d.field)).toEqual([
      'visitors.1.birthDate',
      'visitors.10.name',
      'contactPhone',
    ]);
  });
});
