import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { Account } from '@kepu/identity';
import { Organisation } from '@kepu/register';
import { OutreachOrder } from '../orders/order.entity';

/**
 * The delivery of an order: when, who leads, the code volunteers sign in with, and the people
 * reached. One per order; rescheduling moves it.
 */
@Entity('outreach_activities')
@Check('outreach_activities_times', `"ends_at" > "starts_at" AND "ends_at" <= "starts_at" + interval '1 day'`)
@Check('outreach_activities_sign_code', `"sign_code" ~ '^[0-9]{6}$'`)
@Check('outreach_activities_people_reached', `"people_reached" IS NULL OR "people_reached" BETWEEN 0 AND 100000`)
@Index('outreach_activities_order_key', ['orderId'], { unique: true })
@Index('outreach_activities_provider_idx', ['providerId', 'startsAt'])
export class Activity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outreach_activities_pkey' })
  id!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @ManyToOne(() => OutreachOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'outreach_activities_order_fkey' })
  order?: Relation<OutreachOrder>;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'outreach_activities_provider_fkey' })
  provider?: Relation<Organisation>;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  /** The provider's operator or volunteer who leads it and shows volunteers the sign-in code. */
  @Column({ name: 'lead_id', type: 'uuid' })
  leadId!: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'outreach_activities_lead_fkey' })
  lead?: Relation<Account>;

  /** Six digits shown to the lead; volunteers type it to sign in and out. */
  @Column({ name: 'sign_code', type: 'char', length: 6 })
  signCode!: string;

  @Column({ name: 'people_reached', type: 'integer', nullable: true })
  peopleReached!: number | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A volunteer who joined an activity, and when they signed in and out. */
@Entity('outreach_activity_volunteers')
@Check('outreach_activity_volunteers_signed', `"signed_out_at" IS NULL OR "signed_out_at" > "signed_in_at"`)
@Check('outreach_activity_volunteers_credit', `"credited_minutes" IS NULL OR "credited_minutes" BETWEEN 0 AND 1440`)
@Index('outreach_activity_volunteers_account_idx', ['accountId', 'joinedAt'])
export class ActivityVolunteer {
  @PrimaryColumn({
    name: 'activity_id',
    type: 'uuid',
    primaryKeyConstraintName: 'outreach_activity_volunteers_pkey',
  })
  activityId!: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'outreach_activity_volunteers_activity_fkey' })
  activity?: Relation<Activity>;

  @PrimaryColumn({
    name: 'account_id',
    type: 'uuid',
    primaryKeyConstraintName: 'outreach_activity_volunteers_pkey',
  })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'outreach_activity_volunteers_account_fkey' })
  account?: Relation<Account>;

  /** The team (organisation) the volunteer came with. */
  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'outreach_activity_volunteers_team_fkey' })
  team?: Relation<Organisation>;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt!: Date;

  @Column({ name: 'signed_in_at', type: 'timestamptz', nullable: true })
  signedInAt!: Date | null;

  @Column({ name: 'signed_out_at', type: 'timestamptz', nullable: true })
  signedOutAt!: Date | null;

  /** Set at sign-out: the minutes credited (0 when under 60 % of the scheduled duration). */
  @Column({ name: 'credited_minutes', type: 'integer', nullable: true })
  creditedMinutes!: number | null;
}

/** Hours an administrator added by hand (a paper sign-in sheet, say): kept apart and shown as such. */
@Entity('volunteer_manual_hours')
@Check('volunteer_manual_hours_minutes', `"minutes" BETWEEN 1 AND 1440`)
@Index('volunteer_manual_hours_account_idx', ['accountId', 'addedAt'])
export class ManualHours {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'volunteer_manual_hours_pkey' })
  id!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'volunteer_manual_hours_account_fkey' })
  account?: Relation<Account>;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'volunteer_manual_hours_team_fkey' })
  team?: Relation<Organisation>;

  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId!: string | null;

  @ManyToOne(() => Activity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'volunteer_manual_hours_activity_fkey' })
  activity?: Relation<Activity>;

  @Column({ type: 'integer' })
  minutes!: number;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ name: 'added_by', type: 'uuid' })
  addedBy!: string;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;
}
