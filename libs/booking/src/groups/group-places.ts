import { Injectable } from '@nestjs/common';
import { AppError, fieldProblem } from '@kepu/core';
import { Offering, shanghaiToday, Slot, SlotCapacity } from '@kepu/schedule';
import { EntityManager } from 'typeorm';
import { BookingErrors } from '../booking-errors';
import { Booking } from '../bookings/booking.entity';
import { newBookingCode } from '../bookings/booking-code';
import { releaseSeats, takeSeats } from '../bookings/seats';
import { GroupBookingsStore } from './group-bookings.store';
import { GroupProblems } from './group-problems';
import { GroupVisit } from './group-visit.entity';
import { GroupVisitsStore } from './group-visits.store';

export const partyOf = (visit: Pick<GroupVisit, 'students' | 'teachers'>) => visit.students + visit.teachers;

/** A class's places in a slot's group quota, and the booking an approved visit holds them with. */
@Injectable()
export class GroupPlaces {
  constructor(
    private readonly visits: GroupVisitsStore,
    private readonly bookings: GroupBookingsStore,
  ) {}

  /**
   * Takes a class's places in a slot's group quota, for an approval or a proposal: the slot must
   * still be ahead and scheduled, the venue must have room for another group that day, and the
   * quota counter is raised by conditional SQL, so concurrent approvals can never overfill it.
   */
  async hold(tx: EntityManager, visit: GroupVisit, slot: Slot, offering: Offering, now: Date): Promise<void> {
    if (slot.status === 'cancelled') throw new AppError(BookingErrors.SLOT_CANCELLED);
    if (slot.startsAt <= now) throw new AppError(BookingErrors.SLOT_PASSED);
    const party = partyOf(visit);
    /** The slot's group places left as they stand, in words, on the slot chosen. */
    const tooFew = (remaining: number) => [
      fieldProblem('slotId', GroupProblems.SLOT_TOO_SMALL, { remaining: Math.max(0, remaining), people: party }),
    ];
    if (party > slot.groupCapacity) throw new AppError(BookingErrors.NO_GROUP_QUOTA, tooFew(slot.groupCapacity));
    const visitDate = shanghaiToday(slot.startsAt);
    await this.visits.lockVenueDay(tx, visit.resourceId, visitDate);
    const groups = await this.visits.groupsOnDay(tx, visit.resourceId, visitDate, visit.id);
    if (groups >= offering.maxGroupsPerDay) {
      throw new AppError(BookingErrors.GROUP_DAY_FULL, { maxGroupsPerDay: offering.maxGroupsPerDay });
    }
    if (!(await takeSeats(tx, slot.id, party, 'group'))) {
      throw new AppError(BookingErrors.GROUP_QUOTA_FULL, tooFew(await SlotCapacity.remaining(tx, slot.id, 'group')));
    }
    visit.slotId = slot.id;
    visit.visitDate = visitDate;
  }

  async release(tx: EntityManager, slotId: string, places: number): Promise<void> {
    await releaseSeats(tx, slotId, places, 'group');
  }

  /**
   * The approved visit's booking: the places it already holds, the teacher as its owner, one code for
   * the group, the leader's phone as its contact (texted only when `phoneVerified`).
   */
  async book(tx: EntityManager, visit: GroupVisit, slot: Slot, phoneVerified: boolean): Promise<Booking> {
    const booking = await this.bookings.insert(tx, {
      code: newBookingCode(),
      kind: 'group',
      accountId: visit.requestedBy,
      slotId: slot.id,
      offeringId: visit.offeringId,
      resourceId: visit.resourceId,
      visitDate: shanghaiToday(slot.startsAt),
      partySize: partyOf(visit),
      status: 'confirmed',
      contactPhone: visit.leaderPhone,
      contactPhoneVerified: phoneVerified,
    });
    visit.bookingId = booking.id;
    return booking;
  }
}
