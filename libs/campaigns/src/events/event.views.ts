import { ApiProperty } from '@nestjs/swagger';
import { EVENT_KINDS, type EventKind } from '@kepu/schedule';

export class EventLocation {
  lat!: number;
  lng!: number;
}

/** The venue an event takes place at: enough for a list, a map marker and a link to its page. */
export class EventVenueView {
  /** The venue's id: its page is /resources/{id}. */
  id!: string;
  name!: string;
  address!: string;
  districtCode!: string;
  districtName!: string;
  location!: EventLocation;
}

/**
 * An event (an offering of kind `event` or `lab_open_day` at a published venue). It is booked as
 * any offering: GET /offerings/{offeringId}/availability, then POST /bookings with a slot.
 */
export class EventView {
  offeringId!: string;
  title!: string;
  description!: string;
  @ApiProperty({ enum: EVENT_KINDS })
  kind!: EventKind;
  venue!: EventVenueView;
  /** The days it runs (Beijing dates; on a campaign's page, those within the campaign); empty when it runs every open day. */
  @ApiProperty({ type: 'string', format: 'date', isArray: true })
  days!: string[];
  /** Fixed start times `HH:MM`; null: entry windows across the venue's opening hours. */
  startTimes!: string[] | null;
  slotMinutes!: number;
  /** Price per person in fen; 0 is free. */
  priceFen!: number;
  /** Theme codes: on a campaign's page the campaign themes it addresses, in search also the venue's. */
  themes!: string[];
  /** Published campaigns it takes part in. */
  campaignIds!: string[];
  /** Has a slot still to come: its booking can be opened. */
  bookable!: boolean;
}
