import fc from 'fast-check';
import { textDiff, tokensOf } from '../src/lib/text-diff';

const marked = (parts: { text: string; changed: boolean }[]) =>
  parts.filter((part) => part.changed).map((part) => part.text);

/** The review diff's highlight: what changed in a long text, by character in Chinese and by word in English. */
describe('textDiff', () => {
  it('marks the characters that changed in Chinese, not the whole text', () => {
    const diff = textDiff('面向青少年的互动科学展馆，展示力学。', '面向儿童的互动科学展馆，展示力学与光学。');
    expect(marked(diff.before)).toEqual(['青少年']);
    expect(marked(diff.after)).toEqual(['儿童', '与光学']);
  });

  it('marks whole words in English', () => {
    const diff = textDiff('Open on Mondays for school groups.', 'Open on Tuesdays for all school groups.');
    expect(marked(diff.before)).toEqual(['Mondays']);
    expect(marked(diff.after)).toEqual(['Tuesdays', 'all ']);
  });

  it('keeps numbers whole: a phone number changed is one change', () => {
    expect(tokensOf('0755-8888 1234')).toEqual(['0755-8888', ' ', '1234']);
  });

  it('always gives back both texts, each change on its side only', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (before, after) => {
        const diff = textDiff(before, after);
        expect(diff.before.map((p) => p.text).join('')).toBe(before);
        expect(diff.after.map((p) => p.text).join('')).toBe(after);
        const kept = (parts: typeof diff.before) =>
          parts
            .filter((p) => !p.changed)
            .map((p) => p.text)
            .join('');
        expect(kept(diff.before)).toBe(kept(diff.after));
      }),
    );
  });
});
