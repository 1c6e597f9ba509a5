import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** What the architecture tests read: the repository's folders, its TypeScript files and their strings. */
export const ROOT = join(__dirname, '..', '..');
export const MIGRATIONS = join(ROOT, 'migrations');
export const LIBS = readdirSync(join(ROOT, 'libs'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The .ts files under a folder at any depth; unit tests (`*.spec.ts`) only when asked for. */
export function tsFilesUnder(dir: string, { specs = false } = {}): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFilesUnder(path, { specs });
    return entry.name.endsWith('.ts') && (specs || !entry.name.endsWith('.spec.ts')) ? [path] : [];
  });
}

/** A migration's `up()`, for `stringsOf(path, isUp)`. */
export const isUp = (node: ts.Node) => ts.isMethodDeclaration(node) && node.name.getText() === 'up';

/**
 * Every string literal and template piece of a file (inside the nodes `inside` accepts, when given),
 * with its line; SQL comments inside are dropped.
 */
export function stringsOf(
  path: string,
  inside?: (node: ts.Node) => boolean,
): { text: string; line: number; node: ts.Node }[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { text: string; line: number; node: ts.Node }[] = [];
  const visit = (node: ts.Node, counted: boolean): void => {
    const here = counted || !inside || inside(node);
    if (
      here &&
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node))
    ) {
      const text = node.text.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
      found.push({ text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, node });
    }
    ts.forEachChild(node, (child) => visit(child, here));
  };
  visit(source, false);
  return found;
}
