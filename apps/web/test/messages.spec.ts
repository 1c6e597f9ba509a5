import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createI18n } from 'vue-i18n';
import { consoleMessages } from '../src/lib/console-messages';
import { compileMessage } from '../src/lib/message-format';
import { messages } from '../src/lib/messages';

/**
 * Every message key the web app's code names exists in both languages: a typo or a key that names
 * a group rather than a string would otherwise show the raw key to the reader. Keys built at run
 * time (`operator.venues.status.${status}`) are checked up to their fixed prefix.
 */
const SOURCE = join(__dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(vue|ts)$/.test(entry.name) ? [path] : [];
  });
}

/** `t('a.b')`, `t(`a.${x}`)`, `tm('a')` and route `nav: 'a.b'` labels, with the file they are in. */
function namedKeys(): { key: string; file: string; dynamic: boolean; nav: boolean }[] {
  const found: { key: string; file: string; dynamic: boolean; nav: boolean }[] = [];
  const patterns = [/\bt[m]?\(\s*'([^']+)'/g, /\bt[m]?\(\s*`([^`]+)`/g, /\bnav: '([a-zA-Z.]+)'/g];
  for (const file of sourceFiles(SOURCE)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns)
      for (const [, key] of text.matchAll(pattern)) {
        const dynamic = key.includes('${');
        found.push({
          key: dynamic ? key.slice(0, key.indexOf('${')).replace(/\.$/, '') : key,
          file,
          dynamic,
          nav: pattern === patterns[2],
        });
      }
  }
  return found;
}

const lookup = (tree: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

/** Every string once the consoles' have loaded (src/lib/i18n.ts, loadConsoleMessages). */
const everything = {
  'zh-CN': { ...messages['zh-CN'], ...consoleMessages['zh-CN'] },
  en: { ...messages.en, ...consoleMessages.en },
};

/**
 * The files a public page can run without a console page having opened: every file outside
 * src/consoles and what they import statically, through console folders too (shared components).
 */
function publicFiles(): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, path] of text.matchAll(/^import (?!type )[^;]*? from '(\.[^']+)'/gm)) {
      const target = resolve(dirname(file), path);
      const found = [target, `${target}.ts`].find(
        (candidate) => /\.(vue|ts)$/.test(candidate) && existsSync(candidate),
      );
      if (found) visit(found);
    }
  };
  for (const file of sourceFiles(SOURCE)) if (!file.includes('/consoles/')) visit(file);
  return seen;
}

describe('web app messages', () => {
  const keys = namedKeys();

  it('finds the keys the code names', () => {
    expect(keys.length).toBeGreaterThan(300);
  });

  it.each(['zh-CN', 'en'] as const)('has every named key in %s', (language) => {
    const missing = keys
      .filter(({ key, dynamic }) => {
        const value = lookup(everything[language], key);
        return dynamic ? typeof value !== 'object' : typeof value !== 'string' && !Array.isArray(value);
      })
      .map(({ key, file }) => `${key} (${file.slice(SOURCE.length + 1)})`);
    expect(missing).toEqual([]);
  });

  it("has the keys of public pages without the consoles' strings", () => {
    const reachable = publicFiles();
    // Console navigation labels (`nav:`) show in the console layout only.
    const missing = namedKeys()
      .filter(({ key, file, nav }) => reachable.has(file) && !nav && lookup(messages['zh-CN'], key) === undefined)
      .map(({ key, file }) => `${key} (${file.slice(SOURCE.length + 1)})`);
    expect(reachable.size).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it("reads every string the same through the app's small compiler as through vue-i18n's own", () => {
    const strings = (tree: unknown, prefix = ''): string[] =>
      Object.entries(tree as Record<string, unknown>).flatMap(([name, value]) =>
        typeof value === 'string' ? [`${prefix}${name}`] : strings(value, `${prefix}${name}.`),
      );
    // Every value is named after its placeholder, so a dropped or misplaced value shows.
    const values = new Proxy({}, { get: (_, name) => `<${String(name)}>`, has: () => true });
    const differences: string[] = [];
    jest.spyOn(console, 'warn').mockImplementation(() => undefined); // "a custom compiler is experimental"
    for (const locale of ['zh-CN', 'en'] as const) {
      const reference = createI18n({ legacy: false, locale, messages: everything, missingWarn: false }).global;
      const ours = createI18n({
        legacy: false,
        locale,
        messages: everything,
        messageCompiler: compileMessage,
        missingWarn: false,
      }).global;
      const keys = strings(everything[locale]);
      expect(keys.length).toBeGreaterThan(1000);
      for (const key of keys)
        for (const count of [0, 1, 2]) {
          const expected = reference.t(key, values, count);
          const actual = ours.t(key, values, count);
          if (actual !== expected) differences.push(`${locale} ${key} (${count}): ${actual} ≠ ${expected}`);
        }
    }
    expect(differences).toEqual([]);
  });
});
