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
  UpdateDateColumn,
} from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';

export const RESOURCE_STATUSES = [
  'draft',
  'submitted',
  'city_review',
  'changes_requested',
  'rejected',
  'published',
  'suspended',
  'withdrawn',
] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

/**
 * A science-popularization resource. Its content lives in revisions: `publishedRevisionId` is
 * what the public sees, `workingRevisionId` the copy being edited or reviewed. The columns from
 * `name` to `free` mirror the published revision (or the working one until first publication)
 * so lists and filters need no JSON.
 */
@Entity('resources')
@Check(
  'resources_status',
  `"status" IN ('draft', 'submitted', 'city_review', 'changes_requested', 'rejected', 'published', 'suspended', 'withdrawn')`,
)
@Index('resources_status_region_idx', ['status', 'regionCode'])
export class Resource {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'resources_pkey' })
  id!: string;

  @Index('resources_organisation_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'resources_organisation_fkey' })
  organisation!: Relation<Organisation>;

  @Column({ type: 'varchar', length: 24 })
  status!: ResourceStatus;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  type!: string;

  @Column({ name: 'region_code', type: 'varchar', length: 16 })
  regionCode!: string;

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  audiences!: string[];

  /** Null until the admission is known. */
  @Column({ type: 'boolean', nullable: true })
  free!: boolean | null;

  @Column({ name: 'published_revision_id', type: 'uuid', nullable: true })
  publishedRevisionId!: string | null;

  @Column({ name: 'working_revision_id', type: 'uuid', nullable: true })
  workingRevisionId!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** When an administrator last approved it: entries not reviewed for a year are due for the annual review. */
  @Column({ name: 'last_reviewed_at', type: 'timestamptz', nullable: true })
  lastReviewedAt!: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
