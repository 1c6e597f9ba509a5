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
import { Account } from '@kepu/identity';
import { Organisation } from '@kepu/register';

export const ACTIVITY_FORMATS = [
  'lecture',
  'workshop',
  'mobile_exhibition',
  'science_show',
  'lab_demo',
  'field_guide',
] as const;
export type ActivityFormat = (typeof ACTIVITY_FORMATS)[number];

export const MENU_ITEM_STATUSES = [
  'draft',
  'submitted',
  'published',
  'changes_requested',
  'rejected',
  'withdrawn',
] as const;
export type MenuItemStatus = (typeof MENU_ITEM_STATUSES)[number];

/** What the public sees of a menu item: the content last approved (docs/outreach.md, "Menu items"). */
export interface MenuItemContent {
  title: string;
  summary: string;
  format: ActivityFormat;
  themes: string[];
  audiences: string[];
  durationMinutes: number;
  minPeople: number;
  maxPeople: number;
  districtCodes: string[];
  leadDays: number;
  hostEquipment: string | null;
  feeFen: number;
}

/**
 * An activity a provider offers to bring to schools and communities (科普活动菜单). The working
 * content is in the columns; `publishedContent` is what was last approved, which the public sees
 * while an edit waits for review.
 */
@Entity('outreach_menu_items')
@Check(
  'outreach_menu_items_status',
  `"status" IN ('draft', 'submitted', 'published', 'changes_requested', 'rejected', 'withdrawn')`,
)
@Check(
  'outreach_menu_items_format',
  `"format" IN ('lecture', 'workshop', 'mobile_exhibition', 'science_show', 'lab_demo', 'field_guide')`,
)
@Check('outreach_menu_items_people', `"min_people" BETWEEN 1 AND 5000 AND "max_people" BETWEEN "min_people" AND 5000`)
@Check('outreach_menu_items_duration', `"duration_minutes" BETWEEN 15 AND 1440`)
@Check('outreach_menu_items_lead_days', `"lead_days" BETWEEN 0 AND 180`)
@Check('outreach_menu_items_fee', `"fee_fen" BETWEEN 0 AND 10000000`)
@Check('outreach_menu_items_districts', `cardinality("district_codes") BETWEEN 1 AND 50`)
@Check(
  'outreach_menu_items_ratings',
  `"rating_count" >= 0 AND "rating_sum" BETWEEN "rating_count" AND 5 * "rating_count"`,
)
@Index('outreach_menu_items_provider_idx', ['providerId', 'createdAt'])
@Index('outreach_menu_items_status_idx', ['status', 'submittedAt'])
export class MenuItem {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outreach_menu_items_pkey' })
  id!: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'outreach_menu_items_provider_fkey' })
  provider?: Relation<Organisation>;

  @Column({ type: 'varchar', length: 60 })
  title!: string;

  @Column({ type: 'varchar', length: 1000 })
  summary!: string;

  @Column({ type: 'varchar', length: 32 })
  format!: ActivityFormat;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  audiences!: string[];

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({ name: 'min_people', type: 'integer' })
  minPeople!: number;

  @Column({ name: 'max_people', type: 'integer' })
  maxPeople!: number;

  /** Districts (region codes) the provider comes to. */
  @Column({ name: 'district_codes', type: 'text', array: true })
  districtCodes!: string[];

  /** Days the provider needs between an order and the activity. */
  @Column({ name: 'lead_days', type: 'integer' })
  leadDays!: number;

  /** What the host must provide (a hall, a projector, tables…). */
  @Column({ name: 'host_equipment', type: 'varchar', length: 500, nullable: true })
  hostEquipment!: string | null;

  /** Price per activity in fen (0.01 yuan); 0 is free, as most are. */
  @Column({ name: 'fee_fen', type: 'integer', default: 0 })
  feeFen!: number;

  @Column({ type: 'varchar', length: 20 })
  status!: MenuItemStatus;

  /** The content last approved; null until the first approval. */
  @Column({ name: 'published_content', type: 'jsonb', nullable: true })
  publishedContent!: MenuItemContent | null;

  /** The approved content's districts, as a column so "who serves this district" is one plain query. */
  @Column({ name: 'published_district_codes', type: 'text', array: true, default: () => "'{}'" })
  publishedDistrictCodes!: string[];

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  /** The reviewer's last comment (why changes are needed, or why it was rejected). */
  @Column({ name: 'review_comment', type: 'varchar', length: 500, nullable: true })
  reviewComment!: string | null;

  @Column({ name: 'rating_count', type: 'integer', default: 0 })
  ratingCount!: number;

  @Column({ name: 'rating_sum', type: 'integer', default: 0 })
  ratingSum!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'outreach_menu_items_created_by_fkey' })
  creator?: Relation<Account>;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
