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
import { Resource } from '@kepu/register';

export const OFFERING_KINDS = ['general_admission', 'guided_tour', 'course', 'event', 'lab_open_day'] as const;
export type OfferingKind = (typeof OFFERING_KINDS)[number];
/**
 * Offerings held on days of their own: campaigns list them as events, and given dates and start
 * times they keep them whatever the venue's hours (followsOpeningHours).
 */
export const EVENT_KINDS = ['event', 'lab_open_day'] as const satisfies readonly OfferingKind[];
export type EventKind = (typeof EVENT_KINDS)[number];
export const isEventKind = (kind: string): kind is EventKind => (EVENT_KINDS as readonly string[]).includes(kind);
export const OFFERING_AUDIENCES = ['individual', 'group', 'both'] as const;
export type OfferingAudience = (typeof OFFERING_AUDIENCES)[number];

/** The booking rules a venue gets unless it says otherwise (docs/booking-rules.md). */
export const OFFERING_DEFAULTS = {
  description: '',
  audience: 'both' as OfferingAudience,
  groupCapacity: 0,
  bookingOpensDaysAhead: 7,
  bookingOpensAt: '09:00',
  cutoffMinutes: 30,
  minPartySize: 1,
  maxPartySize: 5,
  realName: false,
  priceFen: 0,
  counterShare: 0,
  counterReleaseHours: 24,
  groupMinStudents: 15,
  groupMaxStudents: 200,
  studentsPerTeacher: 20,
  preschoolStudentsPerTeacher: 10,
  groupLeadDays: 3,
  groupOpensDaysAhead: 60,
  maxGroupsPerDay: 3,
};

/**
 * Something visitors book at a venue, with the rules its slots and bookings follow. Slots tile the
 * venue's open ranges, or start at `startTimes`; `dates` limits it to given days, `weekdays` to days
 * of the week, and an event (or a lab open day) with dates and start times keeps its own times
 * whatever the venue's hours.
 */
