import { Injectable } from '@nestjs/common';
import { requireValid } from '@kepu/core';
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
  constructor(private readonly offerings: OfferingsService) {}

  async seed(tx: EntityManager): Promise<number> {
    const [{ count }] = await tx.query(`SELECT count(*)::int AS count FROM campaigns WHERE is_demo`);
    if (count > 0) return 0;
    const campaigns = demoCampaigns(shanghaiToday());
    for (const campaign of campaigns) {
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO campaigns (name, name_en, starts_on, ends_on, themes, region_codes, description, status,
           published_at, is_demo)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'published', now(), true) RETURNING id`,
        [
          campaign.name,
          campaign.nameEn,
          campaign.from,
          campaign.to,
          campaign.themes,
          campaign.regionCodes,
          campaign.description,
        ],
      );
      for (const event of campaign.events) {
        const [venue]: { id: string }[] = await tx.query(`SELECT id FROM resources WHERE name = $1 AND is_demo`, [
          event.venue,
        ]);
        const offering = await this.offerings.add(venue.id, await requireValid(OfferingDto, event.offering), null, tx);
        await tx.query(`INSERT INTO campaign_events (campaign_id, offering_id, themes) VALUES ($1, $2, $3)`, [
          row.id,
          offering.id,
          event.themes,
        ]);
      }
    }
    return campaigns.length;
  }
}
