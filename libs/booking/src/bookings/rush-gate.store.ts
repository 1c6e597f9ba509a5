import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IdempotencyService } from '@kepu/core';
import { SlotCapacity } from '@kepu/schedule';

/** What the rush gate reads of a bookable slot, and whether the request's key was used before. */
export interface GateFacts {
  free: number;
  startsAt: Date;
  bookingOpensDaysAhead: number;
  bookingOpensAt: string;
  cutoffMinutes: number;
  seen: boolean;
}

/**
 * The rush gate's one read, outside any transaction: schedule's slot and booking terms
 * (SlotCapacity.placesSql) and core's idempotency key (IdempotencyService.usedKeySql), joined in
 * one query, as a rush leaves no room for a second round trip.
 */
@Injectable()
export class RushGateStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A scheduled slot of an active offering: its free places (less the desk's hold for a booking
   * `online`) and booking window; undefined for any other. `seen` says the key has an answer.
   */
  async gateFacts(
    slotId: string,
    request: { accountId: string; scope: string; key: string },
    online: boolean,
  ): Promise<GateFacts | undefined> {
    const [slot]: GateFacts[] = await this.dataSource.query(
      `SELECT s.capacity - s.booked - CASE WHEN $5 THEN s.desk_hold ELSE 0 END AS free,
              s.starts_at AS "startsAt",
              s.booking_opens_days_ahead AS "bookingOpensDaysAhead", s.booking_opens_at AS "bookingOpensAt",
              s.cutoff_minutes AS "cutoffMinutes",
              ${IdempotencyService.usedKeySql('$2', '$3', '$4')} AS seen
         FROM ${SlotCapacity.placesSql('now()')} s
        WHERE s.id = $1 AND s.status = 'scheduled' AND s.offering_status = 'active'`,
      [slotId, request.accountId, request.scope, request.key, online],
    );
    return slot;
  }
}
