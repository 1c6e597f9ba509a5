import fc from 'fast-check';
import { hoursOn, OpeningHours } from '../hours/opening-hours';
import { addDays, minutesOf, shanghaiClock, timeOf } from '../shanghai';
import { overlappingStarts, plannedSlots, SlotRules, startsOutsideHours, undividedRanges } from './slot-plan';

const hours: OpeningHours = {
  weekly: [
    { days: [2, 3, 4, 5, 6, 7], open: '09:00', close: '12:00' },
    { days: [2, 3, 4, 5, 6, 7], open: '13:00', close: '17:00' },
  ],
  seasons: [],
  publicHolidays: 'open',
  holidayHours: null,
  makeupWorkdays: 'as_weekday',
  exceptions: [],
};
const rules = (over: Partial<SlotRules> = {}): SlotRules => ({
  kind: 'general_admission',
  slotMinutes: 60,
  startTimes: null,
  dates: null,
  weekdays: null,
  validFrom: null,
  validTo: null,
  ...over,
});
const local = (at: Date) => {
  const { date, minutes } = shanghaiClock(at);
  return `${date} ${timeOf(minutes)}`;
};
const plan = (r: SlotRules, h = hours, from = '2026-11-23', to = '2026-11-24') =>
  plannedSlots(r, (date) => hoursOn(h, date), from, to).map((s) => `${local(s.startsAt)}–${local(s.endsAt).slice(11)}`);

describe('plannedSlots', () => {
  it('tiles each open range on open days only, in Shanghai time', () => {
    expect(plan(rules())).toEqual([
      '2026-11-24 09:00–10:00',
      '2026-11-24 10:00–11:00',
      '2026-11-24 11:00–12:00',
      '2026-11-24 13:00–14:00',
      '2026-11-24 14:00–15:00',
      '2026-11-24 15:00–16:00',
      '2026-11-24 16:00–17:00',
    ]);
  });

  it('crosses noon when a range does', () => {
    const allDay = { ...hours, weekly: [{ days: [2], open: '10:00', close: '14:00' }] };
    expect(plan(rules({ slotMinutes: 120 }), allDay)).toEqual(['2026-11-24 10:00–12:00', '2026-11-24 12:00–14:00']);
  });

  it('places fixed start times that fit in an open range, and skips those that do not', () => {
    expect(plan(rules({ startTimes: ['10:00', '11:30', '14:00'], slotMinutes: 45 }))).toEqual([
      '2026-11-24 10:00–10:45',
      '2026-11-24 14:00–14:45',
    ]);
  });

  it('runs only on its dates and validity period', () => {
    expect(plan(rules({ dates: ['2026-11-25'] }), hours, '2026-11-23', '2026-11-30')).toHaveLength(7);
    expect(plan(rules({ validFrom: '2026-11-29' }), hours, '2026-11-23', '2026-11-30')).toHaveLength(7);
  });

  it('runs only on its weekdays, unless dates name the days', () => {
    // 2026-11-24 is a Tuesday, 2026-11-28 a Saturday.
    const saturdays = plan(rules({ weekdays: [6] }), hours, '2026-11-23', '2026-11-30');
    expect(new Set(saturdays.map((slot) => slot.slice(0, 10)))).toEqual(new Set(['2026-11-28']));
    expect(plan(rules({ weekdays: [6], dates: ['2026-11-25'] }), hours, '2026-11-23', '2026-11-30')).toHaveLength(7);
  });

  it('gives an event with dates its own times, even on a day the venue is closed', () => {
    const event = rules({ kind: 'event', dates: ['2026-11-23'], startTimes: ['19:00'], slotMinutes: 120 });
    expect(plan(event)).toEqual(['2026-11-23 19:00–21:00']);
  });

  it('gives a lab open day with dates and start times its own times on a closed day, and the hours without them', () => {
    const openDay = rules({ kind: 'lab_open_day', dates: ['2026-11-23'], startTimes: ['09:30'], slotMinutes: 90 });
    expect(plan(openDay)).toEqual(['2026-11-23 09:30–11:00']);
    expect(plan({ ...openDay, startTimes: null })).toEqual([]);
    const everyOpenDay = rules({ kind: 'lab_open_day', startTimes: ['09:30'], slotMinutes: 90 });
    expect(plan(everyOpenDay)).toEqual(['2026-11-24 09:30–11:00']);
  });

  it('finds slot lengths that do not divide a range, and start times outside every range', () => {
    expect(undividedRanges(rules({ slotMinutes: 90 }), hours)).toEqual([{ open: '13:00', close: '17:00' }]);
    expect(undividedRanges(rules({ slotMinutes: 60 }), hours)).toEqual([]);
    // Only the ranges of its own weekdays bind an offering that runs on some.
    const split = { ...hours, weekly: [...hours.weekly, { days: [1], open: '10:00', close: '11:30' }] };
    expect(undividedRanges(rules({ slotMinutes: 60, weekdays: [1] }), split)).toEqual([
      { open: '10:00', close: '11:30' },
    ]);
    expect(undividedRanges(rules({ slotMinutes: 60, weekdays: [6, 7] }), split)).toEqual([]);
    expect(startsOutsideHours(rules({ startTimes: ['08:00', '09:00'] }), hours)).toEqual(['08:00']);
    expect(overlappingStarts(rules({ startTimes: ['10:30', '10:00', '12:00'] }))).toEqual(['10:30']);
  });
});

