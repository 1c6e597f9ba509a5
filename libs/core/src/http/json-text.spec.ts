import { holdsMalformedText } from './json-text';

describe('text in a JSON body', () => {
  it('finds a lone surrogate in a value or a key, at any depth', () => {
    expect(holdsMalformedText({ aliases: ['超算', '\udfff\ud800'] })).toBe(true);
    expect(holdsMalformedText({ a: { b: [{ c: 'x\ud800' }] } })).toBe(true);
    expect(holdsMalformedText({ ['\udc00']: 1 })).toBe(true);
  });

  it('passes text, emoji (a surrogate pair) included, and other values', () => {
    expect(holdsMalformedText({ name: '深圳市科学馆 🔭', n: 1, ok: true, none: null, list: ['a', 2] })).toBe(false);
    expect(holdsMalformedText('𝄞')).toBe(false);
  });
});
