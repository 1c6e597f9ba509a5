import type { NotificationContent } from '@kepu/notify';

/** What the operators whose events took part are told when a campaign is called off (docs/campaigns.md). */
export function campaignCancelled(campaignName: string, eventTitles: string[]): NotificationContent {
  const events = eventTitles.map((title) => `「${title}」`).join('、');
  return {
    kind: 'campaign.cancelled',
    subject: `活动季已取消 Campaign cancelled：${campaignName}`,
    text: [
      `「${campaignName}」已取消。贵单位参加的活动 ${events} 不再列入该活动季，但仍照常开放预约，已有预约不受影响；如需停办，请在运营后台处理。`,
      '',
      `${campaignName} has been cancelled. Your events taking part (${eventTitles.join(', ')}) are no longer listed under it but stay open for booking, and existing bookings stand; to call one off, do so in the operator console.`,
    ].join('\n'),
    smsParams: { campaign: campaignName },
  };
}
