/**
 * What the statistics endpoints answer. Counts of people are visitors (a booking for three is three
 * people); rates are fractions between 0 and 1, or null when their denominator is zero.
 */
import { ApiProperty } from '@nestjs/swagger';

/** Counts per code, e.g. `{ "museum": 12 }`. */
const COUNTS = { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } } as const;

export class StatsRegion {
  code!: string;
  name!: string;
}

/** Whose figures: a region (administrators, the public page) or an operator's own venues. */
export class StatsScope {
  /** Null when the figures are one venue's, or an operator's venues. */
  @ApiProperty({
    // Inline, as StatsRegion: OpenAPI 3.0's `nullable` beside a $ref (allOf) does not admit null to a validator.
    type: 'object',
    nullable: true,
    required: ['code', 'name'],
    properties: { code: { type: 'string' }, name: { type: 'string' } },
    additionalProperties: false,
  })
  region!: StatsRegion | null;
  /** Set when the figures are one venue's, or an operator's venues. */
  resourceIds!: string[] | null;
  /** The first day of the period (a Beijing date, YYYY-MM-DD). */
  from!: string;
  /** The last day of the period (a Beijing date, YYYY-MM-DD). */
  to!: string;
}

/** People per visitor category. */
export class CategoryCounts {
  adult!: number;
  child!: number;
  senior!: number;
}

export class ServiceRates {
  /** People served ÷ places offered on the days that have begun (today included). */
  utilisation!: number | null;
  /** No-show people ÷ (booked people served + no-show people): of those due, how many did not come. */
  noShow!: number | null;
  /** Cancelled bookings ÷ bookings. */
  cancellation!: number | null;
  /** Promoted ÷ waitlisted. */
  waitlistConversion!: number | null;
}

export class ChannelCounts {
  /** By the visitor's own account. */
  online!: number;
  /** By the venue's staff at the counter. */
  counter!: number;
  /** By the venue's staff for a caller. */
  phone!: number;
}

/** Service figures of a period: what the booking and group-visit tables say, rolled up per venue and day. */
export class ServiceFigures {
  slots!: number;
  /** Places offered: individual and group capacity of the slots not cancelled. */
  capacity!: number;
  /** Bookings that held places (confirmed, checked in, no-show, or cancelled later). */
  bookings!: number;
  /** People in bookings that hold places now (confirmed, checked in, no-show). */
  peopleBooked!: number;
  /** People who came: checked in (a group's counted headcount), and walk-ins. */
  peopleServed!: number;
  /** People admitted without a booking (counted in peopleServed). */
  walkIns!: number;
  /** People booked, by how the booking was made. */
  bookedByChannel!: ChannelCounts;
  peopleNoShow!: number;
  cancelledBookings!: number;
  /** Waitlist entries. */
  waitlisted!: number;
  /** Waitlist entries promoted to a place. */
  promoted!: number;
  /** People booked, by visitor category. */
  bookedByCategory!: CategoryCounts;
  /** People served, by visitor category. */
  servedByCategory!: CategoryCounts;
  groupBookings!: number;
  groupPeopleServed!: number;
  rates!: ServiceRates;
}

export class RegisterFigures {
  /** Published venues now, in scope. */
  venues!: number;
  @ApiProperty({ ...COUNTS, description: 'Venues per resource type code' })
  byType!: Record<string, number>;
  @ApiProperty({ ...COUNTS, description: 'Venues per district region code' })
  byDistrict!: Record<string, number>;
  @ApiProperty({ ...COUNTS, description: 'Venues per accreditation level code' })
  byAccreditationLevel!: Record<string, number>;
  /** Venues with at least one accessibility feature. */
  accessible!: number;
  @ApiProperty({ ...COUNTS, description: 'Venues per accessibility feature code' })
  byAccessibility!: Record<string, number>;
  activeOfferings!: number;
}

export class SchoolFigures {
  schoolId!: string;
  name!: string;
  visits!: number;
  students!: number;
}

export class GroupFeedback {
  count!: number;
  /** 1 to 5, to two decimals; null without feedback. */
  averageRating!: number | null;
}

