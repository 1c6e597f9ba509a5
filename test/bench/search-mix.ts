/**
 * The search benchmark's queries (docs/search.md, "The benchmark"): about 1,000 distinct queries as
 * people make them over the synthetic register, ranked in a fixed order, and a Zipf-distributed
 * sequence of requests drawn from them (probability ∝ 1 / rank^s). Everything is a function of the
 * seed: every run sends the same requests in the same order.
 */
import { SYNTHETIC_DISTRICTS, SYNTHETIC_KINDS, SYNTHETIC_SUBJECTS } from '@kepu/demo';
import { VOCABULARIES } from '@kepu/register';
import { pinyin } from 'pinyin-pro';

export interface MixQuery {
  /** The query string of `GET /api/v1/search?…`. */
  query: string;
  /** Which sort of query it is, for the mix's make-up. */
  kind: string;
}

/** A small, seeded pseudo-random generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const syllables = (text: string) => pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' });
const fullPinyin = (text: string) => syllables(text).join('');
const initials = (text: string) =>
  syllables(text)
    .map((s) => s[0])
    .join('');
/** A typing slip: two neighbouring letters swapped, where `random` says. */
const slip = (word: string, random: () => number) => {
  const i = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
};

const DISTRICT_NAMES = SYNTHETIC_DISTRICTS.map(([, name]) => name);
const DISTRICT_CODES = SYNTHETIC_DISTRICTS.map(([code]) => code);
/** What people call the places they look for: the register's kinds and the everyday words. */
const VENUE_WORDS = [
  '科技馆',
  '天文台',
  '动物园',
  '博物馆',
  '天文馆',
  '植物园',
  '海洋馆',
  '科学馆',
  '自然博物馆',
  '水族馆',
  '少年宫',
  '气象台',
  ...SYNTHETIC_KINDS,
].filter((word, i, all) => all.indexOf(word) === i);
const FAMILY_PHRASES = [
  '周末亲子',
  '亲子活动',
  '周末去哪儿',
  '带孩子去哪',
  '亲子 科技馆',
  '儿童 科普',
  '免费 科技馆',
  '周末亲子 天文',
  '小学生 研学',
  '研学基地',
  '暑假 科普',
  '看星星',
  '科普 讲座',
  '夏令营',
  '亲子 海洋',
  '恐龙',
  '机器人 体验',
  '航天 展览',
  '科普',
  '深圳 科技馆',
];
/** Places in Shenzhen people search around: [lat, lng]. */
const POINTS: [number, number][] = [
  [22.543, 114.058],
  [22.533, 113.93],
  [22.548, 114.131],
  [22.555, 113.883],
  [22.72, 114.247],
  [22.657, 114.045],
  [22.749, 113.936],
  [22.69, 114.35],
  [22.557, 114.237],
  [22.593, 114.479],
  [22.483, 113.915],
  [22.61, 114.03],
];

const q = (text: string) => `q=${encodeURIComponent(text)}`;

/**
 * Every query of the mix, ranked: the head (venue words, family phrases, district names) in the
 * order people use them most, then the rest in a seeded random order; `distinct` of them.
 */
