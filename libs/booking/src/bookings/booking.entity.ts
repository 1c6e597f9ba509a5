import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Account } from '@kepu/identity';
import { Resource } from '@kepu/register';
import { Offering, Slot } from '@kepu/schedule';
import { SlotWalkIn } from '../desk/walk-in.entity';
import { SavedVisitor } from '../saved-visitors/saved-visitor.entity';

export const BOOKING_STATUSES = ['confirmed', 'waitlisted', 'checked_in', 'cancelled', 'no_show', 'expired'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_KINDS = ['individual', 'group'] as const;
export type BookingKind = (typeof BOOKING_KINDS)[number];
/** How a booking was made: by the visitor's own account, or by the venue's staff at the counter or on the phone. */
export const BOOKING_CHANNELS = ['online', 'counter', 'phone'] as const;
export type BookingChannel = (typeof BOOKING_CHANNELS)[number];
/** Statuses that hold a place in the slot's counter. */
export const SEAT_HOLDING: BookingStatus[] = ['confirmed', 'checked_in', 'no_show'];

/**
 * One account's booking of a slot for a party. A confirmed booking holds `party_size` places of the
 * slot's counter (`booked`, or `group_booked` for an approved school group); a waitlisted one
 * holds none until it is promoted. The partial unique index is the "one active booking per
 * account per offering per day" rule for families, enforced under any concurrency.
 */
@Entity('bookings')
@Check('bookings_status', `"status" IN ('confirmed', 'waitlisted', 'checked_in', 'cancelled', 'no_show', 'expired')`)
@Check('bookings_kind', `"kind" IN ('individual', 'group')`)
@Check('bookings_party_size', `"party_size" BETWEEN 1 AND 2500`)
@Check('bookings_checked_in_count', `"checked_in_count" IS NULL OR "checked_in_count" BETWEEN 1 AND "party_size"`)
@Check('bookings_cancelled_by', `"cancelled_by" IS NULL OR "cancelled_by" IN ('visitor', 'venue')`)
@Check('bookings_channel', `"channel" IN ('online', 'counter', 'phone')`)
@Check('bookings_account_or_desk', `"account_id" IS NOT NULL OR "channel" <> 'online'`)
@Check('bookings_reschedule_count', `"reschedule_count" >= 0`)
@Index('bookings_one_per_account_offering_day', ['accountId', 'offeringId', 'visitDate'], {
  unique: true,
  where: `"kind" = 'individual' AND "status" IN ('confirmed', 'waitlisted', 'checked_in')`,
})
@Index('bookings_slot_status_idx', ['slotId', 'status', 'createdAt'])
@Index('bookings_account_idx', ['accountId', 'visitDate'])
@Index('bookings_visit_date_idx', ['visitDate'])
export class Booking {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'bookings_pkey' })
  id!: string;

  /** 10 Crockford base32 characters: what the visitor shows and the operator types or scans. */
  @Index('bookings_code_key', { unique: true })
  @Column({ type: 'varchar', length: 10 })
  code!: string;

  /** The visitor's account; none for a desk booking of someone without one. */
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'bookings_account_fkey' })
  account?: Relation<Account>;

  @Column({ type: 'varchar', length: 8, default: 'online' })
  channel!: BookingChannel;

  /** The operator who booked at the counter or on the phone. */
  @Column({ name: 'booked_by', type: 'uuid', nullable: true })
  bookedBy!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'booked_by', foreignKeyConstraintName: 'bookings_booked_by_fkey' })
  bookedByAccount?: Relation<Account>;

  @Column({ name: 'slot_id', type: 'uuid' })
  slotId!: string;

  @ManyToOne(() => Slot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'slot_id', foreignKeyConstraintName: 'bookings_slot_fkey' })
  slot?: Relation<Slot>;

  @Column({ name: 'offering_id', type: 'uuid' })
  offeringId!: string;

  @ManyToOne(() => Offering, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'offering_id', foreignKeyConstraintName: 'bookings_offering_fkey' })
  offering?: Relation<Offering>;

  /** The venue. */
  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => Resource, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'bookings_resource_fkey' })
  resource?: Relation<Resource>;

  /** The slot's day in Shanghai. */
  @Column({ name: 'visit_date', type: 'date' })
  visitDate!: string;

  /** A family's booking, or an approved school group's visit (see GroupVisit). */
  @Column({ type: 'varchar', length: 16, default: 'individual' })
  kind!: BookingKind;

  @Column({ name: 'party_size', type: 'smallint' })
  partySize!: number;

  /** How many came: the party, or the headcount a group was admitted with. */
  @Column({ name: 'checked_in_count', type: 'smallint', nullable: true })
  checkedInCount!: number | null;

  @Column({ type: 'varchar', length: 16 })
  status!: BookingStatus;

  /** Sealed with the PersonalDataCipher; erased by the purge job. */
  @Column({ name: 'contact_phone', type: 'bytea', nullable: true })
  contactPhone!: Buffer | null;

  /** Proven by a code (or the account's own verified phone): only such a number is ever texted. */
  @Column({ name: 'contact_phone_verified', type: 'boolean', default: false })
  contactPhoneVerified!: boolean;

  /** How often the booking was moved to another slot of its offering (改期), against MAX_RESCHEDULES. */
  @Column({ name: 'reschedule_count', type: 'smallint', default: 0 })
  rescheduleCount!: number;

  @Column({ name: 'promoted_at', type: 'timestamptz', nullable: true })
  promotedAt!: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'cancelled_by', type: 'varchar', length: 8, nullable: true })
  cancelledBy!: 'visitor' | 'venue' | null;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt!: Date | null;

  @Column({ name: 'checked_in_by', type: 'uuid', nullable: true })
  checkedInBy!: string | null;

  /** The device that checked the booking in: a random id the operator's check-in page keeps (docs/booking-rules.md, "Offline check-in"). */
  @Column({ name: 'checked_in_device', type: 'varchar', length: 64, nullable: true })
  checkedInDevice!: string | null;

  /** Check-ins of this booking that other devices sent after it was checked in: a code admitted twice while offline. */
  @Column({ name: 'check_in_clashes', type: 'jsonb', nullable: true })
  checkInClashes!: { deviceId: string | null; checkedInAt: string; reportedAt: string }[] | null;

  @Column({ name: 'no_show_at', type: 'timestamptz', nullable: true })
  noShowAt!: Date | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  @Column({ name: 'personal_data_purged_at', type: 'timestamptz', nullable: true })
  personalDataPurgedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => BookingVisitor, (visitor) => visitor.booking)
  visitors?: Relation<BookingVisitor[]>;
}

