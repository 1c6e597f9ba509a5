import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SlotCapacity } from '@kepu/schedule';
import { FACT_COLUMNS, FACT_JOINS, MessageFacts } from './booking-messages';

/** A waitlisted party, with what its promotion's message says. */
export type QueuedBooking = MessageFacts & { id: string };

/** The waitlist: a slot's `bookings` with status `waitlisted`, in the order they joined. */
@Injectable()
export class WaitlistStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A slot's queue, locked (after the slot, the order a cancellation takes them in). */
  lockQueue(tx: EntityManager, slotId: string): Promise<QueuedBooking[]> {
    return tx.query(
      `SELECT b.id, ${FACT_COLUMNS} FROM bookings b ${FACT_JOINS}
        WHERE b.slot_id = $1 AND b.status = 'waitlisted'
        ORDER BY b.created_at, b.id
        FOR UPDATE OF b`,
      [slotId],
    );
  }

  async markPromoted(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`UPDATE bookings SET status = 'confirmed', promoted_at = now() WHERE id = $1`, [id]);
  }

  /**
   * Slots not yet started at `now` where the waitlist rule promotes somebody: the first party in
   * line (one larger than the whole capacity has no claim) fits the free places the desk's hold
   * leaves, or, once booking has closed, any party fits. In id order.
   */
  async dueSlots(now: Date, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT s.id FROM ${SlotCapacity.placesSql('$1::timestamptz')} s
        WHERE s.status = 'scheduled' AND s.starts_at > $1 AND s.booked < s.capacity - s.desk_hold
          AND EXISTS (
            SELECT 1 FROM bookings w
             WHERE w.slot_id = s.id AND w.status = 'waitlisted' AND w.party_size <= s.capacity - s.booked - s.desk_hold
               AND (s.closed
                    OR NOT EXISTS (SELECT 1 FROM bookings h
                                    WHERE h.slot_id = s.id AND h.status = 'waitlisted' AND h.party_size <= s.capacity
                                      AND (h.created_at, h.id) < (w.created_at, w.id))))
        ORDER BY s.id`,
      [now],
    );
    return rows.map((r) => r.id);
  }

  /** Those of the slots someone waits for, in id order. */
  async slotsWaitedFor(tx: EntityManager, slotIds: string[]): Promise<string[]> {
    const waiting: { slotId: string }[] = await tx.query(
      `SELECT DISTINCT slot_id AS "slotId" FROM bookings WHERE slot_id = ANY($1::uuid[]) AND status = 'waitlisted'
        ORDER BY 1`,
      [slotIds],
    );
    return waiting.map((w) => w.slotId);
  }
}
