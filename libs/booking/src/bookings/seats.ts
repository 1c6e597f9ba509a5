import { EntityManager } from 'typeorm';
import { SlotCapacity } from '@kepu/schedule';
import { BookingChannel, BookingKind } from './booking.entity';

/**
 * A condition on the slot's row (`slot`, the alias SlotCapacity gives it): no family is waiting
 * that the waitlist holds places for (one larger than the slot's whole capacity has no claim).
 * While one is, the free places are theirs, not a newcomer's: a new booking joins the back of the
 * queue instead (docs/booking-rules.md, "Waitlist"). One probe of `bookings_slot_status_idx`.
 */
const nobodyWaiting = (slot: string) => `NOT EXISTS (SELECT 1 FROM bookings w
  WHERE w.slot_id = ${slot}.id AND w.status = 'waitlisted' AND w.party_size <= ${slot}.capacity)`;

/**
 * Places on a slot, through schedule's SlotCapacity: families take from its `capacity`, school
 * groups from its group quota, in the caller's transaction. A family's booking online also finds
 * nobody waiting ahead of it (nobodyWaiting) and leaves the places held for the desk; the desk
 * books whoever is at the counter or on the line.
 */
export async function takeSeats(
  tx: EntityManager,
  slotId: string,
  places: number,
  quota: BookingKind = 'individual',
  channel: BookingChannel = 'online',
): Promise<boolean> {
  // The waitlist is online booking's queue; the desk books the person in front of it.
  const online = quota === 'individual' && channel === 'online';
  return SlotCapacity.take(tx, slotId, places, quota, online ? { leaveDeskHold: true, onlyIf: nobodyWaiting } : {});
}

/** The places of a waitlisted party whose turn has come (Waitlist.promote, holding the slot's lock). */
export function takePromotedSeats(tx: EntityManager, slotId: string, places: number): Promise<boolean> {
  return SlotCapacity.takeCounted(tx, slotId, places);
}

export function releaseSeats(
  tx: EntityManager,
  slotId: string,
  places: number,
  quota: BookingKind = 'individual',
): Promise<void> {
  return SlotCapacity.release(tx, slotId, places, quota);
}
