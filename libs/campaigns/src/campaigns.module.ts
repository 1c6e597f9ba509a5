import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@kepu/identity';
import { NotifyModule } from '@kepu/notify';
import { RegisterModule } from '@kepu/register';
import { ScheduleModule } from '@kepu/schedule';
import { CAMPAIGN_ENTITIES } from './campaign.entity';
import { CampaignPolicies } from './campaigns.policies';
import { CampaignsController } from './campaigns/campaigns.controller';
import { CampaignsService } from './campaigns/campaigns.service';
import { CampaignsStore } from './campaigns/campaigns.store';
import { DemoCampaignSeeds } from './campaigns/demo-campaign-seeds';
import { CampaignEventsStore } from './events/campaign-events.store';
import { CampaignEventsService } from './events/campaign-events.service';
import { EventIndexCheckJob, EventIndexRelay } from './search/event-index.consumer';
import { EventIndex } from './search/event-index.service';
import { EventSearchController } from './search/event-search.controller';
import { EventSearchService } from './search/event-search.service';
import { PublicEventsStore } from './search/public-events.store';
import { CampaignStatsService } from './stats/campaign-stats.service';
import { CampaignStatsStore } from './stats/campaign-stats.store';

/**
 * Campaigns such as 全国科普日 and 科技活动周 (docs/campaigns.md): administrators run them, operators
 * add their venues' events, the public finds the events by campaign, day, place and theme, and in
 * their own search index.
 */
@Module({
  imports: [TypeOrmModule.forFeature(CAMPAIGN_ENTITIES), IdentityModule, NotifyModule, RegisterModule, ScheduleModule],
  controllers: [CampaignsController, EventSearchController],
  providers: [
    CampaignsStore,
    CampaignEventsStore,
    PublicEventsStore,
    CampaignStatsStore,
    CampaignPolicies,
    CampaignsService,
    CampaignEventsService,
    CampaignStatsService,
    EventIndex,
    EventIndexRelay,
    EventIndexCheckJob,
    EventSearchService,
    DemoCampaignSeeds,
  ],
  exports: [DemoCampaignSeeds],
})
export class CampaignsModule {}
