import { defineErrors } from '@kepu/core';

export const ScheduleErrors = defineErrors({
  INVERTED_RANGE: { status: 400, zh: '结束时间须晚于开始时间', en: 'A range must end after it starts' },
  OVERLAPPING_RANGES: { status: 400, zh: '同一天的开放时段相互重叠', en: 'Open ranges on the same day overlap' },
  DUPLICATE_DAY: { status: 400, zh: '同一规则中星期重复', en: 'A weekday is listed twice in one rule' },
  OVERLAPPING_SEASONS: { status: 400, zh: '季节时段相互重叠', en: 'Seasons overlap' },
  EXCEPTION_IN_PAST: { status: 400, zh: '特殊安排的日期不能早于今天', en: 'An exception cannot be dated in the past' },
  DUPLICATE_EXCEPTION: { status: 400, zh: '同一日期有多条特殊安排', en: 'Two exceptions share a date' },
  EXCEPTION_AMBIGUOUS: {
    status: 400,
    zh: '特殊安排须为闭馆（closed: true）或给出开放和闭馆时间',
    en: 'An exception is either a closure (closed: true) or has open and close times',
  },
  SLOT_LENGTH_MISMATCH: {
    status: 400,
    zh: '场次时长不能整除开放时段',
    en: 'The slot length does not divide an open range',
  },
  START_OUTSIDE_HOURS: {
    status: 400,
    zh: '场次开始时间不在任何开放时段内',
    en: 'A start time lies outside every open range',
  },
  STARTS_OVERLAP: {
    status: 400,
    zh: '开始时间间隔短于场次时长，场次会重叠',
    en: 'Start times are closer together than the slot length, so slots would overlap',
  },
  EVENT_NEEDS_DATES: {
    status: 400,
    zh: '专场活动须选择日期并填写开场时间',
    en: 'An event needs its dates and start times',
  },
  INVALID_AGE_RANGE: { status: 400, zh: '最小年龄不能大于最大年龄', en: 'The minimum age exceeds the maximum age' },
  INVALID_GROUP_RULES: {
    status: 400,
    zh: '团体规则有误：最少学生数不能大于最多学生数，最少提前天数不能大于最多提前天数',
    en: 'Group rules: the fewest students must not exceed the most, nor the lead days the days ahead',
  },
  INVALID_PARTY_SIZE: {
    status: 400,
    zh: '每单最少人数不能大于最多人数',
    en: 'The minimum party size exceeds the maximum',
  },
  NO_CAPACITY: { status: 400, zh: '个人或团体名额至少一项大于 0', en: 'Individual or group capacity must be above 0' },
  INVALID_DATE_RANGE: {
    status: 400,
    zh: '日期范围无效：开始须不晚于结束，且最长 62 天',
    en: 'Invalid date range: from must not be after to, and it spans at most 62 days',
  },
  HOURS_NOT_SET: {
    status: 409,
    zh: '请先设置开放时间，再发布按开放时间排期的项目',
    en: 'Set the opening hours before publishing an offering that follows them',
  },
  SLOTS_HAVE_BOOKINGS: {
    status: 409,
    zh: '此修改会取消已有预约的场次：请确认保留（keep）或取消（cancel）这些场次',
    en: 'This change removes slots that have bookings: confirm whether to keep or cancel them',
  },
  OFFERING_ARCHIVED: { status: 409, zh: '该项目已下架', en: 'This offering is archived' },
  CALENDAR_DATE_OUTSIDE_YEAR: {
    status: 400,
    zh: '日期不属于所编辑的年份',
    en: 'A date lies outside the year being edited',
  },
});
