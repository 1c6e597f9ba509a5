import { randomUUID } from 'node:crypto';
import { book, bookableEvent, bookingBody, openForCheckIn } from './booking';
import { entryFor as entry, v1 } from './matrix';
import type { Entry, Who } from './matrix';
import type { SignedIn } from './sessions';
import type { TestApp } from './test-app';

interface Context {
  t: TestApp;
  sessions: Record<Exclude<Who, 'anonymous'>, SignedIn>;
}

/**
 * The booking rows: a booking is its visitor's (`family`) and its venue's operators' (`operator`);
 * everyone else is told it does not exist (404). At the entrance an insider of another venue is
 * refused (403). Each row books a fresh event, as one account holds one booking per offering a day.
 */
export function bookingEntries(context: () => Context): Entry[] {
  const event = () => bookableEvent(context().t, context().sessions.operator, context().sessions.cityAdmin);
  const familyBooking = async () => {
    const { t, sessions } = context();
    const { slotIds } = await event();
    const res = await book(t, sessions.family, bookingBody(slotIds[0]));
    if (res.status !== 201) throw new Error(`booking failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id as string, code: res.body.code as string, slotId: slotIds[0] };
  };
  const hidden = { anonymous: 401, operator2: 404, futianAdmin: 404, cityAdmin: 404 };

  return [
    entry('POST', '/bookings', 'any signed-in account', {
      prepare: async () => ({
        path: v1('/bookings'),
        body: bookingBody((await event()).slotIds[0]),
        headers: { 'Idempotency-Key': randomUUID() },
      }),
      expect: { anonymous: 401, family: 201, school: 201 },
    }),
    entry('GET', '/bookings/mine', 'one’s own', {
      prepare: async () => ({ path: v1('/bookings/mine') }),
      expect: { anonymous: 401, family: 200, operator: 200 },
    }),
    entry('GET', '/bookings/{id}', 'its visitor and the venue’s operators', {
      action: 'booking.read',
      prepare: async () => ({ path: v1(`/bookings/${(await familyBooking()).id}`) }),
      expect: { ...hidden, family: 200, operator: 200 },
    }),
    entry('GET', '/bookings/{id}/qr', 'its visitor and the venue’s operators', {
      prepare: async () => ({ path: v1(`/bookings/${(await familyBooking()).id}/qr`) }),
      expect: { ...hidden, family: 200 },
    }),
    entry('GET', '/bookings/{id}/ics', 'its visitor and the venue’s operators', {
      prepare: async () => ({ path: v1(`/bookings/${(await familyBooking()).id}/ics`) }),
      expect: { ...hidden, family: 200 },
    }),
    entry('POST', '/bookings/{id}/cancel', 'its visitor and the venue’s operators', {
      action: 'booking.cancel',
      prepare: async () => ({ path: v1(`/bookings/${(await familyBooking()).id}/cancel`) }),
      expect: { ...hidden, family: 200, operator: 200 },
    }),
    entry('POST', '/check-ins', 'the venue’s operators; insiders elsewhere 403', {
      action: 'booking.check_in',
      prepare: async () => {
        const booking = await familyBooking();
        await openForCheckIn(context().t, booking.slotId);
        return { path: v1('/check-ins'), body: { code: booking.code } };
      },
      expect: { anonymous: 401, family: 403, operator2: 403, futianAdmin: 403, operator: 200 },
    }),
    entry('GET', '/slots/{id}/arrivals', 'the venue’s operators', {
      action: 'booking.arrivals',
      prepare: async () => ({ path: v1(`/slots/${(await familyBooking()).slotId}/arrivals`) }),
      expect: { anonymous: 401, family: 404, operator2: 404, futianAdmin: 403, operator: 200 },
    }),
    {
      method: 'GET',
      route: '/dev/mailbox',
      note: 'demo mode only, public',
      prepare: async () => ({ path: '/dev/mailbox' }),
      expect: { anonymous: 200 },
    },
  ];
}
