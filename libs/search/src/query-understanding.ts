import { VOCABULARIES } from '@kepu/register';

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

/** A region people may name in a query: districts and functional areas (a city names everything). */
export interface NamedRegion {
  code: string;
  name: string;
}

/** What a query meant once its place and kind words became filters. */
export interface Understanding {
  district?: string;
  type?: ResourceTypeCode;
  /** The category words as typed: still searched, so names with them rank first. */
  text: string;
}

/** Administrative suffixes people leave out: 南山区 → 南山, 大鹏新区 → 大鹏. */
const SUFFIX = /(新区|区|市|县)$/u;
/** Spaces and punctuation between the words; nothing else may be left over. */
const SEPARATOR = /^[\s\p{P}\p{S}]+/u;

/**
 * Every name a region goes by → its code. A name two regions share (南山区 in two cities) is left
 * out: it could mean either, so it is searched as text.
 */
export function regionNames(regions: NamedRegion[]): Map<string, string> {
  const codes = new Map<string, Set<string>>();
  for (const { code, name } of regions) {
    const short = name.replace(SUFFIX, '');
    for (const form of short.length >= 2 ? [name, short] : [name]) {
      codes.set(form, (codes.get(form) ?? new Set()).add(code));
    }
  }
  return new Map([...codes].filter(([, set]) => set.size === 1).map(([form, set]) => [form, [...set][0]]));
}

/** Every place and kind word, longest first: sorted once per set of region names, not per search. */
const sortedWords = new WeakMap<Map<string, string>, string[]>();
function wordsOf(regions: Map<string, string>): string[] {
  let words = sortedWords.get(regions);
  if (!words) {
    words = [...regions.keys(), ...Object.keys(CATEGORY_WORDS)].sort((a, b) => b.length - a.length);
    sortedWords.set(regions, words);
  }
  return words;
}

/**
 * Reads a query made only of a district name and/or a category word ("南山 科技馆", "南山区科技馆",
 * "天文馆", "宝安"); anything else (a venue name, a second district, a word left over) gives undefined.
 * Longest word first, so 湿地公园 wins over 公园 and 南山区 over 南山.
 */
export function understandQuery(q: string, regions: Map<string, string>): Understanding | undefined {
  const words = wordsOf(regions);
  let rest = q.replace(SEPARATOR, '');
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
      if (type && type !== CATEGORY_WORDS[word]) return undefined;
      type = CATEGORY_WORDS[word];
      categoryWords.push(word);
    }
    rest = rest.slice(word.length).replace(SEPARATOR, '');
  }
  if (!district && !type) return undefined;
  return { ...(district && { district }), ...(type && { type }), text: categoryWords.join(' ') };
}
