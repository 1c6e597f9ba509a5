import { useI18n } from '../../lib/i18n';
import { locale } from '../../lib/preferences';
import { regionName } from '../../lib/vocabularies';
import type { Period } from './figures';

/** Words for the codes in the statistics: visitor categories, grade bands, districts and periods. */
export function useStatsLabels() {
  const { t, te } = useI18n();
  const categoryName = (code: string) => (te(`booking.categories.${code}`) ? t(`booking.categories.${code}`) : code);
  const gradeName = (code: string) => (te(`school.gradeBands.${code}`) ? t(`school.gradeBands.${code}`) : code);
  /** The region's name in the reader's language, else the name the API gave. */
  const districtName = (code: string, given?: string) => {
    const name = regionName(code);
    return name === code ? (given ?? code) : name;
  };
  const day = (date: string) =>
    new Intl.DateTimeFormat(locale.value, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  const periodText = (period: Period) => t('stats.period.range', { from: day(period.from), to: day(period.to) });
  return { categoryName, gradeName, districtName, periodText };
}
