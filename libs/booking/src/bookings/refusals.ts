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

/**
 * SQL columns: when the no-show ban on account `$1` ends, and the latest on any of the documents
 * `$2` (their lookup hashes, bytea[]), if one is running (docs/booking-rules.md, "No-shows").
 */
export const BAN_COLUMNS = `(SELECT max(ends_at) FROM booking_bans WHERE account_id = $1 AND ends_at > now()) AS "accountBan",
  (SELECT max(ends_at) FROM booking_bans
    WHERE cardinality($2::bytea[]) > 0 AND id_hashes && $2::bytea[] AND ends_at > now()) AS "visitorBan"`;

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
