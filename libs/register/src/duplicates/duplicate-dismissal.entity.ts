import { Check, CreateDateColumn, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Resource } from '../resources/resource.entity';

/**
 * A reviewer said two resources are not the same: the pair is not offered as duplicates again.
 * One row per pair, the smaller id first, so either order finds it.
 */
@Entity('resource_duplicate_dismissals')
@Check('resource_duplicate_dismissals_order', `"resource_id" < "other_id"`)
@Index('resource_duplicate_dismissals_other_idx', ['otherId'])
export class DuplicateDismissal {
  @PrimaryColumn({ name: 'resource_id', type: 'uuid', primaryKeyConstraintName: 'resource_duplicate_dismissals_pkey' })
  resourceId!: string;

  @PrimaryColumn({ name: 'other_id', type: 'uuid', primaryKeyConstraintName: 'resource_duplicate_dismissals_pkey' })
  otherId!: string;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'resource_duplicate_dismissals_resource_fkey' })
  resource?: Resource;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'other_id', foreignKeyConstraintName: 'resource_duplicate_dismissals_other_fkey' })
  other?: Resource;

  @Column({ name: 'dismissed_by', type: 'uuid' })
  dismissedBy!: string;

  @CreateDateColumn({ name: 'dismissed_at', type: 'timestamptz' })
  dismissedAt!: Date;
}
