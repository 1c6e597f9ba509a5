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

export interface DeskQuotaRules {
  counterShare: number;
  counterReleaseHours: number;
}

/**
 * The places of a slot held back for counter and phone booking at `now` (docs/booking-rules.md,
 * "The counter quota"): `counterShare` per cent of its capacity, rounded up, until
 * `counterReleaseHours` before it starts; then none. Online booking stops where only these are left.
 */
export function deskHold(
  rules: DeskQuotaRules,
  slot: { capacity: number; startsAt: Date },
  now: Date,
): { held: number; releaseAt: Date | null } {
  if (!rules.counterShare) return { held: 0, releaseAt: null };
  const releaseAt = new Date(slot.startsAt.getTime() - rules.counterReleaseHours * 3_600_000);
  return { held: now < releaseAt ? Math.ceil((slot.capacity * rules.counterShare) / 100) : 0, releaseAt };
}

/** deskHold in SQL, on a slot row and its offering's row (aliases), at the instant `now` (an SQL expression). */
export const deskHoldSql = (slot: string, offering: string, now: string) =>
  `(CASE WHEN ${offering}.counter_share > 0
          AND ${now} < ${slot}.starts_at - make_interval(hours => ${offering}.counter_release_hours)
     THEN ceil(${slot}.capacity * ${offering}.counter_share / 100.0)::int ELSE 0 END)`;
