import type { Translation } from '../consoles/messages';

/** 数据开放: the public page listing the open-data files (docs/open-data.md). */
export const zh = {
  footer: '数据开放 Open data',
  title: '数据开放',
  intro: '科普资源名录向社会开放，无需登录即可下载。文件只含场馆的公开信息，不含任何个人信息。',
  records: '共 {count} 条记录',
  updated: '最近更新：{date}',
  licence: '许可协议：',
  licenceHint: '使用时请注明来源“科普资源名录”。',
  formats: '下载',
  download: '下载 {format}',
  formatHints: {
    csv: 'CSV（UTF-8，Excel 可直接打开）',
    xlsx: 'Excel 工作簿（含字段说明）',
    geojson: 'GeoJSON（地图软件，WGS-84 坐标）',
  },
  columns: '字段说明',
  column: '字段',
  key: '英文名',
  meaning: '含义',
  loading: '正在加载…',
};

export const en: Translation<typeof zh> = {
  footer: 'Open data',
  title: 'Open data',
  intro:
    'The register of science venues is open to everyone: download it without an account. The files hold the venues’ public facts only, never personal data.',
  records: '{count} records',
  updated: 'Last updated: {date}',
  licence: 'Licence: ',
  licenceHint: 'Please credit the source as “科普资源名录 (Kepu register)”.',
  formats: 'Downloads',
  download: 'Download {format}',
  formatHints: {
    csv: 'CSV (UTF-8, opens in Excel)',
    xlsx: 'Excel workbook (with a sheet describing the columns)',
    geojson: 'GeoJSON (for map software, WGS-84 coordinates)',
  },
  columns: 'Columns',
  column: 'Column',
  key: 'Key',
  meaning: 'Meaning',
  loading: 'Loading…',
};
