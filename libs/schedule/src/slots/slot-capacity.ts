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

/** A slot's families' places as its lock finds them. */
export interface FreePlaces {
  /** Places neither taken nor held for the desk. */
  free: number;
  capacity: number;
  /** Whether booking has closed (the offering's cutoff before the start has passed). */
  closed: boolean;
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

  /**
   * Locks a scheduled slot not yet started at `at` and reads its free places (the desk's hold left
   * untaken, as online bookings must), for a caller that hands them out itself (booking's
   * waitlist). With `skipLocked` it never waits: a slot locked elsewhere is undefined, as one not found.
   */
  lockFreePlaces(tx: EntityManager, slotId: string, at: Date, skipLocked = false): Promise<FreePlaces | undefined> {
    return SlotsStore.lockFreePlaces(tx, slotId, at, skipLocked);
  },

  /**
   * SQL for another lib's read, a derived table to join its rows to in one query: each slot's
   * `id`, `status`, `starts_at`, `capacity`, `booked`, the places held for the desk at `at`
   * (`desk_hold`), whether booking has `closed` by then, and its offering's status
   * (`offering_status`) and booking window (`booking_opens_days_ahead`, `booking_opens_at`,
   * `cutoff_minutes`). `at` is SQL: a parameter (`$2::timestamptz`) or `now()`.
   */
  placesSql(at: string): string {
    return SlotsStore.placesSql(at);
  },
};
