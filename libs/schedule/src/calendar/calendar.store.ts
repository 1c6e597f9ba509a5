import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { LocalDate } from '../shanghai';
import { CalendarDayRecord, CalendarYear } from './calendar.entity';

/** The holiday calendar's tables: `holiday_calendar_years` and `holiday_calendar_days`. */
@Injectable()
export class CalendarStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The special days between two dates (inclusive), in the caller's transaction if given. */
  daysBetween(from: LocalDate, to: LocalDate, manager?: EntityManager): Promise<CalendarDayRecord[]> {
    return (manager ?? this.dataSource.manager).query(
      `SELECT date, kind, name FROM holiday_calendar_days WHERE date BETWEEN $1 AND $2`,
      [from, to],
    );
  }

  findYear(year: number): Promise<CalendarYear | null> {
    return this.dataSource.getRepository(CalendarYear).findOneBy({ year });
  }

  daysOf(year: number): Promise<CalendarDayRecord[]> {
    return this.dataSource.getRepository(CalendarDayRecord).find({ where: { year }, order: { date: 'ASC' } });
  }

  /** Stores the year and replaces its days, in the caller's transaction. */
  async replaceYear(
    tx: EntityManager,
    year: Pick<CalendarYear, 'year' | 'status' | 'source' | 'updatedBy'>,
    days: Pick<CalendarDayRecord, 'date' | 'kind' | 'name'>[],
  ): Promise<void> {
    await tx.getRepository(CalendarYear).save(year);
    await tx.getRepository(CalendarDayRecord).delete({ year: year.year });
    if (days.length) await tx.getRepository(CalendarDayRecord).insert(days.map((day) => ({ ...day, year: year.year })));
  }
}
