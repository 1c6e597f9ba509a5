import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxConsumer, OutboxConsumerHandler, OutboxFailures, OutboxRow, OutboxRunner } from '@kepu/core';
import { ResourceIndex } from './resource-index.service';

export const RELAY_OPTIONS = Symbol('RELAY_OPTIONS');

export interface RelayOptions {
  /** Whether this process relays (the worker, or the API with an inline worker): it checks the index for drift at start. */
  enabled: boolean;
}

/**
 * Relays resource events from the outbox to the search index. The affected resources are synced
 * by id (idempotent), and the rows are done only after Meilisearch's tasks succeeded; while it is
 * down they wait with backoff (the outbox runner's) and nothing is lost.
 */
@Injectable()
@OutboxConsumer({ aggregateType: 'resource', batchSize: 500 })
export class OutboxRelay implements OutboxConsumerHandler, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private reconciling?: Promise<unknown>;

  constructor(
    private readonly index: ResourceIndex,
    private readonly runner: OutboxRunner,
    @Inject(RELAY_OPTIONS) private readonly options: RelayOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.enabled) return;
    // In the background: a rebuild of a large register takes minutes, and the relay runs meanwhile.
    this.reconciling = this.reconcile().catch((error: Error) =>
      this.logger.warn(`Search index not checked for drift: ${error.message}`),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.reconciling;
  }

  /** Creates or updates the index, then rebuilds it when it has drifted from the register. */
  async reconcile(): Promise<string | null> {
    await this.index.ensure();
    const drift = await this.index.drift();
    if (drift) {
      this.logger.warn(`Search index drifted from the register (${drift}); rebuilding it`);
      await this.index.reindex();
    }
    return drift;
  }

  /**
   * A Meilisearch failure fails the rows without throwing, so the Postgres fallback rows the sync
   * wrote first are kept: degraded search already shows the change while the index waits.
   */
  async handle(rows: OutboxRow[], tx: EntityManager): Promise<OutboxFailures | void> {
    try {
      await this.index.sync([...new Set(rows.map((row) => row.aggregateId))], tx);
    } catch (error) {
      return new Map(rows.map((row) => [row.id, (error as Error).message]));
    }
  }

  /** Relays until nothing is due; returns how many rows were done. Failures stay queued for later. */
  drain(): Promise<number> {
    return this.runner.drain('resource');
  }
}
