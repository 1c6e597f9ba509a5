import type { NextFunction, Request, Response } from 'express';
import { AppError, ErrorDefinition } from './app-error';
import { CoreErrors } from './core-errors';

/** body-parser tags the errors a client causes with a `type`. */
const BY_TYPE: Record<string, ErrorDefinition> = {
  'entity.parse.failed': CoreErrors.MALFORMED_JSON,
  'entity.too.large': CoreErrors.PAYLOAD_TOO_LARGE,
  'entity.verify.failed': CoreErrors.BAD_REQUEST,
  'encoding.unsupported': CoreErrors.UNSUPPORTED_MEDIA_TYPE,
  'charset.unsupported': CoreErrors.UNSUPPORTED_MEDIA_TYPE,
  'request.aborted': CoreErrors.BAD_REQUEST,
  'request.size.invalid': CoreErrors.BAD_REQUEST,
  'parameters.too.many': CoreErrors.PAYLOAD_TOO_LARGE,
};

/**
 * Express error middleware placed right after the body parsers: names their errors with our codes
 * before Nest turns a JSON syntax error into an anonymous BadRequest.
 */
export function translateBodyParserErrors(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  const type = (error as { type?: unknown } | null)?.type;
  next(typeof type === 'string' && BY_TYPE[type] ? new AppError(BY_TYPE[type]) : error);
}