export const VISITOR_CATEGORIES = ['adult', 'child', 'senior'] as const;
export type VisitorCategory = (typeof VISITOR_CATEGORIES)[number];
export const GROUP_ROLES = ['student', 'teacher'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

/**
 * A person in a booking. In real-name mode the ID number is sealed at rest, and its keyed hash,
 * while the booking is active, makes "one booking per ID per venue per day" a unique index.
 */
@Entity('booking_visitors')
@Check('booking_visitors_category', `"category" IN ('adult', 'child', 'senior')`)
@Check('booking_visitors_group_role', `"group_role" IS NULL OR "group_role" IN ('student', 'teacher')`)
@Index('booking_visitors_one_per_id_venue_day', ['resourceId', 'visitDate', 'idHash'], {
  unique: true,
  where: `"id_hash" IS NOT NULL`,
})
export class BookingVisitor {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'booking_visitors_pkey' })
  id!: string;

  @Index('booking_visitors_booking_idx')
  @Column({ name: 'booking_id', type: 'uuid' })
  bookingId!: string;

  @ManyToOne(() => Booking, (booking) => booking.visitors, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'booking_visitors_booking_fkey' })
  booking?: Relation<Booking>;

  @Column({ type: 'smallint' })
  position!: number;

  /** Null once erased: a school group's list after the visit, everyone's when the account is deleted. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  name!: string | null;

  @Column({ type: 'varchar', length: 8 })
  category!: VisitorCategory;

  /** In a school group's name list. */
  @Column({ name: 'group_role', type: 'varchar', length: 8, nullable: true })
  groupRole!: GroupRole | null;

  @Column({ name: 'id_number', type: 'bytea', nullable: true })
  idNumber!: Buffer | null;

  @Column({ name: 'id_hash', type: 'bytea', nullable: true })
  idHash!: Buffer | null;

  /** An accompanying teacher's mobile on a school group's name list, sealed; erased with the ID numbers. */
  @Column({ type: 'bytea', nullable: true })
  phone!: Buffer | null;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @Column({ name: 'visit_date', type: 'date' })
  visitDate!: string;
}

/** Bookings blocked after repeated no-shows, until `ends_at`. */
@Entity('booking_bans')
@Index('booking_bans_account_idx', ['accountId', 'endsAt'])
export class BookingBan {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'booking_bans_pkey' })
  id!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'booking_bans_account_fkey' })
  account?: Relation<Account>;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  /** The no-shows that led to it. */
  @Column({ name: 'no_shows', type: 'integer' })
  noShows!: number;

  /** Lookup hashes of the ID numbers on those bookings: a fresh account does not escape the ban. Emptied when it ends. */
  @Column({ name: 'id_hashes', type: 'bytea', array: true, default: () => "'{}'" })
  idHashes!: Buffer[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const BOOKING_ENTITIES = [Booking, BookingVisitor, BookingBan, SlotWalkIn, SavedVisitor];
