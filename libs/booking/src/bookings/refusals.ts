import { AppError } from '@kepu/core';
import { bookingWindow, shanghaiIso, shanghaiToday } from '@kepu/schedule';
import { BookingErrors } from '../booking-errors';

/** Refusals a booking and its change of time (改期) share: a slot is taken by the same rules either way. */

/** Refuses a slot outside its booking window at `now`: before the release time, or past the cutoff. */
export function refuseOutsideWindow(rules: Parameters<typeof bookingWindow>[0], startsAt: Date, now: Date): void {
  const window = bookingWindow(rules, startsAt);
  if (now < window.opensAt) {
    throw new AppError(BookingErrors.BOOKING_NOT_OPEN, { opensAt: shanghaiIso(window.opensAt) });
  }
  if (now >= window.closesAt) {
    throw new AppError(BookingErrors.BOOKING_CLOSED, { closedAt: shanghaiIso(window.closesAt) });
  }
}

/** When the running no-show bans on an account and on a party's documents end (BansStore). */
export interface Bans {
  accountBan: Date | null;
  visitorBan: Date | null;
}

/** Refuses while the account, or anyone in the party, is banned for no-shows. */
export function refuseBans({ accountBan, visitorBan }: Bans): void {
  const ban = (endsAt: Date) => ({ until: shanghaiToday(endsAt), endsAt: shanghaiIso(endsAt) });
  if (accountBan) throw new AppError(BookingErrors.BOOKING_BANNED, ban(accountBan));
  if (visitorBan) throw new AppError(BookingErrors.VISITOR_BANNED, ban(visitorBan));
}
