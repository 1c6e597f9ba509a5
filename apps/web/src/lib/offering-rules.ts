/**
 * An offering's rules in the reader's words, as the venue page lists them under the offering and
 * the booking form repeats them (docs/booking-rules.md): party size, ages, real name and the
 * documents it takes, when places are released, the cutoff, school groups and the price.
 */
import { useI18n } from './i18n';
import type { OfferingView } from './api/models';
import { DOCUMENT_TYPES } from '../../../../libs/core/src/privacy/document-types';
import { yuan } from './money';

export type AgeRules = Pick<OfferingView, 'minAge' | 'maxAge'>;

export function useOfferingRules() {
  const { t, locale } = useI18n();

  /** "6 岁及以上", "6–12 岁": the offering's ages, or nothing when it takes every age. */
  const ages = ({ minAge, maxAge }: AgeRules): string | undefined =>
    minAge !== null && maxAge !== null
      ? t('rules.ages', { min: minAge, max: maxAge })
      : minAge !== null
        ? t('rules.agesFrom', { min: minAge })
        : maxAge !== null
          ? t('rules.agesUpTo', { max: maxAge })
          : undefined;

  const documents = () =>
    DOCUMENT_TYPES.map((type) => t(`booking.documentTypes.${type}`)).join(locale.value === 'en' ? ', ' : '、');

  /** The lines of the offering's rules, in the order a family decides by. */
  function lines(offering: OfferingView): string[] {
    const range = ages(offering);
    const takesGroups = offering.audience !== 'individual' && offering.groupCapacity > 0;
    const lines = [
      offering.minPartySize > 1
        ? t('rules.party', { min: offering.minPartySize, max: offering.maxPartySize })
        : t('rules.partyUpTo', { max: offering.maxPartySize }),
      range && t('rules.agesLine', { ages: range }),
      offering.realName ? t('rules.realName', { documents: documents() }) : t('rules.noRealName'),
      offering.bookingOpensDaysAhead > 0
        ? t('rules.release', { days: offering.bookingOpensDaysAhead, time: offering.bookingOpensAt })
        : t('rules.releaseSameDay', { time: offering.bookingOpensAt }),
      offering.cutoffMinutes > 0 ? t('rules.cutoff', { minutes: offering.cutoffMinutes }) : t('rules.cutoffNone'),
      takesGroups &&
        t('rules.groups', {
          min: offering.groupMinStudents,
          max: offering.groupMaxStudents,
          ratio: offering.studentsPerTeacher,
          lead: offering.groupLeadDays,
          ahead: offering.groupOpensDaysAhead,
        }),
      offering.priceFen ? t('rules.price', { price: yuan(offering.priceFen) }) : t('rules.free'),
    ];
    return lines.filter((line): line is string => !!line);
  }

  return { ages, lines };
}
