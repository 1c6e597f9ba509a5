import fc from 'fast-check';
import { CalendarDay, hoursOn, hoursProblems, hoursStatus, OpeningHours, openingHoursJsonLd } from './opening-hours';
import { addDays, minutesOf, shanghaiClock, shanghaiInstant, timeOf } from '../shanghai';

/** A typical museum: closed Mondays except on public holidays, 09:00–17:00 with a lunch break on weekdays. */
const museum: OpeningHours = {
  weekly: [
    { days: [2, 3, 4, 5], open: '09:00', close: '12:00' },
    { days: [2, 3, 4, 5], open: '13:30', close: '17:00' },
    { days: [6, 7], open: '09:00', close: '17:30' },
  ],
  seasons: [
    {
      name: '暑期',
      from: '2027-07-01',
      to: '2027-08-31',
      weekly: [{ days: [2, 3, 4, 5, 6, 7], open: '09:00', close: '20:00' }],
    },
  ],
  publicHolidays: 'open',
  holidayHours: null,
  makeupWorkdays: 'as_weekday',
  exceptions: [
    { date: '2027-01-20', closed: true, note: '设备检修' },
    { date: '2027-10-01', closed: true, note: '布展' },
    { date: '2027-03-05', closed: false, open: '18:00', close: '21:00', note: '观星夜' },
  ],
};

const calendar = new Map<string, CalendarDay>([
  ['2026-10-05', { kind: 'holiday', name: '国庆节' }], // a Monday
  ['2026-10-10', { kind: 'workday', name: '国庆节' }], // a make-up Saturday
  ['2027-10-01', { kind: 'holiday', name: '国庆节' }],
]);
const on = (hours: OpeningHours, date: string) => hoursOn(hours, date, calendar.get(date));
const ranges = (hours: OpeningHours, date: string) => on(hours, date).ranges.map((r) => `${r.open}-${r.close}`);

describe('hoursOn: what a Chinese venue’s rules mean on a given day', () => {
  it.each([
    // date, expected ranges, reason, why
    ['2026-11-23', [], 'weekly', 'an ordinary Monday: closed'],
    ['2026-11-24', ['09:00-12:00', '13:30-17:00'], 'weekly', 'a Tuesday: two ranges around lunch'],
    ['2026-11-28', ['09:00-17:30'], 'weekly', 'a Saturday'],
    ['2026-10-05', ['09:00-17:30'], 'public_holiday', 'a Monday that is a public holiday: open, with Sunday’s hours'],
    ['2026-10-10', ['09:00-17:30'], 'weekly', 'a make-up Saturday keeps Saturday’s hours (as_weekday)'],
    ['2027-07-12', [], 'season', 'summer season Monday: still closed'],
    ['2027-07-13', ['09:00-20:00'], 'season', 'summer season Tuesday: the season’s hours'],
    ['2027-01-20', [], 'exception', 'a closure exception'],
    ['2027-10-01', [], 'exception', 'a closure exception overrides the holiday opening'],
    ['2027-03-05', ['18:00-21:00'], 'exception', 'a special opening replaces the usual hours'],
  ])('%s → %j (%s): %s', (date, expected, reason) => {
    expect(ranges(museum, date)).toEqual(expected);
    expect(on(museum, date).reason).toBe(reason);
  });

  it('names the holiday and carries an exception’s note', () => {
    expect(on(museum, '2026-10-05').holiday).toBe('国庆节');
    expect(on(museum, '2027-01-20').note).toBe('设备检修');
  });

  it('closes on public holidays when told to, and uses holidayHours when given', () => {
    expect(ranges({ ...museum, publicHolidays: 'closed' }, '2026-10-05')).toEqual([]);
    expect(ranges({ ...museum, holidayHours: { open: '10:00', close: '16:00' } }, '2026-10-05')).toEqual([
      '10:00-16:00',
    ]);
  });

  it('opens a working-days-only lab on a make-up Saturday with working-day hours (as_workday)', () => {
    const lab: OpeningHours = {
      ...museum,
      seasons: [],
      exceptions: [],
      weekly: [{ days: [1, 2, 3, 4, 5], open: '14:00', close: '16:00' }],
      publicHolidays: 'closed',
      makeupWorkdays: 'as_workday',
    };
    expect(ranges(lab, '2026-10-10')).toEqual(['14:00-16:00']);
    expect(on(lab, '2026-10-10').reason).toBe('makeup_workday');
    expect(ranges({ ...lab, makeupWorkdays: 'as_weekday' }, '2026-10-10')).toEqual([]);
    expect(ranges(lab, '2026-10-05')).toEqual([]);
  });
});

