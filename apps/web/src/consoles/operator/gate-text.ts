/** What the gate says beyond a refusal's message and a party's size, in the reader's language. */
import type { ApiError } from '../../lib/api/client';
import type { PackCategoriesView } from '../../lib/api/models';
import { t } from '../../lib/i18n';
import { formatLocalDate, formatTime } from '../../lib/time';

/** "成人 1 · 儿童 1": the categories a party holds. */
export function categoriesText(categories: PackCategoriesView): string {
  return (['adult', 'child', 'senior'] as const)
    .filter((category) => categories[category] > 0)
    .map((category) => t(`operatorDay.gate.categories.${category}`, { n: categories[category] }, categories[category]))
    .join(' · ');
}

/**
 * The facts a refusal carries, said for the person at the gate: when check-in opens, when (and
 * on which device) the code was checked in, the day a booking is for. The server's refusals and
 * this device's own carry them alike (offline-check-in.ts).
 */
export function refusalDetail(error: Pick<ApiError, 'code' | 'details'>): string | undefined {
  const details = (error.details ?? {}) as {
    opensAt?: string;
    checkedInAt?: string | null;
    onThisDevice?: boolean | null;
    visitDate?: string;
  };
  switch (error.code) {
    case 'CHECK_IN_NOT_OPEN':
      return details.opensAt ? t('operatorDay.gate.opensAt', { time: formatTime(details.opensAt) }) : undefined;
    case 'ALREADY_CHECKED_IN':
    case 'CHECKED_IN_ON_ANOTHER_DEVICE': {
      if (!details.checkedInAt) return undefined;
      const where =
        error.code === 'CHECKED_IN_ON_ANOTHER_DEVICE' || details.onThisDevice === false
          ? 'elsewhere'
          : details.onThisDevice
            ? 'here'
            : 'unknown';
      return t(`operatorDay.gate.checkedIn.${where}`, { time: formatTime(details.checkedInAt) });
    }
    case 'NOT_TODAY':
      return details.visitDate
        ? t('operatorDay.gate.visitDate', { date: formatLocalDate(details.visitDate) })
        : undefined;
    default:
      return undefined;
  }
}
