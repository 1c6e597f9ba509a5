import { defineErrors } from '@kepu/core';

export const BookingErrors = defineErrors({
  SLOT_FULL: { status: 409, zh: '该场次已约满', en: 'This slot is fully booked' },
  SLOT_CANCELLED: { status: 409, zh: '该场次已取消', en: 'This slot has been cancelled' },
  OFFERING_NOT_BOOKABLE: {
    status: 409,
    zh: '该项目已下架或仅接受团体预约',
    en: 'This offering is archived or takes group visits only',
  },
  BOOKING_NOT_OPEN: { status: 409, zh: '该场次尚未开放预约', en: 'Booking for this slot has not opened yet' },
  BOOKING_CLOSED: { status: 409, zh: '该场次已停止预约', en: 'Booking for this slot has closed' },
  PARTY_TOO_LARGE: { status: 400, zh: '预约人数超过每单上限', en: 'The party is larger than this offering allows' },
  PARTY_TOO_SMALL: { status: 400, zh: '预约人数少于每单下限', en: 'The party is smaller than this offering requires' },
  ID_NUMBER_REQUIRED: {
    status: 400,
    zh: '实名预约须填写每位成人的身份证号',
    en: 'Real-name booking needs an ID number for every adult',
  },
  GUARDIAN_REQUIRED: {
    status: 400,
    zh: '未填写证件的儿童须由持证成人陪同预约',
    en: 'A child without an ID number must be booked with an adult who gives one',
  },
  INVALID_ID_NUMBER: { status: 400, zh: '身份证号无效', en: 'The ID number is invalid' },
  DUPLICATE_VISITOR_ID: {
    status: 400,
    zh: '同一订单中身份证号重复',
    en: 'The same ID number appears twice in the party',
  },
  VISITOR_CATEGORY_MISMATCH: {
    status: 400,
    zh: '游客类别与证件年龄不符（儿童未满 18 岁，老人年满 60 岁）',
    en: 'The visitor category does not match the age on the ID (child under 18, senior 60 or over)',
  },
  AGE_NOT_ALLOWED: {
    status: 400,
    zh: '有游客不符合该项目的年龄要求',
    en: "A visitor is outside this offering's age range",
  },
  ALREADY_BOOKED: {
    status: 409,
    zh: '您当天已预约过该项目',
    en: 'You already hold a booking for this offering on that day',
  },
  ID_ALREADY_BOOKED: {
    status: 409,
    zh: '该证件当天已在本场馆有预约',
    en: 'This ID number already holds a booking at this venue on that day',
  },
  BOOKING_BANNED: {
    status: 403,
    zh: '因多次预约未到场，暂停预约至所示日期',
    en: 'Booking is suspended until the date shown, after repeated no-shows',
  },
  BOOKING_NOT_ACTIVE: { status: 409, zh: '该预约已取消或已结束', en: 'This booking is cancelled or over' },
  CANCELLATION_CLOSED: {
    status: 409,
    zh: '已过取消截止时间',
    en: 'The cancellation deadline has passed',
  },
  ALREADY_CHECKED_IN: { status: 409, zh: '该预约已核销入场', en: 'This booking has already been checked in' },
  BOOKING_NOT_CONFIRMED: {
    status: 409,
    zh: '该预约未确认（候补中、已取消或已过期），不能入场',
    en: 'This booking is not confirmed (waitlisted, cancelled or expired)',
  },
  NOT_TODAY: { status: 409, zh: '该预约不是今天的', en: 'This booking is not for today' },
  CHECK_IN_NOT_OPEN: { status: 409, zh: '尚未到入场核验时间', en: 'Check-in for this slot has not opened yet' },
  CHECK_IN_CLOSED: { status: 409, zh: '该场次已结束，不能入场', en: 'This slot is over; check-in has closed' },
});
