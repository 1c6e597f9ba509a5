import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SlotWalkIn } from './walk-in.entity';

/** The `slot_walk_ins` table: each tally of people admitted to a slot without a booking, and its corrections. */
@Injectable()
export class WalkInsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
