import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Account } from '@kepu/identity';
import { Offering } from '@kepu/schedule';

export const CAMPAIGN_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/**
 * A campaign such as 全国科普日 or 科技活动周 (docs/campaigns.md): dates, themes and the regions
 * whose venues take part. Its administrators are those of every region it names.
 */
@Entity('campaigns')
@Check('campaigns_status', `"status" IN ('draft', 'published', 'cancelled')`)
@Check('campaigns_dates', `"starts_on" <= "ends_on"`)
@Check('campaigns_themes', `cardinality("themes") BETWEEN 1 AND 10`)
@Check('campaigns_regions', `cardinality("region_codes") BETWEEN 1 AND 20`)
@Index('campaigns_status_idx', ['status', 'startsOn'])
export class Campaign {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'campaigns_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100, nullable: true })
  nameEn!: string | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ type: 'text', array: true })
  themes!: string[];

  @Column({ name: 'region_codes', type: 'text', array: true })
  regionCodes!: string[];

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: CampaignStatus;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'campaigns_created_by_fkey' })
  creator?: Relation<Account>;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** An offering (an event or a lab open day) taking part in a campaign, with the campaign themes it addresses. */
@Entity('campaign_events')
@Check('campaign_events_themes', `cardinality("themes") BETWEEN 1 AND 10`)
export class CampaignEvent {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid', primaryKeyConstraintName: 'campaign_events_pkey' })
  campaignId!: string;

  @PrimaryColumn({ name: 'offering_id', type: 'uuid', primaryKeyConstraintName: 'campaign_events_pkey' })
  @Index('campaign_events_offering_idx')
  offeringId!: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'campaign_events_campaign_fkey' })
  campaign?: Relation<Campaign>;

  @ManyToOne(() => Offering, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offering_id', foreignKeyConstraintName: 'campaign_events_offering_fkey' })
  offering?: Relation<Offering>;

  @Column({ type: 'text', array: true })
  themes!: string[];

  @Column({ name: 'attached_by', type: 'uuid', nullable: true })
  attachedBy!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'attached_by', foreignKeyConstraintName: 'campaign_events_attached_by_fkey' })
  attacher?: Relation<Account>;

  @CreateDateColumn({ name: 'attached_at', type: 'timestamptz' })
  attachedAt!: Date;
}

export const CAMPAIGN_ENTITIES = [Campaign, CampaignEvent];
