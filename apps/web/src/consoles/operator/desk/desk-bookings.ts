import type { BookingView } from '../../../lib/api/models';

/**
 * Whether the venue may still cancel a booking for its visitor: a family's (a school group's goes
 * through its group visit), confirmed or waitlisted, until its slot ends (docs/booking-rules.md).
 */
export const cancellableAtDesk = (booking: BookingView, now = Date.now()) =>
  booking.kind === 'individual' &&
  (booking.status === 'confirmed' || booking.status === 'waitlisted') &&
  new Date(booking.end).getTime() > now;

/** A booking code in two groups of five, each character apart, to read out on the phone: "AB3K7 M9P2Q". */
export const codeGroups = (code: string): string[][] => [[...code.slice(0, 5)], [...code.slice(5)]];
