import { addDays, LocalTime, minutesOf, shanghaiClock, shanghaiInstant } from '../shanghai';

export interface BookingWindowRules {
  bookingOpensDaysAhead: number;
  bookingOpensAt: LocalTime;
  cutoffMinutes: number;
}

/**
 * When a slot can be booked: from `bookingOpensAt` Shanghai time, `bookingOpensDaysAhead` days before
 * the slot's day (the daily ticket release), until `cutoffMinutes` before it starts.
 */
export function bookingWindow(rules: BookingWindowRules, startsAt: Date): { opensAt: Date; closesAt: Date } {
  const slotDay = shanghaiClock(startsAt).date;
  return {
    opensAt: shanghaiInstant(addDays(slotDay, -rules.bookingOpensDaysAhead), minutesOf(rules.bookingOpensAt)),
    closesAt: new Date(startsAt.getTime() - rules.cutoffMinutes * 60_000),
  };
}

export type SlotStatus = 'open' | 'full' | 'closed' | 'not_open_yet';

export function slotStatus(
  window: { opensAt: Date; closesAt: Date },
  slot: { cancelled: boolean; remaining: number },
  now: Date,
): SlotStatus {
  if (slot.cancelled || now >= window.closesAt) return 'closed';
  if (now < window.opensAt) return 'not_open_yet';
  return slot.remaining <= 0 ? 'full' : 'open';
}
