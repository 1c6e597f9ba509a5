import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}+/gu;

/** Administrative words people leave out when they type a place: 深圳市科学馆 → szkxg (docs/search.md, "Aliases"). */
const ADMINISTRATIVE = new Set(['省', '市', '区', '县']);
/** How long a place name before an administrative word may be, in characters (深圳 … 黑龙江 … 乌鲁木齐). */
const PLACE_LENGTH = { min: 2, max: 4 };

export interface PinyinForms {
  /** Full pinyin of every Han run and of each run's tail from every syllable: `shenzhenshikexueguan`, `kexueguan`, … */
  full: string[];
  /** The same for initials: `szskxg`, `kxg`, … */
  initials: string[];
}

/**
 * Where a run's leading places end in an administrative word that something follows: for
 * 深圳市宝安区城市管理局, the 市 at 2 and the 区 at 5 (not the 市 of 城市, which follows no place).
 */
function administrativeWords(run: string): number[] {
  const chars = [...run];
  const found: number[] = [];
  for (let start = 0; ;) {
    const end = chars.findIndex(
      (char, i) => i >= start + PLACE_LENGTH.min && i <= start + PLACE_LENGTH.max && ADMINISTRATIVE.has(char),
    );
    if (end < 0 || end === chars.length - 1) return found;
    found.push(end);
    start = end + 1;
  }
}

/**
 * Pinyin for search. Meilisearch matches whole words or word prefixes, so to find 科学馆 inside
 * 深圳市科学馆 by `kexueguan` (or `kxg`) the tail starting at each syllable is indexed as its own
 * word. People also skip the administrative words of a place (szkxg, shenzhenkexueguan), so a run
 * that has some is indexed once more without them, from each syllable before the last one dropped
 * (later tails are the same either way). Tones are dropped; polyphones follow pinyin-pro's reading
 * in context (重庆 → chongqing).
 */
export function pinyinForms(text: string): PinyinForms {
  const full = new Set<string>();
  const initials = new Set<string>();
  const add = (syllables: string[]) => {
    full.add(syllables.join(''));
    initials.add(syllables.map((s) => s[0]).join(''));
  };
  for (const run of text.match(HAN) ?? []) {
    const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true });
    for (let i = 0; i < syllables.length; i++) {
      if (i === 0 || i < syllables.length - 1) add(syllables.slice(i));
    }
    const dropped = administrativeWords(run);
    if (!dropped.length) continue;
    const kept = syllables.filter((_, i) => !dropped.includes(i));
    const lastDropped = dropped[dropped.length - 1] - (dropped.length - 1);
    for (let i = 0; i < lastDropped; i++) add(kept.slice(i));
  }
  return { full: [...full], initials: [...initials] };
}

/** A text's pinyin as one word, without tones, and its initials: 天文馆 → tianwenguan, twg. What is not Chinese is left out. */
export function wordPinyin(text: string): { full: string; initials: string } {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' });
  return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}
