import { wordPinyin } from './pinyin';

/** A word search understands (a kind of venue, a district), with the pinyin it is compared by. */
export interface KnownWord {
  word: string;
  full: string;
  initials: string;
  /** The resource type a kind word stands for. */
  type?: string;
  /** The region code a district name stands for. */
  district?: string;
}

/** What was typed, as pinyin letters to compare: a Chinese query is read as its pinyin (天文官 → tianwenguan). */
export interface Typed {
  text: string;
  latin: string;
  chinese: boolean;
}

const HAN = /\p{Script=Han}/u;

/** Worked out only for a query that found nothing: pinyin costs more than a search's other steps. */
export function typed(text: string): Typed {
  const chinese = HAN.test(text);
  return { text, chinese, latin: chinese ? wordPinyin(text).full : text.toLowerCase().replace(/[^a-z]/g, '') };
}

/**
 * How many edits a query of this many letters may be from a word, as Meilisearch forgives typos:
 * none below five letters (kjg is not kjs), one below nine, else two.
 */
const allowedEdits = (letters: number) => (letters < 5 ? 0 : letters < 9 ? 1 : 2);

/**
 * Optimal string alignment distance, stopping once it exceeds `limit`: an insertion, a deletion, a
 * change or two neighbours swapped (tianwenguna) each count one.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + change);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        current[j] = Math.min(current[j], before[j - 2] + 1);
      }
    }
    if (Math.min(...current) > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/**
 * The known word closest to what was typed, by pinyin: a homophone (天文官 → 天文馆), a pinyin typo
 * (tianwenguna → 天文馆) or exact initials. Words `usable` refuses (none of them in the city) are
 * passed over; on a tie the first word wins. Undefined when none is close enough, or the closest is
 * what was typed.
 */
export function closestWord(
  query: Typed,
  words: readonly KnownWord[],
  usable: (word: KnownWord) => boolean,
): KnownWord | undefined {
  if (!query.latin) return undefined;
  let best: KnownWord | undefined;
  let bestDistance = allowedEdits(query.latin.length) + 1;
  for (const word of words) {
    if (word.word === query.text || !usable(word)) continue;
    const distance =
      !query.chinese && query.latin === word.initials ? 0 : editDistance(query.latin, word.full, bestDistance - 1);
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
      if (!distance) break;
    }
  }
  return best;
}
