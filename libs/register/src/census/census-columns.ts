import { ACCESSIBILITY, AUDIENCES, ORGANISATION_KINDS, RESOURCE_TYPES, Term, THEMES } from '../vocabulary';

/** One column of the census sheet: its Chinese header (English key also accepted) and what a cell must hold. */
export interface CensusColumn {
  key: string;
  header: string;
  /** Shown in the template's 说明 sheet and in row errors. */
  hint: string;
  required?: boolean;
}

export const CENSUS_COLUMNS: readonly CensusColumn[] = [
  { key: 'id', header: '资源ID', hint: '留空为新增；填写导出文件中的 ID 则更新该资源' },
  { key: 'name', header: '名称', hint: '必填，1–100 个字', required: true },
  { key: 'nameEn', header: '英文名称', hint: '可选，不超过 200 个字符' },
  { key: 'type', header: '类型', hint: '必填，类型代码或名称，见下方列表', required: true },
  { key: 'regionCode', header: '区域代码', hint: '必填，区（功能区）代码，如 440304', required: true },
  { key: 'address', header: '地址', hint: '必填，1–200 个字', required: true },
  { key: 'lat', header: '纬度', hint: '必填，WGS-84 纬度，中国境内（3.8–53.6）', required: true },
  { key: 'lng', header: '经度', hint: '必填，WGS-84 经度，中国境内（73.4–135.1）', required: true },
  { key: 'description', header: '简介', hint: '可选，不超过 5000 个字' },
  { key: 'themes', header: '主题', hint: '主题代码或名称，多个用分号分隔' },
  { key: 'audiences', header: '适用人群', hint: '人群代码或名称，多个用分号分隔' },
  { key: 'accessibility', header: '无障碍设施', hint: '设施代码或名称，多个用分号分隔' },
  { key: 'free', header: '是否免费', hint: '是 或 否' },
  { key: 'prices', header: '票价', hint: '“票种:元”，多个用分号分隔，如 成人票:30;儿童票:15' },
  { key: 'phone', header: '电话', hint: '场馆对外电话（座机、400/800 或手机号）' },
  { key: 'website', header: '网站', hint: '以 http:// 或 https:// 开头' },
  { key: 'transport', header: '交通', hint: '可选，不超过 500 个字' },
  {
    key: 'accreditations',
    header: '认定',
    hint: '“名称|级别|年份|到期日”，多个用分号分隔，如 全国科普教育基地|national|2021|2026-12-31',
  },
  { key: 'organisationName', header: '运营机构', hint: '必填，机构名称', required: true },
  { key: 'creditCode', header: '统一社会信用代码', hint: '必填，18 位，校验位须正确', required: true },
  { key: 'organisationKind', header: '机构类型', hint: '新机构必填，机构类型代码或名称' },
];

const byHeader = new Map(CENSUS_COLUMNS.flatMap((c) => [[c.header, c] as const, [c.key, c] as const]));

/** The column a header names, by its Chinese header or English key. */
export const columnFor = (header: string) => byHeader.get(header.trim());

/** The column whose hint explains a validation problem on this DTO field. */
export function columnForField(field: string): CensusColumn {
  const key = field.startsWith('location.')
    ? field.slice('location.'.length)
    : field.startsWith('admission.')
      ? field.endsWith('free')
        ? 'free'
        : 'prices'
      : field.startsWith('contact.')
        ? 'phone'
        : field.split(/[.[]/)[0];
  return CENSUS_COLUMNS.find((c) => c.key === key) ?? { key, header: key, hint: '取值无效' };
}

/** A code or its Chinese/English label → the code; unknown input passes through for validation to name. */
export function toCode(terms: Record<string, Term>, input: string): string {
  const value = input.trim();
  const found = Object.entries(terms).find(
    ([code, t]) => code === value || t.zh === value || t.en.toLowerCase() === value.toLowerCase(),
  );
  return found ? found[0] : value;
}

export const LISTS = {
  type: RESOURCE_TYPES,
  themes: THEMES,
  audiences: AUDIENCES,
  accessibility: ACCESSIBILITY,
  organisationKind: ORGANISATION_KINDS,
};

export const splitList = (cell: string) =>
  cell
    .split(/[;；、]/)
    .map((s) => s.trim())
    .filter(Boolean);
