/**
 * What the group-visit and agreement endpoints answer. Times of a slot (`start`, `end`,
 * `expiresAt`, `editableUntil`) are ISO 8601 in Shanghai time (`2026-05-01T09:30:00+08:00`); days
 * (`visitDate`, `startsOn`, `from`) are `YYYY-MM-DD`.
 */
import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { PageOf } from '@kepu/core';
import { BookingStatus, GROUP_ROLES, GroupRole, VisitorCategory } from '../bookings/booking.entity';
import type { AgreementStatus, GradeBand, GroupVisitStatus } from './group-visit.entity';

/**
 * A nested model or null. Written so the CLI plugin adds no `nullable` beside the explicit `anyOf`
 * (a `nullable` without `type` is no valid schema, and `nullable` beside `allOf` does not admit null).
 */
type OrNull<T> = T | null;

export class GroupSchoolView {
  id!: string;
  name!: string;
}

export class GroupVenueView {
  id!: string;
  name!: string;
  /** For English readers; null when the venue gives none. */
  nameEn!: string | null;
}

export class GroupOfferingView {
  id!: string;
  title!: string;
  /** Real-name offerings need every ID number on the name list. */
  realName!: boolean;
}

export class GroupSlotView {
  slotId!: string;
  start!: string;
  end!: string;
}

export class GroupBookingView {
  id!: string;
  code!: string;
  status!: BookingStatus;
  partySize!: number;
  checkedInAt!: Date | null;
  headcount!: number | null;
}

/** Who is on the name list so far. */
export class GroupNameListSummaryView {
  students!: number;
  teachers!: number;
  /** The end of the day before the visit; null when the list cannot be changed (not approved, or cancelled). */
  editableUntil!: string | null;
}

/** One part of a class split across slots, as every part's view lists them. */
export class GroupSplitPartView {
  /** The part's own visit. */
  id!: string;
  /** From 1. */
  part!: number;
  status!: GroupVisitStatus;
  students!: number;
  teachers!: number;
  /** The slot approved or proposed, else the one asked for (null once the venue's new hours no longer produce it). */
  @ApiProperty({
    anyOf: [{ $ref: getSchemaPath(GroupSlotView) }, { type: 'object', nullable: true, enum: [null] }],
  })
  slot!: OrNull<GroupSlotView>;
}

export class GroupFeedbackView {
  /** 1 to 5. */
  rating!: number;
  comment!: string | null;
  at!: Date;
}

@ApiExtraModels(GroupBookingView, GroupFeedbackView)
export class GroupVisitView {
  id!: string;
  status!: GroupVisitStatus;
  school!: GroupSchoolView;
  venue!: GroupVenueView;
  offering!: GroupOfferingView;
  /** The slots asked for, most wanted first (one the venue's new hours no longer produce is left out). */
  preferredSlots!: GroupSlotView[];
  /** The slot approved, or proposed by the venue. */
  @ApiProperty({
    anyOf: [{ $ref: getSchemaPath(GroupSlotView) }, { type: 'object', nullable: true, enum: [null] }],
  })
  slot!: OrNull<GroupSlotView>;
  visitDate!: string | null;
  students!: number;
  teachers!: number;
  teachersNeeded!: number;
  gradeBand!: GradeBand;
  className!: string | null;
  topic!: string;
  needs!: string | null;
  /** Null once the teacher's account is deleted. */
  leaderName!: string | null;
  /** Masked; null after the purge. */
  leaderPhone!: string | null;
  /** The agreement the visit counts against, if any. */
  underAgreement!: string | null;
  /** When a request or a proposal lapses unanswered. */
  expiresAt!: string | null;
  reason!: string | null;
  decidedAt!: Date | null;
  @ApiProperty({ type: 'string', nullable: true, enum: ['school', 'venue', null] })
  cancelledBy!: 'school' | 'venue' | null;
  /** The group's booking once approved: its code checks the whole group in. */
  @ApiProperty({
    anyOf: [{ $ref: getSchemaPath(GroupBookingView) }, { type: 'object', nullable: true, enum: [null] }],
  })
  booking!: OrNull<GroupBookingView>;
  nameList!: GroupNameListSummaryView;
  /** A class split across slots: every part in order, this one included; null for a class in one slot. */
  split!: GroupSplitPartView[] | null;
  /** The school's rating, once given. */
  @ApiProperty({
    anyOf: [{ $ref: getSchemaPath(GroupFeedbackView) }, { type: 'object', nullable: true, enum: [null] }],
  })
  feedback!: OrNull<GroupFeedbackView>;
  createdAt!: Date;
}

