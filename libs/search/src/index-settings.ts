/**
 * How the resources index searches. Order matters: a match in the name (or its pinyin) ranks above
 * one in themes, exhibits, description or address.
 */
export const RESOURCE_INDEX_SETTINGS = {
  searchableAttributes: [
    'name',
    'aliases',
    'pinyin',
    'pinyinInitials',
    'nameEn',
    'typeLabel',
    'themeLabels',
    'exhibits',
    'description',
    'address',
  ],
  filterableAttributes: [
    'district',
    'regions',
    'type',
    'themes',
    'audiences',
    'accessibility',
    'free',
    'concessions',
    'openDates',
    'accreditationLevels',
    'bookable',
    '_geo',
  ],
  sortableAttributes: ['nameSort', '_geo'],
  // Chinese segmentation (jieba) for the Chinese text; `cmn` is Meilisearch's code for Mandarin.
  localizedAttributes: [
    {
      attributePatterns: ['name', 'aliases', 'typeLabel', 'themeLabels', 'exhibits', 'description', 'address'],
      locales: ['cmn'],
    },
  ],
  // Initials are too short to forgive: `kjg` must not match `kjs`.
  typoTolerance: { disableOnAttributes: ['pinyinInitials'] },
  dictionary: [
    '科技馆',
    '科学馆',
    '天文馆',
    '天象馆',
    '博物馆',
    '博物院',
    '科普基地',
    '科普馆',
    '植物园',
    '动物园',
    '湿地公园',
    '地质公园',
  ],
  synonyms: {
    科技馆: ['科学馆', '科学中心'],
    科学馆: ['科技馆', '科学中心'],
    科学中心: ['科技馆', '科学馆'],
    天文馆: ['天象馆'],
    天象馆: ['天文馆'],
    博物馆: ['博物院'],
    博物院: ['博物馆'],
    动物园: ['野生动物园'],
  },
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: 10_000 },
  searchCutoffMs: 1_500,
};
