import { defineErrors } from '@kepu/core';

/** The campaigns lib's refusals (docs/campaigns.md). */
export const CampaignErrors = defineErrors({
  DATES_INVERTED: {
    status: 400,
    zh: '结束日期不能早于开始日期',
    en: 'The last day cannot come before the first',
  },
  CAMPAIGN_TOO_LONG: {
    status: 400,
    zh: '一次活动最长 62 天',
    en: 'A campaign lasts at most 62 days',
  },
  CAMPAIGN_NOT_EDITABLE: {
    status: 409,
    zh: '该活动已取消，不能再修改',
    en: 'This campaign was cancelled and can no longer be changed',
  },
  CAMPAIGN_NOT_DRAFT: {
    status: 409,
    zh: '该活动已发布或已取消，不能再发布',
    en: 'This campaign is published or cancelled already, so it cannot be published',
  },
  CAMPAIGN_NOT_PUBLISHED: {
    status: 409,
    zh: '只能向已发布的活动添加场次',
    en: 'Events can only be added to a published campaign',
  },
  NOT_AN_EVENT: {
    status: 422,
    zh: '只有“活动”或“实验室开放日”类的预约项目可以加入活动',
    en: 'Only offerings of kind event or lab open day can take part in a campaign',
  },
  OFFERING_NOT_ON_SALE: {
    status: 409,
    zh: '该预约项目已下架，或所在场馆未公开',
    en: 'This offering is archived or its venue is not published',
  },
  EVENT_OUTSIDE_DATES: {
    status: 422,
    zh: '该活动的日期不在本次活动期间内（须设定具体日期或起止日期）',
    en: 'The event does not take place within the campaign dates (it needs set dates or a date range)',
  },
  VENUE_OUTSIDE_REGIONS: {
    status: 422,
    zh: '该场馆不在本次活动覆盖的地区内',
    en: 'The venue is not in a region this campaign covers',
  },
  THEME_NOT_IN_CAMPAIGN: {
    status: 422,
    zh: '所选主题不属于本次活动',
    en: 'The chosen themes are not themes of this campaign',
  },
  EVENT_ALREADY_ATTACHED: {
    status: 409,
    zh: '该活动已在本次活动中',
    en: 'This event takes part in the campaign already',
  },
});