export function zipfQueries(distinct = 1_000, seed = 27): MixQuery[] {
  const random = seededRandom(seed);
  const head: MixQuery[] = [
    ...VENUE_WORDS.slice(0, 4).map((w) => ({ query: q(w), kind: 'venue word' })),
    ...FAMILY_PHRASES.slice(0, 2).map((w) => ({ query: q(w), kind: 'family phrase' })),
    ...DISTRICT_NAMES.slice(0, 4).map((d) => ({ query: q(d), kind: 'district' })),
    ...VENUE_WORDS.slice(4).map((w) => ({ query: q(w), kind: 'venue word' })),
    ...FAMILY_PHRASES.slice(2).map((w) => ({ query: q(w), kind: 'family phrase' })),
    ...DISTRICT_NAMES.slice(4).map((d) => ({ query: q(d), kind: 'district' })),
  ];
  const tail: MixQuery[] = [];
  const add = (kind: string, query: string) => tail.push({ query, kind });
  for (const d of DISTRICT_NAMES) {
    add('district', q(`${d}区`));
    for (const w of VENUE_WORDS) add('district + kind', q(`${d} ${w}`));
    for (const w of SYNTHETIC_KINDS) add('district + kind', q(`${d}${w}`));
    for (const s of SYNTHETIC_SUBJECTS) add('district + subject', q(`${d}${s}`));
  }
  for (const s of SYNTHETIC_SUBJECTS) {
    add('subject', q(s));
    for (const w of SYNTHETIC_KINDS) add('subject + kind', q(`${s}${w}`));
  }
  const pinyinSources = [...VENUE_WORDS, ...DISTRICT_NAMES, ...SYNTHETIC_SUBJECTS];
  for (const text of pinyinSources) {
    add('pinyin', `q=${fullPinyin(text)}`);
    add('initials', `q=${initials(text)}`);
    if (fullPinyin(text).length >= 6) add('typo', `q=${slip(fullPinyin(text), random)}`);
  }
  for (const d of DISTRICT_NAMES) {
    for (const w of SYNTHETIC_KINDS.slice(0, 4)) {
      add('pinyin', `q=${fullPinyin(d + w)}`);
      add('initials', `q=${initials(d + w)}`);
    }
  }
  // A specific synthetic venue by its name: i takes district i mod 10, subject i mod 12, kind 3i mod 8.
  for (let n = 0; n < 40; n++) {
    const i = 1 + Math.floor(random() * 19_999);
    const name = `${DISTRICT_NAMES[i % 10]}${SYNTHETIC_SUBJECTS[i % 12]}${SYNTHETIC_KINDS[(i * 3) % 8]}`;
    add('venue name', q(n % 2 ? `${name} ${String(i).padStart(6, '0')}` : name));
  }
  const types = Object.keys(VOCABULARIES.resourceTypes);
  const themes = Object.keys(VOCABULARIES.themes);
  const audiences = Object.keys(VOCABULARIES.audiences);
  for (const code of DISTRICT_CODES) {
    add('filters', `district=${code}`);
    add('filters', `district=${code}&free=1`);
    for (const type of types) add('filters', `district=${code}&type=${type}`);
    for (const audience of audiences) add('filters', `audience=${audience}&district=${code}`);
    for (const w of VENUE_WORDS.slice(0, 6)) add('words + filters', `${q(w)}&district=${code}`);
  }
  for (const theme of themes) {
    add('filters', `theme=${theme}`);
    add('filters', `theme=${theme}&free=1`);
    for (const audience of audiences.slice(0, 3)) add('filters', `theme=${theme}&audience=${audience}`);
  }
  for (const type of types) {
    add('filters', `type=${type}`);
    add('filters', `type=${type}&free=1&sort=name`);
    for (const w of ['周末亲子', '免费', '科普']) add('words + filters', `${q(w)}&type=${type}`);
  }
  for (const [lat, lng] of POINTS) {
    for (const radiusKm of [2, 5, 10]) {
      add('geo radius', `lat=${lat}&lng=${lng}&radiusKm=${radiusKm}&sort=distance`);
      add('geo radius', `${q('科技馆')}&lat=${lat}&lng=${lng}&radiusKm=${radiusKm}`);
      add('geo radius', `${q('亲子')}&lat=${lat}&lng=${lng}&radiusKm=${radiusKm}&sort=distance`);
    }
    for (const half of [0.03, 0.08]) {
      const box = [lng - half, lat - half, lng + half, lat + half].map((v) => Math.round(v * 1000) / 1000).join(',');
      add('geo bbox', `bbox=${box}`);
      add('geo bbox', `${q('科普')}&bbox=${box}`);
    }
  }
  const ranked = [...head, ...shuffled(tail, random)].filter(
    (item, i, all) => all.findIndex((other) => other.query === item.query) === i,
  );
  // Pages 2 and 3 of the most asked queries, asked far less often than their first page.
  const pages = ranked.slice(0, 60).flatMap((item, rank) => [
    { key: (rank + 1) * 8 - 0.5, item: { query: `${item.query}&page=2`, kind: 'page 2–3' } },
    { key: (rank + 1) * 20 - 0.5, item: { query: `${item.query}&page=3`, kind: 'page 2–3' } },
  ]);
  return [...ranked.map((item, rank) => ({ key: rank, item })), ...pages]
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item)
    .slice(0, distinct);
}

/** `length` ranks (indices into a ranked list of `n`), each drawn with probability ∝ 1 / (rank + 1)^exponent. */
export function zipfSequence(n: number, length: number, exponent = 1.1, seed = 2027): number[] {
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= n; rank++) cumulative.push((sum += 1 / rank ** exponent));
  const random = seededRandom(seed);
  return Array.from({ length }, () => {
    const target = random() * sum;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < target) low = mid + 1;
      else high = mid;
    }
    return low;
  });
}

/** The old uniform mix: 50 queries, each as often as the others (the 0.85× figure of issue 27). */
export function uniformQueries(): string[] {
  const words = ['天文', '科技馆', '博物馆', '海洋', '植物', '恐龙', '气象', '机器人', '地质', '创客空间'];
  const pinyinWords = ['kejiguan', 'tianwen', 'haiyang', 'bowuguan', 'zhiwu', 'jiqiren', 'qixiang', 'dizhi'];
  const qs: string[] = [
    ...words.map(q),
    ...pinyinWords.map((p) => `q=${p}`),
    'q=kexueguan',
    'q=chuangke',
    ...['kjg', 'tw', 'hy', 'jqr', 'ckkj', 'kejigaun', 'tianwne', 'haiyagn'].map((p) => `q=${p}`),
    'district=440305&type=science_museum',
    'theme=astronomy&free=1',
    'audience=families&district=440304',
    'type=planetarium&sort=name',
    'theme=ocean&audience=primary',
    'district=440307&free=0&sort=name',
    ...POINTS.slice(0, 5).map(([lat, lng]) => `lat=${lat}&lng=${lng}&radiusKm=5&sort=distance`),
    'bbox=113.85,22.48,114.05,22.60',
    'bbox=114.35,22.45,114.65,22.65&theme=ocean',
    'q=kejiguan&district=440305',
    `${q('天文')}&free=1`,
    'q=tw&lat=22.6&lng=114.3&radiusKm=10&sort=distance',
    'q=hy&district=440300-DP',
    `${q('机器人')}&audience=secondary`,
    'q=bowuguan&sort=name',
    'q=dizhi&bbox=114.2,22.4,114.7,22.8',
    'q=shenzhen&pageSize=50',
    `${q('科普')}&page=3`,
  ];
  return qs.slice(0, 50);
}