export class GroupVisitPage extends PageOf(GroupVisitView) {}

/** A teacher a group visit may be handed to, as the school's other teachers see them. */
export class Colleague {
  accountId!: string;
  displayName!: string;
  /** Masked: 138****5678 or l***@school.edu.cn. */
  login!: string;
  /** Whether they lead the visit now. */
  leads!: boolean;
}

export class NameListEntry {
  position!: number;
  /** Null once erased, BOOKING_PERSONAL_DATA_DAYS after the visit. */
  name!: string | null;
  @ApiProperty({ type: 'string', nullable: true, enum: [...GROUP_ROLES, null] })
  role!: GroupRole | null;
  category!: VisitorCategory;
  /** Masked (`4403**********123X`); null when none was given or after the purge. */
  idNumber!: string | null;
  /** A teacher's mobile, masked (`139****5678`); null when none was given, for students, or after the purge. */
  phone!: string | null;
}

/** A group visit's name list, ID numbers masked. */
export class NameListView {
  visitId!: string;
  people!: NameListEntry[];
}

/** A text for people, in both languages. */
export class BilingualText {
  @ApiProperty({ example: '这个身份证号被表格软件改成了数字，请把该列设为文本后重新填写' })
  'zh-CN'!: string;
  @ApiProperty({
    example:
      'A spreadsheet program turned this ID number into a number; set the column to Text and type the number again',
  })
  en!: string;
}

/** One problem of an uploaded name list, tied to a row, its person and a column where it has them. */
export class NameListProblem {
  /** The sheet's row (headers are row 1); null for a problem of the whole list. */
  row!: number | null;
  /** The name on that row, so the teacher finds the student; null for the whole list or a row without a name. */
  name!: string | null;
  column!: 'name' | 'role' | 'idNumber' | 'phone' | 'students' | 'teachers';
  /** e.g. `ID_NUMBER_MANGLED`, `TOO_MANY_STUDENTS`. */
  code!: string;
  /** For developers and logs: stable English. */
  problem!: string;
  /** For the teacher, next to the row. */
  messages!: BilingualText;
}

/** What an accepted name list held (a list with errors is refused with NAME_LIST_INVALID and this report in its details). */
export class NameListReport {
  /** True when the list was only checked, not saved. */
  dryRun!: boolean;
  /** Rows below the headers. */
  rows!: number;
  students!: number;
  teachers!: number;
  /** Empty in a 200 answer. */
  errors!: NameListProblem[];
}

/** A school term an agreement touches, with the approved visits in it. */
export class AgreementTermView {
  /** e.g. `2026-autumn` */
  key!: string;
  label!: string;
  from!: string;
  to!: string;
  used!: number;
}

export class AgreementUsageView {
  /** Approved visits under the agreement (whether or not they have happened yet). */
  used!: number;
  /** Requests and proposals under it still waiting for an answer. */
  pending!: number;
  remaining!: number;
  terms!: AgreementTermView[];
}

export class AgreementView {
  id!: string;
  status!: AgreementStatus;
  venue!: GroupVenueView;
  school!: GroupSchoolView;
  startsOn!: string;
  endsOn!: string;
  visitQuota!: number;
  note!: string | null;
  signedAt!: Date | null;
  usage!: AgreementUsageView;
  createdAt!: Date;
}

export class AgreementPage extends PageOf(AgreementView) {}

export class GroupFeedbackEntryView {
  visitId!: string;
  /** The school's name. */
  school!: string;
  className!: string | null;
  rating!: number;
  comment!: string | null;
  at!: Date;
}

/** How many schools gave each score. */
export class RatingCountsView {
  '1'!: number;
  '2'!: number;
  '3'!: number;
  '4'!: number;
  '5'!: number;
}

/** Schools' ratings of a venue's group visits. */
export class GroupFeedbackSummaryView {
  resourceId!: string;
  count!: number;
  /** To two decimals; null before the first rating. */
  average!: number | null;
  /** How many gave each score, 1 to 5. */
  byRating!: RatingCountsView;
  /** The latest 20 ratings, newest first. */
  recent!: GroupFeedbackEntryView[];
}
