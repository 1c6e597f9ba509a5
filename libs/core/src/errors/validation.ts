import { ClassConstructor, plainToInstance, Type } from 'class-transformer';
import { IsArray, IsObject, validate, ValidateNested } from 'class-validator';
import { applyDecorators, ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, ErrorDetail } from './app-error';
import { CoreErrors } from './core-errors';
import { fieldProblem, defineProblems } from './problems';
import { validatorMessage } from './validator-messages';

function flatten(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const rules = Object.entries(error.constraints ?? {});
    const own = rules.length
      ? [
          {
            field,
            problems: rules.map(([, problem]) => problem),
            messages: rules.map(([name]) => validatorMessage(error, name)),
          },
        ]
      : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

const NUL = '\u0000';

const InputProblems = defineProblems({
  NUL_IN_TEXT: {
    problem: '{field} must not contain U+0000',
    zh: '含有无法保存的空字符，请删去后重试',
    en: 'Holds a null character that cannot be saved; remove it',
  },
  NUL_IN_NAME: {
    problem: 'a field name must not contain U+0000',
    zh: '字段名含有无法保存的空字符',
    en: 'A field name holds a null character that cannot be saved',
  },
});

/**
 * The fields whose text (or key) holds U+0000, at any depth: Postgres stores it in neither text nor
 * jsonb, so it must be refused as input rather than fail a write. Bodies nest only a few levels
 * (the JSON parser refuses deeper ones).
 */
function nulCharacters(value: unknown, field: string): ErrorDetail[] {
  if (typeof value === 'string')
    return value.includes(NUL) ? [fieldProblem(field, InputProblems.NUL_IN_TEXT, { field: field || 'the value' })] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const path = field ? `${field}.${key}` : key;
    return key.includes(NUL) ? [fieldProblem(path, InputProblems.NUL_IN_NAME)] : nulCharacters(item, path);
  });
}

/** Strict input validation: unknown fields are refused, values are converted to their declared types. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The messages read each failed rule's constraints from the class of the object it failed in.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new AppError(CoreErrors.VALIDATION_FAILED, flatten(errors)),
  });
}

/** Refuses U+0000 in a body, query or path value first: most text fields take any character, and no rule sees a path parameter. */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const problems = nulCharacters(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
      if (problems.length) throw new AppError(CoreErrors.VALIDATION_FAILED, problems);
    }
    return super.transform(value, metadata);
  }
}

/** A nested object of a DTO class. ValidateNested alone also takes an array (of anything) in its place. */
export const NestedObject = (type: () => ClassConstructor<object>) =>
  applyDecorators(IsObject(), ValidateNested(), Type(type));

/** A list of objects of a DTO class. ValidateNested alone also takes lists nested in the list. */
export const NestedObjects = (type: () => ClassConstructor<object>) =>
  applyDecorators(IsArray(), IsObject({ each: true }), ValidateNested({ each: true }), Type(type));

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
  return { value, problems: [...nulCharacters(plain, ''), ...flatten(errors)] };
}

/** validateInput, throwing VALIDATION_FAILED with the field details. */
export async function requireValid<T extends object>(type: ClassConstructor<T>, plain: unknown): Promise<T> {
  const { value, problems } = await validateInput(type, plain);
  if (problems.length) throw new AppError(CoreErrors.VALIDATION_FAILED, problems);
  return value;
}
