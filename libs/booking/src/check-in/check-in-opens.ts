import type { KepuConfig } from '@kepu/core';

/** When the gate starts admitting a slot's visitors (and walk-ins): `checkInEarlyMinutes` before it starts. */
export const checkInOpensAt = (startsAt: Date, rules: KepuConfig['booking']): Date =>
  new Date(startsAt.getTime() - rules.checkInEarlyMinutes * 60_000);
