import { catalogueRegions, CatalogueNode, englishName } from './region-catalogue';

describe('region catalogue (GB/T 2260)', () => {
  const catalogue: CatalogueNode[] = [
    {
      code: '110000',
      name: '北京市',
      children: [
        { code: '110101', name: '东城区' },
        { code: '110105', name: '朝阳区' },
      ],
    },
    {
      code: '460000',
      name: '海南省',
      children: [
        {
          code: '460100',
          name: '海口市',
          children: [
            { code: '460105', name: '秀英区' },
            { code: '460101', name: '市辖区' },
          ],
        },
        { code: '469000', name: '海南省-省直辖县级行政区划', children: [{ code: '469002', name: '琼海市' }] },
      ],
    },
  ];
  const rows = (code: string) => catalogueRegions(catalogue, code)?.map((r) => `${r.code} ${r.level} ${r.parentCode}`);

  it('gives a municipality a city of its own name between the province and its districts', () => {
    expect(rows('110000')).toEqual([
      '110000 province null',
      '110100 city 110000',
      '110101 district 110100',
      '110105 district 110100',
    ]);
    expect(catalogueRegions(catalogue, '110100')?.[1]).toMatchObject({ name: '北京市', nameEn: 'Beijing' });
  });

  it('loads a province with its cities, or one city with its province, without 市辖区', () => {
    expect(rows('460000')).toEqual([
      '460000 province null',
      '460100 city 460000',
      '460105 district 460100',
      '469000 city 460000',
      '469002 district 469000',
    ]);
    expect(rows('460100')).toEqual(['460000 province null', '460100 city 460000', '460105 district 460100']);
    expect(catalogueRegions(catalogue, '469000')?.[1].name).toBe('省直辖县级行政区划');
    expect(rows('460105')).toBeUndefined();
    expect(rows('999999')).toBeUndefined();
  });

  it('names places in pinyin without their suffix', () => {
    expect(englishName('朝阳区')).toBe('Chaoyang');
    expect(englishName('宝安区')).toBe("Bao'an");
    expect(englishName('重庆市')).toBe('Chongqing');
    expect(englishName('延边朝鲜族自治州')).toBe('Yanbian');
    expect(englishName('黔东南苗族侗族自治州')).toBe('Qiandongnan');
    expect(englishName('新疆维吾尔自治区')).toBe('Xinjiang');
    expect(englishName('东区')).toBe('Dongqu'); // too short to lose its suffix
  });
});
