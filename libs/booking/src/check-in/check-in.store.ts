import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { queriesOn } from '@kepu/core';
import { OfferingsStore } from '@kepu/schedule';
import { Booking, BookingVisitor, SEAT_HOLDING } from '../bookings/booking.entity';

/** A slot of a venue's day, as a day pack lists it. */
export interface PackSlot {
  id: string;
  offeringId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  booked: number;
}

/** The check-in columns of `bookings` (who came, when, on which device, and clashes between devices), and what the gate reads. */
@Injectable()
export class CheckInStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offerings: OfferingsStore,
  ) {}

  /** The booking with this (normalised) code, locked: a double scan at two gates is one check-in. */
  lockByCode(tx: EntityManager, code: string): Promise<Booking | null> {
    return tx.findOne(Booking, { where: { code }, lock: { mode: 'pessimistic_write' } });
  }

  async markCheckedIn(
    tx: EntityManager,
    bookingId: string,
    checkIn: { at: Date; by: string; headcount: number; deviceId: string | null },
  ): Promise<void> {
    await tx.query(
      `UPDATE bookings SET status = 'checked_in', checked_in_at = $2, checked_in_by = $3, checked_in_count = $4,
              checked_in_device = $5, no_show_at = NULL
        WHERE id = $1`,
      [bookingId, checkIn.at, checkIn.by, checkIn.headcount, checkIn.deviceId],
    );
  }

  /**
   * Keeps a clash on the booking, once per device and moment and at most `max` of them; whether
   * it was kept.
   */
  async addClash(
    tx: EntityManager,
    bookingId: string,
    clash: { deviceId: string | null; checkedInAt: string; reportedAt: string },
    max: number,
  ): Promise<boolean> {
    const [, changed]: [unknown, number] = await tx.query(
      `UPDATE bookings SET check_in_clashes = coalesce(check_in_clashes, '[]'::jsonb) || jsonb_build_array($2::jsonb)
        WHERE id = $1 AND jsonb_array_length(coalesce(check_in_clashes, '[]'::jsonb)) < $3
          AND NOT coalesce(check_in_clashes, '[]'::jsonb) @> jsonb_build_array(jsonb_build_object('deviceId', $4::text, 'checkedInAt', $5::text))`,
      [bookingId, JSON.stringify(clash), max, clash.deviceId, clash.checkedInAt],
    );
    return changed > 0;
  }

  /** Everyone holding a place in a slot, and the waitlist, in the order they booked. */
  arrivalsOf(slotId: string): Promise<Booking[]> {
    return this.dataSource.manager.find(Booking, {
      where: { slotId, status: In([...SEAT_HOLDING, 'waitlisted']) },
      order: { createdAt: 'ASC' },
    });
  }

  /**
   * A venue's day for a day pack: its slots not cancelled (from schedule's `slot_facts`), its
   * offerings, and the bookings holding places that day (at most `maxBookings`, in the order made).
   */
  async day(resourceId: string, day: string, maxBookings: number) {
    const manager = this.dataSource.manager;
    const [slots, offerings, bookings] = await queriesOn(manager, [
      () =>
        manager.query(
          `SELECT id, offering_id AS "offeringId", starts_at AS "startsAt", ends_at AS "endsAt", capacity, booked
             FROM slot_facts
            WHERE resource_id = $1 AND status <> 'cancelled'
              AND starts_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Shanghai')
              AND starts_at < (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
            ORDER BY starts_at, id`,
          [resourceId, day],
        ) as Promise<PackSlot[]>,
      () => this.offerings.allOf(resourceId, manager),
      () =>
        manager.find(Booking, {
          where: { resourceId, visitDate: day, status: In(SEAT_HOLDING) },
          order: { createdAt: 'ASC', id: 'ASC' },
          take: maxBookings,
        }),
    ]);
    return { slots, offerings, bookings };
  }

  /** The visitors of the bookings, in their order on each. */
  visitorsOf(bookingIds: string[]): Promise<BookingVisitor[]> {
    return this.dataSource.manager.find(BookingVisitor, {
      where: { bookingId: In(bookingIds) },
      order: { position: 'ASC' },
    });
  }
}
