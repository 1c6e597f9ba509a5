import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, AuditService, CoreErrors, InjectConfig } from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { ResourceStore } from '@kepu/register';
import { shanghaiIso, shanghaiToday, SlotCapacity, SlotsStore } from '@kepu/schedule';
import { BookingErrors } from '../booking-errors';
import { Waitlist } from '../bookings/waitlist';
import { checkInOpensAt } from '../check-in/check-in-opens';
import { WalkInsDto, WalkInsView } from './walk-ins.dto';
import { WalkInsStore } from './walk-ins.store';
import { bookingConfig, BookingSettings } from '../booking.config';

/**
 * The walk-in tally (docs/booking-rules.md, "Walk-ins"): people a venue admits to a slot without a
 * booking take its places like a booking does, on the slot's day, from when check-in opens. The
 * slot's row lock orders a tally against bookings and other tallies, so the counter never drifts.
 */
@Injectable()
export class WalkIns {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: WalkInsStore,
    private readonly slots: SlotsStore,
    private readonly resources: ResourceStore,
    private readonly policy: PolicyService,
    private readonly waitlist: Waitlist,
    private readonly audit: AuditService,
    @InjectConfig(bookingConfig) private readonly settings: BookingSettings,
  ) {}

  async record(
    actor: Actor,
    slotId: string,
    { count }: WalkInsDto,
    correlationId?: string,
    now = new Date(),
  ): Promise<WalkInsView> {
    return this.dataSource.transaction(async (tx) => {
      const slot = await this.slots.lock(tx, slotId);
      if (!slot) throw new AppError(CoreErrors.NOT_FOUND);
      const resource = await this.resources.getById(slot.resourceId, tx);
      await this.policy.authorize(actor, 'booking.desk', resource);
      if (slot.status === 'cancelled') throw new AppError(BookingErrors.SLOT_CANCELLED);
      const visitDate = shanghaiToday(slot.startsAt);
      if (visitDate !== shanghaiToday(now)) throw new AppError(BookingErrors.WALK_INS_NOT_TODAY, { visitDate });
      const opensAt = checkInOpensAt(slot.startsAt, this.settings);
      if (now < opensAt) throw new AppError(BookingErrors.CHECK_IN_NOT_OPEN, { opensAt: shanghaiIso(opensAt) });
      const before = await this.store.total(slotId, tx);
      if (before + count < 0) throw new AppError(BookingErrors.WALK_INS_BELOW_ZERO, { walkIns: before });
      const remaining = slot.capacity - slot.booked;
      if (count > remaining) throw new AppError(BookingErrors.WALK_INS_OVER_CAPACITY, { remaining });
      await SlotCapacity.countWalkIns(tx, slotId, count);
      await this.store.insert(tx, { slotId, resourceId: resource.id, visitDate, count, recordedBy: actor.accountId });
      // A correction frees places: the waitlist has them first, as after a cancellation.
      if (count < 0) await this.waitlist.promote(tx, slotId, now);
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'slot.walk_ins_recorded',
          subjectType: 'slot',
          subjectId: slotId,
          details: { resourceId: resource.id, count, walkIns: before + count },
          correlationId,
        },
        tx,
      );
      const after = await SlotCapacity.counters(tx, slotId);
      return {
        slotId,
        walkIns: before + count,
        capacity: after.capacity,
        booked: after.booked,
        remaining: after.capacity - after.booked,
      };
    });
  }

  /** A slot's walk-ins so far. */
  total(slotId: string): Promise<number> {
    return this.store.total(slotId);
  }
}
