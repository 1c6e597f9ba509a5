import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxConsumer, OutboxConsumerHandler, OutboxRow } from '@kepu/core';
import { Notifier } from '@kepu/notify';
import { BookingMessages } from './booking-messages';
import { GroupVisitsService } from '../groups/group-visits.service';
import { BookingsService } from './bookings.service';
import { BookingsStore } from './bookings.store';
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
    private readonly store: BookingsStore,
    private readonly notifier: Notifier,
    private readonly groupVisits: GroupVisitsService,
  ) {}

  async handle(rows: OutboxRow[], tx: EntityManager): Promise<void> {
    for (const row of rows.filter((r) => r.topic === 'slot.cancelled')) {
      await this.groupVisits.slotCancelled(tx, row.aggregateId);
      const active = await this.store.lockActiveOfSlot(tx, row.aggregateId);
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
