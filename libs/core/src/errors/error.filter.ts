import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { classifyError, toErrorBody } from './error-response';

/** Turns every error into the one error shape; unexpected errors are logged and never leak internals. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const { definition, details, unexpected } = classifyError(exception);
    if (unexpected) {
      this.logger.error({ err: exception, correlationId: request.id }, 'Unhandled error');
    }
    if (response.headersSent) return;
    response
      .status(definition.status)
      .json(
        toErrorBody(definition, { details, correlationId: request.id, acceptLanguage: request.headers['accept-language'] }),
      );
  }
}
