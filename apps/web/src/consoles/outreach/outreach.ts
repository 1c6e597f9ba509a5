import { computed } from 'vue';
import { useI18n } from '../../lib/i18n';
import { useRoute } from 'vue-router';
import type { MenuItemView, OrderStatus } from '../../lib/api/models';
import { yuan } from '../../lib/money';
import { regionName } from '../../lib/vocabularies';
import { consoles } from '../roles';

/** The consoles that order outreach activities: a school's teachers and a community's workers share the pages. */
export type OrdererConsole = 'school' | 'community';

export const ACTIVITY_FORMATS: MenuItemView['format'][] = [
  'lecture',
  'workshop',
  'mobile_exhibition',
  'science_show',
  'lab_demo',
  'field_guide',
];

/** Orders that are not over: the orderer may still cancel them. */
export const OPEN_ORDER_STATUSES: OrderStatus[] = ['submitted', 'open', 'taken', 'scheduled', 'confirmed'];

/** The console the signed-in account orders from, if any (a community first: it orders nothing else). */
export const ordererConsole = computed<OrdererConsole | undefined>(() =>
  consoles.value.includes('community') ? 'community' : consoles.value.includes('school') ? 'school' : undefined,
);

/** Where an orderer's pages live, for the console of the page being shown. */
export function useOrdersBase() {
  const route = useRoute();
  return computed(() => `/console/${(route.meta.console as OrdererConsole | undefined) ?? 'school'}/outreach/orders`);
}

/** Words for the numbers outreach pages show: fees, durations, group sizes, districts, ratings. */
export function useOutreachWords() {
  const { t } = useI18n();
  const duration = (minutes: number) => {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (!h) return t('outreach.duration.minutes', { n: m });
    return m ? t('outreach.duration.both', { h, m }) : t('outreach.duration.hours', { h });
  };
  return {
    duration,
    fee: (fen: number) => (fen ? t('outreach.perActivity', { fee: yuan(fen) }) : t('outreach.free')),
    people: (item: { minPeople: number; maxPeople: number }) =>
      t('outreach.people', { min: item.minPeople, max: item.maxPeople }),
    districtNames: (codes: string[]) => codes.map(regionName).join(t('common.listSeparator')),
    rating: (rating: MenuItemView['rating']) =>
      rating.average === null
        ? t('outreach.noRating')
        : t('outreach.rating', { average: rating.average.toFixed(1), count: rating.count }),
  };
}

/** YYYY-MM-DD `days` after a YYYY-MM-DD day (calendar days, no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
