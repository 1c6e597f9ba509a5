import type { Offering, Slot } from '@kepu/schedule';
import type { Booking } from './booking.entity';

/**
 * How often one booking may change its time (改期, docs/booking-rules.md, "Changing the time"):
 * enough for a family whose plans moved, too few to hold a place while shopping for times.
 */
export const MAX_RESCHEDULES = 2;

/** The last moment a booking may change its time: when booking its slot closes, as for cancelling it. */
export const rescheduleDeadline = (slot: Pick<Slot, 'startsAt'>, offering: Pick<Offering, 'cutoffMinutes'>): Date =>
  new Date(slot.startsAt.getTime() - offering.cutoffMinutes * 60_000);

export type RescheduleBlock = 'group' | 'not_confirmed' | 'limit' | 'closed';

/**
 * Why a booking cannot change its time at `now`, or null when it can: only a family's confirmed
 * booking, not yet moved MAX_RESCHEDULES times, before its deadline. A waitlisted party has no
 * place to keep; one checked in, cancelled or missed is over.
 */
export function rescheduleBlock(
  booking: Pick<Booking, 'kind' | 'status'>,
  reschedules: number,
  deadline: Date,
  now: Date,
): RescheduleBlock | null {
  if (booking.kind === 'group') return 'group';
  if (booking.status !== 'confirmed') return 'not_confirmed';
  if (reschedules >= MAX_RESCHEDULES) return 'limit';
  return now >= deadline ? 'closed' : null;
}
