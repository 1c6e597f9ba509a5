import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';
import { isLocalDate, TIME_PATTERN } from './shanghai';

/** What the document says of a value (or, with `each`, of every item of an array). */
const documented = (schema: ApiPropertyOptions, options?: ValidationOptions) =>
  ApiProperty(options?.each ? ({ items: schema } as ApiPropertyOptions) : schema);

/** A real calendar date written `YYYY-MM-DD`. */
export const IsLocalDate = (options?: ValidationOptions): PropertyDecorator =>
  applyDecorators(
    documented({ type: 'string', format: 'date', minLength: 10, maxLength: 10 }, options),
    ValidateBy(
      {
        name: 'isLocalDate',
        validator: {
          validate: (value) => typeof value === 'string' && isLocalDate(value),
          defaultMessage: buildMessage((each) => `${each}$property must be a real date written YYYY-MM-DD`, options),
        },
      },
      options,
    ),
  );

/** A wall-clock time `HH:MM` from 00:00 to 23:59 (so `24:00` is refused). */
export const IsLocalTime = (options?: ValidationOptions): PropertyDecorator =>
  applyDecorators(
    documented({ type: 'string', pattern: TIME_PATTERN.source, minLength: 5, maxLength: 5 }, options),
    ValidateBy(
      {
        name: 'isLocalTime',
        validator: {
          validate: (value) => typeof value === 'string' && TIME_PATTERN.test(value),
          defaultMessage: buildMessage(
            (each) => `${each}$property must be a time HH:MM between 00:00 and 23:59`,
            options,
          ),
        },
      },
      options,
    ),
  );
