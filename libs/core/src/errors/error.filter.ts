import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingHttpHeaders } from 'node:http';
import { classifyError, toErrorBody } from './error-response';

/** Turns every error into the one error shape; unexpected errors are logged and never leak internals. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<{ id?: string; headers: IncomingHttpHeaders }>();
    const { definition, details, unexpected } = classifyError(exception);
    if (unexpected) {
      this.logger.error({ err: exception, correlationId: request.id }, 'Unhandled error');
    } else if (definition.status >= 500) {
      // An outage of a service Kepu depends on: the operator needs to see it, without a stack per request.
      const reason = exception instanceof Error ? exception.message : String(exception);
      this.logger.warn({ reason, correlationId: request.id }, `Answered ${definition.code}`);
    }
    const body = toErrorBody(definition, {
      details,
      correlationId: request.id,
      acceptLanguage: request.headers['accept-language'],
    });
    const response = http.getResponse();
    // A refusal that says when to come back (a back-off, a rate limit) says it in the standard header too.
    const retryAfter = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (typeof retryAfter === 'number') {
      this.adapterHost.httpAdapter.setHeader(response, 'Retry-After', String(Math.ceil(retryAfter)));
    }
    this.adapterHost.httpAdapter.reply(response, body, definition.status);
  }
}