export class GroupFigures {
  requested!: number;
  approved!: number;
  /** Approved visits' students. */
  students!: number;
  /** Approved visits' teachers. */
  teachers!: number;
  /** Students, as `students` counts them, so the bands add up to it. */
  @ApiProperty({ ...COUNTS, description: 'Students of approved visits per grade band' })
  byGradeBand!: Record<string, number>;
  /** The hundred schools with the most students in approved visits. */
  @ApiProperty({ type: () => [SchoolFigures], maxItems: 100 })
  bySchool!: SchoolFigures[];
  feedback!: GroupFeedback;
}

/** `GET /stats/overview`. */
export class StatsOverview {
  scope!: StatsScope;
  register!: RegisterFigures;
  service!: ServiceFigures;
  groups!: GroupFigures;
}

/** `GET /stats/series`: service figures per day, ISO week (Monday) or month, oldest first, every one of the period (zeros where there were no sessions). */
export class StatsSeriesPoint {
  /** The period's first day (YYYY-MM-DD). */
  period!: string;
  capacity!: number;
  bookings!: number;
  peopleBooked!: number;
  peopleServed!: number;
  peopleNoShow!: number;
  cancelledBookings!: number;
}

/** `GET /stats/venues`: one row per venue in scope. */
export class VenueStatsRow {
  resourceId!: string;
  name!: string;
  /** For English readers; null when the venue gives none. */
  nameEn!: string | null;
  regionCode!: string;
  type!: string;
  capacity!: number;
  bookings!: number;
  peopleBooked!: number;
  /** Checked in, and walk-ins. */
  peopleServed!: number;
  /** Admitted without a booking. */
  walkIns!: number;
  peopleNoShow!: number;
  utilisation!: number | null;
  noShowRate!: number | null;
}

/** `GET /stats/districts`: one row per district of the region, with venues per 10,000 residents where known. */
export class DistrictStatsRow {
  regionCode!: string;
  name!: string;
  venues!: number;
  population!: number | null;
  venuesPer10k!: number | null;
  peopleServed!: number;
  peopleBooked!: number;
  /** People reached by outreach activities delivered in the district (docs/outreach.md). */
  outreachPeopleReached!: number;
}

export class PublicDistrictFigures {
  regionCode!: string;
  name!: string;
  venues!: number;
  /** 服务人次: people served at venues and reached by outreach activities. */
  peopleServed!: number;
  /** Of those, reached by outreach activities. */
  outreachPeopleReached!: number;
  venuesPer10k!: number | null;
}

/** `GET /stats/public`: the public account of a region's year, no personal data. */
export class PublicFigures {
  region!: StatsRegion;
  year!: number;
  venues!: number;
  /** 服务人次: people served at venues and reached by outreach activities. */
  peopleServed!: number;
  /** Of those, reached by outreach activities. */
  outreachPeopleReached!: number;
  groupStudents!: number;
  byDistrict!: PublicDistrictFigures[];
  /** When the figures were last rolled up. */
  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

/** Orders made in the period, by where they stand now. */
export class OutreachOrderCounts {
  total!: number;
  submitted!: number;
  open!: number;
  taken!: number;
  scheduled!: number;
  confirmed!: number;
  completed!: number;
  cancelled!: number;
}

export class OutreachDistrictRow {
  regionCode!: string;
  name!: string;
  orders!: number;
  completed!: number;
  peopleReached!: number;
  volunteerMinutes!: number;
  /** Median hours from an order to a provider taking it; null when none was taken. */
  medianHoursToTake!: number | null;
}

export class OutreachTeamRow {
  teamId!: string;
  name!: string;
  volunteers!: number;
  activities!: number;
  /** Credited by sign-in and sign-out (the 60 % rule). */
  minutes!: number;
  /** Added by hand by administrators, kept apart. */
  manualMinutes!: number;
}

/** `GET /stats/outreach`: science brought to schools and communities in a region over a period. */
export class OutreachFigures {
  scope!: StatsScope;
  orders!: OutreachOrderCounts;
  medianHoursToTake!: number | null;
  /** Activities held in the period and completed. */
  activitiesDelivered!: number;
  peopleReached!: number;
  volunteers!: number;
  volunteerMinutes!: number;
  manualMinutes!: number;
  ratings!: number;
  averageRating!: number | null;
  /** Ratings of 1 or 2, which were flagged to the district. */
  lowRatings!: number;
  byDistrict!: OutreachDistrictRow[];
  byTeam!: OutreachTeamRow[];
}
