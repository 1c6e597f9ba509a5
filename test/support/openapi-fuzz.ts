import fc from 'fast-check';
import {
  entityExpansion,
  externalEntity,
  FORMULA_TEXTS,
  sheetXml,
  wideCsv,
  wideRow,
  xlsxOf,
  zipBomb,
} from './hostile-sheets';

/** The parts of an OpenAPI 3 document the fuzzer reads. */
export interface Schema {
  type?: string;
  enum?: unknown[];
  example?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  $ref?: string;
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export interface FuzzOperation {
  method: string;
  /** As in the document, e.g. `/api/v1/resources/{id}`. */
  route: string;
  /** Path parameters, from the route itself (the document does not declare them all). */
  pathParams: string[];
  query: Parameter[];
  idempotencyKey: boolean;
  body: { kind: 'json'; schema: Schema } | { kind: 'multipart' } | { kind: 'none' };
}

export function operationsOf(doc: OpenApiDocument): FuzzOperation[] {
  return Object.entries(doc.paths).flatMap(([route, operations]) =>
    Object.entries(operations).map(([method, operation]): FuzzOperation => {
      const parameters = operation.parameters ?? [];
      const content = operation.requestBody?.content ?? {};
      return {
        method: method.toUpperCase(),
        route,
        pathParams: [...route.matchAll(/\{(\w+)\}/g)].map((match) => match[1]),
        query: parameters.filter((p) => p.in === 'query'),
        idempotencyKey: parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key'),
        body: content['multipart/form-data']
          ? { kind: 'multipart' }
          : content['application/json']
            ? { kind: 'json', schema: content['application/json'].schema }
            : { kind: 'none' },
      };
    }),
  );
}

/** What the fuzzer knows of the world under test, so that some requests get past "not found" and "forbidden". */
export interface FuzzWorld {
  doc: OpenApiDocument;
  /** Existing values for a path parameter, by the route segment before it (`resources`, `bookings`). */
  pathValues(segment: string): string[];
  /** Every existing id, for body and query fields named `…Id` or `…Ids`. */
  ids: string[];
  regionCodes: string[];
  logins: string[];
  /** YYYY-MM-DD, Shanghai. */
  today: string;
  /** Files the multipart routes take when well-formed. */
  files: { name: string; contentType: string; content: Buffer }[];
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** Stands for the caller's access token in generated requests; replaced when sent (sessions get renewed). */
export const OWN_TOKEN = 'OWN.ACCESS.TOKEN';

/** Strings that have broken parsers, routers, SQL, templates and loggers somewhere. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\t\n',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  '1e309',
  'NaN',
  'Infinity',
  '9007199254740993',
  '99999999999999999999999',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '123e4567-e89b-12d3-a456-42661417400',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2f',
  "' OR '1'='1",
  "'; DROP TABLE accounts; --",
  '1) OR pg_sleep(5) IS NULL --',
  '$1',
  '%s%s%s%n',
  '\\',
  '{"$ne":null}',
  '{"__proto__":{"polluted":true}}',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '=HYPERLINK("http://x")',
  'a\u0000b',
  '\r\nX-Injected: 1',
  '\u202Egnp.exe',
  '\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  '🧪🔭👩‍🔬',
  'Ǆǅ İ ß ﬃ',
  '科普'.repeat(300),
  'x'.repeat(257),
  'x'.repeat(70_000),
];

/** Mainland ID numbers: valid ones (an adult, a child, a senior with a lower-case x), a wrong check digit, a birth in 2030. */
const ID_NUMBERS = [
  '440305199001010018',
  '440305201506150016',
  '11010519491231002x',
  '110105194912310021',
  '110105203001010010',
];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

/** Header values: what an HTTP client can put on the wire (visible ASCII and Latin-1, spaces, tabs). */
const headerText = fc.oneof(
  fc.string({
    unit: fc
      .integer({ min: 0x20, max: 0xff })
      .filter((c) => c !== 0x7f)
      .map((c) => String.fromCharCode(c)),
  }),
  fc.constantFrom('', ' ', 'x'.repeat(4000), 'null', '../..', "' OR 1=1 --", '%00', '\t'),
);

/** Numbers at the edges: of the types, of the schema's bounds and example, and any double at all. */
function boundaryNumber(schema: Schema = {}): fc.Arbitrary<number> {
  const schemaEdges = [schema.minimum, schema.maximum, schema.example]
    .filter((n): n is number => typeof n === 'number')
    .flatMap((n) => [n - 1, n, n + 1]);
  return fc.oneof(
    fc.constantFrom(0, -0, 1, -1, 0.5, 1.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 53 + 2, 1e308, -1e308, 5e-324),
    ...(schemaEdges.length ? [fc.constantFrom(...schemaEdges)] : []),
    fc.integer({ min: -1000, max: 100_000 }),
    fc.double(),
  );
}

/** A marker for a value nested this deep, spliced into the JSON text (JSON.stringify would overflow first). */
const DEEP = (depth: number) => `\u00a7deep:${depth}\u00a7`;
const deepJson = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const spliceDeep = (json: string) => json.replace(/"\u00a7deep:(\d+)\u00a7"/g, (_m, depth) => deepJson(Number(depth)));

/** Anything in place of a field: the wrong type, hostile text, emptiness, huge or deeply nested values. */
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], [[]], { '': '' }) },
  { weight: 3, arbitrary: boundaryNumber() },
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(20_000, 200_000).map((n) => Array.from({ length: n }, (_, i) => i)) },
  { weight: 1, arbitrary: fc.constantFrom(50, 1500, 4000).map(DEEP) },
);

