import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Notifier } from '@kepu/notify';
import { SlotCapacity } from '@kepu/schedule';
import { BookingMessages } from './booking-messages';
import { takePromotedSeats } from './seats';
import { WaitlistStore } from './waitlist.store';

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
  constructor(
    private readonly store: WaitlistStore,
    private readonly notifier: Notifier,
  ) {}

  /**
   * In the caller's transaction, after places were freed or added; returns the promoted booking
   * ids. Locks the slot, then its waitlisted bookings (the order a cancellation takes them in).
   */
  async promote(tx: EntityManager, slotId: string, now = new Date()): Promise<string[]> {
    return this.fill(tx, slotId, now, false);
  }

  /**
   * After a waitlisted party left the queue (cancelled by the family, the venue or a deleted
   * account): the places held for it go on down the line at once. Call it in that transaction,
   * after the booking is marked cancelled. It never waits for the slot's lock, because the caller
   * holds its own waitlisted row and a cancellation holding the slot may be waiting for that row:
   * if the slot is locked, its holder's promotion (or the sweep, within a minute) moves the queue.
   */
  async moveUp(tx: EntityManager, slotId: string, now = new Date()): Promise<string[]> {
    return this.fill(tx, slotId, now, true);
  }

  private async fill(tx: EntityManager, slotId: string, now: Date, skipLocked: boolean): Promise<string[]> {
    // Waitlisted parties booked online: the places held for the desk are not theirs.
    const slot = await SlotCapacity.lockFreePlaces(tx, slotId, now, skipLocked);
    if (!slot || slot.free <= 0) return [];
    const waiting = await this.store.lockQueue(tx, slotId);
    const promoted: string[] = [];
    for (const entry of whoGoes(waiting, slot.free, slot.capacity, slot.closed)) {
      // Cannot fail: the slot is locked and the rule counted its free places.
      if (!(await takePromotedSeats(tx, slotId, entry.partySize))) throw new Error(`Slot ${slotId} lost free places`);
      await this.store.markPromoted(tx, entry.id);
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
  due(now = new Date()): Promise<string[]> {
    return this.store.dueSlots(now);
  }

  /** Moves up the waitlists of those of the slots someone waits for, in id order (two batches lock slots in one order). */
  async promoteAll(tx: EntityManager, slotIds: string[]): Promise<void> {
    for (const slotId of await this.store.slotsWaitedFor(tx, slotIds)) await this.promote(tx, slotId);
  }
}
