import fc from 'fast-check';
import { bookingDays, calendarDays, daySummary } from '../src/lib/availability';
import type { SlotAvailability } from '../src/lib/api/models';
import { todayInBeijing } from '../src/lib/time';

/** Slots on the calendar's days and just outside them, in any state, as the availability answer gives them. */
const slot = fc
  .record({
    day: fc.integer({ min: -1, max: 15 }),
    hour: fc.integer({ min: 8, max: 18 }),
    status: fc.constantFrom('open', 'closed', 'full', 'not_open_yet' as const),
    remaining: fc.integer({ min: 0, max: 300 }),
    heldForDesk: fc.integer({ min: 0, max: 20 }),
    opensInHours: fc.integer({ min: 1, max: 300 }),
  })
  .map(({ day, hour, status, remaining, heldForDesk, opensInHours }): SlotAvailability => {
    const start = `${todayInBeijing(day)}T${String(hour).padStart(2, '0')}:00:00+08:00`;
    const at = (hours: number) => new Date(Date.parse(start) - hours * 3_600_000).toISOString();
    return {
      slotId: `${day}-${hour}`,
      start,
      end: start.replace(/T(\d\d)/, (_, h: string) => `T${String(Number(h) + 1).padStart(2, '0')}`),
      capacity: 300,
      remaining,
      heldForDesk,
      deskReleaseAt: heldForDesk ? at(2) : null,
      groupCapacity: 0,
      groupRemaining: 0,
      status,
      bookingOpensAt: at(opensInHours),
      bookingClosesAt: at(0.5),
    };
  });

describe('calendarDays', () => {
  it('sums up each day as daySummary does over all the slots', () => {
    fc.assert(
      fc.property(fc.array(slot, { maxLength: 120 }), (slots) => {
        expect(calendarDays(slots)).toEqual(bookingDays().map((date) => daySummary(slots, date)));
      }),
    );
  });
});
