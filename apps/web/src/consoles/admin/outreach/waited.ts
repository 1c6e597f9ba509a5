import { useI18n } from '../../../lib/i18n';
import { ageOf } from '../../outreach-provider/outreach';

/** How long an order has waited since it was made: "已等 2 天 3 小时", "已等不到 1 小时". */
export function useWaited() {
  const { t } = useI18n();
  return (since: string) => {
    const { days, hours } = ageOf(since);
    if (days) return t('adminOutreach.dispatch.ageDays', { n: days, h: hours });
    return hours ? t('adminOutreach.dispatch.ageHours', { n: hours }) : t('adminOutreach.dispatch.ageNew');
  };
}
