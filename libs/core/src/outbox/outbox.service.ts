import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxStore } from './outbox.store';

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
  constructor(private readonly store: OutboxStore) {}

  /** Always inside the caller's transaction: the manager is required on purpose. */
  publish(event: OutboxEvent, manager: EntityManager): Promise<void> {
    return this.store.insert(manager, event);
  }

  /** Many events in one statement, in the order given: bulk writes such as the synthetic register. */
  publishAll(events: OutboxEvent[], manager: EntityManager): Promise<void> {
    return this.store.insertMany(manager, events);
  }

  /** Where the outbox stands now: a rebuild notes it, then catches up with what came after. */
  lastEventId(): Promise<string> {
    return this.store.lastId();
  }

  /** The aggregates of this type changed by events written after `eventId`, each once. */
  aggregatesChangedSince(aggregateType: string, eventId: string): Promise<string[]> {
    return this.store.aggregatesAfter(aggregateType, eventId);
  }
}

/** The outbox for a script that runs without Nest on a data source of its own (the synthetic register). */
export function standaloneOutbox(dataSource: DataSource): OutboxService {
  return new OutboxService(new OutboxStore(dataSource));
}
