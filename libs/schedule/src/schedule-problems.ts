import { defineProblems } from '@kepu/core';

/** The field problems of offerings and their slots, in both languages, as the operator's form shows them. */
export const ScheduleProblems = defineProblems({
  MAY_NOT_BE_NULL: {
    problem: 'may not be null: leave it out to keep it as it is',
    zh: '这一项不能清空；不修改时请不要发送它',
    en: 'This may not be emptied; leave it out to keep it as it is',
  },
  EVENT_NEEDS_DATES: {
    problem: 'required for an event',
    zh: '专场活动请至少选择一个日期',
    en: 'An event needs at least one date',
  },
  EVENT_NEEDS_START_TIMES: {
    problem: 'required for an event',
    zh: '专场活动请填写开场时间，如 19:30',
    en: 'An event needs its start times, such as 19:30',
  },
  MIN_ABOVE_MAX: {
    problem: '{min} > {max}',
    zh: '最少（{min}）不能多于最多（{max}）',
    en: 'The least ({min}) must not exceed the most ({max})',
  },
  AGE_MIN_ABOVE_MAX: {
    problem: '{min} > {max}',
    zh: '最小年龄（{min} 岁）不能大于最大年龄（{max} 岁）',
    en: 'The minimum age ({min}) must not exceed the maximum age ({max})',
  },
  LEAD_ABOVE_AHEAD: {
    problem: '{lead} > {ahead}',
    zh: '至少提前 {lead} 天，却最多只能提前 {ahead} 天申请：请调整其中一项',
    en: 'At least {lead} days ahead, yet at most {ahead} days ahead: change one of them',
  },
  ENDS_AFTER_MIDNIGHT: {
    problem: 'a slot at {time} would end after midnight',
    zh: '{time} 开场的场次会跨过午夜，请提前开场或缩短时长',
    en: 'The slot at {time} would end after midnight: start earlier or make it shorter',
  },
  STARTS_OVERLAP: {
    problem: '{time}',
    zh: '{time} 与前一场相隔不足 {minutes} 分钟，两场会重叠',
    en: '{time} is less than {minutes} minutes after the slot before it, so they would overlap',
  },
  SLOT_LENGTH_MISMATCH: {
    problem: '{minutes} min does not divide {open}–{close} ({title})',
    zh: '“{title}”每场 {minutes} 分钟，排不满开放时段 {open}–{close}：请换一个能整除的时长，或填写固定开场时间',
    en: '“{title}” runs {minutes}-minute slots, which do not fill the open range {open}–{close}: choose a length that divides it, or give fixed start times',
  },
  START_OUTSIDE_HOURS: {
    problem: '{time} lies outside the hours ({title})',
    zh: '“{title}”的开场时间 {time} 不在开放时间内',
    en: 'The start time {time} of “{title}” is outside the opening hours',
  },
});
