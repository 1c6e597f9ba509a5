import { Injectable } from '@nestjs/common';
import { AppError } from '@kepu/core';
import { bookingWindow, shanghaiIso } from '@kepu/schedule';
import { BookingErrors } from '../booking-errors';
import { RushGateStore } from './rush-gate.store';

export const BOOKING_SCOPE = 'POST /bookings';

/**
 * Bookings of one slot this process lets run at once. The slot's row lock lets only one commit
 * its places at a time anyway; more in flight would only hold pool connections while they wait for
 * it, and starve the cheap reads that refuse everyone else once the slot is full.
 */
export const BOOKINGS_IN_FLIGHT_PER_SLOT = 4;

/** A per-slot queue in memory: waiting here costs no database connection. */
class SlotQueue {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  get idle(): boolean {
    return this.active === 0 && this.waiting.length === 0;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= BOOKINGS_IN_FLIGHT_PER_SLOT) await new Promise<void>((go) => this.waiting.push(go));
    else this.active++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/**
 * What a rush mostly asks is answered from one read, without a write transaction: a request before
 * the release hour is "not open yet", and one for a slot with fewer places left than its party
 * (and no wish to wait) is "full". A key already used, a waitlist request or anything else goes
 * the whole way, where the locked counter has the final word; so a place freed a moment ago is
 * never refused here for long, and nothing is ever confirmed here.
 */
@Injectable()
export class RushGate {
  private readonly queues = new Map<string, SlotQueue>();

  constructor(private readonly store: RushGateStore) {}

  /**
   * Runs a booking of the slot once fewer than BOOKINGS_IN_FLIGHT_PER_SLOT others of it are in
   * flight here. A request that waited asks the gate afresh, so once the slot is full the queue
   * drains with reads alone.
   */
  async throughSlot<T>(slotId: string, work: () => Promise<T>): Promise<T> {
    const queue = this.queues.get(slotId) ?? new SlotQueue();
    this.queues.set(slotId, queue);
    try {
      return await queue.run(work);
    } finally {
      if (queue.idle) this.queues.delete(slotId);
    }
  }

  async refuseEarly(
    accountId: string,
    key: string,
    request: { slotId: string; partySize: number; waitlist?: boolean; online: boolean },
    now: Date,
  ): Promise<void> {
    const slot = await this.store.gateFacts(request.slotId, { accountId, scope: BOOKING_SCOPE, key }, request.online);
    // Unknown, cancelled or inactive, or a key with an answer to replay: the whole way decides.
    if (!slot || slot.seen) return;
    const window = bookingWindow(slot, slot.startsAt);
    if (now < window.opensAt) {
      throw new AppError(BookingErrors.BOOKING_NOT_OPEN, { opensAt: shanghaiIso(window.opensAt) });
    }
    if (slot.free < request.partySize && !request.waitlist && now < window.closesAt) {
      throw new AppError(BookingErrors.SLOT_FULL);
    }
  }
}
