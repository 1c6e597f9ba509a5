import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}+/gu;

export interface PinyinForms {
  /** Full pinyin of every Han run and of each run's tail from every syllable: `shenzhenshikexueguan`, `kexueguan`, … */
  full: string[];
  /** The same for initials: `szskxg`, `kxg`, … */
  initials: string[];
}

/**
 * Pinyin for search. Meilisearch matches whole words or word prefixes, so to find 科学馆 inside
 * 深圳市科学馆 by `kexueguan` (or `kxg`) the tail starting at each syllable is indexed as its own
 * word. Tones are dropped; polyphones follow pinyin-pro's reading in context (重庆 → chongqing).
 */
export function pinyinForms(text: string): PinyinForms {
  const full = new Set<string>();
  const initials = new Set<string>();
  for (const run of text.match(HAN) ?? []) {
    const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true });
    for (let i = 0; i < syllables.length; i++) {
      const tail = syllables.slice(i);
      if (tail.length > 1 || i === 0) {
        full.add(tail.join(''));
        initials.add(tail.map((s) => s[0]).join(''));
      }
    }
  }
  return { full: [...full], initials: [...initials] };
}
