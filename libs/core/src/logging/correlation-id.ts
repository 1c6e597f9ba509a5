import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

type RequestWithId = IncomingMessage & { id?: string };

/**
 * Gives the request its correlation id once (a caller's well-formed X-Request-Id, else a new
 * UUID) and echoes it. Runs before body parsing, so even a 400 for malformed JSON carries it.
 */
export function assignCorrelationId(req: RequestWithId, res: ServerResponse): string {
  if (req.id) return req.id;
  const incoming = req.headers['x-request-id'];
  req.id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', req.id);
  return req.id;
}

export function correlationIdMiddleware(req: RequestWithId, res: ServerResponse, next: () => void): void {
  assignCorrelationId(req, res);
  next();
}
