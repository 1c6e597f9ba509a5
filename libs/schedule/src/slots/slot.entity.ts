import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import { Offering } from '../offerings/offering.entity';

/**
 * One bookable time window. Its counters are the only record of places taken: bookings change them
 * with conditional SQL updates, and the CHECKs make overselling impossible even for a buggy writer.
 */
@Entity('slots')
@Unique('slots_offering_start_key', ['offeringId', 'startsAt'])
@Index('slots_resource_start_idx', ['resourceId', 'startsAt'])
@Check('slots_status', `"status" IN ('scheduled', 'cancelled')`)
@Check('slots_time', `"ends_at" > "starts_at"`)
@Check('slots_booked', `"booked" >= 0 AND "booked" <= "capacity"`)
@Check('slots_group_booked', `"group_booked" >= 0 AND "group_booked" <= "group_capacity"`)
export class Slot {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'slots_pkey' })
  id!: string;

  @Column({ name: 'offering_id', type: 'uuid' })
  offeringId!: string;

  @ManyToOne(() => Offering, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'offering_id', foreignKeyConstraintName: 'slots_offering_fkey' })
  offering?: Relation<Offering>;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'integer', default: 0 })
  booked!: number;

  @Column({ name: 'group_capacity', type: 'integer', default: 0 })
  groupCapacity!: number;

  @Column({ name: 'group_booked', type: 'integer', default: 0 })
  groupBooked!: number;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status!: 'scheduled' | 'cancelled';
}
