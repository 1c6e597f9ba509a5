import { client } from './api/client';
import type { SlotAvailability } from './api/models';
import { todayInBeijing } from './time';

/** How far ahead the venue calendar and the booking flow look. */
export const BOOKING_DAYS = 14;

/** The offering's slots from today through the next two weeks. */
export const upcomingSlots = async (offeringId: string) =>
  (
    await client.GET('/api/v1/offerings/{id}/availability', {
      params: { path: { id: offeringId }, query: { from: todayInBeijing(), to: todayInBeijing(BOOKING_DAYS - 1) } },
    })
  ).data;

/** The days the calendar and the flow offer, as YYYY-MM-DD in Beijing. */
export const bookingDays = () => Array.from({ length: BOOKING_DAYS }, (_, i) => todayInBeijing(i));

/** Slot starts carry Beijing's offset, so their date prefix is the local date. */
export const slotsOn = (slots: SlotAvailability[], date: string) => slots.filter((s) => s.start.startsWith(date));
