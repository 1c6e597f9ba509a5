import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxConsumer, OutboxConsumerHandler, OutboxRow } from '@kepu/core';
import { Waitlist } from './waitlist';

/**
 * When an offering's slots gain places (schedule's `slot.capacity_raised`, published by the slot
 * planner with the slots' ids), their waitlists move up at once, by the waitlist rule. Idempotent:
 * a replayed event finds nobody the rule promotes.
 */
@Injectable()
@OutboxConsumer({ aggregateType: 'slot_capacity', batchSize: 20 })
export class SlotCapacityConsumer implements OutboxConsumerHandler {
  constructor(private readonly waitlist: Waitlist) {}

  async handle(rows: OutboxRow[], tx: EntityManager): Promise<void> {
    const slotIds = rows
      .filter((row) => row.topic === 'slot.capacity_raised')
      .flatMap((row) => (Array.isArray(row.payload.slotIds) ? (row.payload.slotIds as string[]) : []));
    if (!slotIds.length) return;
    await this.waitlist.promoteAll(tx, [...new Set(slotIds)]);
  }
}
