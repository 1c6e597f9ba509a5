import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { SEAT_HOLDING } from '../bookings/booking.entity';

export interface CounterDrift {
  slotId: string;
  /** `booked` for families, `group_booked` for school groups. */
  counter: 'booked' | 'group_booked';
  value: number;
  /** Places the slot's bookings (and groups' held proposals, and walk-ins) hold. */
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
      this.logger.error(`Slot ${slot.slotId}: ${slot.counter} says ${slot.value}, bookings hold ${slot.held}`);
    }
    throw new Error(`Booking counters drifted in ${drift.length} slots`);
  }

  async drift(): Promise<CounterDrift[]> {
    // A school group holds group places once approved (its booking), or while proposed to it;
    // walk-ins hold families' places.
    return this.dataSource.query(
      `WITH held AS (
         SELECT slot_id, sum(party_size) FILTER (WHERE kind = 'individual') AS individual,
                sum(party_size) FILTER (WHERE kind = 'group') AS grouped
           FROM bookings WHERE status = ANY($1) GROUP BY slot_id
       ), walk_ins AS (
         SELECT slot_id, sum(count) AS people FROM slot_walk_ins GROUP BY slot_id
       ), proposed AS (
         SELECT slot_id, sum(students + teachers) AS places FROM group_visits WHERE status = 'proposed' GROUP BY slot_id
       ), counted AS (
         SELECT s.id, s.starts_at, s.booked, s.group_booked,
                (coalesce(h.individual, 0) + coalesce(w.people, 0))::int AS individual,
                (coalesce(h.grouped, 0) + coalesce(p.places, 0))::int AS grouped
           FROM slots s LEFT JOIN held h ON h.slot_id = s.id LEFT JOIN proposed p ON p.slot_id = s.id
           LEFT JOIN walk_ins w ON w.slot_id = s.id
          WHERE s.ends_at > now() - interval '7 days'
       )
       SELECT id AS "slotId", 'booked' AS counter, booked AS value, individual AS held FROM counted WHERE booked <> individual
       UNION ALL
       SELECT id, 'group_booked', group_booked, grouped FROM counted WHERE group_booked <> grouped
       ORDER BY 1`,
      [SEAT_HOLDING],
    );
  }
}
