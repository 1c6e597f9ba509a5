import { pinyinSortKey } from '@kepu/core';

/** Legal forms that say nothing about the place, longest first (有限公司 inside 股份有限公司). */
const LEGAL_FORMS = ['股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '集团', '公司'];

/** Region kinds a name may be shortened by: 深圳市 is also written 深圳, 南山区 南山. */
const REGION_KINDS = ['特别行政区', '自治区', '自治州', '新区', '省', '市', '区', '县'];

/** Bracketed asides, e.g. 科学馆（福田）or 展厅【新馆】, after NFKC turned full-width brackets half-width. */
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}|【[^【】]*】|〔[^〔〕]*〕|〖[^〖〗]*〗/g;

/** Anything that is not a letter or a digit: spaces, punctuation, symbols. */
const NOT_A_WORD = /[^\p{L}\p{N}]/gu;

/** Shorter keys than this are too generic to call two names the same. */
const SHORTEST_KEY = 2;

/**
 * The prefixes a venue's name may start with: region names from the regions table and their short
 * forms, longest first so 深圳市 goes before 深圳.
 */
export function regionPrefixes(regionNames: string[]): string[] {
  const prefixes = new Set<string>();
  for (const name of regionNames) {
    prefixes.add(name);
    const kind = REGION_KINDS.find((k) => name.endsWith(k));
    if (kind && name.length - kind.length >= 2) prefixes.add(name.slice(0, -kind.length));
  }
  return [...prefixes].sort((a, b) => b.length - a.length);
}

/**
 * A name as duplicates are compared (docs/register.md, "Duplicates and merging"): without bracketed
 * asides, spaces and punctuation, the leading region names, and legal forms. Empty when too little is
 * left to compare.
 */
export function nameKey(name: string, prefixes: string[]): string {
  let key = name.normalize('NFKC').toLowerCase();
  for (let previous = ''; previous !== key;) {
    previous = key;
    key = key.replace(BRACKETED, '');
  }
  key = key.replace(NOT_A_WORD, '');
  for (let stripped = true; stripped;) {
    const prefix = prefixes.find((p) => key.startsWith(p) && key.length > p.length);
    stripped = prefix !== undefined;
    if (prefix) key = key.slice(prefix.length);
  }
  for (const form of LEGAL_FORMS) key = key.split(form).join('');
  return key.length >= SHORTEST_KEY ? key : '';
}

/** The key's pinyin: names written with other characters of the same sound (科技馆, 科技舘) meet here. */
export function pinyinKey(key: string): string {
  return key ? pinyinSortKey(key) : '';
}
