import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiOkResponse, ApiProduces, getSchemaPath } from '@nestjs/swagger';
import { DOWNLOAD_TYPES, DownloadFormat } from './download';
import type { OpenAPIObject } from '@nestjs/swagger';
import { definedErrors, ErrorDefinition } from '../errors/app-error';
import { CoreErrors } from '../errors/core-errors';

/** Marks an operation anyone may call without a token (set by `Public`, read by finishOpenApi). */
export const PUBLIC_OPERATION = 'x-kepu-public';
/** An operation's budgets of requests a minute (set by `RateLimit`, read by finishOpenApi). */
const RATE_LIMITED_OPERATION = 'x-kepu-rate-limit';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
/** An operation as the finishing pass reads it, with Kepu's markers. */
type MarkedOperation = Operation & Record<string, unknown>;
type Responses = Operation['responses'];
type Schema = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

const ERROR_BODY = { $ref: '#/components/schemas/ErrorBody' };

/** The error shape for these codes; with a details model, `details` always holds those facts. */
function errorShape(codes: string[], details?: ErrorDefinition['details']): Schema {
  const code: Schema = { type: 'string', enum: codes };
  const refined: Schema = details
    ? { type: 'object', required: ['details'], properties: { code, details: { $ref: getSchemaPath(details) } } }
    : { type: 'object', properties: { code } };
  return { allOf: [ERROR_BODY, refined] };
}

/** The one error shape, with the codes an answer of this status may carry, each code's facts its own branch. */
function errorContent(errors: ErrorDefinition[]) {
  const plain = errors.filter((error) => !error.details).map((error) => error.code);
  const shapes = [
    ...(plain.length ? [errorShape(plain)] : []),
    ...errors.filter((error) => error.details).map((error) => errorShape([error.code], error.details)),
  ];
  return { 'application/json': { schema: shapes.length === 1 ? shapes[0] : { oneOf: shapes } } };
}

/** The models of the facts refusals carry (ErrorDefinition.details), for the document's components. */
export const errorDetailModels = () => [...new Set(definedErrors().flatMap((error) => error.details ?? []))];

const describe = (errors: ErrorDefinition[]) => errors.map((e) => `\`${e.code}\`: ${e.zh} / ${e.en}`).join('\n\n');

/** An operation's own refusal codes (set by `ApiErrors`, turned into answers by finishOpenApi). */
const OPERATION_ERRORS = 'x-kepu-errors';

/**
 * The refusals an operation may give besides those every operation may (finishOpenApi adds
 * those: invalid input, sign-in, rate limits, outages). Kept as a mark until finishOpenApi writes
 * the answers: a response decorator here would stop the CLI plugin documenting the success answer.
 * A bare code names a refusal defined by a lib this one may not import (one implementing a port
 * this lib calls); the document takes its definition from that lib.
 */
export const ApiErrors = (...errors: (ErrorDefinition | string)[]): MethodDecorator =>
  ApiExtension(
    OPERATION_ERRORS,
    errors.map((error) => (typeof error === 'string' ? error : error.code)),
  );

const BINARY_FILE = { schema: { type: 'string', format: 'binary' } };

/**
 * An answer that is a file in one of these formats (as `download()` sends it), or, with `content`,
 * also something else (JSON figures, say) under its own media type.
 */
export const ApiFileAnswer = (
  description: string,
  formats: DownloadFormat[],
  content: Record<string, { schema: object }> = {},
): MethodDecorator => {
  const files = Object.fromEntries(formats.map((format) => [DOWNLOAD_TYPES[format], BINARY_FILE]));
  return applyDecorators(
    ApiProduces(...Object.keys(content), ...Object.keys(files)),
    ApiOkResponse({ description, content: { ...content, ...files } }),
  );
};

/** For `RateLimit`: the document shows the budgets' headers on the operation's answers. */
export const ApiRateLimit = (perMinute: Record<string, number>): MethodDecorator =>
  ApiExtension(RATE_LIMITED_OPERATION, perMinute);

/** For `Public`: the document says the operation needs no token. */
export const ApiPublic = (): MethodDecorator & ClassDecorator => ApiExtension(PUBLIC_OPERATION, true);

