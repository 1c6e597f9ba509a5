import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { SEAT_HOLDING } from '../bookings/booking.entity';

export interface CounterDrift {
  slotId: string;
  booked: number;
  /** Places the slot's bookings hold. */
  held: number;
}

/**
 * Compares every recent and future slot's counter with the places its bookings hold. It never
 * fixes a difference (that would hide the bug that made it): it reports it, and the job is marked
 * failed so monitoring sees it.
 */
@ScheduledJob({ name: 'booking.counter_check', everySeconds: 3_600 })
export class CounterCheckJob implements ScheduledJobHandler {
  private readonly logger = new Logger(CounterCheckJob.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(): Promise<void> {
    const drift = await this.drift();
    if (!drift.length) return;
    for (const slot of drift.slice(0, 50)) {
      this.logger.error(`Slot ${slot.slotId}: counter says ${slot.booked} booked, bookings hold ${slot.held}`);
    }
    throw new Error(`Booking counters drifted in ${drift.length} slots`);
  }

  async drift(): Promise<CounterDrift[]> {
    return this.dataSource.query(
      `SELECT s.id AS "slotId", s.booked, coalesce(h.held, 0)::int AS held
         FROM slots s
         LEFT JOIN (SELECT slot_id, sum(party_size) AS held FROM bookings
                     WHERE status = ANY($1) GROUP BY slot_id) h ON h.slot_id = s.id
        WHERE s.ends_at > now() - interval '7 days' AND s.booked <> coalesce(h.held, 0)
        ORDER BY s.starts_at`,
      [SEAT_HOLDING],
    );
  }
}
