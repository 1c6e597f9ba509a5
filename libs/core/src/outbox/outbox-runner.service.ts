import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decoratedProviders } from '../jobs/decorated-providers';
import { JOB_RUNNER_OPTIONS, JobRunnerOptions } from '../jobs/job-runner.service';
import { OUTBOX_CONSUMER, OutboxConsumerHandler, OutboxConsumerOptions } from './outbox-consumer.decorator';
import { OutboxStore } from './outbox.store';

interface Consumer {
  options: OutboxConsumerOptions;
  handler: OutboxConsumerHandler;
}

/**
 * Delivers outbox rows to their @OutboxConsumer, at least once. A batch is claimed with FOR UPDATE
 * SKIP LOCKED (several workers share the work), handled in the same transaction and marked done;
 * failed rows wait with backoff and nothing is lost. Consumers must therefore be idempotent.
 */
@Injectable()
export class OutboxRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRunner.name);
  private readonly consumers = new Map<string, Consumer>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopping = false;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: OutboxStore,
    @Inject(JOB_RUNNER_OPTIONS) private readonly options: JobRunnerOptions,
  ) {}

  onApplicationBootstrap(): void {
    for (const consumer of decoratedProviders<OutboxConsumerOptions, OutboxConsumerHandler>(
      this.discovery,
      this.reflector,
      OUTBOX_CONSUMER,
    )) {
      const type = consumer.options.aggregateType;
      if (this.consumers.has(type)) throw new Error(`Two outbox consumers for ${type}`);
      this.consumers.set(type, consumer);
    }
    if (!this.options.enabled) return;
    this.timer = setInterval(() => {
      this.running ??= this.drain()
        .catch((error: Error) => this.logger.error(`Outbox relay failed: ${error.message}`))
        .finally(() => (this.running = undefined));
    }, this.options.outboxPollMilliseconds);
  }

  /** Before the database closes: the batch in hand finishes, no new one is claimed. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Delivers until nothing is due (for one aggregate type, or all); returns how many rows were done. */
  async drain(aggregateType?: string): Promise<number> {
    let done = 0;
    const types = aggregateType ? [aggregateType] : [...this.consumers.keys()];
    for (const type of types) {
      const consumer = this.consumers.get(type);
      if (!consumer) throw new Error(`No outbox consumer for ${type}`);
      while (!this.stopping) {
        const { claimed, succeeded } = await this.deliverBatch(consumer);
        done += succeeded;
        if (!claimed || !succeeded) break;
      }
    }
    return done;
  }

  private deliverBatch({ options, handler }: Consumer): Promise<{ claimed: number; succeeded: number }> {
    return this.dataSource.transaction(async (tx) => {
      const rows = await this.store.claimDue(tx, options.aggregateType, options.batchSize ?? 100);
      if (!rows.length) return { claimed: 0, succeeded: 0 };
      let failures: Map<string, string>;
      try {
        // A savepoint: a failed batch rolls back its own writes but keeps the claim to record the retry.
        failures = (await tx.transaction((inner) => handler.handle(rows, inner))) ?? new Map();
      } catch (error) {
        failures = new Map(rows.map((row) => [row.id, (error as Error).message]));
      }
      const done = rows.filter((row) => !failures.has(row.id)).map((row) => row.id);
      if (done.length) await this.store.markDone(tx, done);
      for (const [id, message] of failures) await this.store.markFailed(tx, id, message);
      if (failures.size) {
        const [first] = failures.values();
        this.logger.warn(`${failures.size} ${options.aggregateType} outbox rows failed, will retry: ${first}`);
      }
      return { claimed: rows.length, succeeded: done.length };
    });
  }
}
