import { HttpException } from '@nestjs/common';
import { isDatabaseUnavailable } from '../database/errors';
import { AppError, ErrorDefinition, ErrorDetail } from './app-error';
import { CoreErrors } from './core-errors';

/** The one error shape every endpoint returns. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  /** In the caller's language (Accept-Language; Simplified Chinese by default). */
  message: string;
  messages: { 'zh-CN': string; en: string };
  details?: ErrorDetail[] | Record<string, unknown>;
  correlationId?: string;
}

const BY_STATUS: Record<number, ErrorDefinition> = Object.fromEntries(
  [
    CoreErrors.BAD_REQUEST,
    CoreErrors.UNAUTHORIZED,
    CoreErrors.FORBIDDEN,
    CoreErrors.ROUTE_NOT_FOUND,
    CoreErrors.METHOD_NOT_ALLOWED,
    CoreErrors.CONFLICT,
    CoreErrors.PAYLOAD_TOO_LARGE,
    CoreErrors.UNSUPPORTED_MEDIA_TYPE,
    CoreErrors.TOO_MANY_REQUESTS,
    CoreErrors.SERVICE_UNAVAILABLE,
  ].map((d) => [d.status, d]),
);

/** Fastify's own refusals, before any route runs: a URL it cannot decode, a path parameter over its length limit. */
const FASTIFY_ERRORS: Record<string, ErrorDefinition> = {
  FST_ERR_BAD_URL: CoreErrors.MALFORMED_URL,
  FST_ERR_MAX_PARAM_LENGTH: CoreErrors.URI_TOO_LONG,
};

/** Resolves any thrown value to a definition; `unexpected` marks errors that are bugs, logged with their stack. */
export function classifyError(error: unknown): {
  definition: ErrorDefinition;
  details?: ErrorBody['details'];
  unexpected: boolean;
} {
  if (error instanceof AppError) {
    return { definition: error.definition, details: error.details, unexpected: false };
  }
  const fastifyError = FASTIFY_ERRORS[(error as { code?: string } | null)?.code ?? ''];
  if (fastifyError) return { definition: fastifyError, unexpected: false };
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const definition = BY_STATUS[status];
    if (definition) return { definition, unexpected: false };
    return { definition: status < 500 ? CoreErrors.BAD_REQUEST : CoreErrors.INTERNAL, unexpected: status >= 500 };
  }
  // Postgres down or restarting is an outage, not a bug: the client may try again shortly.
  if (isDatabaseUnavailable(error)) return { definition: CoreErrors.SERVICE_UNAVAILABLE, unexpected: false };
  return { definition: CoreErrors.INTERNAL, unexpected: true };
}

export function prefersEnglish(acceptLanguage: string | undefined): boolean {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en');
}

export function toErrorBody(
  definition: ErrorDefinition,
  options: { details?: ErrorBody['details']; correlationId?: string; acceptLanguage?: string },
): ErrorBody {
  return {
    statusCode: definition.status,
    code: definition.code,
    message: prefersEnglish(options.acceptLanguage) ? definition.en : definition.zh,
    messages: { 'zh-CN': definition.zh, en: definition.en },
    ...(options.details ? { details: options.details } : {}),
    ...(options.correlationId ? { correlationId: options.correlationId } : {}),
  };
}
