import { Module } from '@nestjs/common';
import { IdentityModule } from '@kepu/identity';
import { RegisterModule } from '@kepu/register';
import { ScheduleModule } from '@kepu/schedule';
import { DemoOutreachSeeder } from './demo-outreach.seeder';
import { DemoCampaignsSeeder } from './demo-campaigns.seeder';
import { DemoSeeder } from './demo.seeder';

@Module({
  imports: [IdentityModule, RegisterModule, ScheduleModule],
  providers: [DemoSeeder, DemoOutreachSeeder, DemoCampaignsSeeder],
})
export class DemoModule {}
