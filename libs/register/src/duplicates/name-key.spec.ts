import { nameKey, pinyinKey, regionPrefixes } from './name-key';

const prefixes = regionPrefixes(['广东省', '深圳市', '南山区', '福田区', '大鹏新区']);
const key = (name: string) => nameKey(name, prefixes);
const same = (a: string, b: string) => key(a) !== '' && key(a) === key(b);
const soundAlike = (a: string, b: string) => pinyinKey(key(a)) !== '' && pinyinKey(key(a)) === pinyinKey(key(b));

describe('duplicate name keys', () => {
  it('takes region names and their short forms from the given names, longest first', () => {
    expect(prefixes.slice(0, 4)).toEqual(['大鹏新区', '广东省', '深圳市', '南山区']);
    expect(prefixes).toEqual(expect.arrayContaining(['深圳', '南山', '大鹏', '广东']));
  });

  it('drops leading region names, full- and half-width brackets, spaces and punctuation', () => {
    expect(key('深圳市科学馆')).toBe('科学馆');
    expect(same('深圳市科学馆', '科学馆（福田）')).toBe(true);
    expect(same('广东省深圳市南山区 青少年科技馆', '南山青少年科技馆(新馆)')).toBe(true);
    expect(same('深圳·自然博物馆【筹】', '深圳自然博物馆')).toBe(true);
    expect(same('Shenzhen Science Museum', 'shenzhen science-museum')).toBe(true);
  });

  it('drops legal forms anywhere in the name', () => {
    expect(same('腾讯科技（深圳）有限公司展厅', '腾讯科技展厅')).toBe(true);
    expect(same('比亚迪股份有限公司', '比亚迪集团')).toBe(true);
  });

  it('keeps the words that tell venues apart', () => {
    // 技术 is part of the company's name: 华为展厅 nearby is found by distance, not by name.
    expect(key('华为技术有限公司展厅')).toBe('华为技术展厅');
    expect(same('华为技术有限公司展厅', '华为展厅')).toBe(false);
    expect(same('深圳市科学馆', '深圳市科技馆')).toBe(false);
  });

  it('calls generic names in different districts candidates: the reviewer dismisses them', () => {
    expect(same('南山图书馆', '福田图书馆')).toBe(true);
  });

  it('keeps a region name that is not at the start', () => {
    expect(key('仙湖植物园南山分园')).toBe('仙湖植物园南山分园');
  });

  it('leaves nothing to compare when too little is left', () => {
    expect(key('（深圳）有限公司')).toBe('');
    expect(key('馆')).toBe('');
    expect(key('深圳市')).toBe('');
    expect(pinyinKey('')).toBe('');
  });

  it('matches names of the same sound written with other characters, but not other names', () => {
    expect(same('深圳市科技馆', '深圳科技舘')).toBe(false);
    expect(soundAlike('深圳市科技馆', '深圳科技舘')).toBe(true);
    expect(soundAlike('深圳市科学馆', '深圳市科技馆')).toBe(false);
  });
});
