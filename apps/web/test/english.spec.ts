import { consoleMessages } from '../src/lib/console-messages';
import { messages } from '../src/lib/messages';

/**
 * English that reads as English. The English catalogue has no Chinese characters and no full-width
 * punctuation (：，；（）、。), and the code writes no Chinese text of its own: a colon, a list
 * separator or brackets written in a template after a translated label would show Chinese
 * punctuation in English. Labels, lists and asides go through `common.label`, `common.listSeparator`
 * and `common.aside`, which each language writes its own way.
 */
type Tree = { [key: string]: string | Tree | readonly string[] };

function strings(tree: Tree, path: string[] = []): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    if (typeof value === 'string') return [[[...path, key].join('.'), value]];
    if (Array.isArray(value)) return value.map((item, i): [string, string] => [[...path, key, i].join('.'), item]);
    return strings(value as Tree, [...path, key]);
  });
}

/** Han ideographs, CJK symbols and punctuation (、。「」), full-width forms (：，；（）！？). */
const CHINESE = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

/** English strings that show Chinese on purpose, and why. */
const CHINESE_MEANT: Record<string, string> = {
  'nav.language': 'the switch to Chinese names its language in Chinese',
  'nav.languageLabel': 'the same switch, read out to a Chinese reader',
  'openData.licenceHint': 'the name to credit is the register’s Chinese name',
  'outreach.menu.searchPlaceholder': 'an example of what may be typed',
  'adminKeeping.census.templateHint': 'the template’s column is headed in Chinese',
  'adminKeeping.calendar.sourceHint': 'an example of the State Council notice’s title',
  'aliases.hint': 'examples of Chinese short names',
};

describe('English', () => {
  const english = strings({ ...messages.en, ...consoleMessages.en } as unknown as Tree);

  it('reads the whole English catalogue', () => {
    expect(english.length).toBeGreaterThan(1000);
  });

  it('has no Chinese characters or full-width punctuation in English messages', () => {
    const offending = english
      .filter(([key, text]) => !(key in CHINESE_MEANT) && CHINESE.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(offending).toEqual([]);
  });
});
