import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Resource } from '@kepu/register';

/** One venue's holiday policy; its weekly rules, seasons and exceptions are the rows below. */
@Entity('opening_hours')
@Check('opening_hours_public_holidays', `"public_holidays" IN ('open', 'closed')`)
@Check('opening_hours_makeup_workdays', `"makeup_workdays" IN ('as_weekday', 'as_workday')`)
@Check('opening_hours_holiday_range', `"holiday_opens" IS NULL OR "holiday_opens" < "holiday_closes"`)
export class OpeningHoursRecord {
  @PrimaryColumn({ name: 'resource_id', type: 'uuid', primaryKeyConstraintName: 'opening_hours_pkey' })
  resourceId!: string;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'opening_hours_resource_fkey' })
  resource?: Relation<Resource>;

  @Column({ name: 'public_holidays', type: 'varchar', length: 8 })
  publicHolidays!: 'open' | 'closed';

  @Column({ name: 'holiday_opens', type: 'time', nullable: true })
  holidayOpens!: string | null;

  @Column({ name: 'holiday_closes', type: 'time', nullable: true })
  holidayCloses!: string | null;

  @Column({ name: 'makeup_workdays', type: 'varchar', length: 16 })
  makeupWorkdays!: 'as_weekday' | 'as_workday';

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('opening_seasons')
@Check('opening_seasons_range', `"starts_on" <= "ends_on"`)
export class OpeningSeasonRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'opening_seasons_pkey' })
  id!: string;

  @Index('opening_seasons_resource_idx')
  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'opening_seasons_resource_fkey' })
  resource?: Relation<Resource>;

  @Column({ type: 'varchar', length: 50, default: '' })
  name!: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;
}

/** One open range on one weekday, for the whole year (no season) or within a season. */
@Entity('opening_rules')
@Check('opening_rules_weekday', `"weekday" BETWEEN 1 AND 7`)
@Check('opening_rules_range', `"opens" < "closes"`)
export class OpeningRuleRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'opening_rules_pkey' })
  id!: string;

  @Index('opening_rules_resource_idx')
  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'opening_rules_resource_fkey' })
  resource?: Relation<Resource>;

  @Column({ name: 'season_id', type: 'uuid', nullable: true })
  seasonId!: string | null;

  @ManyToOne(() => OpeningSeasonRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'season_id', foreignKeyConstraintName: 'opening_rules_season_fkey' })
  season?: Relation<OpeningSeasonRecord>;

  @Column({ type: 'smallint' })
  weekday!: number;

  @Column({ type: 'time' })
  opens!: string;

  @Column({ type: 'time' })
  closes!: string;
}

@Entity('opening_exceptions')
@Check(
  'opening_exceptions_range',
  `("closed" AND "opens" IS NULL AND "closes" IS NULL) OR (NOT "closed" AND "opens" < "closes")`,
)
export class OpeningExceptionRecord {
  @PrimaryColumn({ name: 'resource_id', type: 'uuid', primaryKeyConstraintName: 'opening_exceptions_pkey' })
  resourceId!: string;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'opening_exceptions_resource_fkey' })
  resource?: Relation<Resource>;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'opening_exceptions_pkey' })
  date!: string;

  @Column({ type: 'boolean' })
  closed!: boolean;

  @Column({ type: 'time', nullable: true })
  opens!: string | null;

  @Column({ type: 'time', nullable: true })
  closes!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  note!: string | null;
}

export const OPENING_HOURS_ENTITIES = [
  OpeningHoursRecord,
  OpeningSeasonRecord,
  OpeningRuleRecord,
  OpeningExceptionRecord,
];
