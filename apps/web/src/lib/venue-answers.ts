import { client } from './api/client';
import type { OfferingView, ResourceView, SlotAvailability } from './api/models';
import { upcomingSlots } from './availability';

/**
 * A venue page's first answers, asked for by the router as soon as the page is chosen: the venue and
 * the calendars of its offerings load while the page's own code is still on its way, instead of one
 * after the other (on a slow phone network that is a round trip or two less before the calendar).
 * The page takes what was asked for; a page shown without the router's asking (a second venue in the
 * same view) asks itself.
 */

/** What the public page books: active offerings for individual visitors (groups apply elsewhere). */
export const bookableOfferings = (venue: ResourceView): OfferingView[] =>
  (venue.offerings ?? []).filter((offering) => offering.status === 'active' && offering.audience !== 'group');

/** An early answer is used only while fresh: one asked for and then not shown is not reused later. */
const FRESH_MS = 10_000;
const early = new Map<string, { at: number; answer: Promise<unknown> }>();

function remember<T>(key: string, answer: Promise<T>): void {
  // Not shown yet: a failure is reported by the page that takes it, not as an unhandled rejection.
  answer.catch(() => undefined);
  early.set(key, { at: Date.now(), answer });
}

function take<T>(key: string, ask: () => Promise<T>): Promise<T> {
  const kept = early.get(key);
  early.delete(key);
  return kept && Date.now() - kept.at < FRESH_MS ? (kept.answer as Promise<T>) : ask();
}

const askVenue = async (id: string) => (await client.GET('/api/v1/resources/{id}', { params: { path: { id } } })).data;

/** Asks for the venue, and once it is known for the calendars of what it offers. */
export function prefetchVenue(id: string): void {
  const venue = askVenue(id);
  remember(`venue:${id}`, venue);
  void venue
    .then((shown) => {
      for (const offering of bookableOfferings(shown)) remember(`slots:${offering.id}`, upcomingSlots(offering.id));
    })
    .catch(() => undefined);
}

export const venueAnswer = (id: string): Promise<ResourceView> => take(`venue:${id}`, () => askVenue(id));

export const slotsAnswer = (offeringId: string): Promise<SlotAvailability[]> =>
  take(`slots:${offeringId}`, () => upcomingSlots(offeringId));
