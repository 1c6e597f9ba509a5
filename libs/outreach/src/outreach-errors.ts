import { defineErrors } from '@kepu/core';
import {
  ActivityEnd,
  EarliestDay,
  HeadcountRange,
  OrderState,
  OrderWindow,
  SignInHours,
} from './outreach-refusals.views';

/** The outreach lib's refusals (docs/outreach.md). */
export const OutreachErrors = defineErrors({
  // Menu items.
  PROVIDER_NOT_VERIFIED: {
    status: 409,
    zh: '该机构尚未通过认证，不能提供科普活动',
    en: 'This organisation is not verified yet, so it cannot provide activities',
  },
  MENU_ITEM_NOT_EDITABLE: {
    status: 409,
    zh: '该活动已被驳回或撤下，不能再修改；请新建一项',
    en: 'This activity was rejected or withdrawn and can no longer be changed; create a new one',
  },
  MENU_ITEM_NOTHING_TO_SUBMIT: {
    status: 409,
    zh: '该活动已在审核中或已上架，没有待提交的内容（修改已上架的活动会自动提交审核）',
    en: 'This activity is under review or on the menu already, so there is nothing to submit (an edit of an activity on the menu is sent for review by itself)',
  },
  MENU_ITEM_NOT_SUBMITTED: {
    status: 409,
    zh: '该活动没有待审核的内容',
    en: 'This activity has nothing waiting for review',
  },
  MENU_ITEM_NOT_AVAILABLE: {
    status: 409,
    zh: '该活动目前不在菜单上，不能点单',
    en: 'This activity is not on the menu at the moment, so it cannot be ordered',
  },
  // Orders.
  ORDERER_NOT_VERIFIED: {
    status: 409,
    zh: '贵单位尚未通过认证，暂不能点单',
    en: 'Your school or community is not verified yet, so it cannot order activities',
  },
  NOT_A_DISTRICT: {
    status: 400,
    zh: '请选择活动地点所在的区',
    en: 'Choose the district the activity takes place in',
  },
  DISTRICT_NOT_SERVED: {
    status: 400,
    zh: '该活动的提供方不到这个区开展活动',
    en: 'The provider of this activity does not come to this district',
  },
  HEADCOUNT_OUT_OF_RANGE: {
    status: 400,
    zh: '预计人数不在该活动的人数范围内',
    en: 'The expected number of people is outside what this activity takes',
    details: HeadcountRange,
  },
  INSIDE_LEAD_TIME: {
    status: 400,
    zh: '日期太近：提供方需要提前准备，请选择更晚的日期',
    en: 'Too soon: the provider needs more notice, so choose later dates',
    details: EarliestDay,
  },
  ORDER_WRONG_STATE: {
    status: 409,
    zh: '该订单当前的状态不允许这样操作',
    en: 'The order is not in a state that allows this',
    details: OrderState,
  },
  ORDER_ALREADY_TAKEN: {
    status: 409,
    zh: '该订单已被其他提供方接单',
    en: 'Another provider has already taken this order',
  },
  PROVIDER_DOES_NOT_SERVE: {
    status: 409,
    zh: '贵机构的活动菜单不覆盖该区，不能接这个订单',
    en: 'Your organisation has no activity on the menu for this district, so it cannot take this order',
  },
  DECLINED_BEFORE: {
    status: 409,
    zh: '贵机构已谢绝过该订单，不能再接单',
    en: 'Your organisation declined this order before and cannot take it now',
  },
  ALREADY_RATED: { status: 409, zh: '该活动已评价过', en: 'This activity has already been rated' },
  // Delivery.
  OUTSIDE_ORDER_WINDOW: {
    status: 400,
    zh: '活动时间须在点单时选择的日期范围内',
    en: 'The activity must take place within the dates the order allows',
    details: OrderWindow,
  },
  LEAD_NOT_A_MEMBER: {
    status: 400,
    zh: '带队人须是贵机构的工作人员或志愿者',
    en: "The lead must be one of your organisation's staff or volunteers",
  },
  ACTIVITY_NOT_OVER: {
    status: 409,
    zh: '活动结束后才能填写服务人数并完成',
    en: 'Record the people reached once the activity is over',
    details: ActivityEnd,
  },
  SIGN_CODE_WRONG: {
    status: 400,
    zh: '签到码不对，请核对带队人出示的 6 位数字',
    en: 'Wrong code: check the 6 digits the lead shows you',
  },
  SIGN_IN_NOT_OPEN: {
    status: 409,
    zh: '现在不在签到时间内（活动开始前 60 分钟至结束后 120 分钟）',
    en: 'Signing in is open from 60 minutes before the activity to 120 minutes after it',
    details: SignInHours,
  },
  NOT_SIGNED_IN: { status: 409, zh: '请先签到', en: 'Sign in first' },
  ALREADY_SIGNED_OUT: { status: 409, zh: '您已签退', en: 'You have already signed out' },
  ACTIVITY_STARTED: {
    status: 409,
    zh: '活动已经开始，不能再报名或退出；到场后请用签到码签到',
    en: 'The activity has started: joining and leaving are closed, so sign in with the code when you are there',
  },
  NOT_A_TEAM_VOLUNTEER: {
    status: 400,
    zh: '该账号不是这个志愿服务队的志愿者',
    en: 'This account is not a volunteer of that team',
  },
  // Directory.
  EXPERT_ALREADY_APPLIED: {
    status: 409,
    zh: '您已申请加入专家库',
    en: 'You have already applied to the expert pool',
  },
  EXPERT_NOT_SUBMITTED: {
    status: 409,
    zh: '该专家申请没有待审核的内容',
    en: 'This expert application has nothing waiting for review',
  },
});
