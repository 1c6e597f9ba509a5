import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { decoratedProviders } from './decorated-providers';
import { SCHEDULED_JOB, ScheduledJobHandler, ScheduledJobOptions } from './scheduled-job.decorator';
import { ScheduledJobsStore } from './scheduled-jobs.store';

export const JOB_RUNNER_OPTIONS = Symbol('JOB_RUNNER_OPTIONS');

/** Where a runner proves it is alive by default: the worker container's healthcheck reads its age. */
export const WORKER_HEARTBEAT_FILE = '/tmp/kepu-worker.heartbeat';

export interface JobRunnerOptions {
  /** Whether this process ticks; the API without an inline worker registers nothing and never ticks. */
  enabled: boolean;
  tickMilliseconds: number;
  /** How often the outbox runner looks for new rows. */
  outboxPollMilliseconds: number;
  /**
   * Written every tick while Postgres answered the latest one (a long job may still be running),
   * so a stale file means a stuck process or a worker cut off from its database.
   */
  heartbeatFile?: string;
}

interface RegisteredJob {
  options: ScheduledJobOptions;
  handler: ScheduledJobHandler;
}

/**
 * Runs @ScheduledJob providers. Several workers may run at once: each due job is claimed with
 * `FOR UPDATE SKIP LOCKED` plus a lease, so it runs once per period, and a crashed worker's claim
 * expires instead of blocking the job forever.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly jobs = new Map<string, RegisteredJob>();
  private timer?: NodeJS.Timeout;
  private tick?: Promise<unknown>;
  private stopping = false;
  private reachedDatabase = false;
  private heartbeatFailed = false;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly store: ScheduledJobsStore,
    @Inject(JOB_RUNNER_OPTIONS) private readonly options: JobRunnerOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.enabled) return;
    for (const job of decoratedProviders<ScheduledJobOptions, ScheduledJobHandler>(
      this.discovery,
      this.reflector,
      SCHEDULED_JOB,
    )) {
      this.jobs.set(job.options.name, job);
    }
    for (const { options } of this.jobs.values()) {
      await this.store.register(options.name, options.everySeconds);
    }
    this.logger.log(`Job runner ${this.owner} started with ${[...this.jobs.keys()].join(', ') || 'no jobs'}`);
    this.timer = setInterval(() => {
      if (this.reachedDatabase) void this.beat();
      // Postgres may be down or restarting: the next tick tries again, and the process lives on.
      this.tick ??= this.runDueJobs()
        .then(() => (this.reachedDatabase = true))
        .catch((error: Error) => {
          this.reachedDatabase = false;
          this.logger.error(`Scheduled jobs not run: ${error.message}`);
        })
        .finally(() => (this.tick = undefined));
    }, this.options.tickMilliseconds);
  }

  /** Before the database closes (onApplicationShutdown): the running job finishes, no new one starts. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await this.tick;
  }

  /** Refreshes the heartbeat file; one that cannot be written is reported once and given up. */
  private async beat(): Promise<void> {
    const file = this.options.heartbeatFile;
    if (!file || this.heartbeatFailed) return;
    try {
      await writeFile(file, `${new Date().toISOString()}\n`);
    } catch (error) {
      this.heartbeatFailed = true;
      this.logger.warn(`No heartbeat: ${(error as Error).message}. A healthcheck reading it will fail.`);
    }
  }

  /** Claims and runs every job that is due; returns the names this runner ran. */
  async runDueJobs(): Promise<string[]> {
    const ran: string[] = [];
    for (let name = await this.claimNext(); name; name = await this.claimNext()) {
      await this.runClaimed(name);
      ran.push(name);
    }
    return ran;
  }

  private async claimNext(): Promise<string | undefined> {
    if (this.jobs.size === 0 || this.stopping) return undefined;
    return this.store.claimNextDue(this.owner, [...this.jobs.keys()], this.leaseFor());
  }

  private leaseFor(): number {
    return Math.max(...[...this.jobs.values()].map((job) => job.options.leaseSeconds ?? 300));
  }

  private async runClaimed(name: string): Promise<void> {
    const job = this.jobs.get(name) as RegisteredJob;
    let error: string | null = null;
    try {
      await job.handler.run();
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
      this.logger.error({ err, job: name }, `Scheduled job ${name} failed`);
    }
    await this.store.finish(name, this.owner, error);
  }
}
