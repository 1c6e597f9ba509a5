import { ApiProperty } from '@nestjs/swagger';

/** What a campaign's events offered and drew, over the campaign's days. */
export class CampaignFigures {
  /** Events taking part (attached, whether still on sale or not). */
  events!: number;
  venues!: number;
  /** Scheduled slots on the campaign's days. */
  slots!: number;
  /** Places in those slots, individual and group. */
  places!: number;
  /** Bookings held on them (confirmed, checked in or missed; not cancelled or waitlisted). */
  bookings!: number;
  peopleBooked!: number;
  /** Visitors checked in at the door. */
  visitorsCheckedIn!: number;
}

export class CampaignDistrictFigures extends CampaignFigures {
  code!: string;
  name!: string;
}

/** `GET /campaigns/{id}/stats`: the campaign's figures, in total and by the district of each venue. */
export class CampaignStats {
  campaignId!: string;
  name!: string;
  @ApiProperty({ format: 'date' })
  from!: string;
  @ApiProperty({ format: 'date' })
  to!: string;
  totals!: CampaignFigures;
  districts!: CampaignDistrictFigures[];
}