/** Keys that must never reach an object's prototype or a privileged field. */
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'id', 'status', 'role', 'isAdmin', 'accountId', ''];

const resolve = (doc: OpenApiDocument, schema: Schema): Schema => {
  if (schema.$ref) return resolve(doc, doc.components.schemas[schema.$ref.split('/').pop() as string]);
  if (schema.allOf?.length === 1) return resolve(doc, schema.allOf[0]);
  return schema;
};

const uuid = fc.uuid();

/** A value a well-meaning client would send for a field of this name and schema. */
function plausible(world: FuzzWorld, schema: Schema, name: string, depth = 0): fc.Arbitrary<unknown> {
  const resolved = resolve(world.doc, schema);
  if (resolved.enum?.length) return fc.constantFrom(...resolved.enum);
  const example = resolved.example !== undefined ? [fc.constant(resolved.example)] : [];
  switch (resolved.type) {
    case 'object': {
      const properties = Object.entries(resolved.properties ?? {});
      if (depth > 4 || !properties.length) return fc.constant({});
      return fc.record(
        Object.fromEntries(properties.map(([key, child]) => [key, plausible(world, child, key, depth + 1)])),
        { requiredKeys: (resolved.required ?? []).filter((key) => resolved.properties?.[key]) },
      );
    }
    case 'array':
      return fc.oneof(
        ...example,
        fc.array(plausible(world, resolved.items ?? {}, name.replace(/s$/, ''), depth + 1), { maxLength: 3 }),
      );
    case 'number':
    case 'integer':
      return fc.oneof(
        ...example,
        /year/i.test(name) ? fc.integer({ min: 2020, max: 2030 }) : fc.integer({ min: 1, max: 50 }),
        boundaryNumber(resolved),
      );
    case 'boolean':
      return fc.boolean();
    case 'string':
      return fc.oneof(...example, plausibleText(world, name));
    default:
      // Undocumented: what the name suggests, or a query flag.
      return fc.oneof(plausibleText(world, name), fc.constantFrom('1', '0', 'true', 'false'));
  }
}

