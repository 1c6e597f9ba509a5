import { Logger } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { limitRequestTime } from './request-timeout';

describe('the request time limit', () => {
  const fastify = new FastifyAdapter().getInstance();
  let finishLate: () => void = () => undefined;
  beforeAll(async () => {
    limitRequestTime(fastify, 200);
    fastify.get('/quick', async () => ({ ok: true }));
    // Answers only when told to: a handler stuck on a dependency that stopped answering.
    fastify.get('/stuck', () => new Promise((resolve) => (finishLate = () => resolve({ late: true }))));
    await fastify.ready();
  });
  afterAll(() => fastify.close());

  it('answers 503 in the error shape when the handler has not answered in time, and drops its late answer', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const res = await fastify.inject({ url: '/stuck', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({
      statusCode: 503,
      code: 'SERVICE_UNAVAILABLE',
      message: 'The service is unavailable, please try again later',
      messages: { 'zh-CN': '服务暂不可用，请稍后再试' },
      details: { timeoutSeconds: 0.2 },
    });
    expect(warn).toHaveBeenCalledWith({ correlationId: 'req-1', url: '/stuck' }, 'No answer within 200 ms: 503');
    warn.mockRestore();
    finishLate();
    expect((await fastify.inject('/quick')).json()).toEqual({ ok: true });
  });

  it('leaves requests answered in time alone', async () => {
    const res = await fastify.inject('/quick');
    expect([res.statusCode, res.json()]).toEqual([200, { ok: true }]);
  });
});
