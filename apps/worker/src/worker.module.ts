import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, DatabaseModule, DomainSupportModule, JobsModule, LoggingModule } from '@kepu/core';
import type { AppConfig } from '@kepu/runtime';
import { BookingModule } from '@kepu/booking';
import { OutreachModule } from '@kepu/outreach';
import { CampaignsModule } from '@kepu/campaigns';
import { StatsModule } from '@kepu/stats';
import { NotifyModule } from '@kepu/notify';
import { ScheduleModule } from '@kepu/schedule';
import { SearchModule } from '@kepu/search';

/**
 * The worker: no HTTP; scheduled jobs (slot materialisation, no-shows, reminders, purges) and the
 * outbox consumers (search index, notifications, cancelled slots). Safe to run in several copies.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        DatabaseModule.forRoot(),
        DomainSupportModule,
        JobsModule.forRoot({ enabled: true }),
        ScheduleModule,
        NotifyModule,
        BookingModule,
        OutreachModule,
        CampaignsModule,
        StatsModule,
        SearchModule.forRoot({ enabled: true }),
      ],
    };
  }
}
