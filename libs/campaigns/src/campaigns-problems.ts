import { defineProblems } from '@kepu/core';

/** The field problems of campaigns and their events, in both languages. */
export const CampaignProblems = defineProblems({
  UNKNOWN_REGIONS: {
    problem: '{codes}',
    zh: '有行政区不存在，请从列表中重新选择',
    en: 'A region does not exist; choose again from the list',
  },
  NOT_AN_EVENT: {
    problem: '{kind}',
    zh: '只有专场活动和实验室开放日可以加入活动季',
    en: 'Only events and lab open days can join a campaign',
  },
  EVENT_OUTSIDE_DATES: {
    problem: '{span}',
    zh: '这项活动的日期不在活动季的日期之内',
    en: 'This event’s dates are outside the campaign’s dates',
  },
  VENUE_OUTSIDE_REGIONS: {
    problem: '{code}',
    zh: '这个场馆不在活动季覆盖的地区内',
    en: 'This venue is outside the campaign’s regions',
  },
  THEME_NOT_IN_CAMPAIGN: {
    problem: '{themes}',
    zh: '请从活动季的主题中选择',
    en: 'Choose among the campaign’s themes',
  },
});
