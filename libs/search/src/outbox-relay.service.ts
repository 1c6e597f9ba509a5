import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ResourceIndex } from './resource-index.service';

export const RELAY_OPTIONS = Symbol('RELAY_OPTIONS');

export interface RelayOptions {
  /** Whether this process relays (the worker, or the API with an inline worker). */
  enabled: boolean;
  pollMilliseconds?: number;
  batchSize?: number;
}

/** Backoff after a failed batch: 2^attempts seconds, at most five minutes. */
const MAX_BACKOFF_SECONDS = 300;

/**
 * Relays resource events from the outbox to the search index, at least once. A batch of rows is
 * claimed with FOR UPDATE SKIP LOCKED (several workers share the work), the affected resources are
 * synced by id (idempotent), and the rows are marked done only after Meilisearch's tasks succeeded.
 * When Meilisearch is down the rows wait with backoff and nothing is lost.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private reconciling?: Promise<unknown>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: ResourceIndex,
    @Inject(RELAY_OPTIONS) private readonly options: RelayOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.enabled) return;
    // In the background: a rebuild of a large register takes minutes, and the relay runs meanwhile.
    this.reconciling = this.reconcile().catch((error: Error) =>
      this.logger.warn(`Search index not checked for drift: ${error.message}`),
    );
    this.timer = setInterval(() => {
      this.running ??= this.drain()
        .catch((error: Error) => this.logger.error(`Outbox relay failed: ${error.message}`))
        .finally(() => (this.running = undefined));
    }, this.options.pollMilliseconds ?? 500);
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

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([this.running, this.reconciling]);
  }

  /** Relays until nothing is due; returns how many rows were done. Failures stay queued for later. */
  async drain(): Promise<number> {
    let done = 0;
    for (;;) {
      const { claimed, succeeded } = await this.relayBatch();
      done += succeeded;
      if (!claimed || !succeeded) return done;
    }
  }

  private relayBatch(): Promise<{ claimed: number; succeeded: number }> {
    return this.dataSource.transaction(async (tx) => {
      const rows: { id: string; aggregateId: string }[] = await tx.query(
        `SELECT id, aggregate_id AS "aggregateId" FROM outbox
          WHERE processed_at IS NULL AND aggregate_type = 'resource'
            AND (next_attempt_at IS NULL OR next_attempt_at <= now())
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize ?? 500],
      );
      if (!rows.length) return { claimed: 0, succeeded: 0 };
      const ids = rows.map((row) => row.id);
      try {
        await this.index.sync([...new Set(rows.map((row) => row.aggregateId))], tx);
      } catch (error) {
        await tx.query(
          `UPDATE outbox SET attempts = attempts + 1, last_error = $2,
             next_attempt_at = now() + least(power(2, attempts + 1), ${MAX_BACKOFF_SECONDS}) * interval '1 second'
           WHERE id = ANY($1)`,
          [ids, (error as Error).message.slice(0, 1000)],
        );
        this.logger.warn(`Search sync of ${rows.length} outbox rows failed, will retry: ${(error as Error).message}`);
        return { claimed: rows.length, succeeded: 0 };
      }
      await tx.query(`UPDATE outbox SET processed_at = now(), attempts = attempts + 1 WHERE id = ANY($1)`, [ids]);
      return { claimed: rows.length, succeeded: rows.length };
    });
  }
}
