import { VOCABULARIES } from '@kepu/register';
import type { AnnualServiceReport } from './service-criteria.views';
import type { StatsTable } from './stats-tables';

const header = (...names: [string, string][]) => names.map(([zh, en]) => `${zh} ${en}`);
const NO_RULE = '无规则 no rule';
const flag = (below: boolean | null) => (below === null ? NO_RULE : below ? '未达标 below' : '达标 met');
const label = (terms: Record<string, { zh: string }>, code: string) => terms[code]?.zh ?? code;

/** The yearly service of a region's science bases, one row each and a row of totals (docs/register.md). */
export const annualServiceTable = (report: AnnualServiceReport): StatsTable => ({
  name: `${report.year}年度服务`,
  rows: [
    header(
      ['基地', 'Base'],
      ['区', 'District'],
      ['类型', 'Type'],
      ['认定级别', 'Accreditation'],
      ['开放天数', 'Open days'],
      ['最低开放天数', 'Minimum open days'],
      ['开放天数是否达标', 'Open days met'],
      ['服务人次', 'Visitors'],
      ['最低服务人次', 'Minimum visitors'],
      ['服务人次是否达标', 'Visitors met'],
      ['结论', 'Result'],
    ),
    ...report.bases.map((b) => [
      b.name,
      b.regionCode,
      label(VOCABULARIES.resourceTypes, b.type),
      b.accreditationLevels.map((level) => label(VOCABULARIES.accreditationLevels, level)).join('、'),
      b.openDays,
      b.minOpenDays,
      flag(b.openDaysBelow),
      b.visitors,
      b.minVisitors,
      flag(b.visitorsBelow),
      b.status === 'no_rule' ? NO_RULE : flag(b.status === 'below'),
    ]),
    ['合计 Total', null, null, null, report.totals.openDays, null, null, report.totals.visitors, null, null, null],
  ],
});
