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

  it('also indexes a place name without its administrative word: 市, 区, 省, 县', () => {
    const forms = pinyinForms('深圳市科学馆');
    expect(forms.full).toEqual(expect.arrayContaining(['shenzhenkexueguan', 'shenzhenshikexueguan']));
    expect(forms.initials).toEqual(expect.arrayContaining(['szkxg', 'szskxg', 'kxg']));
    expect(pinyinForms('南山区科技志愿服务队').initials).toEqual(expect.arrayContaining(['nskjzyfwd', 'nsqkjzyfwd']));
    expect(pinyinForms('广东省深圳市南山区青少年宫').initials).toContain('gdsznsqsng');
    expect(pinyinForms('广东省深圳市南山区青少年宫').full).toContain('shenzhennanshanqingshaoniangong');
  });

  it('drops an administrative word only where it ends a place that something follows', () => {
    // 城市 is no place; 上海市 alone has nothing after its 市; 菜市场 has no place before it.
    const cityPlanning = pinyinForms('城市规划展览馆');
    expect(cityPlanning.initials).not.toContain('cghzlg');
    expect(pinyinForms('上海市').full).toEqual(['shanghaishi', 'haishi']);
    expect(pinyinForms('菜市场').initials).toEqual(['csc', 'sc']);
    // Only the dropped forms that differ from a tail already there: no more than one per syllable before the drop.
    const plain = pinyinForms('深圳市科学馆');
    expect(plain.full).toHaveLength(5 + 2);
    expect(new Set(plain.full).size).toBe(plain.full.length);
    expect(pinyinForms('深圳科学馆').full).toHaveLength(4);
  });

  it('sorts by pinyin', () => {
    expect(
      ['深圳市科学馆', '仙湖植物园', '大鹏古城'].sort((a, b) => pinyinSortKey(a).localeCompare(pinyinSortKey(b))),
    ).toEqual(['大鹏古城', '深圳市科学馆', '仙湖植物园']);
  });
});
