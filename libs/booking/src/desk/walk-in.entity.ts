import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Account } from '@kepu/identity';
import { Resource } from '@kepu/register';
import { Slot } from '@kepu/schedule';

/**
 * One tally of people a venue admitted to a slot without a booking (a negative one corrects an
 * earlier tally). The ledger's sum per slot takes places from `slots.booked` beside the bookings;
 * the counter check adds it in.
 */
@Entity('slot_walk_ins')
@Check('slot_walk_ins_count', `"count" <> 0 AND "count" BETWEEN -500 AND 500`)
@Index('slot_walk_ins_resource_day_idx', ['resourceId', 'visitDate'])
export class SlotWalkIn {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'slot_walk_ins_pkey' })
  id!: string;

  @Index('slot_walk_ins_slot_idx')
  @Column({ name: 'slot_id', type: 'uuid' })
  slotId!: string;

  @ManyToOne(() => Slot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'slot_id', foreignKeyConstraintName: 'slot_walk_ins_slot_fkey' })
  slot?: Relation<Slot>;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'slot_walk_ins_resource_fkey' })
  resource?: Relation<Resource>;

  /** The slot's day in Shanghai. */
  @Column({ name: 'visit_date', type: 'date' })
  visitDate!: string;

  @Column({ type: 'smallint' })
  count!: number;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'slot_walk_ins_recorded_by_fkey' })
  recorder?: Relation<Account>;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
