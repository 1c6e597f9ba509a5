import { computed, type Ref } from 'vue';
import { useI18n } from '../../lib/i18n';
import { barOption, pieOption } from './charts';
import { formatNumber, formatPercent, ranked, type StatItem } from './figures';
import { useStatsLabels } from './labels';
import type { StatsOverview } from '../../lib/api/models';

type CardKey = 'served' | 'venues' | 'utilisation' | 'noShow' | 'cancellation' | 'waitlist' | 'students';

/**
 * What both consoles show of an overview: headline cards (each console picks which, in its order,
 * and which stand out), and the charts of people served by visitor category, of how people came
 * (booking channel, walk-ins) and of group students by grade band, each with its one-line summary
 * and its table rows.
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

  /** How people came: booked online, at the counter, by phone, or admitted without a booking. */
  const channelChart = computed(() => {
    const service = overview.value?.service;
    const entries: [string, number][] = service
      ? [
          [t('stats.channels.online'), service.bookedByChannel.online],
          [t('stats.channels.counter'), service.bookedByChannel.counter],
          [t('stats.channels.phone'), service.bookedByChannel.phone],
          [t('stats.channels.walkIn'), service.walkIns],
        ]
      : [];
    const shown = entries.filter(([, n]) => n > 0);
    return {
      option: pieOption(shown.map(([name, value]) => ({ name, value }))),
      summary: t('stats.charts.byChannelSummary', {
        list: listOf(shown.map(([name, n]) => [name, formatNumber(n)])),
      }),
      rows: shown.map(([name, n]) => [name, formatNumber(n)]),
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

  /** The chosen cards, in the order given; those in `prominent` stand out. */
  const cardsOf = (keys: CardKey[], prominent: CardKey[]) =>
    computed<StatItem[]>(() => {
      const o = overview.value;
      if (!o) return [];
      const { service, register, groups } = o;
      const cards: Record<CardKey, Omit<StatItem, 'key' | 'label'>> = {
        served: {
          value: formatNumber(service.peopleServed),
          hint: t(
            'stats.cards.booked',
            { n: formatNumber(service.peopleBooked), walkIns: formatNumber(service.walkIns) },
            service.walkIns,
          ),
        },
        venues: { value: formatNumber(register.venues) },
        utilisation: {
          value: formatPercent(service.rates.utilisation),
          hint: t('stats.cards.utilisationHint', { capacity: formatNumber(service.capacity) }),
        },
        noShow: {
          value: formatPercent(service.rates.noShow),
          hint: t('stats.cards.noShowHint', { n: formatNumber(service.peopleNoShow) }, service.peopleNoShow),
        },
        cancellation: {
          value: formatPercent(service.rates.cancellation),
          hint: t(
            'stats.cards.cancellationHint',
            { n: formatNumber(service.cancelledBookings), total: formatNumber(service.bookings) },
            service.bookings,
          ),
        },
        waitlist: {
          value: formatPercent(service.rates.waitlistConversion),
          hint: t('stats.cards.waitlistHint', {
            n: formatNumber(service.waitlisted),
            promoted: formatNumber(service.promoted),
          }),
        },
        students: {
          value: formatNumber(groups.students),
          hint: t('stats.cards.studentsHint', { n: formatNumber(groups.approved) }, groups.approved),
        },
      };
      return keys.map((key) => ({
        key,
        label: t(`stats.cards.${key}`),
        ...cards[key],
        ...(prominent.includes(key) && { prominent: true }),
      }));
    });

  return { listOf, categoryChart, channelChart, gradeChart, cardsOf };
}