const ERROR_SCHEMAS = {
  ErrorDetail: {
    type: 'object',
    required: ['field', 'problems', 'messages'],
    properties: {
      field: { type: 'string', description: 'The input the problem is about, e.g. `visitors.0.idNumber`' },
      problems: { type: 'array', items: { type: 'string' }, description: 'For developers and logs: stable English' },
      messages: {
        type: 'array',
        description: 'For the person who typed the value, one per problem: show it next to that field',
        items: {
          type: 'object',
          required: ['zh-CN', 'en'],
          properties: { 'zh-CN': { type: 'string', maxLength: 500 }, en: { type: 'string', maxLength: 500 } },
        },
      },
    },
  },
  ErrorBody: {
    type: 'object',
    description: 'Every refusal and failure has this shape; `code` is stable, the messages are for people.',
    required: ['statusCode', 'code', 'message', 'messages'],
    properties: {
      statusCode: { type: 'integer', format: 'int32', minimum: 400, maximum: 599 },
      code: { type: 'string', maxLength: 64, pattern: '^[A-Z][A-Z0-9_]*$', example: 'SLOT_FULL' },
      message: {
        type: 'string',
        maxLength: 500,
        description: "In the caller's language (Accept-Language; Chinese by default)",
      },
      messages: {
        type: 'object',
        required: ['zh-CN', 'en'],
        properties: { 'zh-CN': { type: 'string', maxLength: 500 }, en: { type: 'string', maxLength: 500 } },
      },
      details: {
        description: 'Per field for invalid input; facts such as `retryAfterSeconds` or `opensAt` for some refusals',
        oneOf: [
          { type: 'array', items: { $ref: '#/components/schemas/ErrorDetail' } },
          { type: 'object', additionalProperties: true },
        ],
      },
      correlationId: { type: 'string', maxLength: 64, description: 'Quote it when reporting a problem' },
    },
  },
};

const integerHeader = (description: string, maximum: number) => ({
  description,
  schema: { type: 'integer', format: 'int32', minimum: 0, maximum },
});

/** What the throttler says on each answer of a rate-limited operation, per budget (`ip`, `account`). */
function rateLimitHeaders(budgets: string[]) {
  return Object.fromEntries(
    budgets.flatMap((budget) => [
      [`X-RateLimit-Limit-${budget}`, integerHeader(`Requests a minute allowed per ${budget}`, 100_000)],
      [`X-RateLimit-Remaining-${budget}`, integerHeader('Of those, left in this minute', 100_000)],
      [`X-RateLimit-Reset-${budget}`, integerHeader('Seconds until the minute starts again', 60)],
    ]),
  );
}

const RETRY_AFTER = { 'Retry-After': integerHeader('Seconds to wait before trying again', 86_400) };

/** Answers any operation may give, whatever it does; `signIn` are the refusals of a token that is no longer good. */
function commonAnswers(signIn: ErrorDefinition[]): [ErrorDefinition[], (operation: MarkedOperation) => boolean][] {
  const needsToken = (op: MarkedOperation) => !op[PUBLIC_OPERATION];
  return [
    [[CoreErrors.VALIDATION_FAILED], (op) => Boolean(op.requestBody || op.parameters?.length)],
    // A body is parsed before any route is chosen: whatever the operation, one that is not JSON (or
    // not well-formed multipart), nests too deeply, holds a lone surrogate, is too large or of another
    // type is refused.
    [
      [CoreErrors.MALFORMED_JSON, CoreErrors.BODY_TOO_DEEP, CoreErrors.MALFORMED_TEXT, CoreErrors.BAD_REQUEST],
      () => true,
    ],
    [[CoreErrors.UNAUTHORIZED, ...signIn], needsToken],
    [[CoreErrors.FORBIDDEN], needsToken],
    // What a caller may not see is not found, as what does not exist (docs/api.md, "Errors").
    [[CoreErrors.NOT_FOUND], (op) => Boolean(op.parameters?.some((p) => 'in' in p && p.in === 'path'))],
    [[CoreErrors.PAYLOAD_TOO_LARGE], () => true],
    [[CoreErrors.UNSUPPORTED_MEDIA_TYPE], () => true],
    [[CoreErrors.TOO_MANY_REQUESTS], () => true],
    [[CoreErrors.INTERNAL], () => true],
    [[CoreErrors.SERVICE_UNAVAILABLE], () => true],
  ];
}

/**
 * Writes an operation's error answers, one per status: a shared response when the status has only
 * one common answer (and no rate-limit headers to carry), else its own, with every code it may carry.
 */
