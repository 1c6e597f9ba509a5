export { CampaignsModule } from './campaigns.module';
export { CampaignErrors } from './campaigns-errors';
export { CAMPAIGN_ENTITIES, Campaign, CampaignEvent } from './campaign.entity';
export { EventIndex } from './search/event-index.service';
export { EventIndexCheckJob } from './search/event-index.consumer';
export { DemoCampaignSeeds } from './campaigns/demo-campaign-seeds';
export type { DemoCampaignFields } from './campaigns/campaigns.store';
