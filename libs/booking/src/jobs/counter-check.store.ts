import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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
 * Booking's side of the slots' place counters: the places its bookings, groups' proposals and
 * walk-ins hold, beside the counters schedule publishes (`slot_facts`), in one statement so both
 * are read at one moment.
 */
@Injectable()
export class CounterCheckStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every recent and future slot whose counter differs from the places held. */
  drift(): Promise<CounterDrift[]> {
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
           FROM slot_facts s LEFT JOIN held h ON h.slot_id = s.id LEFT JOIN proposed p ON p.slot_id = s.id
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
