import { SetMetadata } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export const OUTBOX_CONSUMER = Symbol('OUTBOX_CONSUMER');

export interface OutboxConsumerOptions {
  /** The rows it consumes; each aggregate type has exactly one consumer. */
  aggregateType: string;
  batchSize?: number;
}

export interface OutboxRow {
  id: string;
  topic: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** Row ids that failed, with why; they are retried later with backoff and the rest are done. */
export type OutboxFailures = Map<string, string>;

/**
 * A provider that handles outbox rows in the claiming transaction. Throwing fails the whole batch;
 * returning failures fails only those rows.
 */
export interface OutboxConsumerHandler {
  handle(rows: OutboxRow[], tx: EntityManager): Promise<OutboxFailures | void>;
}

export const OutboxConsumer = (options: OutboxConsumerOptions): ClassDecorator => SetMetadata(OUTBOX_CONSUMER, options);
