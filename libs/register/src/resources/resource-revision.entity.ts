import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { ResourceContent } from './resource-content';
import { Resource } from './resource.entity';
import type { RevisionFlags } from './resources.views';

export const REVISION_STATES = [
  'draft',
  'submitted',
  'city_review',
  'changes_requested',
  'rejected',
  'approved',
] as const;
export type RevisionState = (typeof REVISION_STATES)[number];

export type { RevisionFlags };

/** One version of a resource's content, with its place in the review workflow. */
@Entity('resource_revisions')
@Unique('resource_revisions_number_key', ['resourceId', 'number'])
@Check(
  'resource_revisions_state',
  `"state" IN ('draft', 'submitted', 'city_review', 'changes_requested', 'rejected', 'approved')`,
)
@Index('resource_revisions_queue_idx', ['state', 'regionCode'])
export class ResourceRevision {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'resource_revisions_pkey' })
  id!: string;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => Resource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'resource_revisions_resource_fkey' })
  resource!: Relation<Resource>;

  /** 1, 2, 3… per resource. */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 24 })
  state!: RevisionState;

  @Column({ type: 'jsonb' })
  content!: ResourceContent;

  /** The content's region: whose administrators review this revision. */
  @Column({ name: 'region_code', type: 'varchar', length: 16 })
  regionCode!: string;

  /** The published revision this one edits; null for a first application. */
  @Column({ name: 'based_on_revision_id', type: 'uuid', nullable: true })
  basedOnRevisionId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  flags!: RevisionFlags;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
