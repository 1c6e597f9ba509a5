import { EntityManager } from 'typeorm';
import { BookingKind } from './booking.entity';

/** Families take places from a slot's `capacity`, school groups from its separate group quota. */
const QUOTAS: Record<BookingKind, { counter: string; limit: string }> = {
  individual: { counter: 'booked', limit: 'capacity' },
  group: { counter: 'group_booked', limit: 'group_capacity' },
};

/**
 * The slot counter, changed only by conditional SQL: the row lock the UPDATE takes serialises
 * concurrent bookings of one slot, and `booked + n <= capacity` is re-checked on the locked row,
 * so no interleaving can oversell (the table's CHECK is the last line of defence).
 */
export async function takeSeats(
  tx: EntityManager,
  slotId: string,
  places: number,
  quota: BookingKind = 'individual',
): Promise<boolean> {
  const { counter, limit } = QUOTAS[quota];
  const [, taken] = await tx.query(
    `UPDATE slots SET ${counter} = ${counter} + $2 WHERE id = $1 AND status = 'scheduled' AND ${counter} + $2 <= ${limit}`,
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
