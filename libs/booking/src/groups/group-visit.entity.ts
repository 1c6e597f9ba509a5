import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Account } from '@kepu/identity';
import { Organisation, Resource } from '@kepu/register';
import { Offering, Slot } from '@kepu/schedule';
import { Booking } from '../bookings/booking.entity';

export const GROUP_VISIT_STATUSES = [
  'requested',
  'proposed',
  'approved',
  'rejected',
  'declined',
  'expired',
  'cancelled',
] as const;
export type GroupVisitStatus = (typeof GROUP_VISIT_STATUSES)[number];
/** Undecided: the venue (requested) or the school (proposed) still has to answer. */
export const GROUP_VISIT_PENDING: GroupVisitStatus[] = ['requested', 'proposed'];
/** Counted against the venue's groups a day: approved, and proposed (the proposal holds its places). */
export const GROUP_VISIT_HOLDING: GroupVisitStatus[] = ['approved', 'proposed'];

export const GRADE_BANDS = [
  'preschool',
  'primary_lower',
  'primary_upper',
  'junior_high',
  'senior_high',
  'vocational',
] as const;
export type GradeBand = (typeof GRADE_BANDS)[number];

/**
 * A school class's visit (馆校合作): requested by a teacher of a verified school for one of up to
 * three preferred slots, then approved by the venue into one of them (or into another slot it
 * proposes and the teacher accepts). Approval creates a group booking holding the places of the
 * slot's group quota; a proposal holds them until it is answered or expires.
 */
