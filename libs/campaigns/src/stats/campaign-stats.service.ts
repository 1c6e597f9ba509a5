import { Injectable } from '@nestjs/common';
import { Actor, PolicyService } from '@kepu/identity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { CampaignStatsStore } from './campaign-stats.store';
import { CampaignFigures, CampaignStats } from './campaign-stats.views';

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
    private readonly store: CampaignStatsStore,
    private readonly campaigns: CampaignsService,
    private readonly policy: PolicyService,
  ) {}

  async figures(actor: Actor, campaignId: string): Promise<CampaignStats> {
    const campaign = await this.campaigns.find(campaignId);
    await this.policy.authorize(actor, 'campaign.read_private', campaign);
    const districts = await this.store.byDistrict(campaignId);
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
