/**
 * What the gate is told: a checked-in booking with its party as the gate shows it, and the
 * bookings found by a phone or document number. Times are ISO 8601 in Shanghai time.
 */
import { ApiProperty } from '@nestjs/swagger';
import { BOOKING_STATUSES, type BookingKind, type BookingStatus } from '../bookings/booking.entity';
import { BookingView } from '../bookings/booking.views';
import { PackCategoriesView } from './check-in.views';

/** `POST /check-ins`: the booking, and its party as the gate shows it. */
export class CheckedInView extends BookingView {
  /** The visitors' names, masked (`张*`, `J*** D**`); a school group's list is left out. */
  names!: string[];
  categories!: PackCategoriesView;
}

/** A booking of today found at the gate by a phone or document number: masked, to pick and check in. */
export class GateBookingView {
  /** What the gate checks in. */
  code!: string;
  @ApiProperty({ enum: BOOKING_STATUSES })
  status!: BookingStatus;
  @ApiProperty({ enum: ['individual', 'group'] })
  kind!: BookingKind;
  offeringTitle!: string;
  start!: string;
  end!: string;
  partySize!: number;
  /** The visitors' names, masked; a school group's list is left out. */
  names!: string[];
  categories!: PackCategoriesView;
  /** Masked (`138****8000`); null after the purge. */
  contactPhone!: string | null;
  checkedInAt!: Date | null;
}

/** `GET /resources/{id}/check-in-lookup`: today's bookings matching the number, earliest slot first. */
export class GateLookupView {
  items!: GateBookingView[];
  /** More matched than are listed: the number was too short to single one out. */
  more!: boolean;
}
