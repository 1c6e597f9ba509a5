import { pinyin } from 'pinyin-pro';

/**
 * Chinese text as toneless pinyin, Latin text as it is, lower case: a sort key for names (search)
 * and a sound-alike key for duplicate names (register, docs/register.md).
 */
export function pinyinSortKey(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' }).join('').toLowerCase();
}
