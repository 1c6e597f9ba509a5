import { pinyinSortKey } from '@kepu/core';
import { pinyinForms } from './pinyin';

describe('pinyinForms', () => {
  it('gives the full pinyin, the initials and the tail from every syllable', () => {
    const forms = pinyinForms('深圳市科学馆');
    expect(forms.full).toEqual(expect.arrayContaining(['shenzhenshikexueguan', 'kexueguan', 'xueguan']));
    expect(forms.initials).toEqual(expect.arrayContaining(['szskxg', 'kxg']));
    // A lone last syllable is not a word of its own: 馆 alone would match every 馆.
    expect(forms.full).not.toContain('guan');
  });

  it('reads polyphones in context and skips what is not Chinese', () => {
    expect(pinyinForms('重庆长江科技馆（2号馆）').full).toEqual(
      expect.arrayContaining(['chongqingchangjiangkejiguan', 'kejiguan']),
    );
    expect(pinyinForms('Shenzhen Science Museum')).toEqual({ full: [], initials: [] });
  });

  it('sorts by pinyin', () => {
    expect(
      ['深圳市科学馆', '仙湖植物园', '大鹏古城'].sort((a, b) => pinyinSortKey(a).localeCompare(pinyinSortKey(b))),
    ).toEqual(['大鹏古城', '深圳市科学馆', '仙湖植物园']);
  });
});
