/** At most a day is credited for one activity (an activity lasts at most a day). */
const MOST_CREDITED = 1440;

/** What one volunteer's sign-in and sign-out come to (docs/outreach.md, "Delivery and volunteer hours"). */
export interface Attendance {
  /** Whole minutes from sign-in to sign-out. */
  attendedMinutes: number;
  /** 60 % of the scheduled duration, rounded up to a whole minute. */
  requiredMinutes: number;
  /** The attended minutes when they reach 60 % of the scheduled duration, else 0. */
  creditedMinutes: number;
}

type Scheduled = { startsAt: Date; endsAt: Date };

const scheduledMs = (scheduled: Scheduled) => scheduled.endsAt.getTime() - scheduled.startsAt.getTime();

/** 60 % of the scheduled duration, in whole minutes rounded up: the least attendance that counts. */
export const requiredMinutes = (scheduled: Scheduled) => Math.ceil((scheduledMs(scheduled) * 3) / 5 / 60_000);

/**
 * The common rule of volunteer platforms: time from sign-in to sign-out counts only when the
 * volunteer was there for at least 60 % of the scheduled duration; otherwise nothing counts.
 */
export function credit(scheduled: Scheduled, signedInAt: Date, signedOutAt: Date): Attendance {
  const attendedMs = Math.max(0, signedOutAt.getTime() - signedInAt.getTime());
  const attendedMinutes = Math.floor(attendedMs / 60_000);
  // In whole milliseconds, so 60 % of 90 minutes is exactly 54 minutes (no floating-point rounding).
  const reached = attendedMs * 5 >= scheduledMs(scheduled) * 3;
  return {
    attendedMinutes,
    requiredMinutes: requiredMinutes(scheduled),
    creditedMinutes: reached ? Math.min(attendedMinutes, MOST_CREDITED) : 0,
  };
}
