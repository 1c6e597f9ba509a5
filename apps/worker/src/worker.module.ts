import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, DatabaseModule, DomainSupportModule, JobsModule, KepuConfig, LoggingModule } from '@kepu/core';
import { ScheduleModule } from '@kepu/schedule';
import { SearchModule } from '@kepu/search';

/** The worker: no HTTP; scheduled jobs (slot materialisation among them) and the outbox relay to the search index. Safe to run in several copies. */
@Module({})
export class WorkerModule {
  static forRoot(config: KepuConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        DatabaseModule.forRoot(),
        DomainSupportModule,
        JobsModule.forRoot({ enabled: true }),
        ScheduleModule,
        SearchModule.forRoot({ enabled: true }),
      ],
    };
  }
}
