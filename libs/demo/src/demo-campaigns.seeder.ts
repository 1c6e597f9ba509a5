import { Injectable } from '@nestjs/common';
import { DemoCampaignSeeds } from '@kepu/campaigns';
import { requireValid } from '@kepu/core';
import { ResourceStore } from '@kepu/register';
import { OfferingDto, OfferingsService, shanghaiToday } from '@kepu/schedule';
import { EntityManager } from 'typeorm';
import { demoCampaigns } from './demo-campaigns';

/**
 * Seeds the demo campaigns once (demo-campaigns.ts) on their next run, after the venues: each published, with its
 * events added as offerings of their venues and attached as an operator would. The events index
 * picks them up with its check job.
 */
@Injectable()
export class DemoCampaignsSeeder {
  constructor(
    private readonly campaignSeeds: DemoCampaignSeeds,
    private readonly resources: ResourceStore,
    private readonly offerings: OfferingsService,
  ) {}

  async seed(tx: EntityManager): Promise<number> {
    if ((await this.campaignSeeds.count(tx)) > 0) return 0;
    const campaigns = demoCampaigns(shanghaiToday());
    for (const campaign of campaigns) {
      const campaignId = await this.campaignSeeds.addPublished(tx, campaign);
      for (const event of campaign.events) {
        const venueId = await this.resources.demoIdByName(event.venue, tx);
        const offering = await this.offerings.add(venueId, await requireValid(OfferingDto, event.offering), null, tx);
        await this.campaignSeeds.attach(tx, campaignId, offering.id, event.themes);
      }
    }
    return campaigns.length;
  }
}
