import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { isUp, LIBS, MIGRATIONS, ROOT, stringsOf, tsFilesUnder } from './source-files';
import { CREATED_OUTSIDE_MIGRATIONS, KNOWN_CROSSINGS, READ_MODELS, TABLE_OWNERS, VIEW_OWNERS } from './table-owners';

/**
 * Each lib owns its tables (docs/table-ownership.md): the migrations' tables all have an owner in
 * table-owners.ts, and a lib's code names no other lib's table except where KNOWN_CROSSINGS lists
 * it (debt, to shrink) or READ_MODELS declares a file a read model. The views the migrations create
 * are read models too: each has an owner in VIEW_OWNERS, is built over its owner's tables only, and
 * any lib may read it but none may write it. A lib names a table in SQL (only string literals are
 * read, so comments never count; SQL keywords are matched in capitals, as this code base writes
 * them) or by using another lib's entity class as a value (entityMentionsIn).
 */

/** A table named after FROM, JOIN, INTO, UPDATE, TABLE, REFERENCES, USING or TRUNCATE. */
const TABLE_AFTER_KEYWORD =
  /\b(FROM|JOIN|INTO|UPDATE|TABLE|REFERENCES|USING|TRUNCATE)\s+(?:ONLY\s+|LATERAL\s+|IF\s+(?:NOT\s+)?EXISTS\s+)?"?([a-z_][a-z0-9_]*)"?/g;
/** Calls whose string argument (or `name:` option) is a table: TypeORM's decorators and query builder. */
const TABLE_ARGUMENT_CALLS = new Set([
  'Entity',
  'ViewEntity',
  'JoinTable',
  'getRepository',
  'from',
  'into',
  'update',
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
]);
const WRITES = /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE|ALTER\s+TABLE)\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?/g;

interface Mention {
  file: string;
  line: number;
  table: string;
  writes: boolean;
}

const calleeName = (call: ts.CallExpression): string => {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
};

/** The call a string literal is a table argument of: `f('x')` or `f({ name: 'x' })`. */
function tableArgumentCall(literal: ts.Node): ts.CallExpression | undefined {
  const parent = literal.parent;
  if (ts.isCallExpression(parent) && parent.arguments.includes(literal as ts.Expression)) return parent;
  if (
    ts.isPropertyAssignment(parent) &&
    parent.name.getText() === 'name' &&
    ts.isObjectLiteralExpression(parent.parent) &&
    ts.isCallExpression(parent.parent.parent)
  ) {
    return parent.parent.parent;
  }
  return undefined;
}

function mentionsIn(path: string, tables: Set<string>): Mention[] {
  const file = relative(ROOT, path);
  const mentions: Mention[] = [];
  for (const { text, line, node } of stringsOf(path)) {
    const written = new Set([...text.matchAll(WRITES)].map((match) => match[2]));
    for (const [, , table] of text.matchAll(TABLE_AFTER_KEYWORD)) {
      if (tables.has(table)) mentions.push({ file, line, table, writes: written.has(table) });
    }
    const call = tables.has(text) ? tableArgumentCall(node) : undefined;
    if (call && TABLE_ARGUMENT_CALLS.has(calleeName(call))) mentions.push({ file, line, table: text, writes: true });
  }
  return mentions;
}

const parsed = (path: string) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);

/** The libs' entity classes (`@Entity('table')`), by class name, with their lib and table. */
function entityClasses(): Map<string, { lib: string; table: string }> {
  const classes = new Map<string, { lib: string; table: string }>();
  for (const lib of LIBS)
    for (const path of tsFilesUnder(join(ROOT, 'libs', lib, 'src')))
      parsed(path).forEachChild((node) => {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        for (const decorator of ts.getDecorators(node) ?? []) {
          const call = decorator.expression;
          const [table] = ts.isCallExpression(call) && calleeName(call) === 'Entity' ? call.arguments : [];
          if (table && ts.isStringLiteral(table)) classes.set(node.name.text, { lib, table: table.text });
        }
      });
  return classes;
}

/** TypeORM's relation decorators: their target is a foreign key, which the migrations declare as well. */
const RELATIONS = new Set(['ManyToOne', 'OneToOne', 'OneToMany', 'ManyToMany']);
const inRelation = (node: ts.Node): boolean =>
  ts.isArrowFunction(node.parent) &&
  ts.isCallExpression(node.parent.parent) &&
  RELATIONS.has(calleeName(node.parent.parent)) &&
  ts.isDecorator(node.parent.parent.parent);