/** Random weekly hours: for each weekday, up to three non-overlapping ranges on a 15-minute grid. */
const weeklyHours = fc
  .array(fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 }), { minLength: 7, maxLength: 7 })
  .map((week): OpeningHours => ({
    ...hours,
    weekly: week.flatMap((cuts, i) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      const rules = [];
      for (let c = 0; c + 1 < sorted.length; c += 2) {
        rules.push({ days: [i + 1], open: timeOf(sorted[c] * 15), close: timeOf(Math.min(sorted[c + 1] * 15, 1439)) });
      }
      return rules;
    }),
  }));

describe('plannedSlots properties', () => {
  it('never overlap and always fall inside the day’s open ranges', () => {
    fc.assert(
      fc.property(
        weeklyHours,
        fc.constantFrom(15, 30, 45, 60, 90, 120),
        fc.option(
          fc.uniqueArray(
            fc.integer({ min: 0, max: 95 }).map((q) => timeOf(q * 15)),
            { minLength: 1, maxLength: 6 },
          ),
          {
            nil: null,
          },
        ),
        fc.integer({ min: 0, max: 30 }),
        (h, slotMinutes, startTimes, offset) => {
          fc.pre(overlappingStarts({ startTimes, slotMinutes }).length === 0); // refused as bad input
          const from = addDays('2026-11-23', offset);
          const to = addDays(from, 13);
          const slots = plannedSlots(rules({ slotMinutes, startTimes }), (date) => hoursOn(h, date), from, to);
          for (let i = 1; i < slots.length; i++) {
            expect(slots[i].startsAt.getTime()).toBeGreaterThanOrEqual(slots[i - 1].endsAt.getTime());
          }
          for (const slot of slots) {
            const { date, minutes: start } = shanghaiClock(slot.startsAt);
            const end = start + slotMinutes;
            expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(slotMinutes * 60_000);
            const inside = hoursOn(h, date).ranges.some((r) => minutesOf(r.open) <= start && end <= minutesOf(r.close));
            expect(inside).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('fall only between the dates asked, in order, on their own Shanghai date, and never on a closed day', () => {
    fc.assert(
      fc.property(
        weeklyHours,
        fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 5 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 14 }),
        fc.constantFrom(15, 30, 60),
        (weekly, closedOffsets, offset, length, slotMinutes) => {
          const from = addDays('2026-11-23', offset);
          const to = addDays(from, length);
          const closed = closedOffsets.map((n) => addDays('2026-11-23', n));
          const h = { ...weekly, exceptions: closed.map((date) => ({ date, closed: true })) };
          const slots = plannedSlots(rules({ slotMinutes }), (date) => hoursOn(h, date), from, to);
          return slots.every(
            (slot, i) =>
              slot.date >= from &&
              slot.date <= to &&
              shanghaiClock(slot.startsAt).date === slot.date &&
              !closed.includes(slot.date) &&
              (i === 0 || slot.startsAt > slots[i - 1].startsAt),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
