import type { Translation } from '../consoles/messages';

/**
 * An offering's rules where a family meets them: listed with the offering on the venue page, and
 * checked at the visitor's own field as it is filled in (docs/booking-rules.md).
 */
export const zh = {
  title: '预约须知',
  partyUpTo: '每单最多 {max} 人',
  party: '每单 {min}–{max} 人',
  agesFrom: '{min} 岁及以上',
  agesUpTo: '{max} 岁及以下',
  ages: '{min}–{max} 岁',
  agesLine: '年龄：{ages}',
  realName: '实名预约：成人须填写有效证件（{documents}），儿童可随持证成人预约',
  noRealName: '无需实名，不用填写证件',
  releaseSameDay: '当天 {time} 放票',
  release: '提前 {days} 天，每天 {time} 放票',
  cutoff: '开场前 {minutes} 分钟停止预约',
  cutoffNone: '开场前均可预约',
  groups: '学校团体：每团 {min}–{max} 名学生，每 {ratio} 名学生至少 1 位教师，提前 {lead}–{ahead} 天申请',
  free: '免费',
  price: '每人 {price}',
  // At the visitor's field, as soon as the age or category is known.
  outsideAges: '参观当天 {age} 岁，此项目限 {ages}',
  categoryOutside: '此项目限 {ages}，{category}不能预约',
  categoryFromDocument: '已按证件上的出生日期选好',
  childrenAges: '此项目限 {ages}：儿童请填写证件号码，以便核对年龄',
};

export const en: Translation<typeof zh> = {
  title: 'Before you book',
  partyUpTo: 'Up to {max} people per booking',
  party: '{min} to {max} people per booking',
  agesFrom: '{min} and over',
  agesUpTo: 'up to {max}',
  ages: '{min} to {max}',
  agesLine: 'Ages {ages}',
  realName:
    'Real-name booking: each adult gives an identity document ({documents}); a child may come with an adult who gives one',
  noRealName: 'No identity document needed',
  releaseSameDay: 'Places are released on the day at {time}',
  release: 'Places are released {days} days ahead, at {time} each day',
  cutoff: 'Booking closes {minutes} minutes before the start',
  cutoffNone: 'Bookable until the start',
  groups:
    'School groups: {min} to {max} students, at least one teacher per {ratio} students, requested {lead} to {ahead} days ahead',
  free: 'Free',
  price: '{price} per person',
  outsideAges: 'This visitor is {age} on the day; this offering takes ages {ages}',
  categoryOutside: 'This offering takes ages {ages}: a visitor in the category “{category}” cannot be booked',
  categoryFromDocument: 'Chosen from the birth date on the document',
  childrenAges: 'This offering takes ages {ages}: give a child’s document number so the age can be checked',
};
