import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { IdempotencyErrors } from './idempotency-errors';

const KEY_SHAPE = /^[A-Za-z0-9_.:-]{8,128}$/;

/**
 * The request's `Idempotency-Key` header, well-formed (400 otherwise) and required unless the
 * route says `{ optional: true }` (then undefined when absent).
 */
export const IdempotencyKey = createParamDecorator(
  (options: { optional?: boolean } | undefined, context: ExecutionContext) => {
    const header = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>().headers['idempotency-key'];
    if (header === undefined || header === '') {
      if (options?.optional) return undefined;
      throw new AppError(IdempotencyErrors.IDEMPOTENCY_KEY_REQUIRED);
    }
    if (typeof header !== 'string' || !KEY_SHAPE.test(header)) {
      throw new AppError(IdempotencyErrors.IDEMPOTENCY_KEY_INVALID);
    }
    return header;
  },
);
