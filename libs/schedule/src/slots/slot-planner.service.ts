import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError, isForeignKeyViolation, OutboxService } from '@kepu/core';
import { CalendarService } from '../calendar/calendar.service';
import { hoursOn, OpeningHours } from '../hours/opening-hours';
import { OpeningHoursStore } from '../hours/opening-hours.store';
import { Offering } from '../offerings/offering.entity';
import { OfferingsStore } from '../offerings/offerings.store';
import { ScheduleErrors } from '../schedule-errors';
import { addDays, shanghaiIso, shanghaiToday } from '../shanghai';
import { followsOpeningHours, PlannedSlot, plannedSlots } from './slot-plan';
import { Slot } from './slot.entity';
import { SlotsStore } from './slots.store';
import { AffectedSlot, ReplanReport } from './slots.views';

/** Slots exist this many days ahead: as far as availability can be asked for. */
export const SLOT_HORIZON_DAYS = 62;

export type AffectedSlotsChoice = 'keep' | 'cancel';

const affected = (offering: Offering, slot: Slot): AffectedSlot => ({
  slotId: slot.id,
  offeringId: offering.id,
  start: shanghaiIso(slot.startsAt),
  end: shanghaiIso(slot.endsAt),
  booked: slot.booked,
  groupBooked: slot.groupBooked,
});

export const emptyReport = (): ReplanReport => ({
  created: 0,
  updated: 0,
  removed: 0,
  kept: [],
  cancelled: [],
  capacityKept: [],
});

/**
 * Materialises an offering's slots for the booking horizon from its rules, the venue's hours and
 * the holiday calendar. Idempotent: it inserts what is missing, updates what changed and removes
 * empty slots the rules no longer produce. A slot with bookings is never dropped silently: without
 * the operator's choice the change is refused (409) with the list; with it, kept or cancelled.
 */
@Injectable()
export class SlotPlanner {
  constructor(
    private readonly store: OpeningHoursStore,
    private readonly calendar: CalendarService,
    private readonly outbox: OutboxService,
    private readonly offerings: OfferingsStore,
    private readonly slots: SlotsStore,
  ) {}

  /** Replans every active offering of a resource (after its hours changed). */
  async replanResource(
    resourceId: string,
    choice: AffectedSlotsChoice | undefined,
    manager: EntityManager,
  ): Promise<ReplanReport> {
    const offerings = await this.offerings.lockActiveOf(manager, resourceId);
    const hours = await this.store.load(resourceId, manager);
    const total = emptyReport();
    const unresolved: AffectedSlot[] = [];
    for (const offering of offerings) {
      const part = await this.apply(offering, hours, choice, manager, new Date());
      merge(total, part.report);
      unresolved.push(...part.unresolved);
    }
    refuseUnresolved(unresolved);
    return total;
  }

  /** Brings one offering's future slots in line with its rules; `manager` is the caller's transaction. */
  async replan(
    offering: Offering,
    hours: OpeningHours | null,
    choice: AffectedSlotsChoice | undefined,
    manager: EntityManager,
    now = new Date(),
  ): Promise<ReplanReport> {
    const { report, unresolved } = await this.apply(offering, hours, choice, manager, now);
    refuseUnresolved(unresolved);
    return report;
  }

