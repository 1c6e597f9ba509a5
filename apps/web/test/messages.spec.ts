import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createI18n } from 'vue-i18n';
import { consoleMessages } from '../src/lib/console-messages';
import { mergeMessages, t, te, tm } from '../src/lib/i18n';
import { messages } from '../src/lib/messages';
import { locale } from '../src/lib/preferences';

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
 * The files a public page can run with the first page's strings only: every file outside
 * src/consoles and the outreach pages (src/views/outreach, whose strings load with them: router.ts)
 * and what they import statically, through those folders too (shared components).
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
  const loadsItsOwnStrings = (file: string) => file.includes('/consoles/') || file.includes('/views/outreach/');
  for (const file of sourceFiles(SOURCE)) if (!loadsItsOwnStrings(file)) visit(file);
  return seen;
}

describe('web app messages', () => {
  // The translator as a console page has it: every string loaded.
  beforeAll(() => {
    for (const language of ['zh-CN', 'en'] as const) mergeMessages(language, consoleMessages[language]);
  });

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

  it("has the keys of public pages without the consoles' or the outreach pages' strings", () => {
    const reachable = publicFiles();
    // Console navigation labels (`nav:`) show in the console layout only.
    const missing = namedKeys()
      .filter(({ key, file, nav }) => reachable.has(file) && !nav && lookup(messages['zh-CN'], key) === undefined)
      .map(({ key, file }) => `${key} (${file.slice(SOURCE.length + 1)})`);
    expect(reachable.size).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it("reads every string the same through the app's translator as through vue-i18n", () => {
    const strings = (tree: unknown, prefix = ''): string[] =>
      Object.entries(tree as Record<string, unknown>).flatMap(([name, value]) =>
        typeof value === 'string' ? [`${prefix}${name}`] : strings(value, `${prefix}${name}.`),
      );
    // Every value is named after its placeholder, so a dropped or misplaced value shows. Each call
    // gets its own copy: vue-i18n writes a count it is given into `count` and `n`.
    const placeholders = new Set(
      [...strings(everything['zh-CN']).map((key) => lookup(everything['zh-CN'], key))].flatMap((text) =>
        [...String(text).matchAll(/\{\s*([a-zA-Z_][\w.]*)\s*\}/g)].map(([, name]) => name),
      ),
    );
    const named = Object.fromEntries([...placeholders].map((name) => [name, `<${name}>`]));
    const values = () => ({ ...named });
    const listed = ['<0>', '<1>', '<2>'];
    const differences: string[] = [];
    for (const language of ['zh-CN', 'en'] as const) {
      const reference = createI18n({
        legacy: false,
        locale: language,
        messages: everything,
        missingWarn: false,
      }).global;
      locale.value = language;
      const keys = strings(everything[language]);
      expect(keys.length).toBeGreaterThan(1000);
      const compare = (shape: string, actual: string, expected: string, key: string) => {
        if (actual !== expected) differences.push(`${language} ${key} ${shape}: ${actual} ≠ ${expected}`);
      };
      for (const key of keys) {
        compare('()', t(key), reference.t(key), key);
        compare('(list)', t(key, listed), reference.t(key, listed), key);
        for (const count of [0, 1, 2, 5]) {
          compare(`(values, ${count})`, t(key, values(), count), reference.t(key, values(), count), key);
          compare(`(${count})`, t(key, count), reference.t(key, count), key);
          compare(`({ n: ${count} })`, t(key, { n: count }), reference.t(key, { n: count }), key);
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it('falls back to Chinese, then to the key, as vue-i18n does, and answers te and tm the same', () => {
    const extra = { onlyChinese: '只有中文：{n} 项 | 只有中文：{n} 项（多）' };
    mergeMessages('zh-CN', { translatorTest: extra });
    const both = { ...everything, 'zh-CN': { ...everything['zh-CN'], translatorTest: extra } };
    const reference = createI18n({
      legacy: false,
      locale: 'en',
      fallbackLocale: 'zh-CN',
      messages: both,
      missingWarn: false,
      fallbackWarn: false,
    }).global;
    locale.value = 'en';
    for (const key of ['translatorTest.onlyChinese', 'no.such.key', 'nav', 'nav.home'])
      for (const count of [1, 2]) expect(t(key, count)).toBe(reference.t(key, count));
    expect(t('no.such.key', 'shown instead')).toBe(reference.t('no.such.key', 'shown instead'));
    expect(t('nav.home', {}, { locale: 'zh-CN' })).toBe(reference.t('nav.home', {}, { locale: 'zh-CN' }));
    for (const key of ['translatorTest.onlyChinese', 'nav.home', 'nav', 'no.such.key']) {
      expect(te(key)).toBe(reference.te(key));
      expect(te(key, 'en')).toBe(reference.te(key, 'en'));
    }
    expect(tm('operator.hours.weekdays')).toEqual(reference.tm('operator.hours.weekdays'));
    expect(tm('translatorTest')).toEqual(reference.tm('translatorTest'));
    locale.value = 'zh-CN';
  });
});
