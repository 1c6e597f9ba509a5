import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, ErrorDetail } from './app-error';
import { CoreErrors } from './core-errors';

function flatten(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Strict input validation: unknown fields are refused, values are converted to their declared types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new AppError(CoreErrors.VALIDATION_FAILED, flatten(errors)),
  });
}

/**
 * Validates a plain object against a DTO class outside a request (merged edits, import rows),
 * with the same rules as the pipe. Returns the instance, or the field problems.
 */
export async function validateInput<T extends object>(
  type: ClassConstructor<T>,
  plain: unknown,
): Promise<{ value: T; problems: ErrorDetail[] }> {
  const value = plainToInstance(type, plain);
  const errors = await validate(value, { whitelist: true, forbidNonWhitelisted: true });
  return { value, problems: flatten(errors) };
}

/** validateInput, throwing VALIDATION_FAILED with the field details. */
export async function requireValid<T extends object>(type: ClassConstructor<T>, plain: unknown): Promise<T> {
  const { value, problems } = await validateInput(type, plain);
  if (problems.length) throw new AppError(CoreErrors.VALIDATION_FAILED, problems);
  return value;
}
