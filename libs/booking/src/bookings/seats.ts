import { EntityManager } from 'typeorm';
import { BookingKind } from './booking.entity';

/** Families take places from a slot's `capacity`, school groups from its separate group quota. */
const QUOTAS: Record<BookingKind, { counter: string; limit: string }> = {
  individual: { counter: 'booked', limit: 'capacity' },
  group: { counter: 'group_booked', limit: 'group_capacity' },
};

/**
 * A condition on the `slots` row: no family is waiting that the waitlist holds places for (one
 * larger than the slot's whole capacity has no claim). While one is, the free places are theirs,
 * not a newcomer's: a new booking joins the back of the queue instead (docs/booking-rules.md,
 * "Waitlist"). One probe of `bookings_slot_status_idx`.
 */
export const NOBODY_WAITING = `NOT EXISTS (SELECT 1 FROM bookings w
  WHERE w.slot_id = slots.id AND w.status = 'waitlisted' AND w.party_size <= slots.capacity)`;

/**
 * The slot counter, changed only by conditional SQL: the row lock the UPDATE takes serialises
 * concurrent bookings of one slot, and `booked + n <= capacity` is re-checked on the locked row,
 * so no interleaving can oversell (the table's CHECK is the last line of defence). A family's new
 * booking also finds nobody waiting ahead of it (NOBODY_WAITING).
 */
export async function takeSeats(
  tx: EntityManager,
  slotId: string,
  places: number,
  quota: BookingKind = 'individual',
): Promise<boolean> {
  const { counter, limit } = QUOTAS[quota];
  const queue = quota === 'individual' ? ` AND ${NOBODY_WAITING}` : '';
  const [, taken] = await tx.query(
    `UPDATE slots SET ${counter} = ${counter} + $2
      WHERE id = $1 AND status = 'scheduled' AND ${counter} + $2 <= ${limit}${queue}`,
    [slotId, places],
  );
  return taken === 1;
}

/** The places of a waitlisted party whose turn has come (Waitlist.promote, holding the slot's lock). */
export async function takePromotedSeats(tx: EntityManager, slotId: string, places: number): Promise<boolean> {
  const [, taken] = await tx.query(
    `UPDATE slots SET booked = booked + $2 WHERE id = $1 AND status = 'scheduled' AND booked + $2 <= capacity`,
    [slotId, places],
  );
  return taken === 1;
}

export async function releaseSeats(
  tx: EntityManager,
  slotId: string,
  places: number,
  quota: BookingKind = 'individual',
): Promise<void> {
  const { counter } = QUOTAS[quota];
  await tx.query(`UPDATE slots SET ${counter} = ${counter} - $2 WHERE id = $1`, [slotId, places]);
}

/** A booking that stops being active frees its visitors' ID numbers at once for the per-ID-per-day rule. */
export async function releaseIdNumbers(tx: EntityManager, bookingIds: string[]): Promise<void> {
  await tx.query(`UPDATE booking_visitors SET id_hash = NULL WHERE booking_id = ANY($1)`, [bookingIds]);
}
