import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { barOption, pieOption } from './charts';
import { formatNumber, ranked } from './figures';
import { useStatsLabels } from './labels';
import type { StatsOverview } from './types';

/**
 * The charts both consoles draw from an overview: people served by visitor category and group
 * students by grade band, each with its one-line summary and its table rows.
 */
export function useOverviewCharts(overview: Ref<StatsOverview | undefined>) {
  const { t } = useI18n();
  const { categoryName, gradeName } = useStatsLabels();

  /** "name value, name value" in the reader's language, for the charts' text summaries. */
  const listOf = (entries: [string, string][]) =>
    entries.map(([name, value]) => t('stats.charts.item', { name, value })).join(t('stats.charts.separator'));

  const categoryChart = computed(() => {
    const service = overview.value?.service;
    const codes = (['adult', 'child', 'senior'] as const).filter(
      (c) => (service?.servedByCategory[c] ?? 0) + (service?.bookedByCategory[c] ?? 0) > 0,
    );
    const names = codes.map(categoryName);
    const served = codes.map((c) => service!.servedByCategory[c]);
    return {
      option: pieOption(names.map((name, i) => ({ name, value: served[i] }))),
      summary: t('stats.charts.byCategorySummary', {
        list: listOf(names.map((name, i) => [name, formatNumber(served[i])])),
      }),
      rows: codes.map((c, i) => [
        names[i],
        formatNumber(service!.servedByCategory[c]),
        formatNumber(service!.bookedByCategory[c]),
      ]),
    };
  });

  const gradeChart = computed(() => {
    const entries = ranked(overview.value?.groups.byGradeBand);
    const names = entries.map(([code]) => gradeName(code));
    return {
      option: barOption(names, [{ name: t('stats.charts.students'), values: entries.map(([, n]) => n) }]),
      summary: t('stats.charts.byGradeSummary', {
        list: listOf(entries.map(([, n], i) => [names[i], formatNumber(n)])),
      }),
      rows: entries.map(([, n], i) => [names[i], formatNumber(n)]),
    };
  });

  return { listOf, categoryChart, gradeChart };
}
