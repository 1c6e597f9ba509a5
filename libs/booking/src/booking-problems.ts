import { defineProblems } from '@kepu/core';

/** The field problems of bookings, saved visitors and group visits, in both languages. */
export const BookingProblems = defineProblems({
  TWO_NUMBERS: {
    problem: 'give idNumber or documentNumber, not both',
    zh: '只填写一种证件的号码',
    en: 'Give the number of one document only',
  },
  SAME_DOCUMENT: {
    problem: 'same as visitors.{first}',
    zh: '与第 {n} 位参观人的证件相同，每人须用自己的证件',
    en: 'The same document as visitor {n}; each person needs their own',
  },
  DOCUMENT_REQUIRED: {
    problem: 'required',
    zh: '实名预约：请填写这位参观人的证件号码',
    en: 'Real-name booking: give this visitor’s document number',
  },
  NO_GUARDIAN: {
    problem: 'no adult with an ID',
    zh: '没有证件的儿童须与一位填写了证件的成人一同预约',
    en: 'A child without a document must be booked with an adult who gives one',
  },
  CATEGORY_BY_AGE: {
    problem: 'age {age}',
    zh: '按证件，参观当天 {age} 岁，请改选相应的类别',
    en: 'By the document this visitor is {age} on the day; choose the matching category',
  },
  TOO_YOUNG: {
    problem: 'age {age} outside {min}–{max}',
    zh: '参观当天 {age} 岁，此项目限 {min} 岁及以上',
    en: 'This visitor is {age} on the day; this offering takes ages {min} and over',
  },
  TOO_OLD: {
    problem: 'age {age} outside {min}–{max}',
    zh: '参观当天 {age} 岁，此项目限 {max} 岁及以下',
    en: 'This visitor is {age} on the day; this offering takes ages up to {max}',
  },
  CATEGORY_TOO_YOUNG: {
    problem: '{category} below {min}',
    zh: '此项目限 {min} 岁及以上，这个类别的参观人不能预约',
    en: 'This offering takes ages {min} and over: a visitor of this category cannot be booked',
  },
  CATEGORY_TOO_OLD: {
    problem: '{category} above {max}',
    zh: '此项目限 {max} 岁及以下，这个类别的参观人不能预约',
    en: 'This offering takes ages up to {max}: a visitor of this category cannot be booked',
  },
  ALREADY_BOOKED_THAT_DAY: {
    problem: 'already booked that day',
    zh: '这位参观人当天已在本馆有预约，同一证件每天只能预约一次',
    en: 'This visitor already has a booking at this venue that day; one per document a day',
  },
  SAVED_AND_DOCUMENT: {
    problem: 'give savedVisitorId or a document, not both',
    zh: '已选常用参观人时无需再填证件',
    en: 'A saved visitor already has a document; do not type another',
  },
  NOT_SAVED_BY_YOU: {
    problem: 'not one of your saved visitors',
    zh: '这位常用参观人已被删除，请重新选择',
    en: 'This saved visitor was removed; choose again',
  },
  SLOT_NOT_OFFERED: {
    problem: '{slotId}',
    zh: '这个场次不属于所选项目，请重新选择场次',
    en: 'This time is not one of the offering’s; choose a time again',
  },
  SLOT_CANCELLED: {
    problem: '{slotId}',
    zh: '这个场次已取消，请选择其他场次',
    en: 'This time was cancelled; choose another',
  },
  GROUP_TOO_LARGE_FOR_SLOT: {
    problem: '{slotId}',
    zh: '这个场次的团体名额只有 {places} 人，不足 {people} 人',
    en: 'This time has {places} group places, fewer than your {people} people',
  },
  SLOT_REQUIRED: { problem: 'required', zh: '请选择一个场次', en: 'Choose a time' },
  SCHOOL_NOT_VERIFIED: {
    problem: '{schoolId}',
    zh: '这所学校尚未通过认证，请先邀请学校完成认证',
    en: 'This school is not verified yet; ask it to complete verification first',
  },
  AGREEMENT_TOO_LONG: {
    problem: '{endsOn}',
    zh: '结束日期须晚于开始日期，且最多相隔一年',
    en: 'The end must be after the start and at most a year later',
  },
  DATES_TOO_FAR_APART: {
    problem: '{from}…{to}',
    zh: '结束日期须不早于开始日期，且最多查看 {days} 天',
    en: 'The end must not be before the start, and at most {days} days are shown',
  },
});
