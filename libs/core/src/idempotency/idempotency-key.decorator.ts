import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { IdempotencyErrors } from './idempotency-errors';

const KEY_SHAPE = /^[A-Za-z0-9_.:-]{8,128}$/;

/** The request's `Idempotency-Key` header, required and well-formed (400 otherwise). */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const header = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>().headers['idempotency-key'];
  if (header === undefined || header === '') throw new AppError(IdempotencyErrors.IDEMPOTENCY_KEY_REQUIRED);
  if (typeof header !== 'string' || !KEY_SHAPE.test(header)) {
    throw new AppError(IdempotencyErrors.IDEMPOTENCY_KEY_INVALID);
  }
  return header;
});
