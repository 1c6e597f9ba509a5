import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber } from './figures';

/**
 * ECharts options for the statistics pages: plain bars, lines and a pie, numbers in the reader's
 * language. Type-only import, so this file adds nothing to a page's bundle; the chart library
 * itself loads with the chart component.
 */
const tooltipValue = (value: unknown) => formatNumber(typeof value === 'number' ? value : Number(value));

/** Lines over time, one per series, oldest first. */
export function lineOption(periods: string[], series: { name: string; values: number[] }[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: tooltipValue },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: periods, boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: tooltipValue } },
    series: series.map((s) => ({ name: s.name, type: 'line', data: s.values, showSymbol: periods.length <= 31 })),
  };
}

/** Bars, one per category; horizontal ones keep long district names readable and rank them. */
export function barOption(
  categories: string[],
  series: { name: string; values: (number | null)[] }[],
  { horizontal = false, format = tooltipValue }: { horizontal?: boolean; format?: (value: unknown) => string } = {},
): EChartsCoreOption {
  const categoryAxis = { type: 'category', data: categories, axisLabel: { interval: 0 }, inverse: horizontal };
  const valueAxis = { type: 'value', axisLabel: { formatter: format } };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: format },
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: 24, top: series.length > 1 ? 40 : 16, bottom: 8, containLabel: true },
    xAxis: horizontal
      ? valueAxis
      : { ...categoryAxis, axisLabel: { interval: 0, rotate: categories.length > 6 ? 40 : 0 } },
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((s) => ({
      name: s.name,
      type: 'bar',
      data: s.values,
      label: horizontal
        ? { show: true, position: 'right', formatter: ({ value }: { value: unknown }) => format(value) }
        : undefined,
    })),
  };
}

/**
 * Whether an option made here has a figure other than zero: a chart of zeros says there is no data
 * instead (ECharts draws a pie of zeros in equal slices, which reads as equal shares).
 */
export const hasFigures = (option: EChartsCoreOption): boolean =>
  ((option.series ?? []) as { data: unknown[] }[]).some((series) =>
    series.data.some((point) => {
      const value = point !== null && typeof point === 'object' ? (point as { value: unknown }).value : point;
      return typeof value === 'number' && value !== 0;
    }),
  );

/** Shares of a whole, with each slice's name and count beside it. */
export function pieOption(entries: { name: string; value: number }[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', valueFormatter: tooltipValue },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        data: entries,
        label: { formatter: '{b}\n{d}%' },
      },
    ],
  };
}
