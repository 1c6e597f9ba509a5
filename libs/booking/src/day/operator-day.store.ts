import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A slot of the day with its bookings and walk-ins added up, as one query gives them. */
export interface SlotRow {
  id: string;
  resourceId: string;
  offeringTitle: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  booked: number;
  groupCapacity: number;
  groupBooked: number;
  expected: number;
  arrived: number;
  waiting: number;
  noShow: number;
  walkIns: number;
}

/** What an operator's day reads of booking's tables: the day's slots in people, the group requests to answer. */
@Injectable()
export class OperatorDayStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The venues' slots on this Shanghai day (schedule's `slot_facts`), each with its bookings (in people) and walk-ins. */
  slotsOn(resourceIds: string[], date: string): Promise<SlotRow[]> {
    return this.dataSource.query(
      `SELECT s.id, s.resource_id AS "resourceId", s.title AS "offeringTitle", s.starts_at AS "startsAt",
              s.ends_at AS "endsAt", s.capacity, s.booked, s.group_capacity AS "groupCapacity",
              s.group_booked AS "groupBooked", b.expected, b.arrived, b.waiting, b.no_show AS "noShow",
              w.walk_ins AS "walkIns"
         FROM slot_facts s
         CROSS JOIN LATERAL (
           SELECT coalesce(sum(party_size) FILTER (WHERE status IN ('confirmed', 'checked_in', 'no_show')), 0)::int AS expected,
                  coalesce(sum(checked_in_count) FILTER (WHERE status = 'checked_in'), 0)::int AS arrived,
                  coalesce(sum(party_size) FILTER (WHERE status = 'confirmed'), 0)::int AS waiting,
                  coalesce(sum(party_size) FILTER (WHERE status = 'no_show'), 0)::int AS no_show
             FROM bookings WHERE slot_id = s.id) b
         CROSS JOIN LATERAL (SELECT coalesce(sum(count), 0)::int AS walk_ins FROM slot_walk_ins WHERE slot_id = s.id) w
        WHERE s.resource_id = ANY($1::uuid[]) AND s.status <> 'cancelled'
          AND s.starts_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Shanghai')
          AND s.starts_at < (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
        ORDER BY s.starts_at, s.title, s.id`,
      [resourceIds, date],
    );
  }

  /** Requests from schools still waiting for each venue's answer at `now`, by venue. */
  groupRequests(resourceIds: string[], now: Date): Promise<{ resourceId: string; n: number }[]> {
    return this.dataSource.query(
      `SELECT resource_id AS "resourceId", count(*)::int AS n FROM group_visits
        WHERE resource_id = ANY($1::uuid[]) AND status = 'requested' AND (expires_at IS NULL OR expires_at > $2)
        GROUP BY resource_id`,
      [resourceIds, now],
    );
  }
}
