import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { AppError } from '../errors/app-error';
import { CoreErrors } from '../errors/core-errors';

const UUID_SCHEMA = { type: 'string', format: 'uuid', minLength: 36, maxLength: 36 } as const;

/** A UUID path parameter; anything else names no object, so it is 404 like an unknown id. */
export const IdParam =
  (name: string): ParameterDecorator =>
  (target, method, index) => {
    Param(name, new ParseUUIDPipe({ exceptionFactory: () => new AppError(CoreErrors.NOT_FOUND) }))(
      target,
      method,
      index,
    );
    // The document says what the pipe accepts (Swagger cannot see through a parameter decorator).
    const handler = method && Object.getOwnPropertyDescriptor(target, method);
    if (handler) ApiParam({ name, schema: UUID_SCHEMA })(target, method as string | symbol, handler);
  };
