import { VOCABULARIES } from '@kepu/register';
import { CATEGORY_WORDS, regionNames, understandQuery } from './query-understanding';

const regions = regionNames([
  { code: '440305', name: '南山区' },
  { code: '440304', name: '福田区' },
  { code: '440306', name: '宝安区' },
  { code: '440300-DP', name: '大鹏新区' },
  // Another city's 南山区 would make the name ambiguous; a one-character short form is no name.
  { code: '999901', name: '东区' },
]);

describe('regionNames', () => {
  it('knows each district by its name and its short form, without 区 or 新区', () => {
    expect(regions.get('南山区')).toBe('440305');
    expect(regions.get('南山')).toBe('440305');
    expect(regions.get('大鹏新区')).toBe('440300-DP');
    expect(regions.get('大鹏')).toBe('440300-DP');
    expect(regions.get('东区')).toBe('999901');
    expect(regions.has('东')).toBe(false);
  });

  it('leaves out a name two regions share', () => {
    const shared = regionNames([
      { code: '440305', name: '南山区' },
      { code: '450305', name: '南山区' },
      { code: '440304', name: '福田区' },
    ]);
    expect(shared.has('南山区')).toBe(false);
    expect(shared.has('南山')).toBe(false);
    expect(shared.get('福田')).toBe('440304');
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
    [''],
    ['   '],
  ])('leaves %p as typed', (q) => {
    expect(understandQuery(q, regions)).toBeUndefined();
  });

  it('maps every category word to a resource type of the register', () => {
    for (const type of Object.values(CATEGORY_WORDS)) expect(VOCABULARIES.resourceTypes).toHaveProperty(type);
  });
});
