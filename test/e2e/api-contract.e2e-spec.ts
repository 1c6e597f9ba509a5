import createClient from 'openapi-fetch';
import { randomUUID } from 'node:crypto';
import type { paths } from '../../apps/web/src/lib/api/schema';
import { idNumberFor } from '../support/booking';
import { newMobile, readCode } from '../support/codes';
import { ResponseChecker, takeResponseViolations } from '../support/openapi-responses';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * What the issue promised a developer outside the team: with nothing but a client generated from
 * /api/docs-json (the committed types are that document's, web-and-docs.e2e-spec.ts checks), find a
 * venue, sign up with a code and book a visit, safely retried. Only the code is read where demo
 * mode delivers it, as the person would read it on their phone.
 */
describe('a client generated from the OpenAPI document', () => {
  let t: TestApp;
  let api: ReturnType<typeof createClient<paths>>;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    api = createClient<paths>({ baseUrl: (await t.app.getUrl()).replace('[::1]', '127.0.0.1') });
  });
  afterAll(() => t.close());

  it('finds a venue, signs up with a code and books a visit once, however often it retries', async () => {
    const venues = await api.GET('/api/v1/resources', { params: { query: { q: '深圳科学技术馆' } } });
    const venue = venues.data?.items.find((item) => item.name === '深圳科学技术馆');
    expect(venue).toBeDefined();
    const offerings = await api.GET('/api/v1/resources/{id}/offerings', { params: { path: { id: venue!.id } } });
    const offering = offerings.data?.find((o) => o.audience !== 'group' && o.status === 'active');
    expect(offering).toBeDefined();
    const slots = await api.GET('/api/v1/offerings/{id}/availability', { params: { path: { id: offering!.id } } });
    const slot = slots.data?.find((s) => s.status === 'open' && s.remaining >= 1);
    expect(slot).toBeDefined();

    const login = newMobile();
    expect((await api.POST('/api/v1/auth/codes', { body: { login } })).response.status).toBe(202);
    const policy = await api.GET('/api/v1/auth/privacy-policy');
    const registered = await api.POST('/api/v1/auth/register', {
      body: {
        login,
        code: await readCode(t, login),
        displayName: '外部开发者',
        privacyPolicyVersion: policy.data!.version,
      },
    });
    expect(registered.response.status).toBe(201);
    const headers = { Authorization: `Bearer ${registered.data!.accessToken}` };

    const withKey = (key: string) => ({ headers, params: { header: { 'Idempotency-Key': key } } });
    const attempt = {
      ...withKey(randomUUID()),
      body: {
        slotId: slot!.slotId,
        visitors: [{ name: '外部开发者', category: 'adult' as const, idNumber: idNumberFor(901) }],
      },
    };
    const booked = await api.POST('/api/v1/bookings', attempt);
    expect([booked.response.status, booked.data?.status]).toEqual([201, 'confirmed']);
    const retried = await api.POST('/api/v1/bookings', attempt);
    expect(retried.response.headers.get('Idempotent-Replayed')).toBe('true');
    expect(retried.data?.id).toBe(booked.data?.id);

    const mine = await api.GET('/api/v1/bookings/mine', { headers });
    expect(mine.data?.items.map((b) => b.id)).toEqual([booked.data!.id]);

    const refused = await api.POST('/api/v1/bookings', { ...attempt, ...withKey(randomUUID()) });
    expect(refused.error?.code).toBe('ALREADY_BOOKED');
  });

  it("documents each refusal's facts by its code, and holds the answers to them", async () => {
    const checker = await ResponseChecker.of(t.app);
    const refusal = (code: string, details: unknown) =>
      JSON.stringify({ statusCode: 400, code, message: 'x', messages: { 'zh-CN': 'x', en: 'x' }, details });
    const answer = (body: string) => {
      checker.check('POST', '/api/v1/census/import', 400, 'application/json', body);
      return takeResponseViolations();
    };
    const headers = { missing: ['名称'], unknown: ['名字'], repeated: [], expected: ['名称'] };
    expect(answer(refusal('IMPORT_HEADERS_INVALID', headers))).toEqual([]);
    // Without the facts its code promises, or with facts of another shape, the answer breaks the contract.
    expect(answer(refusal('IMPORT_HEADERS_INVALID', { missing: ['名称'] }))).toHaveLength(1);
    expect(answer(refusal('IMPORT_HEADERS_INVALID', [{ field: 'file', problems: ['x'] }]))).toHaveLength(1);
    // Codes without a model keep the general shape.
    expect(answer(refusal('SHEET_UNREADABLE', undefined))).toEqual([]);
  });
});
