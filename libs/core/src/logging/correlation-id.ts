import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const CORRELATION_HEADER = 'x-request-id';
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives the raw request its correlation id once: the caller's X-Request-Id when it looks like
 * one (so traces join up across services), else a new UUID. The HTTP server, the request logger
 * and the error filter all read the same id.
 */
export function assignCorrelationId(req: IncomingMessage & { id?: unknown }): string {
  if (typeof req.id === 'string') return req.id;
  const incoming = req.headers[CORRELATION_HEADER];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  req.id = id;
  return id;
}

/**
 * The request's correlation id (the one `assignCorrelationId` gave it and every log line of the
 * request carries), for a controller to hand to the audit trail.
 */
export const CorrelationId = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<{ id?: string }>().id,
);
