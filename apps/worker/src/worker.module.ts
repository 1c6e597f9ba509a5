import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, DatabaseModule, JobsModule, KepuConfig, LoggingModule } from '@kepu/core';

/** The worker: no HTTP, only scheduled jobs (later: the outbox relay). Safe to run in several copies. */
@Module({})
export class WorkerModule {
  static forRoot(config: KepuConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        DatabaseModule.forRoot(),
        JobsModule.forRoot({ enabled: true }),
      ],
    };
  }
}
