import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxConsumer, OutboxConsumerHandler, OutboxRow, ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { OUTREACH_AGGREGATES } from './outreach-entries';
import { OutreachIndex } from './outreach-index.service';

/**
 * Carries changes of what the public sees to the outreach index: each event names a menu item or
 * an expert, which is re-read and upserted or removed (idempotent). While Meilisearch is down the
 * batch fails and waits with the outbox runner's backoff; nothing is lost.
 */
@Injectable()
abstract class OutreachIndexRelay implements OutboxConsumerHandler {
  constructor(private readonly index: OutreachIndex) {}

  async handle(rows: OutboxRow[], tx: EntityManager): Promise<void> {
    await this.index.sync([...new Set(rows.map((row) => row.aggregateId))], tx);
  }
}

/** Menu items, whose events the menu publishes when what the public sees of one changes. */
@Injectable()
@OutboxConsumer({ aggregateType: OUTREACH_AGGREGATES.menuItem, batchSize: 100 })
export class MenuItemIndexRelay extends OutreachIndexRelay {}

/** Experts, whose events the directory publishes when one enters, changes in or leaves the public directory. */
@Injectable()
@OutboxConsumer({ aggregateType: OUTREACH_AGGREGATES.expert, batchSize: 100 })
export class ExpertIndexRelay extends OutreachIndexRelay {}

/**
 * Where the worker runs: creates the index with its settings when it starts on a new deployment,
 * and refills it whenever it holds fewer or more documents than there are public entries (a new
 * or wiped Meilisearch).
 */
@Injectable()
@ScheduledJob({ name: 'outreach.search_index', everySeconds: 900 })
export class OutreachIndexCheckJob implements ScheduledJobHandler {
  private readonly logger = new Logger(OutreachIndexCheckJob.name);

  constructor(private readonly index: OutreachIndex) {}

  async run(): Promise<void> {
    const drift = await this.index.drift();
    if (!drift) return;
    this.logger.warn(`Outreach index drifted (${drift}); rebuilding it`);
    await this.index.rebuild();
  }
}
