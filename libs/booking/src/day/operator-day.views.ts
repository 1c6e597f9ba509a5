/**
 * An operator's day at a glance (工作台): for each of their venues, today's slots with who is
 * booked, has arrived and may still come, the group requests waiting for an answer, the edit under
 * review or returned, and the hours and yearly re-confirmation to look at. Times are ISO 8601 in
 * Shanghai time; days `YYYY-MM-DD`.
 */
import { VenueStanding } from '@kepu/register';

/** One of today's slots, counted in people. */
export class DaySlotView {
  slotId!: string;
  offeringTitle!: string;
  start!: string;
  end!: string;
  /** When the gate starts admitting this slot's visitors. */
  checkInOpensAt!: string;
  /** Families' places, and those taken (walk-ins included). */
  capacity!: number;
  booked!: number;
  /** School groups' places, and those taken. */
  groupCapacity!: number;
  groupBooked!: number;
  /** People holding a booking: confirmed, checked in or no-show. */
  expected!: number;
  /** Checked in (a group's counted headcount). */
  arrived!: number;
  /** Booked, not yet checked in. */
  waiting!: number;
  noShow!: number;
  /** Admitted without a booking. */
  walkIns!: number;
  /** Families' places still free. */
  remaining!: number;
}

/** The day's slots added up. */
export class DayTotalsView {
  slots!: number;
  expected!: number;
  arrived!: number;
  waiting!: number;
  walkIns!: number;
  remaining!: number;
}

export class DayTimeRangeView {
  /** `HH:MM`, Shanghai time. */
  open!: string;
  close!: string;
}

/** A public holiday in the next weeks and the venue's hours on it, to check before it comes. */
export class HolidayHoursView {
  /** e.g. 国庆节. */
  name!: string;
  from!: string;
  to!: string;
  /** Holiday days on which the venue opens, of `days`. */
  openDays!: number;
  days!: number;
}

/** The venue's hours as they bear on today and the weeks ahead. */
export class VenueHoursView {
  /** Whether the venue has opening hours at all: without them nothing can be booked. */
  set!: boolean;
  /** Today's open ranges; none: closed today. */
  today!: DayTimeRangeView[];
  /** Public holidays in the next 30 days. */
  holidays!: HolidayHoursView[];
}

/** One venue's day. */
export class VenueDayView {
  venue!: VenueStanding;
  /** Today's slots, earliest first; cancelled ones left out. */
  slots!: DaySlotView[];
  totals!: DayTotalsView;
  /** School groups' requests waiting for the venue's answer. */
  groupRequests!: number;
  hours!: VenueHoursView;
}

/** `GET /console/operator/today`: the operator's venues' day, or one venue's. */
export class OperatorDayView {
  /** Today in Shanghai. */
  date!: string;
  generatedAt!: string;
  /** By name. */
  venues!: VenueDayView[];
}
