import { VOCABULARIES } from '@kepu/register';
import type { KnownWord } from './did-you-mean';
import { wordPinyin } from './pinyin';

type ResourceTypeCode = keyof typeof VOCABULARIES.resourceTypes;

/**
 * Words people use for a kind of venue → the resource type they mean (docs/search.md, "Queries that
 * are only a place or a kind of venue"). Only words that name one type: 展厅 or 中心 do not.
 */
export const CATEGORY_WORDS: Readonly<Record<string, ResourceTypeCode>> = {
  科技馆: 'science_museum',
  科学馆: 'science_museum',
  科学中心: 'science_museum',
  科学技术馆: 'science_museum',
  天文馆: 'planetarium',
  天象馆: 'planetarium',
  天文台: 'planetarium',
  博物馆: 'museum',
  博物院: 'museum',
  动物园: 'nature_park',
  野生动物园: 'nature_park',
  植物园: 'nature_park',
  公园: 'nature_park',
  湿地公园: 'nature_park',
  森林公园: 'nature_park',
  郊野公园: 'nature_park',
  自然保护区: 'nature_park',
  科普教育基地: 'education_base',
  科普基地: 'education_base',
  企业科普馆: 'enterprise_hall',
};

/** The register's type names that are one word (天文馆, 社区科普场所): people type them too. */
const TYPE_NAMES = Object.fromEntries(
  Object.entries(VOCABULARIES.resourceTypes)
    .filter(([, term]) => /^\p{Script=Han}+$/u.test(term.zh))
    .map(([code, term]) => [term.zh, code as ResourceTypeCode]),
);

/** Every Chinese word for a kind of venue → its type: the category words and the type names. */
export const KIND_WORDS: Readonly<Record<string, ResourceTypeCode>> = { ...TYPE_NAMES, ...CATEGORY_WORDS };

/** Initials shorter than this stand for no word: gy (公园) is as likely the start of a name. */
const MIN_INITIALS = 3;

/**
 * The forms that stand for one thing each, the first one given; a form standing for two (by `same`)
 * is left out, since it could mean either. Empty forms (a name with no Chinese has no pinyin) too.
 */
function unambiguous<T>(entries: [form: string, value: T][], same: (value: T) => unknown = (v) => v): Map<string, T> {
  const found = new Map<string, { value: T; ambiguous: boolean }>();
  for (const [form, value] of entries) {
    const seen = found.get(form);
    if (!seen) found.set(form, { value, ambiguous: false });
    else if (same(seen.value) !== same(value)) seen.ambiguous = true;
  }
  return new Map(
    [...found].filter(([form, { ambiguous }]) => form && !ambiguous).map(([form, { value }]) => [form, value]),
  );
}

/** The kind words with their pinyin, worked out once: for "did you mean" (did-you-mean.ts). */
export const KIND_KNOWN: readonly KnownWord[] = Object.entries(KIND_WORDS).map(([word, type]) => ({
  word,
  ...wordPinyin(word),
  type,
}));

/**
 * How a kind word may be typed → the Chinese word it stands for: the word, its full pinyin
 * (tianwenguan) and its initials (twg), so pinyin finds what the Chinese word finds.
 */
const KIND_FORMS = unambiguous(
  KIND_KNOWN.flatMap(({ word, full, initials }): [string, string][] => [
    [word, word],
    [full, word],
    ...(initials.length >= MIN_INITIALS ? [[initials, word] as [string, string]] : []),
  ]),
  (word) => KIND_WORDS[word],
);

/** A region people may name in a query: districts and functional areas (a city names everything). */
export interface NamedRegion {
  code: string;
  name: string;
}

/** The district names a query may hold, and the same as words to suggest. */
export interface RegionVocabulary {
  /** Every form a district goes by (南山区, 南山, nanshan) → its code. */
  names: Map<string, string>;
  /** Its Chinese names with their pinyin. */
  known: KnownWord[];
}

/** What a query meant once its place and kind words became filters. */
export interface Understanding {
  district?: string;
  type?: ResourceTypeCode;
  /** The category words, in Chinese: still searched, so names with them rank first. */
  text: string;
}

/** Administrative suffixes people leave out: 南山区 → 南山, 大鹏新区 → 大鹏. */
const SUFFIX = /(新区|区|市|县)$/u;
/** Spaces and punctuation between the words; nothing else may be left over. */
const SEPARATOR = /^[\s\p{P}\p{S}]+/u;

/**
 * Every name a region goes by, and its full pinyin (nanshan; not initials: ns or ft could mean
 * anything) → its code. A name two regions share (南山区 in two cities) is left out: it could mean
 * either, so it is searched as text. Pinyin is worked out here, when the names are read.
 */
export function regionVocabulary(regions: NamedRegion[]): RegionVocabulary {
  const chinese: [string, string][] = [];
  const pinyin: [string, string][] = [];
  const words = new Map<string, { full: string; initials: string }>();
  for (const { code, name } of regions) {
    const short = name.replace(SUFFIX, '');
    for (const form of short.length >= 2 ? [name, short] : [name]) {
      const forms = wordPinyin(form);
      words.set(form, forms);
      chinese.push([form, code]);
      pinyin.push([forms.full, code]);
    }
  }
  const names = unambiguous([...chinese, ...pinyin]);
  const known = [...unambiguous(chinese)].map(([word, district]) => ({ word, ...words.get(word)!, district }));
  return { names, known };
}

/** Every place and kind word, longest first: sorted once per set of region names, not per search. */
const sortedWords = new WeakMap<Map<string, string>, string[]>();
function wordsOf(regions: Map<string, string>): string[] {
  let words = sortedWords.get(regions);
  if (!words) {
    words = [...regions.keys(), ...KIND_FORMS.keys()].sort((a, b) => b.length - a.length);
    sortedWords.set(regions, words);
  }
  return words;
}

/**
 * Reads a query made only of a district name and/or a category word ("南山 科技馆", "南山区科技馆",
 * "天文馆", "宝安"), in Chinese or pinyin ("nanshan kejiguan", "twg"); anything else (a venue name,
 * a second district, a word left over) gives undefined. Longest word first, so 湿地公园 wins over
 * 公园 and 南山区 over 南山.
 */
export function understandQuery(q: string, regions: Map<string, string>): Understanding | undefined {
  const words = wordsOf(regions);
  let rest = q.toLowerCase().replace(SEPARATOR, '');
  let district: string | undefined;
  let type: ResourceTypeCode | undefined;
  const categoryWords: string[] = [];
  while (rest) {
    const word = words.find((w) => rest.startsWith(w));
    if (!word) return undefined;
    const region = regions.get(word);
    if (region) {
      if (district && district !== region) return undefined;
      district = region;
    } else {
      const kind = KIND_FORMS.get(word)!;
      if (type && type !== KIND_WORDS[kind]) return undefined;
      type = KIND_WORDS[kind];
      categoryWords.push(kind);
    }
    rest = rest.slice(word.length).replace(SEPARATOR, '');
  }
  if (!district && !type) return undefined;
  return { ...(district && { district }), ...(type && { type }), text: categoryWords.join(' ') };
}
