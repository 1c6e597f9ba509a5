import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
function namedKeys(): { key: string; file: string; dynamic: boolean }[] {
  const found: { key: string; file: string; dynamic: boolean }[] = [];
  const patterns = [/\bt[m]?\(\s*'([^']+)'/g, /\bt[m]?\(\s*`([^`]+)`/g, /\bnav: '([a-zA-Z.]+)'/g];
  for (const file of sourceFiles(SOURCE)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns)
      for (const [, key] of text.matchAll(pattern)) {
        const dynamic = key.includes('${');
        found.push({ key: dynamic ? key.slice(0, key.indexOf('${')).replace(/\.$/, '') : key, file, dynamic });
      }
  }
  return found;
}

const lookup = (tree: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('web app messages', () => {
  const keys = namedKeys();

  it('finds the keys the code names', () => {
    expect(keys.length).toBeGreaterThan(300);
  });

  it.each(['zh-CN', 'en'] as const)('has every named key in %s', (language) => {
    const missing = keys
      .filter(({ key, dynamic }) => {
        const value = lookup(messages[language], key);
        return dynamic ? typeof value !== 'object' : typeof value !== 'string' && !Array.isArray(value);
      })
      .map(({ key, file }) => `${key} (${file.slice(SOURCE.length + 1)})`);
    expect(missing).toEqual([]);
  });
});
