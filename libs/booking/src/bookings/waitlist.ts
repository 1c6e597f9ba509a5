import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Notifier } from '@kepu/notify';
import { BookingMessages, FACT_COLUMNS, FACT_JOINS, MessageFacts } from './booking-messages';
import { takeSeats } from './seats';

/**
 * Fills freed places from the waitlist, first come first served: in the order people joined, each
 * party that fits the places left is confirmed and told; a party too large keeps its turn for the
 * next release. Nobody is promoted once the slot has started (their entries expire then).
 */
@Injectable()
export class Waitlist {
  constructor(private readonly notifier: Notifier) {}

  /** In the caller's transaction, after it released places; returns the promoted booking ids. */
  async promote(tx: EntityManager, slotId: string): Promise<string[]> {
    const waiting: (MessageFacts & { id: string })[] = await tx.query(
      `SELECT b.id, ${FACT_COLUMNS} FROM bookings b ${FACT_JOINS}
        WHERE b.slot_id = $1 AND b.status = 'waitlisted' AND s.starts_at > now() AND s.status = 'scheduled'
        ORDER BY b.created_at, b.id
        FOR UPDATE OF b`,
      [slotId],
    );
    if (!waiting.length) return [];
    const [{ free }] = await tx.query(`SELECT capacity - booked AS free FROM slots WHERE id = $1 FOR UPDATE`, [slotId]);
    let left: number = free;
    const promoted: string[] = [];
    for (const entry of waiting) {
      if (left <= 0) break;
      if (entry.partySize > left || !(await takeSeats(tx, slotId, entry.partySize))) continue;
      left -= entry.partySize;
      await tx.query(`UPDATE bookings SET status = 'confirmed', promoted_at = now() WHERE id = $1`, [entry.id]);
      await this.notifier.send(BookingMessages.promoted(entry), tx);
      promoted.push(entry.id);
    }
    return promoted;
  }
}
