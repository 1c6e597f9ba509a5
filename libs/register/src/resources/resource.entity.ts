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
  'merged',
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
  `"status" IN ('draft', 'submitted', 'city_review', 'changes_requested', 'rejected', 'published', 'suspended', 'withdrawn', 'merged')`,
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

  /** For English readers; null when the content gives none. */
  @Column({ name: 'name_en', type: 'varchar', length: 200, nullable: true })
  nameEn!: string | null;

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

  /** When its operator last said it is still true (or an edit was approved): docs/register.md, "Yearly re-confirmation". */
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  /** Set by the upkeep job once REGISTER_RECONFIRM_MONTHS passed without confirmation: the public "信息待更新" mark. */
  @Column({ name: 'stale_since', type: 'timestamptz', nullable: true })
  staleSince!: Date | null;

  /** Set by the upkeep job after REGISTER_HIDE_AFTER_MONTHS: out of search (its own page stays) until confirmed. */
  @Column({ name: 'hidden_from_search_at', type: 'timestamptz', nullable: true })
  hiddenFromSearchAt!: Date | null;

  /** The entry a `merged` duplicate now points to, one hop (docs/register.md, "Duplicates and merging"). */
  @ManyToOne(() => Resource, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'resources_merged_into_fkey' })
  mergedInto?: Relation<Resource>;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
