import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Every answer a test app gives is checked against the operation's documented answer for its
 * status: an undocumented status, field or shape is a violation. Violations are collected per app
 * and fail the test that caused them (test/support/openapi-after-each.ts).
 */

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: unknown;
  [key: string]: unknown;
}
interface Response {
  $ref?: string;
  content?: Record<string, { schema?: Schema }>;
}
interface Document {
  paths: Record<string, Record<string, { responses: Record<string, Response> }>>;
  components?: { schemas?: Record<string, Schema>; responses?: Record<string, Response> };
}

const violations: string[] = [];

/** What the answers of the running test broke, emptied by each read. */
export function takeResponseViolations(): string[] {
  return violations.splice(0);
}

/** Named models are closed: a field the document does not name is a violation. */
function closeModels(schemas: Record<string, Schema>): Record<string, Schema> {
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [
      name,
      schema.properties && schema.additionalProperties === undefined
        ? { ...schema, additionalProperties: false }
        : schema,
    ]),
  );
}

/** `/api/v1/bookings/:id` (Fastify's route) as the document writes it: `/api/v1/bookings/{id}`. */
const documentPath = (route: string) => route.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

export class ResponseChecker {
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: Document) {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema(
      { components: { schemas: forAjv(closeModels(document.components?.schemas ?? {})) } } as Schema,
      'doc',
    );
  }

  static async of(app: NestFastifyApplication): Promise<ResponseChecker> {
    const answer = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/api/docs-json' });
    return new ResponseChecker(JSON.parse(answer.body) as Document);
  }

  /** Records why the answer does not match the document, if it does not; never throws into the response. */
  check(method: string, route: string | undefined, status: number, contentType: string, body: string): void {
    try {
      this.compare(method, route, status, contentType, body);
    } catch (error) {
      violations.push(`${method} ${route} → ${status}: the check failed: ${(error as Error).message}`);
    }
  }

  private compare(method: string, route: string | undefined, status: number, contentType: string, body: string): void {
    // Outside the versioned API (the web app, the docs, the dev mailbox) and unknown routes: nothing documented.
    if (!route?.startsWith('/api/v1') || route.includes('*')) return;
    const operationKey = `${method} ${route}`;
    const operation = this.document.paths[documentPath(route)]?.[method.toLowerCase()];
    if (!operation) {
      violations.push(`${operationKey}: not in the document`);
      return;
    }
    const documented = operation.responses[String(status)];
    // A shared answer: `#/components/responses/NAME`.
    const response = documented?.$ref
      ? this.document.components?.responses?.[documented.$ref.split('/').pop() as string]
      : documented;
    if (!response) {
      violations.push(`${operationKey} → ${status}: status not documented`);
      return;
    }
    if (!contentType.startsWith('application/json') || !body) return;
    const schema = response.content?.['application/json']?.schema;
    if (!schema || (schema.type === 'object' && !schema.properties && !schema.additionalProperties)) {
      violations.push(`${operationKey} → ${status}: JSON answer without a documented schema`);
      return;
    }
    const key = `${operationKey} ${status}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(forAjv(schema) as Schema);
      this.validators.set(key, validate);
    }
    const answer: unknown = JSON.parse(body);
    if (!validate(answer)) {
      const problems = (validate.errors ?? [])
        .slice(0, 5)
        .map((e) => `${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
      const code = (answer as { code?: unknown } | null)?.code;
      violations.push(`${operationKey} → ${status}${code ? ` ${String(code)}` : ''}: ${problems.join('; ')}`);
    }
  }
}

/**
 * An operation's schema as JSON Schema for ajv: `#/components/schemas/X` points into the schema
 * added as `doc`, and OpenAPI 3.0's `nullable: true` allows null whatever the rest says (the plugin
 * writes a nullable nested model as `{ nullable, allOf: [$ref] }`, where ajv's own `nullable`
 * would still check null against the model).
 */
function forAjv(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forAjv);
  if (!schema || typeof schema !== 'object') return schema;
  const { nullable, ...rest } = schema as Record<string, unknown>;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' ? `doc${value}` : forAjv(value),
    ]),
  );
  return nullable === true ? { anyOf: [{ type: 'null' }, converted] } : converted;
}
