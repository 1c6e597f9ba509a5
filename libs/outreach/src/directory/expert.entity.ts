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

export const EXPERT_STATUSES = ['submitted', 'approved', 'rejected', 'withdrawn'] as const;
export type ExpertStatus = (typeof EXPERT_STATUSES)[number];

/**
 * A person in the expert pool (科普专家库), who applied with their own account. Administrators of
 * their home district review them; the public sees an approved expert only with their consent.
 */
@Entity('outreach_experts')
@Check('outreach_experts_status', `"status" IN ('submitted', 'approved', 'rejected', 'withdrawn')`)
@Check('outreach_experts_fields', `cardinality("fields") BETWEEN 1 AND 10`)
@Check('outreach_experts_districts', `cardinality("district_codes") BETWEEN 1 AND 50`)
@Check('outreach_experts_consent', `"public_profile" <= ("consented_at" IS NOT NULL)`)
@Index('outreach_experts_account_key', ['accountId'], { unique: true })
@Index('outreach_experts_region_idx', ['regionCode', 'status'])
export class Expert {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outreach_experts_pkey' })
  id!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'outreach_experts_account_fkey' })
  account?: Relation<Account>;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  /** 职称, e.g. 研究员, 教授, 高级工程师. */
  @Column({ type: 'varchar', length: 64 })
  title!: string;

  @Column({ name: 'organisation_name', type: 'varchar', length: 100 })
  organisationName!: string;

  /** Theme codes of the register's vocabulary. */
  @Column({ type: 'text', array: true })
  fields!: string[];

  /** Home district: its administrators review the application. */
  @Column({ name: 'region_code', type: 'varchar', length: 16 })
  regionCode!: string;

  /** Districts the expert is willing to go to. */
  @Column({ name: 'district_codes', type: 'text', array: true })
  districtCodes!: string[];

  /** Languages the expert speaks for an audience, e.g. `zh`, `en`, `yue` (Cantonese). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ type: 'varchar', length: 1000 })
  profile!: string;

  /** Only with consent: name, title, organisation, fields, districts and profile are shown to the public. */
  @Column({ name: 'public_profile', type: 'boolean', default: false })
  publicProfile!: boolean;

  @Column({ name: 'consented_at', type: 'timestamptz', nullable: true })
  consentedAt!: Date | null;

  @Column({ type: 'varchar', length: 16 })
  status!: ExpertStatus;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'review_comment', type: 'varchar', length: 500, nullable: true })
  reviewComment!: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
