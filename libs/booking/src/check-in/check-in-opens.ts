import type { BookingSettings } from '../booking.config';

/** When the gate starts admitting a slot's visitors (and walk-ins): `checkInEarlyMinutes` before it starts. */
export const checkInOpensAt = (startsAt: Date, rules: Pick<BookingSettings, 'checkInEarlyMinutes'>): Date =>
  new Date(startsAt.getTime() - rules.checkInEarlyMinutes * 60_000);
