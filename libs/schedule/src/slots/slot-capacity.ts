import { EntityManager } from 'typeorm';
import { SlotsStore } from './slots.store';

/** Families take places from a slot's `capacity`, school groups from its separate group quota. */
export type SlotQuota = 'individual' | 'group';

export interface TakeOptions {
  /** Leave the places held for the desk (deskHoldSql) untaken, as online booking must. */
  leaveDeskHold?: boolean;
  /**
   * A further condition the locked slot row must meet, as SQL on the row under the alias given:
   * booking's "nobody is waiting ahead" without schedule knowing bookings.
   */
  onlyIf?: (slot: string) => string;
}

/**
 * The port through which other libs take and release places on a slot: its counters change only
 * here, by conditional SQL in the caller's transaction (the SQL is SlotsStore's). The row lock the
 * UPDATE takes serialises concurrent takes of one slot, and `booked + n <= capacity` is re-checked
 * on the locked row, so no interleaving can oversell (the table's CHECK is the last line of defence).
 */
export const SlotCapacity = {
  /** Takes `places` from the quota of a scheduled slot; false when they are not free. */
  take(
    tx: EntityManager,
    slotId: string,
    places: number,
    quota: SlotQuota = 'individual',
    options: TakeOptions = {},
  ): Promise<boolean> {
    return SlotsStore.take(tx, slotId, places, quota, options);
  },

  /**
   * Takes `places` from the families' quota of a slot the caller has already locked and counted
   * (a waitlisted party whose turn has come); false when they are not free after all.
   */
  takeCounted(tx: EntityManager, slotId: string, places: number): Promise<boolean> {
    return SlotsStore.takeCounted(tx, slotId, places);
  },

  /** Gives `places` back to the quota they were taken from. */
  release(tx: EntityManager, slotId: string, places: number, quota: SlotQuota = 'individual'): Promise<void> {
    return SlotsStore.release(tx, slotId, places, quota);
  },

  /** The places left in a slot's quota (after a refused take, what the slot still has). */
  remaining(tx: EntityManager, slotId: string, quota: SlotQuota = 'individual'): Promise<number> {
    return SlotsStore.remaining(tx, slotId, quota);
  },

  /** Locks the slots, in id order, for a change that takes from one and gives back to another (a change of time). */
  lockInOrder(tx: EntityManager, slotIds: string[]): Promise<void> {
    return SlotsStore.lockInOrder(tx, slotIds);
  },

  /**
   * Counts people who came without booking (walk-ins) into the families' places, or takes a
   * correction back out (negative); the caller has checked that the places are there.
   */
  countWalkIns(tx: EntityManager, slotId: string, people: number): Promise<void> {
    return SlotsStore.count(tx, slotId, people);
  },

  /** A slot's families' places and how many are taken, as the caller's transaction sees them. */
  counters(tx: EntityManager, slotId: string): Promise<{ capacity: number; booked: number }> {
    return SlotsStore.counters(tx, slotId);
  },
};
