import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AppError,
  AuditService,
  CommonProblems,
  CoreErrors,
  fieldProblem,
  OutboxService,
  ProblemDefinition,
  ProblemValues,
} from '@kepu/core';
import { Actor } from '@kepu/identity';
import { ResourceStore } from '@kepu/register';
import { OpeningHoursStore } from '../hours/opening-hours.store';
import { ScheduledResources } from '../scheduled-resources';
import { ScheduleErrors } from '../schedule-errors';
import { ScheduleProblems } from '../schedule-problems';
import { addDays, daysBetween, minutesOf, shanghaiInstant, shanghaiIso, shanghaiToday } from '../shanghai';
import { followsOpeningHours, hoursMisfit, overlappingStarts } from '../slots/slot-plan';
import { AffectedSlotsChoice, SlotPlanner } from '../slots/slot-planner.service';
import { bookingWindow, deskHold, slotStatus } from '../slots/booking-window';
import { ReplanReport } from '../slots/slots.views';
import { SlotsStore } from '../slots/slots.store';
import { Offering, OFFERING_DEFAULTS } from './offering.entity';
import { AvailabilityQueryDto, OfferingDto, OfferingPatchDto } from './offerings.dto';
import { OfferingsStore } from './offerings.store';
import { OfferingChangeView, OfferingView, SlotAvailability } from './offerings.views';

const MAX_AVAILABILITY_DAYS = 62;

/** What visitors read of an offering. */
const TEXT_FIELDS = ['title', 'description'] as const;
type OfferingText = Pick<Offering, (typeof TEXT_FIELDS)[number]>;

/** The rules whose absence means something (no age limit, every day…): a patch may clear them with null. */
const CLEARABLE = new Set(['startTimes', 'dates', 'weekdays', 'validFrom', 'validTo', 'minAge', 'maxAge']);

/** Start times and dates are kept sorted and without repeats. */
const sortedUnique = (values?: string[] | null) => (values ? [...new Set(values)].sort() : null);

/** Weekdays likewise; all seven are no limit at all, kept as null. */
const weekdaysOf = (days?: number[] | null) => {
  const unique = days ? [...new Set(days)].sort((a, b) => a - b) : [];
  return unique.length && unique.length < 7 ? unique : null;
};

const view = ({ resource: _resource, createdBy: _createdBy, ...offering }: Offering): OfferingView => ({
  ...offering,
  bookingOpensAt: offering.bookingOpensAt.slice(0, 5),
});