function writeErrors(
  responses: Responses,
  answers: Map<number, { errors: ErrorDefinition[]; shared?: string; parts: number }>,
  rateLimited: boolean,
): void {
  for (const [status, { errors, shared, parts }] of answers) {
    if (shared && parts === 1 && !rateLimited) {
      responses[status] = { $ref: `#/components/responses/${shared}` };
      continue;
    }
    const unique = [...new Map(errors.map((error) => [error.code, error])).values()];
    responses[status] = { description: describe(unique), content: errorContent(unique) };
  }
}

/** The definitions of these codes, grouped by their status. */
function byStatus(codes: string[]): Map<number, ErrorDefinition[]> {
  const definitions = new Map(definedErrors().map((definition) => [definition.code, definition]));
  const grouped = new Map<number, ErrorDefinition[]>();
  for (const code of codes) {
    const definition = definitions.get(code);
    if (!definition) throw new Error(`ApiErrors names ${code}, which no loaded lib defines`);
    grouped.set(definition.status, [...(grouped.get(definition.status) ?? []), definition]);
  }
  return grouped;
}

/**
 * What the validators imply, said as clients look for it: a UUID (`@IsUUID`) has 36 characters,
 * and Kepu's integers (counts, sizes, years) all fit in 32 bits.
 */
function sayImpliedLimits(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(sayImpliedLimits);
  if (!node || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  if (schema.type === 'string' && schema.format === 'uuid' && schema.maxLength === undefined) {
    Object.assign(schema, { minLength: 36, maxLength: 36 });
  }
  if (schema.type === 'integer' && schema.format === undefined) schema.format = 'int32';
  Object.values(schema).forEach(sayImpliedLimits);
}

/**
 * The last touches on the generated document, in one place: the error shape and the answers every
 * operation may give, security per operation (a token, or none for public operations), and the
 * rate-limit headers of throttled operations.
 */
export function finishOpenApi(document: OpenAPIObject, signInErrors: ErrorDefinition[] = []): OpenAPIObject {
  const common = commonAnswers(signInErrors);
  const commonResponses = Object.fromEntries(
    common.map(([errors]) => [
      errors[0].code,
      {
        description: describe(errors),
        content: errorContent(errors),
        ...(errors[0].status === 429 ? { headers: RETRY_AFTER } : {}),
      },
    ]),
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...ERROR_SCHEMAS },
    responses: { ...document.components?.responses, ...commonResponses },
  };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method] as MarkedOperation | undefined;
      if (!operation) continue;
      const isPublic = Boolean(operation[PUBLIC_OPERATION]);
      const budgets = operation[RATE_LIMITED_OPERATION] as Record<string, number> | undefined;
      const answers = new Map<number, { errors: ErrorDefinition[]; shared?: string; parts: number }>();
      const add = (status: number, errors: ErrorDefinition[], shared?: string) => {
        const answer = answers.get(status) ?? { errors: [], parts: 0 };
        answers.set(status, {
          errors: [...answer.errors, ...errors],
          shared: shared ?? answer.shared,
          parts: answer.parts + 1,
        });
      };
      for (const [status, errors] of byStatus((operation[OPERATION_ERRORS] as string[] | undefined) ?? [])) {
        add(status, errors);
      }
      for (const [errors, applies] of common) {
        if (applies(operation)) add(errors[0].status, errors, errors[0].code);
      }
      writeErrors(operation.responses, answers, Boolean(budgets));
      if (budgets) {
        const headers = rateLimitHeaders(Object.keys(budgets));
        for (const [status, response] of Object.entries(operation.responses)) {
          if (response && /^[24]/.test(status) && !('$ref' in response)) {
            response.headers = { ...response.headers, ...headers, ...(status === '429' ? RETRY_AFTER : {}) };
          }
        }
      }
      delete operation[OPERATION_ERRORS];
      delete operation[PUBLIC_OPERATION];
      delete operation[RATE_LIMITED_OPERATION];
      operation.security = isPublic ? [] : [{ bearer: [] }];
    }
  }
  // Only the shared answers some operation uses (one merged into every operation's own is not).
  const used = new Set(JSON.stringify(document.paths).match(/#\/components\/responses\/\w+/g) ?? []);
  for (const name of Object.keys(commonResponses)) {
    if (!used.has(`#/components/responses/${name}`)) delete document.components.responses?.[name];
  }
  sayImpliedLimits(document);
  return document;
}