/** Plausible text for a field or parameter, by its name. */
function plausibleText(world: FuzzWorld, name: string): fc.Arbitrary<string> {
  if (/idNumber/i.test(name)) return fc.constantFrom(...ID_NUMBERS);
  if (/ids?$/i.test(name)) return fc.oneof(fc.constantFrom(...world.ids), uuid);
  if (/region|district/i.test(name)) return fc.constantFrom(...world.regionCodes);
  if (/login|email/i.test(name)) return fc.oneof(fc.constantFrom(...world.logins), fc.emailAddress());
  if (/phone/i.test(name)) return fc.constantFrom('13800138000', '+86 139-1234-5678', '0755-83281234', '12345');
  if (/date|from$|to$|on$/i.test(name)) {
    return fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: -30, max: 400 }).map((days) => addDays(world.today, days)) },
      // Written like a date, but none: month 00 or 13, day 00 or 32, 30 February.
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.integer({ min: 2025, max: 2028 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
          .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      },
    );
  }
  if (/^(open|close)$|time/i.test(name)) {
    return fc.oneof(fc.integer({ min: 0, max: 1439 }).map(hhmm), fc.constantFrom('24:00', '23:60', '9:00', '00:00'));
  }
  if (/year/i.test(name)) return fc.constantFrom('2026', '2027', '1900', '99999');
  return fc.string({ maxLength: 24 });
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Path = (string | number)[];

/** Every place in a JSON value a mutation can hit: the value itself and everything inside it. */
function pathsOf(value: unknown, path: Path = [], depth = 0): Path[] {
  if (depth > 5 || value === null || typeof value !== 'object') return [path];
  const children = Array.isArray(value)
    ? value.slice(0, 5).map((_, i) => i)
    : Object.keys(value as Record<string, unknown>);
  return [
    path,
    ...children.flatMap((key) => pathsOf((value as Record<string, unknown>)[key], [...path, key], depth + 1)),
  ];
}

type Mutation =
  | { kind: 'set'; path: Path; value: unknown }
  | { kind: 'delete'; path: Path }
  | { kind: 'add'; path: Path; key: string; value: unknown };

function applyMutation(root: unknown, mutation: Mutation): unknown {
  const { path } = mutation;
  // A copy: the same generated value placed twice, then changed, would make the body circular.
  const value = 'value' in mutation ? structuredClone(mutation.value) : undefined;
  if (!path.length) {
    if (mutation.kind === 'set') return value;
    if (mutation.kind === 'delete') return undefined;
  }
  const parent = path.slice(0, -1).reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], root);
  if (parent === null || typeof parent !== 'object') return root;
  const target = parent as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (mutation.kind === 'set') target[last] = value;
  else if (mutation.kind === 'delete') {
    if (Array.isArray(target)) target.splice(Number(last), 1);
    else delete target[last];
  } else {
    const holder = path.length ? target[last] : root;
    // defineProperty, so that `__proto__` becomes an own key that JSON.stringify writes out.
    if (holder && typeof holder === 'object' && !Array.isArray(holder)) {
      Object.defineProperty(holder, mutation.key, { value, enumerable: true, writable: true });
    }
  }
  return root;
}

/** The value with up to three random changes: wrong types, removed fields, extra and hostile keys. */
function mutated(value: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(value);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...paths), value: junkValue }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...paths) }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('add' as const),
        path: fc.constantFrom(...paths),
        key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 })),
        value: junkValue,
      }),
    },
  );
  return fc
    .array(mutation, { maxLength: 3 })
    .map((mutations) => mutations.reduce((root, m) => applyMutation(root, m), structuredClone(value)));
}

/** Request bodies that are not the JSON object a route expects at all. */
const RAW_BODIES = [
  'null',
  '0',
  '"text"',
  'true',
  '[]',
  '[{}]',
  '{',
  '{"a":1,}',
  "{'a':1}",
  'NaN',
  '\uFEFF{}',
  '{"a":"\\ud800"}',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"a":1,"a":2}',
  '['.repeat(3000) + ']'.repeat(3000),
  deepJson(4000),
  deepJson(20_000),
];

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=',
  'application/xml',
  'application/json; charset=latin1',
  'application/json, text/plain',
  'application/vnd.api+json',
  '*/*',
  'garbage',
];

