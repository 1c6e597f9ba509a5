import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { HeartbeatJob } from './heartbeat.job';
import { JOB_RUNNER_OPTIONS, JobRunner, JobRunnerOptions } from './job-runner.service';

/** The scheduled-job runner; the worker enables it, and so does the API when it hosts the worker inline. */
@Module({})
export class JobsModule {
  static forRoot(options: Partial<JobRunnerOptions> & Pick<JobRunnerOptions, 'enabled'>): DynamicModule {
    return {
      module: JobsModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: JOB_RUNNER_OPTIONS, useValue: { tickMilliseconds: 5_000, ...options } },
        JobRunner,
        HeartbeatJob,
      ],
      exports: [JobRunner],
    };
  }
}
