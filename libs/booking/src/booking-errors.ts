import { defineErrors } from '@kepu/core';
import { AlreadyCheckedIn, CheckedInElsewhere, CheckInWindow } from './check-in/check-in.views';
import { NameListReport } from './groups/group.views';
import {
  BookedForAnotherDay,
  BookingClosedAt,
  CancellationDeadline,
  CheckInOpensAt,
  LeaderRefusal,
  OpenGroupVisits,
  PlacesLeft,
  RescheduleDeadline,
  RescheduleLimit,
  WalkInsSoFar,
} from './refusal.views';
import { MAX_RESCHEDULES } from './bookings/reschedule-rules';

export const BookingErrors = defineErrors({
  SLOT_FULL: { status: 409, zh: '该场次已约满', en: 'This slot is fully booked' },
  SLOT_CANCELLED: { status: 409, zh: '该场次已取消', en: 'This slot has been cancelled' },
  OFFERING_NOT_BOOKABLE: {
    status: 409,
    zh: '该项目已下架或仅接受团体预约',
    en: 'This offering is archived or takes group visits only',
  },
  BOOKING_NOT_OPEN: { status: 409, zh: '该场次尚未开放预约', en: 'Booking for this slot has not opened yet' },
  BOOKING_CLOSED: {
    status: 409,
    zh: '该场次已停止预约',
    en: 'Booking for this slot has closed',
    details: BookingClosedAt,
  },
  PARTY_TOO_LARGE: { status: 400, zh: '预约人数超过每单上限', en: 'The party is larger than this offering allows' },
  PARTY_TOO_SMALL: { status: 400, zh: '预约人数少于每单下限', en: 'The party is smaller than this offering requires' },
  ID_NUMBER_REQUIRED: {
    status: 400,
    zh: '实名预约须填写每位成人的证件号码',
    en: 'Real-name booking needs an identity document for every adult',
  },
  GUARDIAN_REQUIRED: {
    status: 400,
    zh: '未填写证件的儿童须由持证成人陪同预约',
    en: 'A child without an identity document must be booked with an adult who gives one',
  },
  INVALID_ID_NUMBER: { status: 400, zh: '证件号码无效', en: 'The document number is invalid' },
  DUPLICATE_VISITOR_ID: {
    status: 400,
    zh: '同一订单中证件号码重复',
    en: 'The same identity document appears twice in the party',
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
  DESK_RANGE_TOO_BROAD: {
    status: 400,
    zh: '这段日期内的预约太多，请缩短日期范围后再查找',
    en: 'There are too many bookings in these days to search them; shorten the date range',
  },
  ID_ALREADY_BOOKED: {
    status: 409,
    zh: '该证件当天已在本场馆有预约',
    en: 'This identity document already holds a booking at this venue on that day',
  },
  BOOKING_BANNED: {
    status: 403,
    zh: '因多次预约未到场，暂停预约至所示日期',
    en: 'Booking is suspended until the date shown, after repeated no-shows',
  },
  VISITOR_BANNED: {
    status: 403,
    zh: '参观人中有人因多次预约未到场被暂停预约，至所示日期前不能为其预约',
    en: 'Someone in this party is suspended from booking until the date shown, after repeated no-shows',
  },
  CONTACT_PHONE_REQUIRED: {
    status: 400,
    zh: '请填写联系手机号（您的账号没有已验证的手机号）',
    en: 'Enter a contact mobile number (your account has no verified one)',
  },
  TOO_MANY_ACTIVE_BOOKINGS: {
    status: 409,
    zh: '您的未使用预约已达上限；参观或取消其中一个后再预约',
    en: 'You hold as many upcoming bookings as allowed; visit or cancel one, then book again',
  },
  SAVED_VISITORS_FULL: {
    status: 409,
    zh: '常用参观人已达上限（20 位）；删除不再需要的再添加',
    en: 'You keep as many people as allowed (20); delete one you no longer need, then add',
  },
  SAVED_VISITOR_EXISTS: {
    status: 409,
    zh: '这位参观人已在您的常用参观人里',
    en: 'This person is already among the people you book for',
  },
  SAVED_VISITOR_UNKNOWN: {
    status: 400,
    zh: '所选的常用参观人不存在或已删除，请重新选择',
    en: 'A person you chose is no longer saved; choose again',
  },
  BOOKING_NOT_RESCHEDULABLE: {
    status: 409,
    zh: '只有已确认、尚未入场的预约可以改期；候补中的预约请取消后重新预约',
    en: 'Only a confirmed booking not yet checked in can change its time; to leave a waitlist, cancel and book again',
  },
  RESCHEDULE_LIMIT_REACHED: {
    status: 409,
    zh: `每个预约最多改期 ${MAX_RESCHEDULES} 次，这个预约已用完；如需其他时间，请取消后重新预约`,
    en: `A booking can change its time ${MAX_RESCHEDULES} times and this one has; to come at another time, cancel it and book again`,
    details: RescheduleLimit,
  },
  RESCHEDULE_CLOSED: {
    status: 409,
    zh: '已过改期截止时间（与取消截止时间相同），预约仍是原来的时间',
    en: 'It is too late to change the time (the same deadline as for cancelling); the booking keeps its time',
    details: RescheduleDeadline,
  },
  RESCHEDULE_SAME_SLOT: {
    status: 400,
    zh: '这就是您现在预约的场次，请选择其他时间',
    en: 'This is the time you already hold; choose another',
  },
  CANCELLATION_LIMIT_REACHED: {
    status: 429,
    zh: '今天取消次数已达上限，明天再取消；如确实无法前往，可不取消，但多次未到场会被暂停预约',
    en: 'You have cancelled as often as allowed today; cancel tomorrow. Repeated no-shows suspend booking, so cancel as soon as you can',
  },
  BOOKING_NOT_ACTIVE: { status: 409, zh: '该预约已取消或已结束', en: 'This booking is cancelled or over' },
  CANCELLATION_CLOSED: {
    status: 409,
    zh: '已过取消截止时间',
    en: 'The cancellation deadline has passed',
    details: CancellationDeadline,
  },
  ALREADY_CHECKED_IN: {
    status: 409,
    zh: '该预约已核销入场',
    en: 'This booking has already been checked in',
    details: AlreadyCheckedIn,
  },
  BOOKING_CODE_UNKNOWN: {
    status: 404,
    zh: '没有找到这个预约码，请核对后重试',
    en: 'No booking has this code: check it and try again',
  },
  BOOKING_NOT_CONFIRMED: {
    status: 409,
    zh: '该预约未确认（候补中、已取消或已过期），不能入场',
    en: 'This booking is not confirmed (waitlisted, cancelled or expired)',
  },
  NOT_TODAY: { status: 409, zh: '该预约不是今天的', en: 'This booking is not for today', details: BookedForAnotherDay },
  CHECK_IN_NOT_OPEN: {
    status: 409,
    zh: '尚未到入场核验时间',
    en: 'Check-in for this slot has not opened yet',
    details: CheckInOpensAt,
  },
  CHECK_IN_CLOSED: { status: 409, zh: '该场次已结束，不能入场', en: 'This slot is over; check-in has closed' },
  WALK_INS_NOT_TODAY: {
    status: 409,
    zh: '只能登记今天场次的现场入场人数',
    en: 'Walk-ins are recorded on the day of the slot',
    details: BookedForAnotherDay,
  },
  WALK_INS_OVER_CAPACITY: {
    status: 409,
    zh: '该场次剩余名额不足，不能再登记这么多现场入场',
    en: 'This slot has too few places left for that many walk-ins',
    details: PlacesLeft,
  },
  WALK_INS_BELOW_ZERO: {
    status: 409,
    zh: '更正后的现场入场人数不能少于零',
    en: 'A correction cannot take walk-ins below zero',
    details: WalkInsSoFar,
  },
  GROUP_BOOKING: {
    status: 409,
    zh: '这是学校团体的预约，请通过团体参观申请办理',
    en: "This is a school group's booking: manage it through its group visit",
  },
  // School group visits (馆校合作)
  SCHOOL_NOT_VERIFIED: {
    status: 403,
    zh: '只有已认证学校的教师才能申请团体参观',
    en: 'Only teachers of a verified school may request group visits',
  },
  SCHOOL_REQUIRED: {
    status: 400,
    zh: '您是多所学校的教师，请指明学校（schoolId）',
    en: 'You teach at more than one school: say which (schoolId)',
  },
  OFFERING_TAKES_NO_GROUPS: {
    status: 409,
    zh: '该项目不接受团体预约',
    en: 'This offering does not take school groups',
  },
  GROUP_TOO_SMALL: {
    status: 400,
    zh: '学生人数少于该项目的团体下限',
    en: 'Fewer students than this offering takes in a group',
  },
  GROUP_TOO_LARGE: {
    status: 400,
    zh: '学生人数超过该项目的团体上限',
    en: 'More students than this offering takes in a group',
  },
  TEACHER_RATIO_NOT_MET: {
    status: 400,
    zh: '带队教师人数不足，请按师生比增加教师',
    en: 'Not enough teachers for the students; add teachers to meet the ratio',
  },
  GROUP_TOO_LATE: {
    status: 409,
    zh: '团体参观须提前申请，所选日期已来不及',
    en: 'Group visits must be requested further ahead than the date chosen',
  },
  GROUP_TOO_EARLY: {
    status: 409,
    zh: '所选日期尚未开放团体申请',
    en: 'Group requests for the date chosen have not opened yet',
  },
  SLOT_NOT_IN_OFFERING: { status: 400, zh: '所选场次不属于该项目', en: 'A slot chosen is not one of this offering' },
  NO_GROUP_QUOTA: {
    status: 409,
    zh: '所选场次没有足够的团体名额接待该团体',
    en: 'A slot chosen has no group quota large enough for this group',
  },
  GROUP_QUOTA_FULL: { status: 409, zh: '该场次的团体名额已满', en: "This slot's group quota is taken" },
  GROUP_DAY_FULL: {
    status: 409,
    zh: '该场馆当天接待的团体已达上限',
    en: 'The venue already takes as many groups as it can that day',
  },
  SLOT_PASSED: { status: 409, zh: '该场次已开始或已结束', en: 'This slot has started or is over' },
  GROUP_VISIT_WRONG_STATE: {
    status: 409,
    zh: '该团体参观当前状态下不能进行此操作',
    en: 'The group visit is not in a state that allows this',
  },
  SLOT_NOT_PREFERRED: {
    status: 400,
    zh: '只能批准到申请的意向场次；其他场次请使用“建议改期”',
    en: 'Approve into one of the preferred slots; propose any other slot instead',
  },
  SLOT_REQUIRED: { status: 400, zh: '请指定场次（slotId）', en: 'Say which slot (slotId)' },
  NAME_LIST_INVALID: {
    status: 422,
    zh: '名单有错误，未保存；请按逐行报告修改后重新上传',
    en: 'The name list has errors and was not saved; fix the rows in the report and upload it again',
    details: NameListReport,
  },
  NAME_LIST_CLOSED: {
    status: 409,
    zh: '名单只能在参观日前一天结束前提交或修改',
    en: 'The name list can be changed only until the end of the day before the visit',
  },
  NAME_LIST_MISSING: {
    status: 409,
    zh: '实名项目的团体须先提交名单才能入场',
    en: 'A group for a real-name offering needs its name list before check-in',
  },
  HEADCOUNT_TOO_LARGE: {
    status: 400,
    zh: '入场人数超过团体预约人数',
    en: 'The headcount is larger than the group booked',
  },
  CHECKED_IN_ON_ANOTHER_DEVICE: {
    status: 409,
    zh: '该预约已在另一台设备上核验入场（见核验时间）；本机的离线核验未计入，已告知场馆',
    en: 'This booking was already checked in on another device (see when); this offline check-in was not counted and the venue is shown both',
    details: CheckedInElsewhere,
  },
  CHECK_IN_TIME_INVALID: {
    status: 400,
    zh: '核验时间不在该场次的入场时段内，或晚于现在；请检查设备的时钟',
    en: "The check-in time is outside the slot's check-in hours, or in the future; check the device's clock",
    details: CheckInWindow,
  },
  CHECK_IN_PACK_DATE: {
    status: 400,
    zh: '只能下载今天或明天的入场名单',
    en: "Only today's or tomorrow's arrivals can be downloaded",
  },
  CHECK_IN_PACK_TOO_LARGE: {
    status: 409,
    zh: '当天的预约太多，无法生成离线入场名单',
    en: 'The day has too many bookings to keep on a device',
  },
  FEEDBACK_NOT_YET: { status: 409, zh: '参观结束后才能评价', en: 'Feedback opens after the visit' },
  FEEDBACK_ALREADY_GIVEN: { status: 409, zh: '该团体参观已评价', en: 'Feedback for this visit has already been given' },
  GROUP_VISITS_OPEN: {
    status: 409,
    zh: '您还在带队尚未结束的团体参观：请先在每个团体参观中点“移交给同事”交给本校其他教师，或取消它们，再注销账号',
    en: 'You still lead group visits that are not over: hand each to a colleague at your school (“Hand over” on the visit) or cancel it before deleting your account',
    details: OpenGroupVisits,
  },
  ALREADY_LEADS: {
    status: 409,
    zh: '该教师已是这个团体参观的带队教师',
    en: 'That teacher already leads this group visit',
  },
  LEADER_NOT_ELIGIBLE: {
    status: 409,
    zh: '团体参观只能移交给本校已验证、未停用的教师账号',
    en: 'A group visit can be handed over only to a teacher of the same school whose account is verified and active',
    details: LeaderRefusal,
  },
  AGREEMENT_WRONG_STATE: {
    status: 409,
    zh: '该合作协议当前状态下不能进行此操作',
    en: 'The agreement is not in a state that allows this',
  },
  AGREEMENT_OVERLAPS: {
    status: 409,
    zh: '该场馆与该学校在此期间已有合作协议',
    en: 'The venue and the school already have an agreement in that period',
  },
  AGREEMENT_TOO_LONG: {
    status: 400,
    zh: '合作协议期限须在一年以内，且结束日期晚于开始日期',
    en: 'An agreement runs for at most a year and ends after it starts',
  },
});
