import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface OutboxEvent {
  /** Dotted name, e.g. `resource.published`. */
  topic: string;
  aggregateType: string;
  aggregateId: string;
  payload?: Record<string, unknown>;
}

/**
 * The transactional outbox: a lib that changes what the public can see writes an event in the
 * same transaction, and consumers (the search index, notifications) relay it later. Nothing else
 * reaches across libs, and no event is lost or sent for a change that rolled back.
 */
@Injectable()
export class OutboxService {
  /** Always inside the caller's transaction: the manager is required on purpose. */
  async publish(event: OutboxEvent, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO outbox (topic, aggregate_type, aggregate_id, payload) VALUES ($1, $2, $3, $4)`, [
      event.topic,
      event.aggregateType,
      event.aggregateId,
      JSON.stringify(event.payload ?? {}),
    ]);
  }
}
