import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { CoreErrors, toErrorBody } from '@kepu/core';

const logger = new Logger('RequestTimeout');

/**
 * Answers 503 SERVICE_UNAVAILABLE to a request still unanswered after `milliseconds`, whatever it
 * waits on: the auth guard's query, a handler, a Postgres that stopped answering. Timed from the
 * start, so guards count too (a Nest interceptor would start after them). The work itself is not
 * cancelled; Fastify drops its late answer. A write that completes after its 503 is what
 * Idempotency-Key retries are for.
 */
export function limitRequestTime(fastify: FastifyInstance, milliseconds: number): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const timer = setTimeout(() => {
      // A download that has begun streaming is answered already.
      if (reply.sent || reply.raw.headersSent) return;
      logger.warn({ correlationId: request.id, url: request.url }, `No answer within ${milliseconds} ms: 503`);
      const definition = CoreErrors.SERVICE_UNAVAILABLE;
      void reply.code(definition.status).send(
        toErrorBody(definition, {
          details: { timeoutSeconds: milliseconds / 1000 },
          correlationId: request.id,
          acceptLanguage: request.headers['accept-language'],
        }),
      );
    }, milliseconds);
    reply.raw.once('close', () => clearTimeout(timer));
    done();
  });
}