@Entity('offerings')
@Check('offerings_kind', `"kind" IN ('general_admission', 'guided_tour', 'course', 'event', 'lab_open_day')`)
@Check('offerings_status', `"status" IN ('active', 'archived')`)
@Check('offerings_audience', `"audience" IN ('individual', 'group', 'both')`)
@Check('offerings_weekdays', `"weekdays" <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[] AND cardinality("weekdays") > 0`)
@Check('offerings_capacity', `"capacity" >= 0 AND "group_capacity" >= 0 AND "capacity" + "group_capacity" > 0`)
@Check('offerings_party', `"min_party_size" >= 1 AND "min_party_size" <= "max_party_size"`)
@Check('offerings_counter_share', `"counter_share" BETWEEN 0 AND 50 AND "counter_release_hours" BETWEEN 0 AND 168`)
@Check(
  'offerings_group_rules',
  `"group_min_students" >= 1 AND "group_min_students" <= "group_max_students" AND "students_per_teacher" >= 1
   AND "preschool_students_per_teacher" >= 1 AND "group_lead_days" >= 0 AND "group_opens_days_ahead" >= "group_lead_days"
   AND "max_groups_per_day" >= 1`,
)
export class Offering {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'offerings_pkey' })
  id!: string;

  @Index('offerings_resource_idx')
  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => Resource, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'offerings_resource_fkey' })
  resource?: Relation<Resource>;

  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Column({ type: 'varchar', length: 24 })
  kind!: OfferingKind;

  @Column({ type: 'text', default: OFFERING_DEFAULTS.description })
  description!: string;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: 'active' | 'archived';

  @Column({ type: 'varchar', length: 16, default: OFFERING_DEFAULTS.audience })
  audience!: OfferingAudience;

  @Column({ name: 'slot_minutes', type: 'integer' })
  slotMinutes!: number;

  /** Fixed start times (`HH:MM`); null: slots tile the open ranges. */
  @Column({ name: 'start_times', type: 'text', array: true, nullable: true })
  startTimes!: string[] | null;

  /** The only days it runs; null: every open day. */
  @Column({ type: 'date', array: true, nullable: true })
  dates!: string[] | null;

  /** The only ISO weekdays it runs (1 = Monday … 7 = Sunday); null: every day of the week. */
  @Column({ type: 'smallint', array: true, nullable: true })
  weekdays!: number[] | null;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  /** Places per slot for individual visitors. */
  @Column({ type: 'integer' })
  capacity!: number;

  /** Places per slot kept for school groups (馆校合作), apart from individual ones. */
  @Column({ name: 'group_capacity', type: 'integer', default: OFFERING_DEFAULTS.groupCapacity })
  groupCapacity!: number;

  /**
   * Per cent of each slot's places held back for counter and phone booking (docs/booking-rules.md,
   * "The counter quota"), released to online booking `counterReleaseHours` before the slot starts.
   */
  @Column({ name: 'counter_share', type: 'smallint', default: OFFERING_DEFAULTS.counterShare })
  counterShare!: number;

  @Column({ name: 'counter_release_hours', type: 'smallint', default: OFFERING_DEFAULTS.counterReleaseHours })
  counterReleaseHours!: number;

  @Column({ name: 'booking_opens_days_ahead', type: 'integer', default: OFFERING_DEFAULTS.bookingOpensDaysAhead })
  bookingOpensDaysAhead!: number;

  @Column({ name: 'booking_opens_at', type: 'time', default: '09:00:00' }) // OFFERING_DEFAULTS.bookingOpensAt as Postgres writes it
  bookingOpensAt!: string;

  @Column({ name: 'cutoff_minutes', type: 'integer', default: OFFERING_DEFAULTS.cutoffMinutes })
  cutoffMinutes!: number;

  @Column({ name: 'min_party_size', type: 'integer', default: OFFERING_DEFAULTS.minPartySize })
  minPartySize!: number;

  @Column({ name: 'max_party_size', type: 'integer', default: OFFERING_DEFAULTS.maxPartySize })
  maxPartySize!: number;

  @Column({ name: 'real_name', type: 'boolean', default: OFFERING_DEFAULTS.realName })
  realName!: boolean;

  @Column({ name: 'min_age', type: 'smallint', nullable: true })
  minAge!: number | null;

  @Column({ name: 'max_age', type: 'smallint', nullable: true })
  maxAge!: number | null;

  /** Price per person in fen (分); 0 is free. Integers, so sums never drift. */
  @Column({ name: 'price_fen', type: 'integer', default: OFFERING_DEFAULTS.priceFen })
  priceFen!: number;

  // School groups (馆校合作): size, teacher ratio, how far ahead, and how many groups a day the venue takes.
  @Column({ name: 'group_min_students', type: 'integer', default: OFFERING_DEFAULTS.groupMinStudents })
  groupMinStudents!: number;

  @Column({ name: 'group_max_students', type: 'integer', default: OFFERING_DEFAULTS.groupMaxStudents })
  groupMaxStudents!: number;

  /** At least one teacher per this many students. */
  @Column({ name: 'students_per_teacher', type: 'integer', default: OFFERING_DEFAULTS.studentsPerTeacher })
  studentsPerTeacher!: number;

  @Column({
    name: 'preschool_students_per_teacher',
    type: 'integer',
    default: OFFERING_DEFAULTS.preschoolStudentsPerTeacher,
  })
  preschoolStudentsPerTeacher!: number;

  /** A group requests at least this many days before its visit. */
  @Column({ name: 'group_lead_days', type: 'integer', default: OFFERING_DEFAULTS.groupLeadDays })
  groupLeadDays!: number;

  /** …and at most this many days before it. */
  @Column({ name: 'group_opens_days_ahead', type: 'integer', default: OFFERING_DEFAULTS.groupOpensDaysAhead })
  groupOpensDaysAhead!: number;

  /** Approved groups a day at the venue (all its offerings), counted when this offering's groups are approved. */
  @Column({ name: 'max_groups_per_day', type: 'integer', default: OFFERING_DEFAULTS.maxGroupsPerDay })
  maxGroupsPerDay!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