function jsonBody(
  world: FuzzWorld,
  schema: Schema,
  validBody: unknown,
): fc.Arbitrary<{ contentType?: string; payload?: string }> {
  const object = (validBody === undefined ? plausible(world, schema, 'body') : fc.constant(validBody)).chain(mutated);
  return fc.oneof(
    { weight: 12, arbitrary: object.map((value) => ({ payload: spliceDeep(JSON.stringify(value) ?? '') })) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_BODIES).map((payload) => ({ payload })) },
    { weight: 1, arbitrary: fc.constant({ payload: JSON.stringify({ x: 'x'.repeat(1024 * 1024) }) }) },
    { weight: 1, arbitrary: fc.constant({}) },
    {
      weight: 2,
      arbitrary: fc.record({
        contentType: fc.constantFrom(...CONTENT_TYPES),
        payload: object.map((value) => JSON.stringify(value) ?? ''),
      }),
    },
  );
}

interface Part {
  field: string;
  filename?: string;
  contentType?: string;
  content: Buffer;
}

const corrupt = (file: Buffer) =>
  fc.oneof(
    fc.nat({ max: file.length }).map((end) => file.subarray(0, end)),
    fc.record({ at: fc.nat({ max: file.length - 1 }), byte: fc.nat({ max: 255 }) }).map(({ at, byte }) => {
      const copy = Buffer.from(file);
      copy[at] = byte;
      return copy;
    }),
  );

const HOSTILE_SHEETS = [
  zipBomb(120),
  entityExpansion(),
  externalEntity(),
  wideRow(60_000),
  wideCsv(1_000_000),
  Buffer.from(`姓名 Name,身份 Role,身份证号 ID\n${FORMULA_TEXTS.map((text) => `"${text}",学生,`).join('\n')}\n`),
  xlsxOf(sheetXml([['姓名 Name', '身份 Role'], ...FORMULA_TEXTS.map((text) => [text, '__proto__'])])),
];

/** The first bytes of each format the server sniffs, followed by noise. */
const MAGIC = ['\x89PNG\r\n\x1a\n', '\xff\xd8\xff', 'RIFF\0\0\0\0WEBPVP8X', '%PDF-', 'PK\x03\x04', '\xef\xbb\xbf'];

function multipartBody(world: FuzzWorld): fc.Arbitrary<{ contentType?: string; payload?: Buffer }> {
  const wellFormed = fc.constantFrom(...world.files);
  const content = fc.oneof(
    { weight: 3, arbitrary: wellFormed.map((file) => file.content) },
    { weight: 3, arbitrary: wellFormed.chain((file) => corrupt(file.content)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...MAGIC), fc.uint8Array({ maxLength: 300 }))
        .map(([magic, noise]) => Buffer.concat([Buffer.from(magic, 'latin1'), noise])),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 500 }).map((bytes) => Buffer.from(bytes)) },
    // Sheets built to hurt a parser: a zip bomb, entity expansion, a million columns, formulas.
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_SHEETS) },
    // Hostile text inside a file that is otherwise right: a cell of a CSV, say.
    {
      weight: 2,
      arbitrary: fc
        .tuple(wellFormed, hostileString, fc.nat())
        .map(([file, text, at]) =>
          Buffer.concat([
            file.content.subarray(0, at % file.content.length),
            Buffer.from(text),
            file.content.subarray(at % file.content.length),
          ]),
        ),
    },
  );
  const part: fc.Arbitrary<Part> = fc.record(
    {
      field: fc.oneof(
        { weight: 6, arbitrary: fc.constant('file') },
        { weight: 1, arbitrary: fc.constantFrom('files', '', 'f"ile') },
      ),
      filename: fc.oneof(
        fc.constantFrom(...world.files.map((file) => file.name)),
        fc.constantFrom('../../etc/passwd', 'a"b.png', '名单.xlsx', 'x'.repeat(1000), ''),
      ),
      contentType: fc.constantFrom(
        ...world.files.map((file) => file.contentType),
        'text/html',
        'application/x-msdownload',
      ),
      content,
    },
    { requiredKeys: ['field', 'content'] },
  );
  const boundary = 'fuzzboundary7MA4YWxk';
  return fc
    .record({
      parts: fc.array(part, { minLength: 0, maxLength: 3 }),
      header: fc.oneof(
        { weight: 8, arbitrary: fc.constant(`multipart/form-data; boundary=${boundary}`) },
        {
          weight: 1,
          arbitrary: fc.constantFrom('multipart/form-data', 'multipart/form-data; boundary=other', 'application/json'),
        },
      ),
      truncated: fc.boolean(),
    })
    .map(({ parts, header, truncated }) => {
      const body = Buffer.concat([
        ...parts.map((p) =>
          Buffer.concat([
            Buffer.from(
              `--${boundary}\r\nContent-Disposition: form-data; name="${p.field}"` +
                (p.filename !== undefined ? `; filename="${p.filename}"` : '') +
                (p.contentType ? `\r\nContent-Type: ${p.contentType}` : '') +
                '\r\n\r\n',
            ),
            p.content,
            Buffer.from('\r\n'),
          ]),
        ),
        Buffer.from(`--${boundary}--\r\n`),
      ]);
      return { contentType: header, payload: truncated ? body.subarray(0, Math.floor(body.length / 2)) : body };
    });
}

