import type { CensusAccreditation } from '../census/census.views';
import type { ResourceContent } from '../resources/resource-content';
import { VOCABULARIES } from '../vocabulary';

/** One published resource as the open-data query reads it: public facts only (docs/open-data.md). */
export interface OpenDataRow {
  id: string;
  content: ResourceContent;
  regionName: string;
  /** The organisation's public name (`publicName`), never its contacts or accounts. */
  organisation: string;
}

type Value = string | number | boolean | null | string[] | CensusAccreditation[];

/** A column of the CSV and XLSX files and a property of the GeoJSON features. */
export interface OpenDataColumn {
  key: string;
  zh: string;
  en: string;
  description: string;
  /** The GeoJSON property; `cell` flattens it for a sheet. */
  value: (row: OpenDataRow) => Value;
  cell?: (row: OpenDataRow) => string | number;
}

const list = (codes: string[]) => codes.join(';');

/**
 * What the public may download of each published resource. Contact phones and e-mails, evidence
 * files, photos and account ids are left out on purpose: they may be a person's own.
 */
export const OPEN_DATA_COLUMNS: readonly OpenDataColumn[] = [
  { key: 'id', zh: '资源ID', en: 'Resource id', description: 'Stable id of the resource (UUID)', value: (r) => r.id },
  { key: 'name', zh: '名称', en: 'Name', description: 'Chinese name', value: (r) => r.content.name },
  { key: 'nameEn', zh: '英文名称', en: 'English name', description: 'Empty when none', value: (r) => r.content.nameEn },
  {
    key: 'type',
    zh: '类型代码',
    en: 'Type code',
    description: 'Resource type code (GET /api/v1/vocabularies, resourceTypes)',
    value: (r) => r.content.type,
  },
  {
    key: 'typeName',
    zh: '类型',
    en: 'Type',
    description: 'The type in Chinese',
    value: (r) =>
      VOCABULARIES.resourceTypes[r.content.type as keyof typeof VOCABULARIES.resourceTypes]?.zh ?? r.content.type,
  },
  {
    key: 'regionCode',
    zh: '区域代码',
    en: 'Region code',
    description: 'District code (GB/T 2260)',
    value: (r) => r.content.regionCode,
  },
  { key: 'regionName', zh: '区域', en: 'Region', description: 'District name', value: (r) => r.regionName },
  { key: 'address', zh: '地址', en: 'Address', description: 'Street address', value: (r) => r.content.address },
  { key: 'lat', zh: '纬度', en: 'Latitude', description: 'WGS-84 latitude', value: (r) => r.content.location.lat },
  { key: 'lng', zh: '经度', en: 'Longitude', description: 'WGS-84 longitude', value: (r) => r.content.location.lng },
  {
    key: 'description',
    zh: '简介',
    en: 'Description',
    description: 'What visitors find there',
    value: (r) => r.content.description,
  },
  {
    key: 'themes',
    zh: '主题',
    en: 'Themes',
    description: 'Theme codes (vocabulary themes); separated by ; in sheets',
    value: (r) => r.content.themes,
  },
  {
    key: 'audiences',
    zh: '适用人群',
    en: 'Audiences',
    description: 'Audience codes; separated by ; in sheets',
    value: (r) => r.content.audiences,
  },
  {
    key: 'accessibility',
    zh: '无障碍设施',
    en: 'Accessibility',
    description: 'Accessibility feature codes; separated by ; in sheets',
    value: (r) => r.content.accessibility,
  },
  {
    key: 'free',
    zh: '是否免费',
    en: 'Free admission',
    description: 'true/false (是/否 in sheets); empty when not known',
    value: (r) => r.content.admission?.free ?? null,
    cell: (r) => (r.content.admission ? (r.content.admission.free ? '是' : '否') : ''),
  },
  {
    key: 'prices',
    zh: '票价',
    en: 'Prices',
    description: '"ticket:yuan" pairs separated by ;',
    value: (r) => r.content.admission?.prices.map((p) => `${p.label}:${p.amountFen / 100}`) ?? [],
  },
  {
    key: 'concessions',
    zh: '优惠政策',
    en: 'Concessions',
    description: '"group:kind" pairs (vocabularies concessionGroups, concessionKinds), e.g. seniors:free',
    value: (r) => r.content.admission?.concessions.map((c) => `${c.group}:${c.kind}`) ?? [],
  },
  { key: 'website', zh: '网站', en: 'Website', description: 'Empty when none', value: (r) => r.content.website },
  {
    key: 'transport',
    zh: '交通',
    en: 'Getting there',
    description: 'Public transport directions',
    value: (r) => r.content.transport,
  },
  {
    key: 'accreditations',
    zh: '认定',
    en: 'Accreditations',
    description: 'Name, level code, year granted and expiry date; "name|level|year|expiry" separated by ; in sheets',
    value: (r) =>
      r.content.accreditations.map((a) => ({
        name: a.name,
        level: a.level,
        yearGranted: a.yearGranted,
        expiresOn: a.expiresOn,
      })),
    cell: (r) =>
      r.content.accreditations.map((a) => [a.name, a.level, a.yearGranted, a.expiresOn ?? ''].join('|')).join(';'),
  },
  {
    key: 'organisation',
    zh: '运营机构',
    en: 'Operator',
    description: "The operating organisation's public name",
    value: (r) => r.organisation,
  },
];

/** A column's value as a sheet cell: lists joined by ;, nothing as an empty cell. */
export function sheetCell(column: OpenDataColumn, row: OpenDataRow): string | number {
  if (column.cell) return column.cell(row);
  const value = column.value(row);
  if (Array.isArray(value)) return list(value as string[]);
  return value === null ? '' : (value as string | number);
}