@Entity('group_visits')
@Check(
  'group_visits_status',
  `"status" IN ('requested', 'proposed', 'approved', 'rejected', 'declined', 'expired', 'cancelled')`,
)
@Check(
  'group_visits_grade_band',
  `"grade_band" IN ('preschool', 'primary_lower', 'primary_upper', 'junior_high', 'senior_high', 'vocational')`,
)
@Check('group_visits_people', `"students" BETWEEN 1 AND 2000 AND "teachers" BETWEEN 1 AND 500`)
@Check('group_visits_preferences', `cardinality("preferred_slot_ids") BETWEEN 1 AND 3`)
@Check('group_visits_holds_slot', `("status" IN ('approved', 'proposed')) <= ("slot_id" IS NOT NULL)`)
@Check('group_visits_booking', `("status" = 'approved') <= ("booking_id" IS NOT NULL)`)
@Check('group_visits_rating', `"rating" IS NULL OR "rating" BETWEEN 1 AND 5`)
@Check('group_visits_cancelled_by', `"cancelled_by" IS NULL OR "cancelled_by" IN ('school', 'venue')`)
@Check(
  'group_visits_split',
  `("split_id" IS NULL) = ("split_part" IS NULL) AND ("split_part" IS NULL OR "split_part" BETWEEN 1 AND 6)`,
)
@Index('group_visits_resource_status_idx', ['resourceId', 'status', 'expiresAt'])
@Index('group_visits_school_idx', ['schoolId', 'createdAt'])
@Index('group_visits_day_idx', ['resourceId', 'visitDate'], { where: `"status" IN ('approved', 'proposed')` })
@Index('group_visits_pending_expiry_idx', ['expiresAt'], { where: `"status" IN ('requested', 'proposed')` })
@Index('group_visits_split_idx', ['splitId'], { where: `"split_id" IS NOT NULL` })
export class GroupVisit {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'group_visits_pkey' })
  id!: string;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'group_visits_school_fkey' })
  school?: Relation<Organisation>;

  /**
   * The teacher who leads the visit: who asked, until they hand it over to a colleague
   * (`POST /group-visits/{id}/hand-over`). Its messages go to them; the school's other teachers follow it too.
   */
  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy!: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by', foreignKeyConstraintName: 'group_visits_requested_by_fkey' })
  requester?: Relation<Account>;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => Resource, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'group_visits_resource_fkey' })
  resource?: Relation<Resource>;

  @Column({ name: 'offering_id', type: 'uuid' })
  offeringId!: string;

  @ManyToOne(() => Offering, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'offering_id', foreignKeyConstraintName: 'group_visits_offering_fkey' })
  offering?: Relation<Offering>;

  /** In the teacher's order of preference. */
  @Column({ name: 'preferred_slot_ids', type: 'uuid', array: true })
  preferredSlotIds!: string[];

  @Column({ type: 'varchar', length: 16 })
  status!: GroupVisitStatus;

  /** The slot approved, or proposed by the venue. */
  @Column({ name: 'slot_id', type: 'uuid', nullable: true })
  slotId!: string | null;

  @ManyToOne(() => Slot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'slot_id', foreignKeyConstraintName: 'group_visits_slot_fkey' })
  slot?: Relation<Slot>;

  /** That slot's day in Shanghai: what "groups a day at the venue" counts. */
  @Column({ name: 'visit_date', type: 'date', nullable: true })
  visitDate!: string | null;

  @Column({ name: 'booking_id', type: 'uuid', nullable: true })
  bookingId!: string | null;

  @ManyToOne(() => Booking, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'group_visits_booking_fkey' })
  booking?: Relation<Booking>;

  /**
   * A class too large for one slot's group places, split across slots: each part is a visit of its
   * own (asked for, decided and checked in on its own), all parts holding the first part's id here.
   */
  @Column({ name: 'split_id', type: 'uuid', nullable: true })
  splitId!: string | null;

  @ManyToOne(() => GroupVisit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'split_id', foreignKeyConstraintName: 'group_visits_split_fkey' })
  firstPart?: Relation<GroupVisit>;

  /** Which part this is, from 1. */
  @Column({ name: 'split_part', type: 'smallint', nullable: true })
  splitPart!: number | null;

  /** The cooperation agreement the visit counts against (a split class counts once), if any. */
  @Column({ name: 'agreement_id', type: 'uuid', nullable: true })
  agreementId!: string | null;

  @ManyToOne(() => GroupAgreement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'group_visits_agreement_fkey' })
  agreement?: Relation<GroupAgreement>;

  @Column({ type: 'smallint' })
  students!: number;

  @Column({ type: 'smallint' })
  teachers!: number;

  @Column({ name: 'grade_band', type: 'varchar', length: 16 })
  gradeBand!: GradeBand;

  /** e.g. 四年级（2）班 */
  @Column({ name: 'class_name', type: 'varchar', length: 50, nullable: true })
  className!: string | null;

  /** The topic or course the class wants. */
  @Column({ type: 'varchar', length: 200 })
  topic!: string;

  /** Accessibility and other needs, in the teacher's words. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  needs!: string | null;

  /** The leader's name; replaced on a hand-over; null once the leading teacher's account is deleted. */
  @Column({ name: 'leader_name', type: 'varchar', length: 50, nullable: true })
  leaderName!: string | null;

  /**
   * Sealed with the PersonalDataCipher; replaced (or cleared) on a hand-over; erased with the
   * visitors' data after the visit.
   */
  @Column({ name: 'leader_phone', type: 'bytea', nullable: true })
  leaderPhone!: Buffer | null;

  /** When an undecided request or an unanswered proposal lapses. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** Why it was rejected, declined or cancelled, or the venue's note with a proposal. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'cancelled_by', type: 'varchar', length: 8, nullable: true })
  cancelledBy!: 'school' | 'venue' | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'smallint', nullable: true })
  rating!: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  feedback!: string | null;

  @Column({ name: 'feedback_at', type: 'timestamptz', nullable: true })
  feedbackAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

export const AGREEMENT_STATUSES = ['proposed', 'active', 'ended'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/**
 * A yearly cooperation agreement (馆校合作协议) between a venue and a school: the venue offers it,
 * a teacher of the school signs it, and group visits in its term count against its quota.
 */
@Entity('group_agreements')
@Check('group_agreements_status', `"status" IN ('proposed', 'active', 'ended')`)
@Check('group_agreements_term', `"ends_on" > "starts_on" AND "ends_on" <= "starts_on" + 366`)
@Check('group_agreements_quota', `"visit_quota" BETWEEN 1 AND 1000`)
@Index('group_agreements_resource_idx', ['resourceId', 'startsOn'])
@Index('group_agreements_school_idx', ['schoolId', 'startsOn'])
export class GroupAgreement {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'group_agreements_pkey' })
  id!: string;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => Resource, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'group_agreements_resource_fkey' })
  resource?: Relation<Resource>;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'group_agreements_school_fkey' })
  school?: Relation<Organisation>;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  /** Group visits the venue commits to in the term. */
  @Column({ name: 'visit_quota', type: 'integer' })
  visitQuota!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: AgreementStatus;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'signed_by', type: 'uuid', nullable: true })
  signedBy!: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const GROUP_ENTITIES = [GroupVisit, GroupAgreement];
