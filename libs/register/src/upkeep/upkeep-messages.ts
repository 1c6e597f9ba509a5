import type { NotificationContent } from '@kepu/notify';

/** An accreditation reaching one of its reminder thresholds (docs/register.md, "Accreditations and their expiry"). */
export interface ExpiryFacts {
  resourceName: string;
  accreditationName: string;
  /** `YYYY-MM-DD`. */
  expiresOn: string;
  /** 90, 30, 7, or 0 on (or after) the day. */
  threshold: number;
}

/** The kind of the yearly re-confirmation reminder. */
export const RECONFIRMATION_DUE = 'register.reconfirmation_due';

export const UpkeepMessages = {
  accreditationExpiring(f: ExpiryFacts): NotificationContent {
    const expired = f.threshold === 0;
    return {
      kind: expired ? 'register.accreditation_expired' : 'register.accreditation_expiring',
      subject: expired
        ? `认定已到期 Accreditation expired：${f.resourceName}`
        : `认定即将到期 Accreditation expiring：${f.resourceName}`,
      text: [
        expired
          ? `「${f.resourceName}」的「${f.accreditationName}」已于 ${f.expiresOn} 到期，不再计入认定。`
          : `「${f.resourceName}」的「${f.accreditationName}」将于 ${f.expiresOn} 到期（还有 ${f.threshold} 天以内）。`,
        '续期请在运营后台编辑该认定，填写新的有效期并上传证明材料，提交审核。',
        '',
        expired
          ? `"${f.accreditationName}" of ${f.resourceName} expired on ${f.expiresOn} and no longer counts.`
          : `"${f.accreditationName}" of ${f.resourceName} expires on ${f.expiresOn} (within ${f.threshold} days).`,
        'To renew it, edit the accreditation in the operator console with its new expiry date and evidence, and submit it for review.',
      ].join('\n'),
      smsParams: { venue: f.resourceName, date: f.expiresOn },
    };
  },

  reconfirmationDue(resourceName: string, confirmedOn: string): NotificationContent {
    return {
      kind: RECONFIRMATION_DUE,
      subject: `请确认场馆信息 Please confirm your venue's details：${resourceName}`,
      text: [
        `「${resourceName}」的信息上次确认于 ${confirmedOn}，即将满一年。`,
        '请在运营后台核对信息：无变化时点击“信息无变化，确认”，有变化请编辑后提交审核。逾期未确认的场馆将标注“信息待更新”，之后不再出现在搜索中。',
        '',
        `The details of ${resourceName} were last confirmed on ${confirmedOn}, almost a year ago.`,
        'Please check them in the operator console: tap "Confirm unchanged" if nothing changed, or edit and submit them for review. Unconfirmed venues are marked "Information due for update" and later leave search.',
      ].join('\n'),
      smsParams: { venue: resourceName, date: confirmedOn },
    };
  },
};