/** Offerings and their availability: what visitors can book at a venue, and when. */
@Injectable()
export class OfferingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resources: ScheduledResources,
    private readonly store: OpeningHoursStore,
    private readonly planner: SlotPlanner,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly register: ResourceStore,
    private readonly offerings: OfferingsStore,
    private readonly slots: SlotsStore,
  ) {}

  async create(
    actor: Actor,
    resourceId: string,
    body: OfferingDto,
    correlationId?: string,
  ): Promise<OfferingChangeView> {
    await this.resources.manageable(actor, resourceId);
    return this.dataSource.transaction(async (tx) => {
      const created = await this.add(resourceId, body, actor.accountId, tx, correlationId);
      await this.recordText(tx, actor.accountId, undefined, created, correlationId);
      return created;
    });
  }

  /** Checks and stores a new offering and materialises its slots, in the caller's transaction. */
  async add(
    resourceId: string,
    body: OfferingDto,
    accountId: string | null,
    tx: EntityManager,
    correlationId?: string,
  ): Promise<OfferingChangeView> {
    const offering = this.offerings.build(tx, {
      ...OFFERING_DEFAULTS,
      ...body,
      status: 'active',
      resourceId,
      startTimes: sortedUnique(body.startTimes),
      dates: sortedUnique(body.dates),
      weekdays: weekdaysOf(body.weekdays),
      createdBy: accountId,
    });
    await this.check(offering, tx);
    await this.offerings.save(tx, offering);
    const slots = await this.planner.replan(offering, await this.store.load(resourceId, tx), undefined, tx);
    await this.changed(accountId, offering, 'offering.created', slots, tx, correlationId);
    return { ...view(await this.offerings.get(tx, offering.id)), slots };
  }

  async update(
    actor: Actor,
    id: string,
    patch: OfferingPatchDto,
    choice: AffectedSlotsChoice | undefined,
    correlationId?: string,
  ): Promise<OfferingChangeView> {
    // Every field may be left out of a patch; only those without a default may be set to null.
    const nulled = Object.entries(patch).filter(([field, value]) => value === null && !CLEARABLE.has(field));
    if (nulled.length) {
      throw new AppError(
        CoreErrors.VALIDATION_FAILED,
        nulled.map(([field]) => fieldProblem(field, ScheduleProblems.MAY_NOT_BE_NULL)),
      );
    }
    return this.modify(actor, id, choice, correlationId, 'offering.updated', (offering) => {
      Object.assign(offering, patch);
      if (patch.startTimes !== undefined) offering.startTimes = sortedUnique(patch.startTimes);
      if (patch.dates !== undefined) offering.dates = sortedUnique(patch.dates);
      if (patch.weekdays !== undefined) offering.weekdays = weekdaysOf(patch.weekdays);
    });
  }

  /** Takes it off sale: empty future slots go; booked ones are kept or cancelled as the operator says. */
  async archive(
    actor: Actor,
    id: string,
    choice: AffectedSlotsChoice | undefined,
    correlationId?: string,
  ): Promise<OfferingChangeView> {
    return this.modify(actor, id, choice, correlationId, 'offering.archived', (offering) => {
      offering.status = 'archived';
    });
  }

  async get(actor: Actor | undefined, id: string): Promise<OfferingView> {
    return view(await this.readable(actor, id));
  }

  /** An offering whose venue this caller may see. */
  private async readable(actor: Actor | undefined, id: string): Promise<Offering> {
    const offering = await this.offerings.find(id);
    if (!offering) throw new AppError(CoreErrors.NOT_FOUND);
    await this.resources.readable(actor, offering.resourceId);
    return offering;
  }

  /** A resource's offerings on sale. */
  async list(actor: Actor | undefined, resourceId: string): Promise<OfferingView[]> {
    await this.resources.readable(actor, resourceId);
    return this.listed(resourceId);
  }

  /** The same, for a caller that has already checked the resource may be seen. */
  async listed(resourceId: string): Promise<OfferingView[]> {
    return (await this.active([resourceId])).map(view);
  }

  /** The offering, whatever its status; null when there is none. */
  find(id: string): Promise<Offering | null> {
    return this.offerings.find(id);
  }

  /** Active offerings of these resources, oldest first. */
  active(resourceIds: string[]): Promise<Offering[]> {
    return this.offerings.active(resourceIds);
  }

  /** Slots between two Shanghai dates with what is left and whether they can be booked now. */
  async availability(
    actor: Actor | undefined,
    id: string,
    query: AvailabilityQueryDto,
    now = new Date(),
  ): Promise<SlotAvailability[]> {
    const offering = await this.readable(actor, id);
    if (offering.status === 'archived') throw new AppError(ScheduleErrors.OFFERING_ARCHIVED);
    const from = query.from ?? shanghaiToday(now);
    const to = query.to ?? addDays(from, 6);
    if (to < from)
      throw new AppError(ScheduleErrors.INVALID_DATE_RANGE, [
        fieldProblem('to', CommonProblems.END_BEFORE_START, { from, to }),
      ]);
    if (daysBetween(from, to) >= MAX_AVAILABILITY_DAYS)
      throw new AppError(ScheduleErrors.INVALID_DATE_RANGE, [
        fieldProblem('to', CommonProblems.SPAN_TOO_LONG, { from, to, days: MAX_AVAILABILITY_DAYS - 1 }),
      ]);
    const slots = await this.slots.between(id, shanghaiInstant(from, 0), shanghaiInstant(to, 24 * 60));
    return slots.map((slot): SlotAvailability => {
      const window = bookingWindow(offering, slot.startsAt);
      const hold = deskHold(offering, slot, now);
      const left = slot.capacity - slot.booked;
      const heldForDesk = Math.min(hold.held, Math.max(0, left));
      const remaining = left - heldForDesk;
      const groupRemaining = slot.groupCapacity - slot.groupBooked;
      return {
        slotId: slot.id,
        start: shanghaiIso(slot.startsAt),
        end: shanghaiIso(slot.endsAt),
        capacity: slot.capacity,
        remaining,
        heldForDesk,
        deskReleaseAt: hold.releaseAt && hold.held ? shanghaiIso(hold.releaseAt) : null,
        groupCapacity: slot.groupCapacity,
        groupRemaining,
        status: slotStatus(
          window,
          {
            cancelled: slot.status === 'cancelled',
            remaining: offering.audience === 'group' ? groupRemaining : remaining,
          },
          now,
        ),
        bookingOpensAt: shanghaiIso(window.opensAt),
        bookingClosesAt: shanghaiIso(window.closesAt),
      };
    });
  }

  private async modify(
    actor: Actor,
    id: string,
    choice: AffectedSlotsChoice | undefined,
    correlationId: string | undefined,
    action: string,
    change: (offering: Offering) => void,
  ): Promise<OfferingChangeView> {
    const found = await this.offerings.find(id);
    if (!found) throw new AppError(CoreErrors.NOT_FOUND);
    await this.resources.manageable(actor, found.resourceId);
    return this.dataSource.transaction(async (tx) => {
      const offering = await this.offerings.lockOrFail(tx, id);
      if (offering.status === 'archived') throw new AppError(ScheduleErrors.OFFERING_ARCHIVED);
      const before = { title: offering.title, description: offering.description };
      change(offering);
      await this.check(offering, tx);
      await this.offerings.save(tx, offering);
      const slots = await this.planner.replan(offering, await this.store.load(offering.resourceId, tx), choice, tx);
      await this.changed(actor.accountId, offering, action, slots, tx, correlationId);
      await this.recordText(tx, actor.accountId, before, offering, correlationId);
      return { ...view(offering), slots };
    });
  }

  /** The rules a DTO cannot check alone: they depend on each other and on the venue's hours. */
  private async check(offering: Offering, tx: EntityManager): Promise<void> {
    const fail = (
      definition: (typeof ScheduleErrors)[keyof typeof ScheduleErrors],
      field: string,
      problem: ProblemDefinition,
      values: ProblemValues = {},
    ) => {
      throw new AppError(definition, [fieldProblem(field, problem, values)]);
    };
    if (offering.kind === 'event' && !offering.dates)
      fail(ScheduleErrors.EVENT_NEEDS_DATES, 'dates', ScheduleProblems.EVENT_NEEDS_DATES);
    if (offering.kind === 'event' && !offering.startTimes)
      fail(ScheduleErrors.EVENT_NEEDS_DATES, 'startTimes', ScheduleProblems.EVENT_NEEDS_START_TIMES);
    if (offering.minPartySize > offering.maxPartySize)
      fail(ScheduleErrors.INVALID_PARTY_SIZE, 'minPartySize', ScheduleProblems.MIN_ABOVE_MAX, {
        min: offering.minPartySize,
        max: offering.maxPartySize,
      });
    if (offering.groupMinStudents > offering.groupMaxStudents)
      fail(ScheduleErrors.INVALID_GROUP_RULES, 'groupMinStudents', ScheduleProblems.MIN_ABOVE_MAX, {
        min: offering.groupMinStudents,
        max: offering.groupMaxStudents,
      });
    if (offering.groupLeadDays > offering.groupOpensDaysAhead)
      fail(ScheduleErrors.INVALID_GROUP_RULES, 'groupLeadDays', ScheduleProblems.LEAD_ABOVE_AHEAD, {
        lead: offering.groupLeadDays,
        ahead: offering.groupOpensDaysAhead,
      });
    if (offering.minAge != null && offering.maxAge != null && offering.minAge > offering.maxAge)
      fail(ScheduleErrors.INVALID_AGE_RANGE, 'minAge', ScheduleProblems.AGE_MIN_ABOVE_MAX, {
        min: offering.minAge,
        max: offering.maxAge,
      });
    if (offering.validFrom && offering.validTo && offering.validFrom > offering.validTo)
      fail(ScheduleErrors.INVALID_DATE_RANGE, 'validTo', CommonProblems.END_BEFORE_START, {
        from: offering.validFrom,
        to: offering.validTo,
      });
    const lateStart = offering.startTimes?.find((time) => minutesOf(time) + offering.slotMinutes > 24 * 60);
    if (lateStart)
      fail(ScheduleErrors.INVERTED_RANGE, 'startTimes', ScheduleProblems.ENDS_AFTER_MIDNIGHT, { time: lateStart });
    const overlapping = overlappingStarts(offering)[0];
    if (overlapping)
      fail(ScheduleErrors.STARTS_OVERLAP, 'startTimes', ScheduleProblems.STARTS_OVERLAP, {
        time: overlapping,
        minutes: offering.slotMinutes,
      });
    if (!followsOpeningHours(offering)) return;
    const hours = await this.store.load(offering.resourceId, tx);
    if (!hours) throw new AppError(ScheduleErrors.HOURS_NOT_SET);
    const misfit = hoursMisfit(offering, hours);
    if (misfit)
      fail(ScheduleErrors[misfit.code], misfit.field, misfit.definition, { ...misfit.values, title: offering.title });
  }

  /**
   * An offering's title and description are public as soon as they are saved, with no review: the
   * register records each change for the venue's administrators (`before` is absent for a new one).
   */
  private async recordText(
    tx: EntityManager,
    accountId: string | null,
    before: OfferingText | undefined,
    offering: OfferingText & Pick<Offering, 'id' | 'resourceId'>,
    correlationId?: string,
  ): Promise<void> {
    const changes = TEXT_FIELDS.filter((field) => offering[field] !== (before?.[field] ?? '')).map((field) => ({
      field,
      before: before?.[field] ?? null,
      after: offering[field],
    }));
    if (!changes.length) return;
    await this.register.recordPublicText(tx, offering.resourceId, {
      actorId: accountId,
      about: { type: 'offering', id: offering.id, title: offering.title },
      changes,
      correlationId,
    });
  }

  private async changed(
    accountId: string | null,
    offering: Offering,
    action: string,
    slots: ReplanReport,
    tx: EntityManager,
    correlationId?: string,
  ): Promise<void> {
    await this.audit.record(
      {
        actorId: accountId,
        action,
        subjectType: 'offering',
        subjectId: offering.id,
        details: {
          resourceId: offering.resourceId,
          slots: { ...slots, kept: slots.kept.length, cancelled: slots.cancelled.length },
        },
        correlationId,
      },
      tx,
    );
    // Whether the resource has something bookable is part of its search document.
    await this.outbox.publish(
      { topic: 'resource.offerings_changed', aggregateType: 'resource', aggregateId: offering.resourceId },
      tx,
    );
  }
}
