import { randomUUID } from 'node:crypto';
import { book, bookableEvent, bookingBody, openForCheckIn } from './booking';
import { entryFor as entry, shared, v1 } from './matrix';
import type { Entry, Outcomes, Who } from './matrix';
import { bearer, type SignedIn } from './sessions';
import type { TestApp } from './test-app';

interface Context {
  t: TestApp;
  sessions: Record<Exclude<Who, 'anonymous'>, SignedIn>;
}

/**
 * The booking rows: a booking is its visitor's (`family`) and its venue's operators' (`operator`);
 * everyone else, another visitor and the venue's administrators included, is told it does not
 * exist (404). At the entrance everyone but the venue's operators is refused (403). Rows that
 * change a booking book a fresh event each, as one account holds one booking per offering a day;
 * rows that only read share one booking.
 */
export function bookingEntries(context: () => Context): Entry[] {
  const event = () => bookableEvent(context().t, context().sessions.operator, context().sessions.cityAdmin);
  const familyBooking = async () => {
    const { t, sessions } = context();
    const { slotIds, resourceId } = await event();
    const res = await book(t, sessions.family, bookingBody(slotIds[0]));
    if (res.status !== 201) throw new Error(`booking failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id as string, code: res.body.code as string, slotId: slotIds[0], resourceId };
  };
  const sharedBooking = shared(familyBooking);
  const slotToday = shared(async () => {
    const { slotIds } = await event();
    await openForCheckIn(context().t, slotIds[0]);
    return slotIds[0];
  });
  const itsVisitorAndVenue: Outcomes = { expect: { anonymous: 401, family: 200, operator: 200 }, others: 404 };
  const onBooking = (method: Entry['method'], suffix: string, action: string | undefined, booking = sharedBooking) =>
    entry(method, `/bookings/{id}${suffix}`, 'its visitor and the venue’s operators', {
      action,
      prepare: async () => ({ path: v1(`/bookings/${(await booking()).id}${suffix}`) }),
      ...itsVisitorAndVenue,
    });

  /** For each caller a fresh booking of the first of two times, the family's or the counter's, to move to the second. */
  const reschedule = (note: string, channel: 'online' | 'counter', outcomes: Outcomes) =>
    entry('POST', '/bookings/{id}/reschedule', note, {
      action: 'booking.reschedule',
      prepare: async () => {
        const { t, sessions } = context();
        const { slotIds } = await bookableEvent(t, sessions.operator, sessions.cityAdmin, {
          startTimes: ['10:00', '14:00'],
        });
        const online = channel === 'online';
        const res = await book(
          t,
          online ? sessions.family : sessions.operator,
          bookingBody(slotIds[0], online ? {} : { channel }),
        );
        if (res.status !== 201) throw new Error(`booking failed: ${res.status} ${JSON.stringify(res.body)}`);
        return {
          path: v1(`/bookings/${res.body.id}/reschedule`),
          body: { slotId: slotIds[1] },
          headers: { 'Idempotency-Key': randomUUID() },
        };
      },
      ...outcomes,
    });

  return [
    entry('POST', '/bookings', 'any signed-in account', {
      prepare: async () => ({
        path: v1('/bookings'),
        body: bookingBody((await event()).slotIds[0]),
        headers: { 'Idempotency-Key': randomUUID() },
      }),
      expect: { anonymous: 401 },
      others: 201,
    }),
    entry('GET', '/bookings/mine', 'one’s own', {
      prepare: async () => ({ path: v1('/bookings/mine') }),
      expect: { anonymous: 401 },
      others: 200,
    }),
    entry('GET', '/bookings/mine/days', 'one’s own', {
      prepare: async () => ({ path: v1(`/bookings/mine/days?resourceId=${(await sharedBooking()).resourceId}`) }),
      expect: { anonymous: 401 },
      others: 200,
    }),
    entry('GET', '/bookings/mine/contact-phone', 'one’s own', {
      prepare: async () => ({ path: v1('/bookings/mine/contact-phone') }),
      expect: { anonymous: 401 },
      others: 200,
    }),
    onBooking('GET', '', 'booking.read'),
    onBooking('GET', '/qr', undefined),
    onBooking('GET', '/ics', undefined),
    onBooking('POST', '/cancel', 'booking.cancel', familyBooking),
    reschedule('its visitor; the venue’s operators see a family’s online booking but may not move it', 'online', {
      expect: { anonymous: 401, family: 200, operator: 403 },
      others: 404,
    }),
    reschedule('a counter booking: the venue’s operators', 'counter', {
      expect: { anonymous: 401, operator: 200 },
      others: 404,
    }),
    entry('POST', '/check-ins', 'the venue’s operators; to everyone else the code does not exist', {
      action: 'booking.check_in',
      prepare: async () => {
        const booking = await familyBooking();
        await openForCheckIn(context().t, booking.slotId);
        return { path: v1('/check-ins'), body: { code: booking.code } };
      },
      expect: { anonymous: 401, operator: 200 },
      others: 404,
      notFoundCode: 'BOOKING_CODE_UNKNOWN',
    }),
    entry('GET', '/slots/{id}/arrivals', 'the venue’s operators; its administrators refused', {
      action: 'booking.arrivals',
      prepare: async () => ({ path: v1(`/slots/${(await sharedBooking()).slotId}/arrivals`) }),
      expect: { anonymous: 401, operator: 200, futianAdmin: 403, cityAdmin: 403 },
      others: 404,
    }),
    entry(
      'GET',
      '/resources/{id}/check-in-pack',
      'the venue’s operators (offline check-in); its administrators refused',
      {
        action: 'booking.arrivals',
        prepare: async () => ({ path: v1(`/resources/${(await sharedBooking()).resourceId}/check-in-pack`) }),
        expect: { anonymous: 401, operator: 200, futianAdmin: 403, cityAdmin: 403 },
        others: 404,
      },
    ),
    entry('GET', '/resources/{id}/check-in-lookup', 'the venue’s operators (the gate); its administrators refused', {
      action: 'booking.arrivals',
      prepare: async () => ({ path: v1(`/resources/${(await sharedBooking()).resourceId}/check-in-lookup?q=8000`) }),
      expect: { anonymous: 401, operator: 200, futianAdmin: 403, cityAdmin: 403 },
      others: 404,
    }),
    entry('GET', '/console/operator/today', 'a venue’s own operators; everyone else refused, its administrators too', {
      action: 'booking.day',
      prepare: async () => ({
        path: v1(`/console/operator/today?resourceId=${(await sharedBooking()).resourceId}`),
      }),
      expect: { anonymous: 401, operator: 200 },
      others: 403,
    }),
    entry('GET', '/resources/{id}/bookings', 'the venue’s operators (the booking desk); its administrators refused', {
      action: 'booking.arrivals',
      prepare: async () => ({ path: v1(`/resources/${(await sharedBooking()).resourceId}/bookings`) }),
      expect: { anonymous: 401, operator: 200, futianAdmin: 403, cityAdmin: 403 },
      others: 404,
    }),
    entry('POST', '/bookings', 'at the counter or on the phone: the venue’s operators; its administrators refused', {
      action: 'booking.desk',
      prepare: async () => ({
        path: v1('/bookings'),
        body: { ...bookingBody((await event()).slotIds[0]), channel: 'counter' },
        headers: { 'Idempotency-Key': randomUUID() },
      }),
      expect: { anonymous: 401, operator: 201, futianAdmin: 403, cityAdmin: 403 },
      others: 404,
    }),
    entry('POST', '/slots/{id}/walk-ins', 'the venue’s operators; its administrators refused', {
      action: 'booking.desk',
      prepare: async () => ({ path: v1(`/slots/${await slotToday()}/walk-ins`), body: { count: 1 } }),
      expect: { anonymous: 401, operator: 200, futianAdmin: 403, cityAdmin: 403 },
      others: 404,
    }),
    entry('GET', '/saved-visitors', 'one’s own', {
      prepare: async () => ({ path: v1('/saved-visitors') }),
      expect: { anonymous: 401 },
      others: 200,
    }),
    entry('POST', '/saved-visitors', 'one’s own', {
      prepare: async () => ({
        path: v1('/saved-visitors'),
        body: { name: '王秀英', category: 'senior', idNumber: '11010519491231002X' },
      }),
      expect: { anonymous: 401 },
      others: 201,
    }),
    entry('DELETE', '/saved-visitors/{id}', 'its account alone; to everyone else it does not exist', {
      prepare: async () => {
        const { t, sessions } = context();
        const res = await t
          .http()
          .post(v1('/saved-visitors'))
          .set(bearer(sessions.family))
          .send({ name: '张三', category: 'adult' });
        if (res.status !== 201) throw new Error(`saving failed: ${res.status} ${JSON.stringify(res.body)}`);
        return { path: v1(`/saved-visitors/${res.body.id}`) };
      },
      expect: { anonymous: 401, family: 204 },
      others: 404,
    }),
    {
      method: 'GET',
      route: '/dev/mailbox',
      note: 'demo mode only, public',
      prepare: async () => ({ path: '/dev/mailbox' }),
      others: 200,
    },
  ];
}
