import { EntityManager } from 'typeorm';
import { deskHoldSql } from './booking-window';

/** Families take places from a slot's `capacity`, school groups from its separate group quota. */
export type SlotQuota = 'individual' | 'group';

const QUOTAS: Record<SlotQuota, { counter: string; limit: string }> = {
  individual: { counter: 'booked', limit: 'capacity' },
  group: { counter: 'group_booked', limit: 'group_capacity' },
};

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
 * here, by conditional SQL in the caller's transaction. The row lock the UPDATE takes serialises
 * concurrent takes of one slot, and `booked + n <= capacity` is re-checked on the locked row, so no
 * interleaving can oversell (the table's CHECK is the last line of defence).
 */
export const SlotCapacity = {
  /** Takes `places` from the quota of a scheduled slot; false when they are not free. */
  async take(
    tx: EntityManager,
    slotId: string,
    places: number,
    quota: SlotQuota = 'individual',
    options: TakeOptions = {},
  ): Promise<boolean> {
    const { counter, limit } = QUOTAS[quota];
    const held = options.leaveDeskHold ? ` - ${deskHoldSql('slots', 'o', 'now()')}` : '';
    const also = options.onlyIf ? ` AND ${options.onlyIf('slots')}` : '';
    const [, taken] = await tx.query(
      `UPDATE slots SET ${counter} = ${counter} + $2 FROM offerings o
        WHERE slots.id = $1 AND o.id = slots.offering_id AND slots.status = 'scheduled'
          AND slots.${counter} + $2 <= slots.${limit}${held}${also}`,
      [slotId, places],
    );
    return taken === 1;
  },

  /**
   * Takes `places` from the families' quota of a slot the caller has already locked and counted
   * (a waitlisted party whose turn has come); false when they are not free after all.
   */
  async takeCounted(tx: EntityManager, slotId: string, places: number): Promise<boolean> {
    const [, taken] = await tx.query(
      `UPDATE slots SET booked = booked + $2 WHERE id = $1 AND status = 'scheduled' AND booked + $2 <= capacity`,
      [slotId, places],
    );
    return taken === 1;
  },

  /** Gives `places` back to the quota they were taken from. */
  async release(tx: EntityManager, slotId: string, places: number, quota: SlotQuota = 'individual'): Promise<void> {
    const { counter } = QUOTAS[quota];
    await tx.query(`UPDATE slots SET ${counter} = ${counter} - $2 WHERE id = $1`, [slotId, places]);
  },
};
