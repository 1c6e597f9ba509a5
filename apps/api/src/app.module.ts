import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, DatabaseModule, DomainSupportModule, JobsModule, LoggingModule } from '@kepu/core';
import type { AppConfig } from '@kepu/runtime';
import { DemoModule } from '@kepu/demo';
import { IdentityModule } from '@kepu/identity';
import { RegisterModule } from '@kepu/register';
import { BookingModule } from '@kepu/booking';
import { OutreachModule } from '@kepu/outreach';
import { CampaignsModule } from '@kepu/campaigns';
import { StatsModule } from '@kepu/stats';
import { NotifyModule } from '@kepu/notify';
import { ScheduleModule } from '@kepu/schedule';
import { SearchModule } from '@kepu/search';
import type { DestinationStream } from 'pino';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.controller';
import { WebConfigModule } from './web-config/web-config.controller';

export interface ApiModuleOptions {
  /** Where logs go; stdout when not given. Tests pass a memory stream to read them. */
  logDestination?: DestinationStream;
}

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, options: ApiModuleOptions = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config, options.logDestination),
        DatabaseModule.forRoot(),
        DomainSupportModule,
        JobsModule.forRoot({ enabled: config.inlineWorker }),
        HealthModule,
        MetricsModule,
        WebConfigModule,
        IdentityModule,
        RegisterModule,
        ScheduleModule,
        NotifyModule,
        BookingModule,
        OutreachModule,
        CampaignsModule,
        StatsModule,
        SearchModule.forRoot({ enabled: config.inlineWorker }),
        DemoModule,
      ],
    };
  }
}
