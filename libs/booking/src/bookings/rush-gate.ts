import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '@kepu/core';
import { bookingWindow, shanghaiIso } from '@kepu/schedule';
import { BookingErrors } from '../booking-errors';

export const BOOKING_SCOPE = 'POST /bookings';

/**
 * What a rush mostly asks is answered from one read, without a write transaction: a request before
 * the release hour is "not open yet", and one for a slot with fewer places left than its party
 * (and no wish to wait) is "full". A key already used, a waitlist request or anything else goes
 * the whole way, where the locked counter has the final word; so a place freed a moment ago is
 * never refused here for long, and nothing is ever confirmed here.
 */
@Injectable()
export class RushGate {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async refuseEarly(
    accountId: string,
    key: string,
    request: { slotId: string; partySize: number; waitlist?: boolean },
    now: Date,
  ): Promise<void> {
    const [slot]: {
      free: number;
      startsAt: Date;
      bookingOpensDaysAhead: number;
      bookingOpensAt: string;
      cutoffMinutes: number;
      seen: boolean;
    }[] = await this.dataSource.query(
      `SELECT s.capacity - s.booked AS free, s.starts_at AS "startsAt",
              o.booking_opens_days_ahead AS "bookingOpensDaysAhead", o.booking_opens_at AS "bookingOpensAt",
              o.cutoff_minutes AS "cutoffMinutes",
              EXISTS (SELECT 1 FROM idempotency_keys k
                       WHERE k.account_id = $2 AND k.scope = $3 AND k.key = $4) AS seen
         FROM slots s JOIN offerings o ON o.id = s.offering_id
        WHERE s.id = $1 AND s.status = 'scheduled' AND o.status = 'active'`,
      [request.slotId, accountId, BOOKING_SCOPE, key],
    );
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
