import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A year of the national holiday calendar. `official` once it follows the State Council's notice;
 * `provisional` while only the statutory holidays are known (the make-up working days come with
 * the notice, usually in November of the year before).
 */
@Entity('holiday_calendar_years')
@Check('holiday_calendar_years_status', `"status" IN ('official', 'provisional')`)
export class CalendarYear {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'holiday_calendar_years_pkey' })
  year!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: 'official' | 'provisional';

  /** Where the dates come from, e.g. 国办发明电〔2025〕7号. */
  @Column({ type: 'varchar', length: 200, default: '' })
  source!: string;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A public holiday, or a make-up working day (调休) on what would be a weekend. */
@Entity('holiday_calendar_days')
@Check('holiday_calendar_days_kind', `"kind" IN ('holiday', 'workday')`)
export class CalendarDayRecord {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'holiday_calendar_days_pkey' })
  date!: string;

  @Index('holiday_calendar_days_year_idx')
  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'holiday' | 'workday';

  /** The holiday it belongs to: 春节, 国庆节… */
  @Column({ type: 'varchar', length: 32 })
  name!: string;
}
