import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@kepu/core';
import { CAMPAIGN_STATUSES, type CampaignStatus } from '../campaign.entity';

/** A region a campaign covers, with its name. */
export class CampaignRegionView {
  code!: string;
  name!: string;
}

/** A campaign: public once published; its draft only for the administrators of its regions. */
export class CampaignView {
  id!: string;
  name!: string;
  nameEn!: string | null;
  /** First day (Beijing date). */
  @ApiProperty({ format: 'date' })
  from!: string;
  /** Last day (Beijing date). */
  @ApiProperty({ format: 'date' })
  to!: string;
  /** Theme codes (the register's THEMES vocabulary). */
  themes!: string[];
  regions!: CampaignRegionView[];
  description!: string;
  @ApiProperty({ enum: CAMPAIGN_STATUSES })
  status!: CampaignStatus;
  publishedAt!: Date | null;
  /** Events taking part. */
  eventCount!: number;
  /** Whether the caller runs it (edits, publishes, cancels it). */
  canManage!: boolean;
}

export class CampaignPage extends PageOf(CampaignView) {}
