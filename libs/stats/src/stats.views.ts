/**
 * What the statistics endpoints answer. Counts of people are visitors (a booking for three is three
 * people); rates are fractions between 0 and 1, or null when their denominator is zero.
 */

/** Whose figures: a region (administrators, the public page) or an operator's own venues. */
export interface StatsScope {
  region: { code: string; name: string } | null;
  /** Set when the figures are one venue's, or an operator's venues. */
  resourceIds: string[] | null;
  from: string;
  to: string;
}

/** Service figures of a period: what the booking and group-visit tables say, rolled up per venue and day. */
export interface ServiceFigures {
  slots: number;
  /** Places offered: individual and group capacity of the slots not cancelled. */
  capacity: number;
  /** Bookings that held places (confirmed, checked in, no-show, or cancelled later). */
  bookings: number;
  /** People in bookings that hold places now (confirmed, checked in, no-show). */
  peopleBooked: number;
  /** People who came: checked in (a group's counted headcount). */
  peopleServed: number;
  peopleNoShow: number;
  cancelledBookings: number;
  /** Waitlist entries, and those promoted to a place. */
  waitlisted: number;
  promoted: number;
  /** People booked and served, by visitor category (adult, child, senior). */
  bookedByCategory: Record<'adult' | 'child' | 'senior', number>;
  servedByCategory: Record<'adult' | 'child' | 'senior', number>;
  groupBookings: number;
  groupPeopleServed: number;
  rates: {
    /** People served ÷ places offered on the days that have begun (today included). */
    utilisation: number | null;
    /** No-show people ÷ (served + no-show people): of those due, how many did not come. */
    noShow: number | null;
    /** Cancelled bookings ÷ bookings. */
    cancellation: number | null;
    /** Promoted ÷ waitlisted. */
    waitlistConversion: number | null;
  };
}

export interface RegisterFigures {
  /** Published venues now, in scope. */
  venues: number;
  byType: Record<string, number>;
  byDistrict: Record<string, number>;
  byAccreditationLevel: Record<string, number>;
  /** Venues with at least one accessibility feature, and counts per feature. */
  accessible: number;
  byAccessibility: Record<string, number>;
  activeOfferings: number;
}

export interface GroupFigures {
  requested: number;
  approved: number;
  /** Approved visits' students and teachers. */
  students: number;
  teachers: number;
  byGradeBand: Record<string, number>;
  bySchool: { schoolId: string; name: string; visits: number; students: number }[];
  feedback: { count: number; averageRating: number | null };
}

/** `GET /stats/overview`. */
export interface StatsOverview {
  scope: StatsScope;
  register: RegisterFigures;
  service: ServiceFigures;
  groups: GroupFigures;
}

/** `GET /stats/series`: service figures per day, ISO week (Monday) or month, oldest first. */
export interface StatsSeriesPoint {
  period: string;
  capacity: number;
  bookings: number;
  peopleBooked: number;
  peopleServed: number;
  peopleNoShow: number;
  cancelledBookings: number;
}

/** `GET /stats/venues`: one row per venue in scope. */
export interface VenueStatsRow {
  resourceId: string;
  name: string;
  regionCode: string;
  type: string;
  capacity: number;
  bookings: number;
  peopleBooked: number;
  peopleServed: number;
  peopleNoShow: number;
  utilisation: number | null;
  noShowRate: number | null;
}

/** `GET /stats/districts`: one row per district of the region, with venues per 10,000 residents where known. */
export interface DistrictStatsRow {
  regionCode: string;
  name: string;
  venues: number;
  population: number | null;
  venuesPer10k: number | null;
  peopleServed: number;
  peopleBooked: number;
}

/** `GET /stats/public`: the public account of a region's year, no personal data. */
export interface PublicFigures {
  region: { code: string; name: string };
  year: number;
  venues: number;
  peopleServed: number;
  groupStudents: number;
  byDistrict: { regionCode: string; name: string; venues: number; peopleServed: number; venuesPer10k: number | null }[];
  updatedAt: string;
}
