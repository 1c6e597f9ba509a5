import type { operations } from '../../lib/api/schema';
import { locale } from '../../lib/preferences';
import { todayInBeijing } from '../../lib/time';

/** Numbers and shares in the reader's language: 12,345 / 12,345；shares as 37.5%. */
export const formatNumber = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : value.toLocaleString(locale.value, { maximumFractionDigits: 1 });

export const formatPercent = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? '—'
    : value.toLocaleString(locale.value, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Small ratios (venues per 10,000 residents) keep two significant digits: 0.065, 1.2. */
export const formatRatio = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? '—'
    : value.toLocaleString(
        locale.value,
        Math.abs(value) < 1 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 2 },
      );

/** A period of whole days in Beijing, both ends included, as the API takes them. */
export interface Period {
  from: string;
  to: string;
}

export type PeriodPreset = 'month' | 'quarter' | 'year' | 'custom';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** This month, this quarter or this year in Beijing, from its first to its last day. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today = todayInBeijing()): Period {
  const [year, month] = today.split('-').map(Number);
  const [first, last] =
    preset === 'month'
      ? [month, month]
      : preset === 'quarter'
        ? [Math.floor((month - 1) / 3) * 3 + 1, Math.floor((month - 1) / 3) * 3 + 3]
        : [1, 12];
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

/** Days in a period, both ends included. */
export const periodDays = ({ from, to }: Period): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** Days for a month or so, weeks up to half a year, months beyond: a readable number of points. */
export const intervalFor = (period: Period): 'day' | 'week' | 'month' => {
  const days = periodDays(period);
  return days <= 45 ? 'day' : days <= 190 ? 'week' : 'month';
};

/** The filters of a statistics request (region, venue, period), as the statistics endpoints take them. */
export type StatsQuery = Pick<
  NonNullable<operations['statsOverview']['parameters']['query']>,
  'region' | 'resourceId' | 'from' | 'to'
>;

/** The query of a statistics request, leaving out what is not set. */
export function statsQuery(params: StatsQuery): StatsQuery {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value));
}

/** Entries of a count map, largest first, without zeros. */
export const ranked = (counts: Record<string, number> | undefined): [string, number][] =>
  Object.entries(counts ?? {})
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);

/** One headline figure: its name, the figure, and what it is made of. */
export interface StatItem {
  key: string;
  label: string;
  value: string;
  hint?: string;
  prominent?: boolean;
}
