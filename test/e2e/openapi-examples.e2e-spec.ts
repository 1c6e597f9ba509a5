import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

interface Schema {
  $ref?: string;
  type?: string;
  example?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
}
interface Operation {
  parameters?: { in: string; name: string; example?: unknown; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

const document = JSON.parse(readFileSync('docs/openapi.json', 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

/** The request a schema's examples make, with the fields they filled in (nested paths, as details name them). */
function exampleOf(schema: Schema | undefined, path = ''): { value: unknown; filled: string[] } {
  const resolved = schema?.$ref ? document.components.schemas[schema.$ref.split('/').pop() as string] : schema;
  if (!resolved) return { value: undefined, filled: [] };
  if (resolved.example !== undefined) return { value: resolved.example, filled: [path] };
  if (resolved.allOf?.length === 1) return exampleOf(resolved.allOf[0], path);
  if (resolved.type === 'array' && resolved.items) {
    const item = exampleOf(resolved.items, `${path}.0`);
    return item.value === undefined ? { value: undefined, filled: [] } : { value: [item.value], filled: item.filled };
  }
  if (!resolved.properties) return { value: undefined, filled: [] };
  const value: Record<string, unknown> = {};
  const filled: string[] = [];
  for (const [name, property] of Object.entries(resolved.properties)) {
    const example = exampleOf(property, path ? `${path}.${name}` : name);
    if (example.value === undefined) continue;
    value[name] = example.value;
    filled.push(...example.filled);
  }
  return filled.length ? { value, filled } : { value: undefined, filled: [] };
}

/**
 * The document's examples are what a developer copies first: each one must pass the API's own
 * validation. Every operation with examples gets them, as the system administrator; whatever else
 * it answers, no field filled from an example may be named in a VALIDATION_FAILED.
 */
describe('examples in the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('pass the validation of the operation they belong to', async () => {
    const admin = await signIn(t, 'admin@demo.kepu');
    const refused: string[] = [];
    let checked = 0;
    for (const [route, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const body = exampleOf(operation.requestBody?.content['application/json']?.schema);
        const query = (operation.parameters ?? []).filter((p) => p.in === 'query' && p.example !== undefined);
        if (body.value === undefined && !query.length) continue;
        checked++;
        const url = route.replace(/\{[^}]+\}/g, () => randomUUID());
        const search = new URLSearchParams(query.map((p): [string, string] => [p.name, String(p.example)])).toString();
        const res = await t
          .http()
          [method as 'post'](`${url}${search ? `?${search}` : ''}`)
          .set(bearer(admin))
          .set('Idempotency-Key', randomUUID())
          .send(body.value as object);
        const problems = res.body?.code === 'VALIDATION_FAILED' ? (res.body.details as { field: string }[]) : [];
        const fromExamples = [...body.filled, ...query.map((p) => p.name)];
        for (const { field } of problems) {
          if (fromExamples.includes(field)) refused.push(`${method.toUpperCase()} ${route}: ${field}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(refused).toEqual([]);
  });
});
