import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxConsumer, OutboxConsumerHandler, OutboxRow, ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { EVENT_AGGREGATE } from '../events/event-entries';
import { EventIndex } from './event-index.service';

/**
 * Carries campaign changes to the events index: each outbox row names an offering whose campaigns
 * changed (attached, detached, a campaign published, renamed or cancelled), re-read and upserted
 * or removed. While Meilisearch is down the batch fails and waits with the outbox runner's backoff.
 */
@Injectable()
@OutboxConsumer({ aggregateType: EVENT_AGGREGATE, batchSize: 100 })
export class EventIndexRelay implements OutboxConsumerHandler {
  constructor(private readonly index: EventIndex) {}

  async handle(rows: OutboxRow[], tx: EntityManager): Promise<void> {
    await this.index.sync([...new Set(rows.map((row) => row.aggregateId))], tx);
  }
}

/**
 * Where the worker runs: creates the index on a new deployment and mends it. Schedule announces
 * offering changes only to the resource index, so an edited, archived or new event (or a venue
 * leaving the register) reaches this index here, within the period.
 */
@Injectable()
@ScheduledJob({ name: 'campaigns.events_index', everySeconds: 300 })
export class EventIndexCheckJob implements ScheduledJobHandler {
  private readonly logger = new Logger(EventIndexCheckJob.name);

  constructor(private readonly index: EventIndex) {}

  async run(): Promise<void> {
    const changed = await this.index.mend();
    if (changed) this.logger.log(`Events index mended: ${changed} documents`);
  }
}
