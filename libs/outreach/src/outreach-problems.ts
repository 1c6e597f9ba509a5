import { defineProblems } from '@kepu/core';

/** The field problems of outreach (orders, menu, activities, the directory), in both languages. */
export const OutreachProblems = defineProblems({
  NOT_A_DISTRICT: {
    problem: '{code}',
    zh: '请选择一个区（不是整个城市）',
    en: 'Choose a district, not a whole city',
  },
  ENDS_TOO_LATE: {
    problem: 'must be after startsAt and at most a day later',
    zh: '结束时间须晚于开始时间，且在一天之内',
    en: 'The end must be after the start and within a day of it',
  },
  LEAD_NOT_A_MEMBER: {
    problem: '{leadId}',
    zh: '负责人须是本机构的成员',
    en: 'The lead must be a member of this organisation',
  },
  NOT_A_TEAM_ACTIVITY: {
    problem: 'not an activity of this team',
    zh: '这项活动不是本团队的',
    en: 'This activity is not one of this team’s',
  },
  MAX_BELOW_MIN: {
    problem: 'maxPeople must not be less than minPeople',
    zh: '最多人数不能少于最少人数',
    en: 'The most people must not be fewer than the least',
  },
  CHOOSE_ORDERER: {
    problem: 'required: you order for more than one school or community',
    zh: '您代表多所学校或社区，请选择为谁下单',
    en: 'You order for more than one school or community; choose which one',
  },
  TOPIC_REQUIRED: {
    problem: 'required for a request without a menu item',
    zh: '不从菜单中选择时，请写明想要的活动主题',
    en: 'Without a menu item, write the topic you would like',
  },
  PROVIDER_NOT_VERIFIED: {
    problem: '{providerId}',
    zh: '这个机构尚未通过认证，不能接单',
    en: 'This organisation is not verified and cannot take orders',
  },
  CHOOSE_PROVIDER: {
    problem: 'required: you operate more than one organisation',
    zh: '您管理多个机构，请选择以哪个机构接单',
    en: 'You run more than one organisation; choose which one takes this',
  },
  WINDOW_STARTS_TODAY: {
    problem: 'must be after today',
    zh: '最早日期须在今天之后',
    en: 'The earliest date must be after today',
  },
  WINDOW_INVERTED: {
    problem: 'must not be before windowFrom',
    zh: '最晚日期不能早于最早日期',
    en: 'The latest date must not be before the earliest',
  },
  WINDOW_TOO_LONG: {
    problem: 'must be at most 366 days after windowFrom',
    zh: '最早和最晚日期最多相隔一年',
    en: 'The earliest and latest dates may be at most a year apart',
  },
});