/** A path or query value on the wire: percent-encoded UTF-8, or raw bytes a browser would never send. */
const RAW_URL_PARTS = ['..', '.', '%', '%zz', '%FF', '%C0%AF', '%2e%2e%2f', '%00', 'a/b', ';x', '%uD800', '[]'];
const encode = (text: string) =>
  [...Buffer.from(text, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

function urlValue(realValues: string[], plausibleValue?: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    ...(realValues.length ? [{ weight: 6, arbitrary: fc.constantFrom(...realValues).map(encode) }] : []),
    ...(plausibleValue ? [{ weight: 4, arbitrary: plausibleValue.map((v) => encode(String(v))) }] : []),
    { weight: 1, arbitrary: uuid },
    { weight: 3, arbitrary: hostileString.map(encode) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_URL_PARTS) },
  );
}

/**
 * Some of the declared parameters with plausible values, and often one bad one: hostile or raw
 * text, a repeated or bare parameter, or an undeclared (hostile) name. One bad parameter at a time,
 * so the others still reach the rules behind validation.
 */
function queryString(world: FuzzWorld, op: FuzzOperation): fc.Arbitrary<string> {
  const plausibleValue = (p: FuzzOperation['query'][number]) => plausible(world, p.schema ?? {}, p.name);
  const clean = op.query.map((p) =>
    fc.option(
      plausibleValue(p).map((value) => `${p.name}=${encode(String(value))}`),
      { nil: undefined, freq: 2 },
    ),
  );
  const extraKey = fc.constantFrom(...HOSTILE_KEYS.filter(Boolean), 'page[]', 'x');
  const bad = fc.oneof(
    ...op.query.flatMap((p) => [
      urlValue([], plausibleValue(p)).map((value) => `${p.name}=${value}`),
      fc
        .array(urlValue([], plausibleValue(p)), { minLength: 2, maxLength: 3 })
        .map((values) => values.map((value) => `${p.name}=${value}`).join('&')),
      fc.constant(p.name),
    ]),
    fc.tuple(extraKey, urlValue([])).map(([key, value]) => `${key}=${value}`),
  );
  return fc.tuple(fc.tuple(...clean), fc.option(bad, { nil: undefined, freq: 2 })).map(([pairs, corrupt]) => {
    const byName = new Map(
      pairs.filter((pair): pair is string => pair !== undefined).map((pair) => [pair.split('=')[0], pair]),
    );
    if (corrupt) byName.set(corrupt.split('=')[0], corrupt);
    return byName.size ? `?${[...byName.values()].join('&')}` : '';
  });
}

