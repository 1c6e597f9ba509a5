import { defineProblems } from '@kepu/core';

/** The field problems of opening hours and the public-holiday calendar, in both languages. */
export const HoursProblems = defineProblems({
  CLOSES_BEFORE_OPENING: {
    problem: '{open}–{close} closes before it opens',
    zh: '关门时间 {close} 须晚于开门时间 {open}',
    en: 'The closing time {close} must be after the opening time {open}',
  },
  DAY_TWICE: { problem: 'a day is listed twice', zh: '有一天选了两次', en: 'A day is chosen twice' },
  RANGES_OVERLAP: {
    problem: 'day {weekday}: {first} overlaps {second}',
    zh: '星期{weekdayZh}的时段 {first} 与 {second} 重叠',
    en: 'On {weekdayEn}, {first} overlaps {second}',
  },
  SEASON_INVERTED: {
    problem: '{from} is after {to}',
    zh: '季节的结束日期 {to} 早于开始日期 {from}',
    en: 'The season ends ({to}) before it starts ({from})',
  },
  SEASONS_OVERLAP: {
    problem: 'overlaps {other}',
    zh: '与“{other}”的日期重叠',
    en: 'Its dates overlap “{other}”',
  },
  EXCEPTION_IN_PAST: {
    problem: '{date} is in the past',
    zh: '{date} 已经过去，无需再设',
    en: '{date} has passed; there is no need to set it',
  },
  EXCEPTION_TWICE: {
    problem: '{date} is listed twice',
    zh: '{date} 设了两次，请删去一处',
    en: '{date} is set twice; remove one',
  },
  CLOSURE_WITH_TIMES: {
    problem: 'a closure has no open or close time',
    zh: '闭馆日不用填写开关门时间',
    en: 'A closed day has no opening or closing time',
  },
  OPENING_WITHOUT_TIMES: {
    problem: 'a special opening needs open and close, or closed: true',
    zh: '特别开放日请填写开门和关门时间，或选择“闭馆”',
    en: 'A special opening needs its opening and closing times, or choose “closed”',
  },
  DATE_OUTSIDE_YEAR: {
    problem: '{date}',
    zh: '{date} 不在 {year} 年内',
    en: '{date} is not in {year}',
  },
  WORKDAY_ON_WEEKDAY: {
    problem: 'a make-up working day falls on a weekend',
    zh: '调休上班日应在周六或周日',
    en: 'A make-up working day falls on a Saturday or Sunday',
  },
});

const WEEKDAYS_ZH = ['一', '二', '三', '四', '五', '六', '日'];
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** An ISO weekday (1 = Monday) in both languages, for RANGES_OVERLAP. */
export const weekdayNames = (weekday: number) => ({
  weekday,
  weekdayZh: WEEKDAYS_ZH[weekday - 1],
  weekdayEn: WEEKDAYS_EN[weekday - 1],
});
