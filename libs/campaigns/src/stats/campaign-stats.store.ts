import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { regionName } from '@kepu/core';
import { CampaignDistrictFigures } from './campaign-stats.views';

/** A campaign's figures, from the schedule's and booking's fact views. */
@Injectable()
export class CampaignStatsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The campaign's figures in each district with events in it, by district code. */
  byDistrict(campaignId: string): Promise<CampaignDistrictFigures[]> {
    return this.dataSource.query(
      `SELECT r.region_code AS code, ${regionName('r.region_code')} AS name, count(*)::int AS events, count(DISTINCT r.id)::int AS venues,
              sum(f.slots)::int AS slots, sum(f.places)::int AS places, sum(f.bookings)::int AS bookings,
              sum(f.people_booked)::int AS "peopleBooked", sum(f.checked_in)::int AS "visitorsCheckedIn"
         FROM campaign_events ce
         JOIN campaigns c ON c.id = ce.campaign_id
         JOIN offering_facts o ON o.id = ce.offering_id
         JOIN venue_facts r ON r.id = o.resource_id
         CROSS JOIN LATERAL (
           SELECT count(*) AS slots, coalesce(sum(s.capacity + s.group_capacity), 0) AS places,
                  coalesce(sum(b.bookings), 0) AS bookings, coalesce(sum(b.people), 0) AS people_booked,
                  coalesce(sum(b.checked_in), 0) AS checked_in
             FROM slot_facts s
             CROSS JOIN LATERAL (
               SELECT count(*) AS bookings, sum(k.party_size) AS people,
                      sum(k.checked_in_count) FILTER (WHERE k.status = 'checked_in') AS checked_in
                 FROM booking_facts k
                WHERE k.slot_id = s.id AND k.status IN ('confirmed', 'checked_in', 'no_show')
             ) b
            WHERE s.offering_id = o.id AND s.status = 'scheduled'
              AND (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN c.starts_on AND c.ends_on
         ) f
        WHERE ce.campaign_id = $1
        GROUP BY r.region_code
        ORDER BY r.region_code`,
      [campaignId],
    );
  }
}
