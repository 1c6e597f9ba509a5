import { client } from '../../lib/api/client';
import type { GateBookingView } from '../../lib/api/models';
import { myPublishedVenues } from './published-venues';

/** A booking found at the gate, with the venue it is for (an operator may run several). */
export type FoundBooking = GateBookingView & { venue: string };

/**
 * Today's bookings at the operator's venues for a phone or document number a visitor gives
 * instead of a code (GET /resources/{id}/check-in-lookup at each venue), earliest first.
 */
export async function lookUp(q: string): Promise<{ items: FoundBooking[]; more: boolean; venues: number }> {
  const venues = await myPublishedVenues();
  const answers = await Promise.all(
    venues.map(async (venue) => {
      const { data } = await client.GET('/api/v1/resources/{id}/check-in-lookup', {
        params: { path: { id: venue.id }, query: { q } },
      });
      return { ...data, items: data.items.map((item) => ({ ...item, venue: venue.name })) };
    }),
  );
  return {
    items: answers.flatMap((answer) => answer.items).sort((a, b) => a.start.localeCompare(b.start)),
    more: answers.some((answer) => answer.more),
    venues: venues.length,
  };
}
