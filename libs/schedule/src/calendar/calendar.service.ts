import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, AuditService, CoreErrors, fieldProblem, CommonProblems } from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { CalendarDay } from '../hours/opening-hours';
import { ScheduleErrors } from '../schedule-errors';
import { isoWeekday, LocalDate } from '../shanghai';
import { CalendarYearDto } from './calendar.dto';
import { CalendarStore } from './calendar.store';
import { CalendarYearView } from './calendar.views';
import { HoursProblems } from '../hours/hours-problems';

/** The national holiday calendar: public holidays and make-up working days (调休), year by year. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly store: CalendarStore,
  ) {}

  /** The special days between two dates (inclusive), by date. */
  async days(from: LocalDate, to: LocalDate, manager?: EntityManager): Promise<Map<LocalDate, CalendarDay>> {
    const rows = await this.store.daysBetween(from, to, manager);
    return new Map(rows.map((row) => [row.date, { kind: row.kind, name: row.name }]));
  }

  async year(year: number): Promise<CalendarYearView> {
    const record = await this.store.findYear(year);
    if (!record) throw new AppError(CoreErrors.NOT_FOUND);
    const days = await this.store.daysOf(year);
    return {
      year,
      status: record.status,
      source: record.source,
      updatedAt: record.updatedAt,
      days: days.map(({ date, kind, name }) => ({ date, kind, name })),
    };
  }

  /**
   * Replaces a year's days (a city administrator enters the State Council's notice). Venues' slots
   * follow within the hour, when the slot job next plans them; booked slots are kept, never dropped.
   */
  async replaceYear(
    actor: Actor,
    year: number,
    body: CalendarYearDto,
    correlationId?: string,
  ): Promise<CalendarYearView> {
    await this.policy.authorize(actor, 'calendar.manage');
    const seen = new Set<string>();
    body.days.forEach((day, i) => {
      const field = `days[${i}].date`;
      if (!day.date.startsWith(`${year}-`))
        throw new AppError(ScheduleErrors.CALENDAR_DATE_OUTSIDE_YEAR, [
          fieldProblem(field, HoursProblems.DATE_OUTSIDE_YEAR, { date: day.date, year }),
        ]);
      if (seen.has(day.date))
        throw new AppError(CoreErrors.VALIDATION_FAILED, [fieldProblem(field, CommonProblems.LISTED_TWICE)]);
      if (day.kind === 'workday' && isoWeekday(day.date) < 6)
        throw new AppError(CoreErrors.VALIDATION_FAILED, [fieldProblem(field, HoursProblems.WORKDAY_ON_WEEKDAY)]);
      seen.add(day.date);
    });
    await this.dataSource.transaction(async (tx) => {
      await this.store.replaceYear(
        tx,
        { year, status: body.status ?? 'official', source: body.source ?? '', updatedBy: actor.accountId },
        body.days,
      );
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'calendar.year_replaced',
          subjectType: 'calendar',
          subjectId: String(year),
          details: { status: body.status ?? 'official', days: body.days.length },
          correlationId,
        },
        tx,
      );
    });
    return this.year(year);
  }
}
