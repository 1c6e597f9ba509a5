import { AppError, fieldProblem } from '@kepu/core';
import { Offering, shanghaiToday, Slot } from '@kepu/schedule';
import { EntityManager } from 'typeorm';
import { BookingErrors } from '../booking-errors';
import { Booking } from '../bookings/booking.entity';
import { newBookingCode } from '../bookings/booking-code';
import { releaseSeats, takeSeats } from '../bookings/seats';
import { GroupProblems } from './group-problems';
import { GROUP_VISIT_HOLDING, GroupVisit } from './group-visit.entity';

export const partyOf = (visit: Pick<GroupVisit, 'students' | 'teachers'>) => visit.students + visit.teachers;

/**
 * Takes a class's places in a slot's group quota, for an approval or a proposal: the slot must
 * still be ahead and scheduled, the venue must have room for another group that day, and the
 * quota counter is raised by conditional SQL, so concurrent approvals can never overfill it.
 */
export async function holdGroupPlaces(
  tx: EntityManager,
  visit: GroupVisit,
  slot: Slot,
  offering: Offering,
  now: Date,
): Promise<void> {
  if (slot.status === 'cancelled') throw new AppError(BookingErrors.SLOT_CANCELLED);
  if (slot.startsAt <= now) throw new AppError(BookingErrors.SLOT_PASSED);
  const party = partyOf(visit);
  /** The slot's group places left as they stand, in words, on the slot chosen. */
  const tooFew = (remaining: number) => [
    fieldProblem('slotId', GroupProblems.SLOT_TOO_SMALL, { remaining: Math.max(0, remaining), people: party }),
  ];
  if (party > slot.groupCapacity) throw new AppError(BookingErrors.NO_GROUP_QUOTA, tooFew(slot.groupCapacity));
  const visitDate = shanghaiToday(slot.startsAt);
  // One venue-day at a time, so two approvals cannot both take the day's last group.
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('group-day:' || $1 || ':' || $2, 0))`, [
    visit.resourceId,
    visitDate,
  ]);
  const [{ groups }]: { groups: number }[] = await tx.query(
    `SELECT count(*)::int AS groups FROM group_visits
      WHERE resource_id = $1 AND visit_date = $2 AND status = ANY($3) AND id <> $4`,
    [visit.resourceId, visitDate, GROUP_VISIT_HOLDING, visit.id],
  );
  if (groups >= offering.maxGroupsPerDay) {
    throw new AppError(BookingErrors.GROUP_DAY_FULL, { maxGroupsPerDay: offering.maxGroupsPerDay });
  }
  if (!(await takeSeats(tx, slot.id, party, 'group'))) {
    const [{ remaining }]: { remaining: number }[] = await tx.query(
      `SELECT group_capacity - group_booked AS remaining FROM slots WHERE id = $1`,
      [slot.id],
    );
    throw new AppError(BookingErrors.GROUP_QUOTA_FULL, tooFew(remaining));
  }
  visit.slotId = slot.id;
  visit.visitDate = visitDate;
}

export async function releaseGroupPlaces(tx: EntityManager, slotId: string, places: number): Promise<void> {
  await releaseSeats(tx, slotId, places, 'group');
}

/**
 * The approved visit's booking: the places it already holds, the teacher as its owner, one code for
 * the group, the leader's phone as its contact (texted only when `phoneVerified`).
 */
export async function createGroupBooking(
  tx: EntityManager,
  visit: GroupVisit,
  slot: Slot,
  phoneVerified: boolean,
): Promise<Booking> {
  const booking = await tx.save(
    tx.create(Booking, {
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
    }),
  );
  visit.bookingId = booking.id;
  return booking;
}
