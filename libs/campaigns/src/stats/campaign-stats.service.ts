import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { regionName } from '@kepu/core';
import { Actor, PolicyService } from '@kepu/identity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { CampaignDistrictFigures, CampaignFigures, CampaignStats } from './campaign-stats.views';

const FIGURES: (keyof CampaignFigures)[] = [
  'events',
  'venues',
  'slots',
  'places',
  'bookings',
  'peopleBooked',
  'visitorsCheckedIn',
];

/**
 * A campaign's figures for its administrators (docs/campaigns.md, "Figures"), from the schedule's
 * slots and the bookings on them, counted as the statistics pages count them: held bookings are
 * confirmed, checked in or missed; visitors are those checked in.
 */
@Injectable()
export class CampaignStatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly policy: PolicyService,
  ) {}

  async figures(actor: Actor, campaignId: string): Promise<CampaignStats> {
    const campaign = await this.campaigns.find(campaignId);
    await this.policy.authorize(actor, 'campaign.read_private', campaign);
    const districts: CampaignDistrictFigures[] = await this.dataSource.query(
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
    const totals = Object.fromEntries(
      FIGURES.map((figure) => [figure, districts.reduce((sum, district) => sum + district[figure], 0)]),
    ) as unknown as CampaignFigures;
    // A venue lies in one district, so venues add up across districts.
    return {
      campaignId: campaign.id,
      name: campaign.name,
      from: campaign.startsOn,
      to: campaign.endsOn,
      totals,
      districts,
    };
  }
}

/** The figures as sheets: totals first, then by district; headers in Chinese, then English. */
export function campaignTables(stats: CampaignStats): { name: string; rows: unknown[][] }[] {
  const labels: Record<keyof CampaignFigures, string> = {
    events: '活动 Events',
    venues: '场馆 Venues',
    slots: '场次 Slots',
    places: '名额 Places',
    bookings: '预约单数 Bookings',
    peopleBooked: '预约人次 People booked',
    visitorsCheckedIn: '入场人次 Visitors checked in',
  };
  return [
    {
      name: '按区 By district',
      rows: [
        ['区代码 Code', '区 District', ...FIGURES.map((figure) => labels[figure])],
        ...stats.districts.map((district) => [district.code, district.name, ...FIGURES.map((f) => district[f])]),
        ['', '合计 Total', ...FIGURES.map((figure) => stats.totals[figure])],
      ],
    },
  ];
}
