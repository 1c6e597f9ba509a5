import { VOCABULARIES } from '@kepu/register';
import { CATEGORY_WORDS, KIND_WORDS, regionVocabulary, understandQuery } from './query-understanding';

const vocabulary = regionVocabulary([
  { code: '440305', name: '南山区' },
  { code: '440304', name: '福田区' },
  { code: '440306', name: '宝安区' },
  { code: '440300-DP', name: '大鹏新区' },
  // Another city's 南山区 would make the name ambiguous; a one-character short form is no name.
  { code: '999901', name: '东区' },
]);
const regions = vocabulary.names;

describe('regionVocabulary', () => {
  it('knows each district by its name and its short form, without 区 or 新区', () => {
    expect(regions.get('南山区')).toBe('440305');
    expect(regions.get('南山')).toBe('440305');
    expect(regions.get('大鹏新区')).toBe('440300-DP');
    expect(regions.get('大鹏')).toBe('440300-DP');
    expect(regions.get('东区')).toBe('999901');
    expect(regions.has('东')).toBe(false);
  });

  it('leaves out a name two regions share', () => {
    const shared = regionVocabulary([
      { code: '440305', name: '南山区' },
      { code: '450305', name: '南山区' },
      { code: '440304', name: '福田区' },
    ]).names;
    expect(shared.has('南山区')).toBe(false);
    expect(shared.has('南山')).toBe(false);
    expect(shared.get('福田')).toBe('440304');
    expect(shared.has('nanshan')).toBe(false);
  });

  it('knows each district by its full pinyin too, not by initials that could mean anything', () => {
    expect(regions.get('nanshan')).toBe('440305');
    expect(regions.get('nanshanqu')).toBe('440305');
    expect(regions.get('dapeng')).toBe('440300-DP');
    expect(regions.has('ns')).toBe(false);
  });

  it('lists the Chinese names with their pinyin, for "did you mean"', () => {
    expect(vocabulary.known).toContainEqual({ word: '南山', full: 'nanshan', initials: 'ns', district: '440305' });
    expect(vocabulary.known.map((w) => w.word)).not.toContain('nanshan');
  });
});

describe('understandQuery', () => {
  it.each([
    ['南山 科技馆', { district: '440305', type: 'science_museum', text: '科技馆' }],
    ['南山区科技馆', { district: '440305', type: 'science_museum', text: '科技馆' }],
    ['  福田，博物馆。', { district: '440304', type: 'museum', text: '博物馆' }],
    ['科技馆 南山', { district: '440305', type: 'science_museum', text: '科技馆' }],
    ['天文馆', { type: 'planetarium', text: '天文馆' }],
    ['宝安', { district: '440306', text: '' }],
    ['大鹏新区', { district: '440300-DP', text: '' }],
    // The longest word wins: 湿地公园, not 公园 followed by nothing it knows.
    ['宝安湿地公园', { district: '440306', type: 'nature_park', text: '湿地公园' }],
    ['科技馆 科学馆', { type: 'science_museum', text: '科技馆 科学馆' }],
    // Pinyin and initials stand for the Chinese word, which is what is searched.
    ['tianwenguan', { type: 'planetarium', text: '天文馆' }],
    ['twg', { type: 'planetarium', text: '天文馆' }],
    ['TWG', { type: 'planetarium', text: '天文馆' }],
    ['kejiguan', { type: 'science_museum', text: '科技馆' }],
    ['nanshan kejiguan', { district: '440305', type: 'science_museum', text: '科技馆' }],
    ['nanshankjg', { district: '440305', type: 'science_museum', text: '科技馆' }],
    ['福田 bowuguan', { district: '440304', type: 'museum', text: '博物馆' }],
    ['gongyuan', { type: 'nature_park', text: '公园' }],
    // The register's type names are kind words too.
    ['社区科普场所', { type: 'community_venue', text: '社区科普场所' }],
    ['sqkpcs', { type: 'community_venue', text: '社区科普场所' }],
  ])('reads %p as filters', (q, expected) => {
    expect(understandQuery(q, regions)).toEqual(expected);
  });

  it.each([
    ['深圳市科学馆'], // a venue's name: 深圳市 is a city, not a district
    ['南山 科技馆 周末'], // a word left over
    ['南山 福田'], // two districts
    ['科技馆 博物馆'], // two kinds
    ['恐龙'],
    ['南'],
    ['gy'], // two initials stand for no word: 公园 or the start of a name
    ['kejiguanx'],
    ['kexueguan bowuguan'], // two kinds, in pinyin
    [''],
    ['   '],
  ])('leaves %p as typed', (q) => {
    expect(understandQuery(q, regions)).toBeUndefined();
  });

  it('maps every category word to a resource type of the register', () => {
    for (const type of Object.values(CATEGORY_WORDS)) expect(VOCABULARIES.resourceTypes).toHaveProperty(type);
  });

  it('takes every type name that is one word as a kind word, and leaves out the others', () => {
    expect(KIND_WORDS['含科普内容的博物馆']).toBe('museum');
    expect(KIND_WORDS['向公众开放的科研设施']).toBe('research_facility');
    expect(Object.keys(KIND_WORDS)).not.toContain('公园、动植物园与自然保护地');
  });
});