/**
 * Another lib's entity class used as a value (`tx.findBy(Slot, …)`, `getRepository(Resource)`)
 * reaches that lib's table as surely as SQL naming it; a type, or a relation's target, does not.
 */
function entityMentionsIn(path: string, classes: Map<string, { lib: string; table: string }>): Mention[] {
  const file = relative(ROOT, path);
  const lib = libOf(file);
  const source = parsed(path);
  const imported = new Set<string>();
  source.forEachChild((node) => {
    if (!ts.isImportDeclaration(node) || node.importClause?.isTypeOnly || !ts.isStringLiteral(node.moduleSpecifier))
      return;
    const from = /^@kepu\/(\w+)$/.exec(node.moduleSpecifier.text)?.[1];
    const bindings = node.importClause?.namedBindings;
    if (!from || from === lib || !bindings || !ts.isNamedImports(bindings)) return;
    for (const element of bindings.elements)
      if (!element.isTypeOnly && classes.get(element.name.text)?.lib === from) imported.add(element.name.text);
  });
  const mentions: Mention[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isIdentifier(node) &&
      imported.has(node.text) &&
      !ts.isImportSpecifier(node.parent) &&
      !ts.isTypeReferenceNode(node.parent) &&
      !ts.isTypeQueryNode(node.parent) &&
      !inRelation(node)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      mentions.push({ file, line, table: classes.get(node.text)!.table, writes: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return mentions;
}

/** The migrations in the order migrations/index.ts runs them. */
const REGISTERED = [...readFileSync(join(MIGRATIONS, 'index.ts'), 'utf8').matchAll(/from '\.\/([^']+)'/g)].map(
  (m) => m[1],
);

/** The tables the registered migrations leave behind: each one's up() in order, CREATE adds and DROP removes. */
function migratedTables(): Set<string> {
  const tables = new Set<string>();
  for (const name of REGISTERED) {
    for (const { text, node } of stringsOf(join(MIGRATIONS, `${name}.ts`), isUp)) {
      const call = ts.isCallExpression(node.parent) ? calleeName(node.parent) : '';
      if (/^(createTable|dropTable|renameTable)$/.test(call) || /\bRENAME\s+TO\b/.test(text)) {
        throw new Error(`${name} creates, drops or renames a table in a way this test does not read yet`);
      }
      for (const [, verb, table] of text.matchAll(
        /\b(CREATE|DROP)\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?"?([a-z_][a-z0-9_]*)"?/g,
      )) {
        if (verb === 'CREATE') tables.add(table);
        else tables.delete(table);
      }
    }
  }
  return tables;
}

/** The views the registered migrations leave behind, each with the SQL of its last CREATE VIEW. */
function migratedViews(): Map<string, string> {
  const views = new Map<string, string>();
  for (const name of REGISTERED) {
    for (const { text } of stringsOf(join(MIGRATIONS, `${name}.ts`), isUp)) {
      for (const [, verb, view] of text.matchAll(
        /\b(CREATE(?:\s+OR\s+REPLACE)?|DROP)\s+VIEW\s+(?:IF\s+EXISTS\s+)?"?([a-z_][a-z0-9_]*)"?/g,
      )) {
        if (verb === 'DROP') views.delete(view);
        else views.set(view, text);
      }
    }
  }
  return views;
}

const libOf = (file: string) => file.split('/')[1];
const key = (c: { file: string; table: string }) => `${c.file} ${c.table}`;

describe('table ownership', () => {
  const tables = migratedTables();
  const owned = new Set(Object.keys(TABLE_OWNERS));
  const classes = entityClasses();
  const mentions = LIBS.flatMap((lib) => tsFilesUnder(join(ROOT, 'libs', lib, 'src'))).flatMap((path) => [
    ...mentionsIn(path, owned),
    ...entityMentionsIn(path, classes),
  ]);
  const readModel = (m: Mention) => READ_MODELS.some((r) => r.file === m.file && r.tables.includes(m.table));
  const crossings = mentions.filter((m) => TABLE_OWNERS[m.table] !== libOf(m.file) && !readModel(m));
  const views = migratedViews();
  const viewMentions = LIBS.flatMap((lib) => tsFilesUnder(join(ROOT, 'libs', lib, 'src'))).flatMap((path) =>
    mentionsIn(path, new Set(Object.keys(VIEW_OWNERS))),
  );

  it('reads every migration: all are registered in migrations/index.ts', () => {
    const onDisk = readdirSync(MIGRATIONS).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
    expect(onDisk.filter((name) => !REGISTERED.includes(name.replace(/\.ts$/, '')))).toEqual([]);
  });

  it('has an owner for every table the migrations create', () => {
    expect(tables.size).toBeGreaterThan(40);
    expect([...tables].filter((table) => !owned.has(table))).toEqual([]);
  });

  it('maps only tables that exist to libs that exist', () => {
    expect([...owned].filter((table) => !tables.has(table) && !CREATED_OUTSIDE_MIGRATIONS.includes(table))).toEqual([]);
    expect(Object.entries(TABLE_OWNERS).filter(([, lib]) => !LIBS.includes(lib))).toEqual([]);
  });

  it("finds no lib naming another lib's table beyond the known crossings", () => {
    const known = new Set(KNOWN_CROSSINGS.map(key));
    const added = crossings.filter((m) => !known.has(key(m)));
    // Named with the place and a line to copy, for a crossing that is really meant (a port is better).
    expect(
      added.map(
        (m) =>
          `${m.file}:${m.line} names ${m.table} (${TABLE_OWNERS[m.table]}'s): { file: '${m.file}', table: '${m.table}' }`,
      ),
    ).toEqual([]);
  });

  it('lists only crossings that still exist, so the list only shrinks', () => {
    const current = new Set(crossings.map(key));
    expect(KNOWN_CROSSINGS.filter((c) => !current.has(key(c))).map(key)).toEqual([]);
  });

  it('lists each crossing once, across libs, with its reason', () => {
    const keys = KNOWN_CROSSINGS.map(key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(
      KNOWN_CROSSINGS.filter(
        (c) => !c.why.trim() || !(c.table in TABLE_OWNERS) || TABLE_OWNERS[c.table] === libOf(c.file),
      ),
    ).toEqual([]);
  });

  it('lets read models read and never write', () => {
    const declared = READ_MODELS.flatMap((r) => r.tables.map((table) => ({ file: r.file, table })));
    expect(declared.filter((d) => !mentions.some((m) => key(m) === key(d))).map(key)).toEqual([]);
    expect(declared.filter((d) => TABLE_OWNERS[d.table] === libOf(d.file)).map(key)).toEqual([]);
    expect(mentions.filter((m) => m.writes && readModel(m)).map((m) => `${m.file}:${m.line} ${m.table}`)).toEqual([]);
  });

  it('has an owner for every view the migrations create, and maps only views that exist', () => {
    expect([...views.keys()].filter((view) => !(view in VIEW_OWNERS))).toEqual([]);
    expect(Object.keys(VIEW_OWNERS).filter((view) => !views.has(view))).toEqual([]);
    expect(Object.entries(VIEW_OWNERS).filter(([, lib]) => !LIBS.includes(lib))).toEqual([]);
  });

  it("builds each view over its owner's tables only", () => {
    const foreign = [...views].flatMap(([view, sql]) =>
      [...sql.matchAll(TABLE_AFTER_KEYWORD)]
        .map((match) => match[2])
        .filter((table) => table in TABLE_OWNERS && TABLE_OWNERS[table] !== VIEW_OWNERS[view])
        .map((table) => `${view} reads ${table} (${TABLE_OWNERS[table]}'s)`),
    );
    expect(foreign).toEqual([]);
  });

  it('lets every lib read the views and none write them', () => {
    expect(viewMentions.length).toBeGreaterThan(0);
    expect(viewMentions.filter((m) => m.writes).map((m) => `${m.file}:${m.line} ${m.table}`)).toEqual([]);
  });

  it('reads SQL and TypeORM table names in strings, not comments, routes or column names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kepu-tables-'));
    const path = join(dir, 'sample.ts');
    writeFileSync(
      path,
      [
        '// SELECT 1 FROM accounts',
        '/* UPDATE bookings SET status = 1 */',
        "@Controller('slots') class Routes {}",
        "@Entity('offerings') class Offering {}",
        "@JoinTable({ name: 'role_grants' }) class Grants {}",
        'const read = `SELECT s.capacity FROM slots s -- JOIN regions',
        '  JOIN "resources" r ON r.id = s.resource_id`;',
        "const write = 'INSERT INTO media (id) VALUES ($1)';",
        "const column = 'slots.capacity';",
      ].join('\n'),
    );
    try {
      expect(mentionsIn(path, owned).map((m) => `${m.line} ${m.table}${m.writes ? ' written' : ''}`)).toEqual([
        '4 offerings written',
        '5 role_grants written',
        '6 slots',
        '6 resources',
        '8 media written',
      ]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
