import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { LIBS, ROOT, tsFilesUnder } from './source-files';

/**
 * One way to the database per lib (docs/architecture.md, "Data access"): in a lib that has adopted
 * the rule, only its `*.store.ts` files query. Everything else may open a transaction and pass its
 * EntityManager along, and nothing more. The test reads the types, not the names: a call on a
 * TypeORM DataSource, EntityManager, Repository, QueryRunner or query builder, or on a pg client,
 * is a database access, whatever the variable is called.
 */

/** The libs that follow the rule. This list only grows: a lib that already follows it must be in it. */
const ADOPTED = [
  'schedule',
  'identity',
  'search',
  'stats',
  'core',
  'notify',
  'campaigns',
  'register',
  'outreach',
  'booking',
  'demo',
];

/** Files outside stores that talk to Postgres without reading or writing a table of their lib, each with its reason. */
const NOT_TABLE_ACCESS: { file: string; why: string }[] = [
  {
    file: 'libs/identity/src/session-cache.ts',
    why: 'LISTENs for session changes on a pg connection of its own; it reads and writes no table',
  },
  {
    file: 'libs/core/src/database/data-source-options.ts',
    why: 'opens and closes a data source to run the migrations, and holds advisory locks on a connection of its own; it reads and writes no table (TypeORM keeps its record of migrations)',
  },
  {
    file: 'libs/core/src/jobs/heartbeat.job.ts',
    why: 'asks Postgres the time to prove a worker reaches it; it reads no table',
  },
  {
    file: 'libs/demo/src/synthetic-register.ts',
    why: "opens and closes a data source of its own for the benchmarks' synthetic register, whose rows register's SyntheticVenues writes",
  },
  {
    file: 'libs/core/src/http/pagination.ts',
    why: "loadInOrder reads a page's entities with the caller's manager and entity class: the caller's table, on its behalf",
  },
];

/** The classes through which code reaches Postgres, by the package that declares them. */
const DATABASE_TYPES: Record<string, Set<string>> = {
  typeorm: new Set([
    'DataSource',
    'EntityManager',
    'Repository',
    'TreeRepository',
    'QueryRunner',
    'QueryBuilder',
    'SelectQueryBuilder',
    'InsertQueryBuilder',
    'UpdateQueryBuilder',
    'DeleteQueryBuilder',
    'SoftDeleteQueryBuilder',
    'RelationQueryBuilder',
  ]),
  '@types/pg': new Set(['Client', 'ClientBase', 'Pool', 'PoolClient']),
};
/** What any file may do with a DataSource or EntityManager: open a transaction (or a savepoint in one). */
const ALLOWED_METHODS = new Set(['transaction']);
/** Decorators that hand a class a repository or manager of its own: stores only. */
const STORE_DECORATORS = new Set(['InjectRepository', 'InjectEntityManager']);

const isStore = (file: string) => file.endsWith('.store.ts');

const sourcesOf = (lib: string) => tsFilesUnder(join(ROOT, 'libs', lib, 'src'));

function program(files: string[]): ts.Program {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return ts.createProgram({ rootNames: files, options: { ...options, noEmit: true } });
}

const packageOf = (file: ts.SourceFile) =>
  Object.keys(DATABASE_TYPES).find((pkg) => file.fileName.split(sep).join('/').includes(`/node_modules/${pkg}/`));

/** The names of the database classes' members: only calls of these need their receiver's type looked up. */
function memberNames(checked: ts.Program): Set<string> {
  const names = new Set<string>();
  for (const file of checked.getSourceFiles()) {
    const pkg = packageOf(file);
    if (!pkg) continue;
    const visit = (node: ts.Node): void => {
      if (
        (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) &&
        DATABASE_TYPES[pkg].has(node.name?.text ?? '')
      ) {
        for (const member of node.members) if (member.name && ts.isIdentifier(member.name)) names.add(member.name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return names;
}

/** The database class of this type (or of any member of a union), as `package.Class`, if it is one. */
function databaseClass(type: ts.Type): string | undefined {
  for (const part of type.isUnion() ? type.types : [type]) {
    const symbol = part.aliasSymbol ?? part.getSymbol();
    for (const declaration of symbol?.declarations ?? []) {
      const pkg = packageOf(declaration.getSourceFile());
      if (pkg && DATABASE_TYPES[pkg].has(symbol!.getName())) return `${pkg}.${symbol!.getName()}`;
    }
  }
  return undefined;
}

interface Access {
  file: string;
  line: number;
  what: string;
}

/** Every database access in a file: a call on a database class (but a transaction), or a store decorator. */
function accessesIn(source: ts.SourceFile, checker: ts.TypeChecker, members: Set<string>): Access[] {
  const found: Access[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push({
      file: relative(ROOT, source.fileName),
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      what,
    });
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && STORE_DECORATORS.has(callee.text)) at(node, `@${callee.text}`);
      if (
        ts.isPropertyAccessExpression(callee) &&
        members.has(callee.name.text) &&
        !ALLOWED_METHODS.has(callee.name.text)
      ) {
        const owner = databaseClass(checker.getTypeAtLocation(callee.expression));
        if (owner) at(node, `${owner}.${callee.name.text}()`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('data access', () => {
  const files = new Map(LIBS.map((lib) => [lib, sourcesOf(lib)]));
  const found = new Map<string, Access[]>();
  beforeAll(() => {
    const checked = program([...files.values()].flat());
    const checker = checked.getTypeChecker();
    const members = memberNames(checked);
    for (const [lib, paths] of files) {
      found.set(
        lib,
        paths.flatMap((path) => accessesIn(checked.getSourceFile(path)!, checker, members)),
      );
    }
  }, 180_000); // one type-checked program of every lib: seconds, more on a busy machine
  const accesses = (lib: string) => found.get(lib) ?? [];
  const exempt = (access: Access) => NOT_TABLE_ACCESS.some((entry) => entry.file === access.file);
  const outsideStores = (lib: string) => accesses(lib).filter((a) => !isStore(a.file) && !exempt(a));

  it.each(ADOPTED)('%s reaches the database only from its *.store.ts files', (lib) => {
    const found = outsideStores(lib).map((a) => `${a.file}:${a.line} ${a.what}`);
    expect(found).toEqual([]);
  });

  it('sees the stores themselves reach the database (the check reads types correctly)', () => {
    const stores = ADOPTED.flatMap((lib) => files.get(lib)!.filter(isStore)).map((path) => relative(ROOT, path));
    expect(stores.length).toBeGreaterThan(0);
    const reaching = new Set(ADOPTED.flatMap(accesses).map((a) => a.file));
    expect(stores.filter((store) => !reaching.has(store))).toEqual([]);
  });

  it('lists every lib that already follows the rule, so the list only grows', () => {
    const following = LIBS.filter(
      (lib) => !ADOPTED.includes(lib) && accesses(lib).length > 0 && outsideStores(lib).length === 0,
    );
    expect(following).toEqual([]);
  });

  it('lists only exemptions that still reach the database, in libs that adopted the rule', () => {
    const all = ADOPTED.flatMap(accesses);
    for (const entry of NOT_TABLE_ACCESS) {
      expect(ADOPTED).toContain(entry.file.split('/')[1]);
      expect(all.some((a) => a.file === entry.file)).toBe(true);
    }
  });
});
