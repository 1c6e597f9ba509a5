import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxConsumer, OutboxConsumerHandler, OutboxRow } from '@kepu/core';
import { Notifier } from '@kepu/notify';
import { BookingMessages, FACT_COLUMNS, FACT_JOINS, MessageFacts } from './booking-messages';
import { GroupVisitsService } from '../groups/group-visits.service';
import { BookingsService } from './bookings.service';
import { releaseSeats } from './seats';

/**
 * When a venue cancels a slot (schedule's `slot.cancelled`), its bookings are cancelled by the
 * venue, their places released and their visitors told; so are the school groups approved or
 * proposed for it. Idempotent: a replayed event finds nothing active.
 */
@Injectable()
@OutboxConsumer({ aggregateType: 'slot', batchSize: 20 })
export class SlotCancellationConsumer implements OutboxConsumerHandler {
  constructor(
    private readonly bookings: BookingsService,
    private readonly notifier: Notifier,
    private readonly groupVisits: GroupVisitsService,
  ) {}

  async handle(rows: OutboxRow[], tx: EntityManager): Promise<void> {
    for (const row of rows.filter((r) => r.topic === 'slot.cancelled')) {
      await this.groupVisits.slotCancelled(tx, row.aggregateId);
      const active: (MessageFacts & { id: string; status: string })[] = await tx.query(
        `SELECT b.id, b.status, ${FACT_COLUMNS} FROM bookings b ${FACT_JOINS}
          WHERE b.slot_id = $1 AND b.kind = 'individual' AND b.status IN ('confirmed', 'waitlisted')
          ORDER BY b.created_at
          FOR UPDATE OF b`,
        [row.aggregateId],
      );
      if (!active.length) continue;
      await this.bookings.markCancelled(
        tx,
        active.map((b) => b.id),
        'venue',
      );
      const released = active.filter((b) => b.status === 'confirmed').reduce((sum, b) => sum + b.partySize, 0);
      if (released) await releaseSeats(tx, row.aggregateId, released);
      for (const booking of active) {
        await this.notifier.send(BookingMessages.cancelledByVenue(booking), tx);
      }
    }
  }
}