  /** The replanning itself; booked slots it would drop without a choice come back as `unresolved`. */
  private async apply(
    offering: Offering,
    hours: OpeningHours | null,
    choice: AffectedSlotsChoice | undefined,
    manager: EntityManager,
    now: Date,
  ): Promise<{ report: ReplanReport; unresolved: AffectedSlot[] }> {
    const report = emptyReport();
    const planned = await this.plan(offering, hours, now, manager);
    const existing = await this.slots.lockFuture(manager, offering.id, now);
    const byStart = new Map(existing.map((slot) => [slot.startsAt.getTime(), slot]));
    const plannedStarts = new Set(planned.map((slot) => slot.startsAt.getTime()));

    const missing = planned.filter((slot) => !byStart.has(slot.startsAt.getTime()));
    if (missing.length) report.created = await this.slots.insertMissing(manager, offering, missing);

    const changed: { slot: Slot; endsAt: Date }[] = [];
    for (const slot of planned) {
      const row = byStart.get(slot.startsAt.getTime());
      if (!row) continue;
      const reinstate = row.status === 'cancelled' && row.booked === 0 && row.groupBooked === 0;
      if (
        reinstate ||
        (row.status === 'scheduled' &&
          (row.endsAt.getTime() !== slot.endsAt.getTime() ||
            row.capacity !== offering.capacity ||
            row.groupCapacity !== offering.groupCapacity))
      ) {
        changed.push({ slot: row, endsAt: slot.endsAt });
        if (offering.capacity < row.booked || offering.groupCapacity < row.groupBooked) {
          report.capacityKept.push(affected(offering, row));
        }
      }
    }
    if (changed.length) {
      await this.slots.reshape(
        manager,
        changed.map((c) => ({ id: c.slot.id, endsAt: c.endsAt })),
        offering.capacity,
        offering.groupCapacity,
      );
      report.updated = changed.length;
      // Places added to open slots go to their waitlists at once (booking's SlotCapacityConsumer).
      const raised = changed.filter((c) => c.slot.status === 'scheduled' && offering.capacity > c.slot.capacity);
      if (raised.length) {
        await this.outbox.publish(
          {
            topic: 'slot.capacity_raised',
            aggregateType: 'slot_capacity',
            aggregateId: offering.id,
            payload: { offeringId: offering.id, capacity: offering.capacity, slotIds: raised.map((c) => c.slot.id) },
          },
          manager,
        );
      }
    }

    const unplanned = existing.filter((slot) => !plannedStarts.has(slot.startsAt.getTime()));
    const empty = unplanned.filter((slot) => slot.booked === 0 && slot.groupBooked === 0);
    if (empty.length)
      report.removed = await this.removeEmpty(
        empty.map((slot) => slot.id),
        manager,
      );
    const booked = unplanned.filter((slot) => slot.status === 'scheduled' && (slot.booked > 0 || slot.groupBooked > 0));
    if (booked.length && !choice) return { report, unresolved: booked.map((s) => affected(offering, s)) };
    if (choice === 'keep') report.kept = booked.map((s) => affected(offering, s));
    if (choice === 'cancel' && booked.length) {
      await this.slots.cancel(
        manager,
        booked.map((s) => s.id),
      );
      for (const slot of booked) {
        await this.outbox.publish(
          {
            topic: 'slot.cancelled',
            aggregateType: 'slot',
            aggregateId: slot.id,
            payload: { offeringId: offering.id, resourceId: offering.resourceId, startsAt: slot.startsAt },
          },
          manager,
        );
      }
      report.cancelled = booked.map((s) => affected(offering, s));
    }
    return { report, unresolved: [] };
  }

  /**
   * Deletes empty slots. One that still carries history (a cancelled booking points at it) is
   * retired as cancelled instead; each try runs in a savepoint so a refusal keeps the transaction.
   */
  private async removeEmpty(ids: string[], manager: EntityManager): Promise<number> {
    // Re-checked in the statement: a booking may not take a place in a slot being removed.
    const remove = (batch: string[]) => this.slots.deleteEmpty(manager, batch);
    try {
      return (await remove(ids)).length;
    } catch (error) {
      if (!isForeignKeyViolation(error)) throw error;
    }
    let removed = 0;
    for (const id of ids) {
      try {
        removed += (await remove([id])).length;
      } catch (error) {
        if (!isForeignKeyViolation(error)) throw error;
        await this.slots.retireEmpty(manager, id);
      }
    }
    return removed;
  }

  private async plan(
    offering: Offering,
    hours: OpeningHours | null,
    now: Date,
    manager: EntityManager,
  ): Promise<PlannedSlot[]> {
    if (offering.status !== 'active' || (!hours && followsOpeningHours(offering))) return [];
    const today = shanghaiToday(now);
    const until = addDays(today, SLOT_HORIZON_DAYS);
    const calendar = await this.calendar.days(today, until, manager);
    return plannedSlots(
      offering,
      (date) => hoursOn(hours as OpeningHours, date, calendar.get(date)),
      today,
      until,
    ).filter((slot) => slot.startsAt > now);
  }
}

/** A change that would drop booked slots needs the operator's choice: refuse it with their list. */
function refuseUnresolved(unresolved: AffectedSlot[]): void {
  if (unresolved.length) throw new AppError(ScheduleErrors.SLOTS_HAVE_BOOKINGS, { affected: unresolved });
}

function merge(total: ReplanReport, part: ReplanReport): void {
  total.created += part.created;
  total.updated += part.updated;
  total.removed += part.removed;
  total.kept.push(...part.kept);
  total.cancelled.push(...part.cancelled);
  total.capacityKept.push(...part.capacityKept);
}