function headers(op: FuzzOperation, signedIn: boolean): fc.Arbitrary<Record<string, string>> {
  const someoneElse = fc.constantFrom(
    'Bearer ',
    'Bearer null',
    'Basic YWRtaW46YWRtaW4=',
    // An unsigned token ("alg": "none") claiming to be anyone.
    'Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ.',
  );
  const authorization = signedIn
    ? fc.oneof(
        { weight: 10, arbitrary: fc.constant(`Bearer ${OWN_TOKEN}`) },
        { weight: 1, arbitrary: fc.constant(`Bearer ${OWN_TOKEN}x`) },
        { weight: 1, arbitrary: fc.constant(`bearer  ${OWN_TOKEN}`) },
        { weight: 1, arbitrary: someoneElse },
        { weight: 1, arbitrary: headerText.map((text) => `Bearer ${text}`) },
      )
    : fc.oneof(
        { weight: 3, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.oneof(someoneElse, headerText) },
      );
  const idempotencyKey = fc.oneof(
    { weight: op.idempotencyKey ? 8 : 1, arbitrary: uuid },
    { weight: 1, arbitrary: fc.constant('fuzz-key-used-again') },
    { weight: 2, arbitrary: headerText },
  );
  return fc
    .record(
      {
        authorization,
        'idempotency-key': idempotencyKey,
        'accept-language': fc.oneof(
          fc.constantFrom('en', 'en-GB,en;q=0.9', 'zh-CN,zh;q=0.9,en;q=0.8', '*', 'fr', ''),
          headerText,
        ),
        'x-request-id': fc.oneof(fc.constantFrom('fuzz-request-0001'), headerText),
        accept: fc.constantFrom('application/json', 'text/html', '*/*', 'application/xml', 'image/png', ';;;'),
      },
      { requiredKeys: ['authorization'] },
    )
    .map((record) => {
      const picked: Record<string, string> = {};
      for (const [name, value] of Object.entries(record)) if (value !== undefined) picked[name] = value;
      return picked;
    });
}

/**
 * Random, boundary and hostile requests for one operation: path parameters (existing and made-up),
 * query parameters, a JSON body derived from the operation's schema (or a known valid body) then
 * mutated, or a multipart upload, and every header the API reads.
 */
export function requestArbitrary(
  world: FuzzWorld,
  op: FuzzOperation,
  signedIn: boolean,
  validBody?: unknown,
): fc.Arbitrary<FuzzRequest> {
  const segments = op.route.split('/');
  const path = fc
    .tuple(
      ...op.pathParams.map((param) => {
        const before = segments[segments.indexOf(`{${param}}`) - 1];
        return urlValue(world.pathValues(before));
      }),
    )
    .map((values) => op.pathParams.reduce((route, param, i) => route.replace(`{${param}}`, values[i]), op.route));
  const noBody = fc.constant<{ contentType?: string; payload?: string | Buffer }>({});
  const body =
    op.body.kind === 'json'
      ? jsonBody(world, op.body.schema, validBody)
      : op.body.kind === 'multipart'
        ? multipartBody(world)
        : fc.oneof({ weight: 6, arbitrary: noBody }, { weight: 1, arbitrary: jsonBody(world, {}, validBody ?? {}) });
  return fc.record({ path, query: queryString(world, op), headers: headers(op, signedIn), body }).map((parts) => {
    const all = { ...parts.headers };
    if (parts.body.payload !== undefined) all['content-type'] = parts.body.contentType ?? 'application/json';
    return { method: op.method, url: parts.path + parts.query, headers: all, payload: parts.body.payload };
  });
}

/** One line that shows a request well enough to replay it. */
export function describeRequest(request: FuzzRequest): string {
  const cut = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text);
  const shownHeaders = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name, cut(value, 120)]),
  );
  const payload =
    request.payload === undefined
      ? ''
      : ` body=${cut(Buffer.isBuffer(request.payload) ? `<${request.payload.length} bytes>` : request.payload)}`;
  return `${request.method} ${cut(request.url)} headers=${JSON.stringify(shownHeaders)}${payload}`;
}
