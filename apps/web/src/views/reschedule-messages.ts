import type { Translation } from '../consoles/messages';

/** 改期: moving a booking to another time from 我的预约 (docs/booking-rules.md, "Changing the time"). */
export const zh = {
  action: '改期',
  left: '还可改期 {n} 次，{time} 前',
  noneLeft: '改期次数已用完；如需其他时间，请取消后重新预约',
  title: '改到其他时间',
  keeps: '新时间确认前，原来的名额为您保留；预约码和二维码不变。',
  chooseDate: '选择日期',
  chooseSlot: '{day}的场次',
  noSlots: '这一天没有可改的场次',
  current: '当前预约',
  tooFew: '余 {n}，不够 {party} 人',
  opensAt: '{time} 开放预约',
  summary: '从 {from} 改到 {to}',
  confirm: '确认改期',
  sending: '正在改期…',
  unchanged: '您原来的预约不变：{time}',
  visitorProblem: '{name}：{problem}',
  keep: '不改了',
  moved: '已改到 {time}，预约码不变',
};

export const en: Translation<typeof zh> = {
  action: 'Change time',
  left: 'Time changes left: {n}, until {time}',
  noneLeft: 'No time changes left; to come at another time, cancel and book again',
  title: 'Move to another time',
  keeps: 'Your places are kept until the new time is confirmed; the code and QR code stay the same.',
  chooseDate: 'Choose a day',
  chooseSlot: 'Times on {day}',
  noSlots: 'No time on this day can take your party',
  current: 'Your booking',
  tooFew: '{n} left, fewer than your {party}',
  opensAt: 'Opens for booking {time}',
  summary: 'From {from} to {to}',
  confirm: 'Confirm the new time',
  sending: 'Changing…',
  unchanged: 'Your booking is unchanged: {time}',
  visitorProblem: '{name}: {problem}',
  keep: 'Keep my time',
  moved: 'Moved to {time}; the code is the same',
};
