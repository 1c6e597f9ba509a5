import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffContent } from '@kepu/register';
import { changeLabel, changePath, Translator } from '../src/consoles/admin/change-labels';
import { consoleMessages } from '../src/lib/console-messages';
import { messages } from '../src/lib/messages';

/**
 * The review diff names every field of a resource's content in the reader's words, nested ones
 * included: the fields are read from the OpenAPI document, so a field added to the content fails
 * here until it has a label in both languages.
 */
type Schema = { properties?: Record<string, Schema>; items?: Schema; $ref?: string; anyOf?: Schema[] };
const document = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'openapi.json'), 'utf8')) as {
  components: { schemas: Record<string, Schema> };
};
const resolve = (schema: Schema): Schema => {
  const ref = schema.$ref ?? schema.anyOf?.find((s) => s.$ref)?.$ref;
  return ref ? document.components.schemas[ref.split('/').pop()!] : schema;
};

/** Every path the diff may name: a section, a part of a record, a part of an item with an id. */
function contentPaths(): string[] {
  const content = document.components.schemas.ResourceContent.properties!;
  return Object.entries(content).flatMap(([top, schema]) => {
    const own = resolve(schema);
    const item = own.items && resolve(own.items);
    const parts = (of: Schema, path: (part: string) => string) =>
      Object.keys(of.properties ?? {})
        .filter((part) => part !== 'id')
        .map(path);
    // A point is shown whole, on a map; lists of plain values or items without ids compare whole.
    if (own.properties && top !== 'location') return [top, ...parts(own, (part) => `${top}.${part}`)];
    if (item?.properties?.id) return [top, `${top}[x]`, ...parts(item, (part) => `${top}[x].${part}`)];
    return [top];
  });
}

const lookup = (tree: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
/** The review diff is a console's: its labels are among the consoles' strings (src/lib/i18n.ts, loadConsoleMessages). */
const catalogue = (language: 'zh-CN' | 'en') => ({ ...messages[language], ...consoleMessages[language] });
const translator = (language: 'zh-CN' | 'en'): Translator => ({
  t: (key) => String(lookup(catalogue(language), key)),
  te: (key) => typeof lookup(catalogue(language), key) === 'string',
});

describe('review diff labels', () => {
  const paths = contentPaths();

  it('reads the content’s fields from the OpenAPI document, nested ones included', () => {
    expect(paths).toEqual(
      expect.arrayContaining(['name', 'admission.note', 'contact.phone', 'exhibits[x].explanation']),
    );
  });

  it.each(['zh-CN', 'en'] as const)('names every field and every part of one in %s', (language) => {
    const words = translator(language);
    const unnamed = paths.filter((path) => {
      const { top, part } = changePath(path);
      return (
        !words.te(`admin.review.fields.${top}`) ||
        (part !== undefined && !words.te(`admin.review.parts.${top}.${part}`))
      );
    });
    expect(unnamed).toEqual([]);
  });

  it('gives a Chinese reader no English key, for a diff of every kind of change', () => {
    const exhibit = { id: 'e1', name: '傅科摆', category: 'physics', explanation: '摆动方向慢慢转动', photoId: null };
    const accreditation = {
      id: 'a1',
      name: '科普教育基地',
      level: 'municipal',
      yearGranted: 2020,
      expiresOn: null,
      evidenceId: null,
    };
    const before = {
      name: '科学馆',
      location: { lat: 22.5, lng: 114 },
      admission: { free: true, prices: [], concessions: [], note: null },
      contact: { phone: '0755-1', email: null },
      exhibits: [exhibit, { ...exhibit, id: 'e2', name: '陨石' }],
      accreditations: [accreditation],
    };
    const after = {
      name: '深圳市科学馆',
      location: { lat: 22.51, lng: 114 },
      admission: { free: false, prices: [{ label: '成人', amountFen: 2000 }], concessions: [], note: '周二半价' },
      contact: { phone: '0755-2', email: 'a@b.cn' },
      exhibits: [{ ...exhibit, explanation: '说明地球在自转', photoId: 'm1' }],
      accreditations: [{ ...accreditation, level: 'national', expiresOn: '2030-01-01', evidenceId: 'm2' }],
    };
    const labels = diffContent(before, after).map(({ field }) =>
      changeLabel(field, translator('zh-CN'), changePath(field).id && '某展品'),
    );
    expect(labels).toEqual(
      expect.arrayContaining(['门票 · 说明', '联系电话', '位置', '展品与展项 · 某展品 · 通俗说明']),
    );
    expect(labels.filter((label) => /[A-Za-z]/.test(label) || label.includes('其他'))).toEqual([]);
  });
});
