/**
 * What the booking and check-in endpoints answer. Times of a slot (`start`, `end`,
 * `cancellableUntil`, `reschedulableUntil`) are ISO 8601 in Shanghai time
 * (`2026-05-01T09:30:00+08:00`); `visitDate` is the slot's day there (`2026-05-01`).
 */
import { ApiProperty } from '@nestjs/swagger';
import { CheckInClashesView } from '../check-in/check-in.views';
import { DOCUMENT_TYPES, DocumentType, PageOf } from '@kepu/core';
import type { Offering } from '@kepu/schedule';
import { BOOKING_CHANNELS } from './booking.entity';
import type { BookingChannel, BookingKind, BookingStatus, VisitorCategory } from './booking.entity';

export class BookingVenueView {
  id!: string;
  name!: string;
  /** For English readers; null when the venue gives none. */
  nameEn!: string | null;
}

export class BookingOfferingView {
  id!: string;
  title!: string;
  kind!: Offering['kind'];
}

export class BookingVisitorView {
  /** Null once erased, after the purge. */
  name!: string | null;
  category!: VisitorCategory;
  /** The number of the visitor's document, masked (`4403**********123X`, `E1*****78`); null when none was given or after the purge. */
  idNumber!: string | null;
  @ApiProperty({ type: 'string', nullable: true, enum: [...DOCUMENT_TYPES, null] })
  documentType!: DocumentType | null;
  /** ISO 3166-1 alpha-3: the country that issued a passport, the nationality on a permanent resident card. */
  documentCountry!: string | null;
}

export class BookingView {
  id!: string;
  /** What the visitor shows at the entrance (10 characters). */
  code!: string;
  status!: BookingStatus;
  /** A family's booking, or a school group's (managed through its group visit). */
  kind!: BookingKind;
  /** Booked by the visitor online, or for them by the venue at the counter or on the phone. */
  @ApiProperty({ enum: BOOKING_CHANNELS })
  channel!: BookingChannel;
  slotId!: string;
  start!: string;
  end!: string;
  visitDate!: string;
  venue!: BookingVenueView;
  offering!: BookingOfferingView;
  partySize!: number;
  /** The party, in the order it was booked. */
  visitors!: BookingVisitorView[];
  /** Masked; null after the purge. */
  contactPhone!: string | null;
  /** Proven by a code or the account's own verified phone: booking news is texted only to such a number. */
  contactPhoneVerified!: boolean;
  /** Until when the visitor may cancel; null when it can no longer be cancelled. */
  cancellableUntil!: string | null;
  /**
   * Until when the booking may move to another time of its offering (POST /bookings/{id}/reschedule);
   * null when it cannot: not a confirmed family booking, no changes left, or too late.
   */
  reschedulableUntil!: string | null;
  /** How many more times it may change its time (of MAX_RESCHEDULES, 2): shown before the limit is reached. */
  reschedulesLeft!: number;
  /** 1 for the next in line; only while waitlisted. Nobody behind goes first until booking closes. */
  waitlistPosition?: number;
  /** Places already set aside for this party, first in line, until booking closes; only while waitlisted. */
  waitlistPlacesHeld?: number;
  createdAt!: Date;
  checkedInAt!: Date | null;
  /** How many came, once checked in. */
  headcount!: number | null;
  cancelledAt!: Date | null;
  @ApiProperty({ type: 'string', nullable: true, enum: ['visitor', 'venue', null] })
  cancelledBy!: 'visitor' | 'venue' | null;
}

export class BookingPage extends PageOf(BookingView) {}

/** People (not bookings) in a slot, by where they stand. */
export class ArrivalTotalsView {
  /** Holding places: confirmed, checked in or no-show. */
  expected!: number;
  /** Checked in (a group's counted headcount). */
  arrived!: number;
  /** Confirmed and not yet checked in. */
  waiting!: number;
  noShow!: number;
  waitlisted!: number;
  /** Admitted without a booking (POST /slots/{id}/walk-ins): part of `booked`, not of `expected`. */
  walkIns!: number;
}

/** `GET /slots/{id}/arrivals`: who is expected in a slot and who has arrived. */
export class SlotArrivalsView {
  slotId!: string;
  start!: string;
  end!: string;
  capacity!: number;
  booked!: number;
  groupCapacity!: number;
  groupBooked!: number;
  totals!: ArrivalTotalsView;
  /** Everyone holding a place or waitlisted, oldest booking first. */
  bookings!: BookingView[];
  /** Bookings checked in on two devices (a code admitted twice while a gate was offline), for the staff to look into. */
  checkInClashes!: CheckInClashesView[];
}
