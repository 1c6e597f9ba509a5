/**
 * The offline check-in's day pack and what its refusals carry (docs/booking-rules.md, "Offline
 * check-in"). Times are ISO 8601 in Shanghai time; days `YYYY-MM-DD`.
 */
import { ApiProperty } from '@nestjs/swagger';
import type { BookingKind } from '../bookings/booking.entity';

/** How the pack's codes were hashed, so the page hashes a typed or scanned code the same way. */
export class CodeHashView {
  /** HMAC-SHA-256 of the normalised code (upper case, no spaces or hyphens, I and L as 1, O as 0), its first 16 bytes in base64url. */
  @ApiProperty({ enum: ['HMAC-SHA-256-128'] })
  algorithm!: 'HMAC-SHA-256-128';
  /** The key (32 bytes, base64url): this venue's and this day's alone. */
  key!: string;
}

/** People in a booking by category. */
export class PackCategoriesView {
  adult!: number;
  child!: number;
  senior!: number;
}

/** One booking as the device keeps it: no code and no name in clear. */
export class PackBookingView {
  /** The hash of the booking code (CodeHashView). */
  codeHash!: string;
  @ApiProperty({ enum: ['individual', 'group'] })
  kind!: BookingKind;
  @ApiProperty({ enum: ['confirmed', 'checked_in', 'no_show'] })
  status!: 'confirmed' | 'checked_in' | 'no_show';
  partySize!: number;
  /** The visitors' names, masked (`张*`, `J*** D**`); a school group's list is left out. */
  names!: string[];
  categories!: PackCategoriesView;
  checkedInAt!: string | null;
  /** How many came, once checked in. */
  headcount!: number | null;
}

export class PackSlotView {
  slotId!: string;
  offeringTitle!: string;
  start!: string;
  end!: string;
  /** When the gate starts admitting this slot's bookings (the start less the early-entry minutes). */
  checkInOpensAt!: string;
  capacity!: number;
  booked!: number;
  /** Confirmed, checked in and no-show bookings, oldest first. */
  bookings!: PackBookingView[];
}

/** `GET /resources/{id}/check-in-pack`: a venue's day at the gate, for a device to keep and check in from without a network. */
export class CheckInPackView {
  resourceId!: string;
  venueName!: string;
  date!: string;
  /** When the pack was made: bookings made or changed later are not in it. */
  generatedAt!: string;
  codeHash!: CodeHashView;
  /** The day's slots, earliest first. */
  slots!: PackSlotView[];
}

/** A check-in of a booking that another device had already checked in. */
export class CheckInClashView {
  /** The device that sent the later check-in (null: a check-in without a device id). */
  @ApiProperty({ type: 'string', nullable: true })
  deviceId!: string | null;
  /** When that device checked the booking in. */
  checkedInAt!: string;
  /** When it reached the server. */
  reportedAt!: string;
}

/** A booking of the slot checked in on two devices: the check-in that counted, and the later ones. */
export class CheckInClashesView {
  bookingId!: string;
  code!: string;
  /** The check-in that counted. */
  checkedInAt!: string;
  clashes!: CheckInClashView[];
}

/** CHECKED_IN_ON_ANOTHER_DEVICE: when the booking was checked in on the other device. */
export class CheckedInElsewhere {
  checkedInAt!: string;
}

/** CHECK_IN_TIME_INVALID: the times a check-in of this booking may carry. */
export class CheckInWindow {
  opensAt!: string;
  /** The slot's end, or now when that is earlier. */
  closesAt!: string;
}

/** ALREADY_CHECKED_IN: when the booking was checked in, and whether on the device asking again. */
export class AlreadyCheckedIn {
  checkedInAt!: string;
  /** True: on the device that sent this check-in; false: on another; null: a device was not named on one side. */
  @ApiProperty({ type: 'boolean', nullable: true })
  onThisDevice!: boolean | null;
}
