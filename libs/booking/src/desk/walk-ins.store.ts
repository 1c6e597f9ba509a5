import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Slot } from '@kepu/schedule';
import { SlotWalkIn } from './walk-in.entity';

/** The `slot_walk_ins` table: each tally of people admitted to a slot without a booking, and its corrections. */
@Injectable()
export class WalkInsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The slot, locked: its row lock orders a tally against bookings and other tallies. */
  lockSlot(tx: EntityManager, slotId: string): Promise<Slot | null> {
    return tx.findOne(Slot, { where: { id: slotId }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(
    tx: EntityManager,
    tally: Pick<SlotWalkIn, 'slotId' | 'resourceId' | 'visitDate' | 'count' | 'recordedBy'>,
  ): Promise<void> {
    await tx.insert(SlotWalkIn, tally);
  }

  /** A slot's walk-ins so far. */
  async total(slotId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row]: { n: number }[] = await manager.query(
      `SELECT coalesce(sum(count), 0)::int AS n FROM slot_walk_ins WHERE slot_id = $1`,
      [slotId],
    );
    return row.n;
  }
}
