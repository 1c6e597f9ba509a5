import type { SlotStatus } from '../slots/booking-window';
import { ReplanReport } from '../slots/slots.views';
import type { Offering, OfferingAudience, OfferingKind } from './offering.entity';

/** Something visitors book at a venue, with the rules its slots and bookings follow. */
export class OfferingView implements Omit<Offering, 'resource' | 'createdBy'> {
  id!: string;
  resourceId!: string;
  title!: string;
  kind!: OfferingKind;
  description!: string;
  status!: 'active' | 'archived';
  audience!: OfferingAudience;
  /** Slot length in minutes. */
  slotMinutes!: number;
  /** Fixed start times (`HH:MM`); null: slots tile the open ranges. */
  startTimes!: string[] | null;
  /** The only days it runs (`YYYY-MM-DD`); null: every open day. */
  dates!: string[] | null;
  /** The only ISO weekdays it runs (1 = Monday … 7 = Sunday); null: every day of the week. */
  weekdays!: number[] | null;
  validFrom!: string | null;
  validTo!: string | null;
  /** Places per slot for individual visitors. */
  capacity!: number;
  /** Places per slot kept for school groups (馆校合作), apart from individual ones. */
  groupCapacity!: number;
  /** Booking opens this many days before a slot's day… */
  bookingOpensDaysAhead!: number;
  /** …at this Shanghai time (`HH:MM`). */
  bookingOpensAt!: string;
  /** Booking closes this many minutes before a slot starts. */
  cutoffMinutes!: number;
  minPartySize!: number;
  maxPartySize!: number;
  /** An ID number per visitor. */
  realName!: boolean;
  minAge!: number | null;
  maxAge!: number | null;
  /** Price per person in fen (分); 0 is free. */
  priceFen!: number;
  /** Per cent of each slot held back for counter and phone booking… */
  counterShare!: number;
  /** …until this many hours before it starts. */
  counterReleaseHours!: number;
  /** School groups: fewest students. */
  groupMinStudents!: number;
  /** School groups: most students. */
  groupMaxStudents!: number;
  /** At least one teacher per this many students. */
  studentsPerTeacher!: number;
  /** The same, for preschool groups. */
  preschoolStudentsPerTeacher!: number;
  /** A group requests at least this many days before its visit… */
  groupLeadDays!: number;
  /** …and at most this many days before it. */
  groupOpensDaysAhead!: number;
  /** Approved groups a day at the venue (all its offerings). */
  maxGroupsPerDay!: number;
  createdAt!: Date;
  updatedAt!: Date;
}

/** An offering as saved, and what the change did to its slots. */
export class OfferingChangeView extends OfferingView {
  slots!: ReplanReport;
}

/** A slot with the places left and whether it can be booked now. */
export class SlotAvailability {
  slotId!: string;
  /** Shanghai time, e.g. `2026-11-23T09:00:00+08:00`. */
  start!: string;
  end!: string;
  /** Places for individual visitors, and those left to book online. */
  capacity!: number;
  remaining!: number;
  /** Of the places left, those held for counter and phone booking until `deskReleaseAt`. */
  heldForDesk!: number;
  /** When the held places go to online booking (null: none are held). */
  deskReleaseAt!: string | null;
  /** Places kept for school groups, and those left. */
  groupCapacity!: number;
  groupRemaining!: number;
  status!: SlotStatus;
  /** When booking opens (for not_open_yet)… */
  bookingOpensAt!: string;
  /** …and when it closes (the cutoff). */
  bookingClosesAt!: string;
}
