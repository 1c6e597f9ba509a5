import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Notifier } from '@kepu/notify';
import { deskHoldSql } from '@kepu/schedule';
import { BookingMessages, FACT_COLUMNS, FACT_JOINS, MessageFacts } from './booking-messages';
import { takePromotedSeats } from './seats';

/**
 * SQL, on `slots s` joined to `offerings o`: when the hold lapses, the moment booking closes
 * (the offering's cutoff before the start).
 */
export const HOLD_LAPSES_AT = `(s.starts_at - make_interval(mins => o.cutoff_minutes))`;

/** Places the desk holds at `$1` (waitlisted parties booked online, so they leave them). */
const FREE_HELD = deskHoldSql('s', 'o', '$1::timestamptz');

export interface QueuedParty {
  id: string;
  partySize: number;
}

/**
 * The waitlist rule (docs/booking-rules.md, "Waitlist"), on a queue in the order people joined:
 * a party is promoted whole or not at all. Until booking closes, strictly in turn: the first party
 * that does not fit the free places stops the queue and they are held for it, so nobody behind it
 * goes first (a party larger than the slot's whole capacity has no claim and is passed over).
 * From the moment booking closes the hold lapses, so no place is left empty: every party that fits
 * goes, in order.
 */
export function whoGoes<T extends QueuedParty>(queue: T[], free: number, capacity: number, lapsed: boolean): T[] {
  const going: T[] = [];
  let left = free;
  for (const party of queue) {
    if (left <= 0) break;
    if (party.partySize <= left) {
      going.push(party);
      left -= party.partySize;
    } else if (!lapsed && party.partySize <= capacity) {
      break;
    }
  }
  return going;
}

/**
 * Fills free places from the waitlist by that rule, and tells those promoted. Nobody is promoted
 * once the slot has started (their entries expire then).
 */
@Injectable()
export class Waitlist {
  constructor(private readonly notifier: Notifier) {}

  /**
   * In the caller's transaction, after places were freed or added; returns the promoted booking
   * ids. Locks the slot, then its waitlisted bookings (the order a cancellation takes them in).
   */
  async promote(tx: EntityManager, slotId: string, now = new Date()): Promise<string[]> {
    return this.fill(tx, slotId, now, '');
  }

  /**
   * After a waitlisted party left the queue (cancelled by the family, the venue or a deleted
   * account): the places held for it go on down the line at once. Call it in that transaction,
   * after the booking is marked cancelled. It never waits for the slot's lock, because the caller
   * holds its own waitlisted row and a cancellation holding the slot may be waiting for that row:
   * if the slot is locked, its holder's promotion (or the sweep, within a minute) moves the queue.
   */
  async moveUp(tx: EntityManager, slotId: string, now = new Date()): Promise<string[]> {
    return this.fill(tx, slotId, now, ' SKIP LOCKED');
  }

  private async fill(tx: EntityManager, slotId: string, now: Date, wait: '' | ' SKIP LOCKED'): Promise<string[]> {
    const [slot]: { free: number; capacity: number; lapsed: boolean }[] = await tx.query(
      `SELECT s.capacity - s.booked - ${deskHoldSql('s', 'o', '$2::timestamptz')} AS free, s.capacity,
              $2::timestamptz >= ${HOLD_LAPSES_AT} AS lapsed
         FROM slots s JOIN offerings o ON o.id = s.offering_id
        WHERE s.id = $1 AND s.status = 'scheduled' AND s.starts_at > $2
        FOR NO KEY UPDATE OF s${wait}`,
      [slotId, now],
    );
    if (!slot || slot.free <= 0) return [];
    const waiting: (MessageFacts & { id: string })[] = await tx.query(
      `SELECT b.id, ${FACT_COLUMNS} FROM bookings b ${FACT_JOINS}
        WHERE b.slot_id = $1 AND b.status = 'waitlisted'
        ORDER BY b.created_at, b.id
        FOR UPDATE OF b`,
      [slotId],
    );
    const promoted: string[] = [];
    for (const entry of whoGoes(waiting, slot.free, slot.capacity, slot.lapsed)) {
      // Cannot fail: the slot is locked and the rule counted its free places.
      if (!(await takePromotedSeats(tx, slotId, entry.partySize))) throw new Error(`Slot ${slotId} lost free places`);
      await tx.query(`UPDATE bookings SET status = 'confirmed', promoted_at = now() WHERE id = $1`, [entry.id]);
      await this.notifier.send(BookingMessages.promoted(entry), tx);
      promoted.push(entry.id);
    }
    return promoted;
  }

  /**
   * Slots where the rule promotes somebody now: the first party in line fits, or, once the hold
   * has lapsed, any party fits. Normally none (every release promotes at once); the sweep finds
   * those whose hold has just lapsed, and any a race left behind.
   */
  async due(manager: EntityManager, now = new Date()): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT s.id FROM slots s JOIN offerings o ON o.id = s.offering_id
        WHERE s.status = 'scheduled' AND s.starts_at > $1 AND s.booked < s.capacity - ${FREE_HELD}
          AND EXISTS (
            SELECT 1 FROM bookings w
             WHERE w.slot_id = s.id AND w.status = 'waitlisted' AND w.party_size <= s.capacity - s.booked - ${FREE_HELD}
               AND ($1 >= ${HOLD_LAPSES_AT}
                    OR NOT EXISTS (SELECT 1 FROM bookings h
                                    WHERE h.slot_id = s.id AND h.status = 'waitlisted' AND h.party_size <= s.capacity
                                      AND (h.created_at, h.id) < (w.created_at, w.id))))
        ORDER BY s.id`,
      [now],
    );
    return rows.map((r) => r.id);
  }
}
