import { EntityManager } from 'typeorm';
import { deskHoldSql } from '@kepu/schedule';
import { BookingChannel, BookingKind } from './booking.entity';

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
 * so no interleaving can oversell (the table's CHECK is the last line of defence). A family's
 * booking online also finds nobody waiting ahead of it (NOBODY_WAITING) and leaves the places held
 * for the desk (deskHoldSql); the desk books whoever is at the counter or on the line.
 */
export async function takeSeats(
  tx: EntityManager,
  slotId: string,
  places: number,
  quota: BookingKind = 'individual',
  channel: BookingChannel = 'online',
): Promise<boolean> {
  const { counter, limit } = QUOTAS[quota];
  // The waitlist is online booking's queue; the desk books the person in front of it.
  const online = quota === 'individual' && channel === 'online';
  const queue = online ? ` AND ${NOBODY_WAITING}` : '';
  const held = online ? ` - ${deskHoldSql('slots', 'o', 'now()')}` : '';
  const [, taken] = await tx.query(
    `UPDATE slots SET ${counter} = ${counter} + $2 FROM offerings o
      WHERE slots.id = $1 AND o.id = slots.offering_id AND slots.status = 'scheduled'
        AND slots.${counter} + $2 <= slots.${limit}${held}${queue}`,
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