describe('hoursStatus: open now and the next opening, in Shanghai time', () => {
  it('is right from a UTC clock: 01:30 UTC is 09:30 in Shanghai', () => {
    const at = new Date('2026-11-24T01:30:00Z');
    expect(shanghaiClock(at)).toEqual({ date: '2026-11-24', minutes: 9 * 60 + 30 });
    const status = hoursStatus(museum, at, calendar);
    expect(status.openNow).toBe(true);
    expect(status.closesAt).toEqual(shanghaiInstant('2026-11-24', 12 * 60));
    expect(status.nextOpening).toEqual(shanghaiInstant('2026-11-24', 13 * 60 + 30));
  });

  it('finds Tuesday morning from a closed Monday evening, across the UTC date line', () => {
    const mondayEvening = new Date('2026-11-23T15:00:00Z'); // 23:00 Monday in Shanghai
    const status = hoursStatus(museum, mondayEvening, calendar);
    expect(status.today.date).toBe('2026-11-23');
    expect(status.openNow).toBe(false);
    expect(status.nextOpening?.toISOString()).toBe('2026-11-24T01:00:00.000Z'); // 09:00 Shanghai
  });

  it('closes exactly at closing time (ranges are half-open)', () => {
    expect(hoursStatus(museum, shanghaiInstant('2026-11-24', 12 * 60), calendar).openNow).toBe(false);
    expect(hoursStatus(museum, shanghaiInstant('2026-11-24', 12 * 60 - 1), calendar).openNow).toBe(true);
  });
});

describe('hoursProblems: mistakes a DTO cannot see', () => {
  const codes = (hours: Partial<OpeningHours>) =>
    hoursProblems({ ...museum, exceptions: [], ...hours }, '2026-11-23').map((p) => `${p.code} ${p.detail.field}`);

  it('accepts the museum', () => expect(codes({})).toEqual([]));
  it.each([
    [{ weekly: [{ days: [1], open: '17:00', close: '09:00' }] }, 'INVERTED_RANGE weekly[0]'],
    [{ weekly: [{ days: [1], open: '09:00', close: '09:00' }] }, 'INVERTED_RANGE weekly[0]'],
    [
      {
        weekly: [
          { days: [1, 2], open: '09:00', close: '12:00' },
          { days: [2], open: '11:00', close: '15:00' },
        ],
      },
      'OVERLAPPING_RANGES weekly',
    ],
    [{ weekly: [{ days: [3, 3], open: '09:00', close: '12:00' }] }, 'DUPLICATE_DAY weekly[0].days'],
    [
      {
        seasons: [
          { name: 'a', from: '2027-07-01', to: '2027-08-31', weekly: [] },
          { name: 'b', from: '2027-08-01', to: '2027-09-30', weekly: [] },
        ],
      },
      'OVERLAPPING_SEASONS seasons[1]',
    ],
    [{ seasons: [{ name: 'a', from: '2027-09-01', to: '2027-08-01', weekly: [] }] }, 'INVERTED_RANGE seasons[0]'],
    [{ exceptions: [{ date: '2026-11-22', closed: true }] }, 'EXCEPTION_IN_PAST exceptions[0].date'],
    [
      {
        exceptions: [
          { date: '2026-12-01', closed: true },
          { date: '2026-12-01', closed: true },
        ],
      },
      'DUPLICATE_EXCEPTION exceptions[1].date',
    ],
    [{ exceptions: [{ date: '2026-12-01', closed: false }] }, 'EXCEPTION_AMBIGUOUS exceptions[0]'],
    [{ exceptions: [{ date: '2026-12-01', closed: true, open: '09:00' }] }, 'EXCEPTION_AMBIGUOUS exceptions[0]'],
    [{ holidayHours: { open: '18:00', close: '10:00' } }, 'INVERTED_RANGE holidayHours'],
  ])('%j → %s', (hours, expected) => expect(codes(hours as Partial<OpeningHours>)).toContain(expected));
});

describe('schema.org JSON-LD', () => {
  it('lists the weekly rules, seasons, and the holiday and exception days ahead', () => {
    const days = ['2026-10-05', '2026-10-06', '2027-01-20'].map((date) => on(museum, date));
    const ld = openingHoursJsonLd(museum, days);
    expect(ld.openingHoursSpecification[0]).toEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: [
        'https://schema.org/Tuesday',
        'https://schema.org/Wednesday',
        'https://schema.org/Thursday',
        'https://schema.org/Friday',
      ],
      opens: '09:00',
      closes: '12:00',
    });
    expect(ld.openingHoursSpecification.at(-1)).toMatchObject({ validFrom: '2027-07-01', validThrough: '2027-08-31' });
    expect(ld.specialOpeningHoursSpecification).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        validFrom: '2026-10-05',
        validThrough: '2026-10-05',
        opens: '09:00',
        closes: '17:30',
      },
      {
        '@type': 'OpeningHoursSpecification',
        validFrom: '2027-01-20',
        validThrough: '2027-01-20',
        opens: '00:00',
        closes: '00:00',
      },
    ]);
  });
});

