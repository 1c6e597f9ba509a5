import { Module } from '@nestjs/common';
import { CampaignsModule } from '@kepu/campaigns';
import { IdentityModule } from '@kepu/identity';
import { OutreachModule } from '@kepu/outreach';
import { RegisterModule } from '@kepu/register';
import { ScheduleModule } from '@kepu/schedule';
import { DemoOutreachSeeder } from './demo-outreach.seeder';
import { DemoSeedStore } from './demo-seed.store';
import { DemoCampaignsSeeder } from './demo-campaigns.seeder';
import { DemoSeeder } from './demo.seeder';

@Module({
  imports: [IdentityModule, RegisterModule, ScheduleModule, CampaignsModule, OutreachModule],
  providers: [DemoSeeder, DemoOutreachSeeder, DemoCampaignsSeeder, DemoSeedStore],
})
export class DemoModule {}
