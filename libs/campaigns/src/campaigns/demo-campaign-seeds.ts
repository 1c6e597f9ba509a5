import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CampaignEventsStore } from '../events/campaign-events.store';
import { CampaignsStore, DemoCampaignFields } from './campaigns.store';

/**
 * How the demo (libs/demo) seeds its campaigns: published at once, with events attached by nobody,
 * as an operator would leave them. No audit entries and no announcements: the events index picks
 * the events up with its check job.
 */
@Injectable()
export class DemoCampaignSeeds {
  constructor(
    private readonly campaigns: CampaignsStore,
    private readonly events: CampaignEventsStore,
  ) {}

  /** How many demo campaigns there are already. */
  count(tx: EntityManager): Promise<number> {
    return this.campaigns.countDemo(tx);
  }

  /** Adds a published demo campaign and returns its id. */
  addPublished(tx: EntityManager, campaign: DemoCampaignFields): Promise<string> {
    return this.campaigns.insertPublishedDemo(tx, campaign);
  }

  /** Attaches an offering to the demo campaign as one of its events. */
  async attach(tx: EntityManager, campaignId: string, offeringId: string, themes: string[]): Promise<void> {
    await this.events.attach(tx, { campaignId, offeringId, themes, attachedBy: null });
  }
}
