import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { OutboxRunner } from '../outbox/outbox-runner.service';
import { HeartbeatJob } from './heartbeat.job';
import { JOB_RUNNER_OPTIONS, JobRunner, JobRunnerOptions, WORKER_HEARTBEAT_FILE } from './job-runner.service';
import { ScheduledJobsStore } from './scheduled-jobs.store';
import { OutboxStore } from '../outbox/outbox.store';

/**
 * The worker's engines: scheduled jobs and outbox consumers. The worker enables them, and so does
 * the API when it hosts the worker inline; disabled, they register their handlers but never tick.
 */
@Module({})
export class JobsModule {
  static forRoot(options: Partial<JobRunnerOptions> & Pick<JobRunnerOptions, 'enabled'>): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        {
          provide: JOB_RUNNER_OPTIONS,
          useValue: {
            tickMilliseconds: 5_000,
            outboxPollMilliseconds: 500,
            heartbeatFile: WORKER_HEARTBEAT_FILE,
            ...options,
          },
        },
        JobRunner,
        ScheduledJobsStore,
        OutboxRunner,
        // The outbox's store again, for the runner: this module also runs without DomainSupportModule.
        OutboxStore,
        HeartbeatJob,
      ],
      exports: [JobRunner, OutboxRunner],
    };
  }
}
