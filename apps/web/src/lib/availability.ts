import { client } from './api/client';
import type { HeldDayView, SlotAvailability } from './api/models';
import { session } from './session';
import { todayInBeijing } from './time';

/** How far ahead the venue calendar and the flow look. */
export const BOOKING_DAYS = 14;

const window = () => ({ from: todayInBeijing(), to: todayInBeijing(BOOKING_DAYS - 1) });

/** The offering's slots from today through the next two weeks. */
export const upcomingSlots = async (offeringId: string) =>
  (await client.GET('/api/v1/offerings/{id}/availability', { params: { path: { id: offeringId }, query: window() } }))
    .data;

/**
 * The days of the next two weeks on which the signed-in account already holds a booking at a
 * venue: one booking per offering and day, so those days are marked before anything is typed.
 * Nothing for a visitor not signed in, or when the list cannot be read (the booking then says so).
 */
export async function myBookedDays(resourceId: string): Promise<HeldDayView[]> {
  if (!session.me) return [];
  return client
    .GET('/api/v1/bookings/mine/days', { params: { query: { resourceId, ...window() } } })
    .then(({ data }) => data)
    .catch(() => []);
}

/** Whether the account holds a booking of the offering on the day. */
export const hasBooked = (booked: HeldDayView[], offeringId: string, date: string) =>
  booked.some((day) => day.offeringId === offeringId && day.visitDate === date);

/** The days the calendar and the flow offer, as YYYY-MM-DD in Beijing. */
export const bookingDays = () => Array.from({ length: BOOKING_DAYS }, (_, i) => todayInBeijing(i));

/** Slot starts carry Beijing's offset, so their date prefix is the local date. */
export const slotsOn = (slots: SlotAvailability[], date: string) => slots.filter((s) => s.start.startsWith(date));

export type DayState = 'open' | 'full' | 'not_open_yet' | 'none';

/** One day of an offering at a glance: what the venue's calendar and the flow's date step show. */
export interface DaySummary {
  date: string;
  state: DayState;
  /** Places left to book online, over the day's open slots. */
  remaining: number;
  /** When the day's places are released, while they are not yet. */
  opensAt?: string;
  /** Places held for counter and phone booking, and when the first of them go online. */
  held: number;
  releaseAt?: string;
}

/** The calendar's days (bookingDays), each summed up over its own slots: the slots are sorted out by date once. */
export function calendarDays(slots: SlotAvailability[]): DaySummary[] {
  const byDate = new Map<string, SlotAvailability[]>();
  for (const slot of slots) {
    const date = slot.start.slice(0, 10);
    const ofDay = byDate.get(date);
    if (ofDay) ofDay.push(slot);
    else byDate.set(date, [slot]);
  }
  return bookingDays().map((date) => daySummary(byDate.get(date) ?? [], date));
}

export function daySummary(slots: SlotAvailability[], date: string): DaySummary {
  const ofDay = slotsOn(slots, date);
  const open = ofDay.filter((s) => s.status === 'open');
  const waiting = ofDay.filter((s) => s.status === 'not_open_yet');
  const state: DayState = open.length
    ? 'open'
    : waiting.length
      ? 'not_open_yet'
      : ofDay.some((s) => s.status === 'full')
        ? 'full'
        : 'none';
  const holding = ofDay.filter((s) => s.status !== 'closed' && s.heldForDesk > 0 && s.deskReleaseAt);
  return {
    date,
    state,
    remaining: open.reduce((sum, s) => sum + s.remaining, 0),
    // A day's slots open together (the daily release); the earliest, should an offering differ.
    opensAt: waiting.map((s) => s.bookingOpensAt).sort()[0],
    held: holding.reduce((sum, s) => sum + s.heldForDesk, 0),
    releaseAt: holding.map((s) => s.deskReleaseAt as string).sort()[0],
  };
}
