import { defineConfigSlice, WholeNumber } from '@kepu/core';

class BookingVariables {
  @WholeNumber(1, 1000)
  BOOKING_NO_SHOW_LIMIT?: number;

  @WholeNumber(1, 1000)
  BOOKING_NO_SHOW_WINDOW_DAYS?: number;

  @WholeNumber(1, 1000)
  BOOKING_NO_SHOW_BAN_DAYS?: number;

  @WholeNumber(0, 1000)
  BOOKING_CHECK_IN_EARLY_MINUTES?: number;

  @WholeNumber(1, 1000)
  BOOKING_MAX_ACTIVE?: number;

  @WholeNumber(1, 1000)
  BOOKING_MAX_CANCELLATIONS_PER_DAY?: number;
}

/**
 * The booking rules of docs/booking-rules.md, each overridable for a deployment. How long visitors'
 * numbers are kept (`BOOKING_PERSONAL_DATA_DAYS`) is core's `privacy.personalDataDays`: identity,
 * notify and core's outbox purge follow it too.
 */
export interface BookingSettings {
  /** No-shows within `noShowWindowDays` that block new bookings for `noShowBanDays`. */
  noShowLimit: number;
  noShowWindowDays: number;
  noShowBanDays: number;
  /** Check-in opens this many minutes before a slot starts (and closes when it ends). */
  checkInEarlyMinutes: number;
  /** Against hoarding: confirmed or waitlisted bookings whose slot has not ended, per account. */
  maxActiveBookings: number;
  /** Against scalpers releasing and re-taking places: a visitor's own cancellations per day. */
  maxCancellationsPerDay: number;
}

/** Booking's configuration slice, at `config.booking` (docs/configuration.md). */
export const bookingConfig = defineConfigSlice({
  key: 'booking',
  variables: BookingVariables,
  read: (raw): BookingSettings => ({
    noShowLimit: raw.BOOKING_NO_SHOW_LIMIT ?? 3,
    noShowWindowDays: raw.BOOKING_NO_SHOW_WINDOW_DAYS ?? 180,
    noShowBanDays: raw.BOOKING_NO_SHOW_BAN_DAYS ?? 30,
    checkInEarlyMinutes: raw.BOOKING_CHECK_IN_EARLY_MINUTES ?? 30,
    maxActiveBookings: raw.BOOKING_MAX_ACTIVE ?? 5,
    maxCancellationsPerDay: raw.BOOKING_MAX_CANCELLATIONS_PER_DAY ?? 3,
  }),
});
