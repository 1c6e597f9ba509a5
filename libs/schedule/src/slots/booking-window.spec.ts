import { bookingWindow, slotStatus } from './booking-window';

/** A slot on Saturday 2026-11-28 at 10:00 Shanghai (02:00 UTC), released 7 days ahead at 09:00. */
const startsAt = new Date('2026-11-28T02:00:00Z');
const window = bookingWindow({ bookingOpensDaysAhead: 7, bookingOpensAt: '09:00', cutoffMinutes: 30 }, startsAt);
const status = (utc: string, remaining = 5, cancelled = false) =>
  slotStatus(window, { remaining, cancelled }, new Date(utc));

describe('the booking window, in Shanghai time whatever the server’s timezone', () => {
  it('opens at 09:00 Shanghai (01:00 UTC) seven days before and closes 30 minutes before the start', () => {
    expect(window.opensAt.toISOString()).toBe('2026-11-21T01:00:00.000Z');
    expect(window.closesAt.toISOString()).toBe('2026-11-28T01:30:00.000Z');
  });

  it.each([
    ['2026-11-21T00:59:59Z', 5, false, 'not_open_yet', 'a second before the release'],
    ['2026-11-21T01:00:00Z', 5, false, 'open', 'at the release'],
    ['2026-11-20T17:00:00Z', 5, false, 'not_open_yet', 'already 21 Nov in UTC+8 at 01:00, before 09:00'],
    ['2026-11-25T12:00:00Z', 0, false, 'full', 'nothing left'],
    ['2026-11-28T01:29:59Z', 5, false, 'open', 'just before the cutoff'],
    ['2026-11-28T01:30:00Z', 5, false, 'closed', 'at the cutoff'],
    ['2026-11-25T12:00:00Z', 5, true, 'closed', 'a cancelled slot'],
  ])('at %s with %i left (cancelled: %s) → %s (%s)', (at, remaining, cancelled, expected) => {
    expect(status(at, remaining, cancelled)).toBe(expected);
  });

  it('counts days on the Shanghai calendar for a slot just after midnight', () => {
    const early = bookingWindow(
      { bookingOpensDaysAhead: 1, bookingOpensAt: '20:00', cutoffMinutes: 0 },
      new Date('2026-11-27T16:30:00Z'), // 00:30 on 28 Nov in Shanghai
    );
    expect(early.opensAt.toISOString()).toBe('2026-11-27T12:00:00.000Z'); // 20:00 on 27 Nov in Shanghai
  });
});
