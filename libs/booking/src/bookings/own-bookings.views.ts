/** What the booking form knows of the caller's own bookings before anything is typed. */
import { ApiProperty } from '@nestjs/swagger';
import { BOOKING_STATUSES } from './booking.entity';
import type { BookingStatus } from './booking.entity';

/**
 * A day on which the caller already holds a booking of an offering: another booking of that
 * offering that day is refused (ALREADY_BOOKED), so the form says so when the day is chosen.
 */
export class HeldDayView {
  /** The visit day (`YYYY-MM-DD`, Shanghai). */
  visitDate!: string;
  offeringId!: string;
  bookingId!: string;
  /** Confirmed, waitlisted or checked in: the bookings that hold the day. */
  @ApiProperty({ enum: BOOKING_STATUSES })
  status!: BookingStatus;
}

/**
 * The number the caller gave on their latest booking: the next booking's contact phone when it
 * names none and the account has no verified phone of its own.
 */
export class RememberedPhoneView {
  /** Masked (`139****6534`); null when no booking of theirs kept one. */
  phone!: string | null;
  /** Proven by a code then: it is texted again without a new code. */
  proven!: boolean;
}
