import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, AuditService, CoreErrors, fieldProblem, OutboxService } from '@kepu/core';
import { Actor } from '@kepu/identity';
import { CalendarService } from '../calendar/calendar.service';
import { OfferingsStore } from '../offerings/offerings.store';
import { ScheduledResources } from '../scheduled-resources';
import { ScheduleErrors } from '../schedule-errors';
import { addDays, LocalDate, shanghaiIso, shanghaiToday } from '../shanghai';
import { hoursMisfit } from '../slots/slot-plan';
import { AffectedSlotsChoice, SlotPlanner } from '../slots/slot-planner.service';
import { ReplanReport } from '../slots/slots.views';
import { CalendarDay, hoursOn, hoursProblems, hoursStatus, OpeningHours, openingHoursJsonLd } from './opening-hours';
import { OpeningHoursDto } from './opening-hours.dto';
import { OpeningHoursStore } from './opening-hours.store';
import { OpeningHoursChangeView, OpeningHoursPreviewView, OpeningHoursView } from './opening-hours.views';

/** Hours out of a validated body: optional parts filled with their defaults. */
function fromBody(body: OpeningHoursDto): OpeningHours {
  return {
    weekly: body.weekly.map(({ days, open, close }) => ({ days, open, close })),
    seasons: (body.seasons ?? []).map((s) => ({
      name: s.name ?? '',
      from: s.from,
      to: s.to,
      weekly: s.weekly.map(({ days, open, close }) => ({ days, open, close })),
    })),
    publicHolidays: body.publicHolidays,
    holidayHours: body.holidayHours ? { open: body.holidayHours.open, close: body.holidayHours.close } : null,
    makeupWorkdays: body.makeupWorkdays ?? 'as_weekday',
    exceptions: (body.exceptions ?? []).map((e) => ({
      date: e.date,
      closed: e.closed ?? false,
      ...(e.open && { open: e.open }),
      ...(e.close && { close: e.close }),
      ...(e.note && { note: e.note }),
    })),
  };
}

/** Today and the following days under these hours. */
const daysAhead = (hours: OpeningHours, today: LocalDate, days: number, calendar: Map<LocalDate, CalendarDay>) =>
  Array.from({ length: days }, (_, i) => addDays(today, i)).map((date) => hoursOn(hours, date, calendar.get(date)));

/** Hours out of a body, refused (4xx) when they contradict themselves. */
function checkedHours(body: OpeningHoursDto): OpeningHours {
  const hours = fromBody(body);
  const [problem] = hoursProblems(hours, shanghaiToday());
  if (problem) throw new AppError(ScheduleErrors[problem.code as keyof typeof ScheduleErrors], [problem.detail]);
  return hours;
}

/** `GET|PUT /resources/:id/opening-hours`: the rules, and what they mean today and for the days ahead. */
@Injectable()
export class OpeningHoursService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resources: ScheduledResources,
    private readonly store: OpeningHoursStore,
    private readonly calendar: CalendarService,
    private readonly planner: SlotPlanner,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly offerings: OfferingsStore,
  ) {}

  async get(actor: Actor | undefined, resourceId: string, days = 14): Promise<OpeningHoursView> {
    await this.resources.readable(actor, resourceId);
    const view = await this.view(resourceId, days);
    if (!view) throw new AppError(CoreErrors.NOT_FOUND);
    return view;
  }

  /** The derived view, or null when the resource has no hours yet. */
  async view(resourceId: string, days = 14, at = new Date()): Promise<OpeningHoursView | null> {
    const rules = await this.store.load(resourceId);
    if (!rules) return null;
    const today = shanghaiToday(at);
    const calendar = await this.calendar.days(today, addDays(today, Math.max(days, 61)));
    const status = hoursStatus(rules, at, calendar);
    const upcoming = daysAhead(rules, today, days, calendar);
    return {
      resourceId,
      timezone: 'Asia/Shanghai',
      rules,
      today: status.today,
      openNow: status.openNow,
      closesAt: status.closesAt && shanghaiIso(status.closesAt),
      nextOpening: status.nextOpening && shanghaiIso(status.nextOpening),
      days: upcoming,
      jsonLd: openingHoursJsonLd(rules, upcoming),
    };
  }

  /** What these hours would mean for the next days, without storing them: the editor's preview. */
  async preview(actor: Actor, resourceId: string, body: OpeningHoursDto, days = 14): Promise<OpeningHoursPreviewView> {
    await this.resources.manageable(actor, resourceId);
    const hours = checkedHours(body);
    const today = shanghaiToday();
    return { days: daysAhead(hours, today, days, await this.calendar.days(today, addDays(today, days))) };
  }

  /**
   * Validates and stores hours, then replans the resource's slots, in the caller's transaction
   * (the API's, or the demo seeder's). Returns what happened to the slots.
   */
  async replace(
    resourceId: string,
    body: OpeningHoursDto,
    accountId: string | null,
    choice: AffectedSlotsChoice | undefined,
    tx: EntityManager,
    correlationId?: string,
  ): Promise<ReplanReport> {
    const hours = checkedHours(body);
    const offerings = await this.offerings.activeOf(tx, resourceId);
    for (const offering of offerings) {
      const misfit = hoursMisfit(offering, hours);
      if (misfit) {
        throw new AppError(ScheduleErrors[misfit.code], [
          fieldProblem('weekly', misfit.definition, { ...misfit.values, title: offering.title }),
        ]);
      }
    }
    await this.store.save(resourceId, hours, accountId, tx);
    const report = await this.planner.replanResource(resourceId, choice, tx);
    await this.audit.record(
      {
        actorId: accountId,
        action: 'opening_hours.replaced',
        subjectType: 'resource',
        subjectId: resourceId,
        details: { slots: { ...report, kept: report.kept.length, cancelled: report.cancelled.length } },
        correlationId,
      },
      tx,
    );
    await this.outbox.publish(
      { topic: 'resource.hours_changed', aggregateType: 'resource', aggregateId: resourceId },
      tx,
    );
    return report;
  }

  /**
   * Replaces the hours and replans the resource's slots in one transaction. Slots with bookings
   * that the new hours drop need `choice` (keep or cancel); without it nothing changes (409).
   */
  async put(
    actor: Actor,
    resourceId: string,
    body: OpeningHoursDto,
    choice: AffectedSlotsChoice | undefined,
    correlationId?: string,
  ): Promise<OpeningHoursChangeView> {
    await this.resources.manageable(actor, resourceId);
    const slots = await this.dataSource.transaction((tx) =>
      this.replace(resourceId, body, actor.accountId, choice, tx, correlationId),
    );
    return { ...((await this.view(resourceId)) as OpeningHoursView), slots };
  }
}
