import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  isLocalDate,
  isoWeekday,
  shanghaiClock,
  shanghaiInstant,
  timeOf,
  minutesOf,
} from './shanghai';

const date = fc.integer({ min: 0, max: 365 * 200 }).map((n) => addDays('1950-01-01', n));

describe('Shanghai dates and times', () => {
  it('moves by whole days, through month ends, leap days and years', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -2000, max: 2000 }), (from, days) => {
        const to = addDays(from, days);
        expect(isLocalDate(to)).toBe(true);
        expect(daysBetween(from, to)).toBe(days);
        expect(addDays(to, -days)).toBe(from);
      }),
      { numRuns: 300 },
    );
  });

  it('steps through the week one weekday a day, Monday after Sunday', () => {
    fc.assert(fc.property(date, (day) => isoWeekday(addDays(day, 1)) === (isoWeekday(day) % 7) + 1));
  });

  it('reads back the Shanghai date and minute of any wall-clock time, whatever the server’s zone', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 1439 }), (day, minutes) => {
        expect(shanghaiClock(shanghaiInstant(day, minutes))).toEqual({ date: day, minutes });
        expect(minutesOf(timeOf(minutes))).toBe(minutes);
      }),
      { numRuns: 300 },
    );
  });

  it('takes only real calendar dates', () => {
    const written = fc
      .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(written, (text) => {
        const [y, m, d] = text.split('-').map(Number);
        const daysInMonth = m >= 1 && m <= 12 ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 0;
        expect(isLocalDate(text)).toBe(d >= 1 && d <= daysInMonth);
      }),
      { numRuns: 500 },
    );
  });
});