/** Up to three ranges a day on a quarter-hour grid, never overlapping: hours a venue could really keep. */
const weeklyRules = fc
  .array(fc.uniqueArray(fc.integer({ min: 0, max: 95 }), { maxLength: 6 }), { minLength: 7, maxLength: 7 })
  .map((week) =>
    week.flatMap((cuts, i) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      return Array.from({ length: Math.floor(sorted.length / 2) }, (_, r) => ({
        days: [i + 1],
        open: timeOf(sorted[2 * r] * 15),
        close: timeOf(sorted[2 * r + 1] * 15),
      }));
    }),
  );
const FROM = '2026-11-23';
const dayIn = (days: number) => fc.integer({ min: 0, max: days }).map((n) => addDays(FROM, n));
const validHours: fc.Arbitrary<OpeningHours> = fc.record({
  weekly: weeklyRules,
  seasons: fc.option(
    fc
      .tuple(dayIn(200), fc.integer({ min: 0, max: 90 }), weeklyRules)
      .map(([from, length, weekly]) => [{ name: '季节', from, to: addDays(from, length), weekly }]),
    { nil: [] },
  ),
  publicHolidays: fc.constantFrom('open' as const, 'closed' as const),
  holidayHours: fc.option(
    fc.tuple(fc.integer({ min: 0, max: 47 }), fc.integer({ min: 48, max: 95 })).map(([open, close]) => ({
      open: timeOf(open * 15),
      close: timeOf(close * 15),
    })),
    { nil: null },
  ),
  makeupWorkdays: fc.constantFrom('as_weekday' as const, 'as_workday' as const),
  exceptions: fc.uniqueArray(fc.record({ date: dayIn(300), closed: fc.constant(true) }), {
    maxLength: 5,
    selector: (e) => e.date,
  }),
});
const calendarDays = fc
  .uniqueArray(
    fc.tuple(
      dayIn(300),
      fc.constantFrom<CalendarDay>({ kind: 'holiday', name: '节' }, { kind: 'workday', name: '节' }),
    ),
    {
      maxLength: 20,
      selector: ([date]) => date,
    },
  )
  .map((entries) => new Map(entries));

describe('opening hours properties', () => {
  it('finds nothing wrong with hours a venue could keep, and an inverted range when one is turned round', () => {
    fc.assert(
      fc.property(validHours, (hours) => {
        expect(hoursProblems(hours, FROM)).toEqual([]);
        fc.pre(hours.weekly.length > 0);
        const [first, ...rest] = hours.weekly;
        const turned = { ...hours, weekly: [{ ...first, open: first.close, close: first.open }, ...rest] };
        expect(hoursProblems(turned, FROM).map((p) => `${p.code} ${p.detail.field}`)).toContain(
          'INVERTED_RANGE weekly[0]',
        );
      }),
      { numRuns: 200 },
    );
  });

  it('gives each day ranges in order that never overlap, and none on a closure or a closed holiday', () => {
    fc.assert(
      fc.property(validHours, calendarDays, dayIn(300), (hours, calendar, date) => {
        const day = hoursOn(hours, date, calendar.get(date));
        day.ranges.forEach((range, i) => {
          expect(minutesOf(range.open)).toBeLessThan(minutesOf(range.close));
          if (i > 0) expect(minutesOf(range.open)).toBeGreaterThanOrEqual(minutesOf(day.ranges[i - 1].close));
        });
        const closedHoliday = calendar.get(date)?.kind === 'holiday' && hours.publicHolidays === 'closed';
        if (hours.exceptions.some((e) => e.date === date) || closedHoliday) expect(day.ranges).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('repeats every week where no season, holiday or exception says otherwise', () => {
    fc.assert(
      fc.property(validHours, dayIn(300), (hours, date) => {
        const plain = { ...hours, seasons: [], exceptions: [] };
        expect(hoursOn(plain, addDays(date, 7)).ranges).toEqual(hoursOn(plain, date).ranges);
      }),
    );
  });

  it('is open exactly inside a range, and next opens at the first opening after now', () => {
    const instant = fc.integer({ min: 0, max: 200 * 24 * 60 }).map((minutes) => shanghaiInstant(FROM, minutes));
    fc.assert(
      fc.property(validHours, calendarDays, instant, (hours, calendar, at) => {
        const { date, minutes } = shanghaiClock(at);
        const status = hoursStatus(hours, at, calendar);
        const today = hoursOn(hours, date, calendar.get(date));
        expect(status.openNow).toBe(
          today.ranges.some((r) => minutesOf(r.open) <= minutes && minutes < minutesOf(r.close)),
        );
        const openings = Array.from({ length: 61 }, (_, offset) => addDays(date, offset)).flatMap((day) =>
          hoursOn(hours, day, calendar.get(day)).ranges.map((r) => shanghaiInstant(day, minutesOf(r.open))),
        );
        const next = openings.filter((opening) => opening > at).sort((a, b) => a.getTime() - b.getTime())[0];
        expect(status.nextOpening).toEqual(next ?? null);
      }),
      { numRuns: 200 },
    );
  });
});
