import { Param, ParseUUIDPipe } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { CoreErrors } from '../errors/core-errors';

/** A UUID path parameter; anything else names no object, so it is 404 like an unknown id. */
export const IdParam = (name: string): ParameterDecorator =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => new AppError(CoreErrors.NOT_FOUND) }));
