import { ErrorDetail, fieldProblem, ProblemDefinition, ProblemValues } from '@kepu/core';
import { addDays, isoWeekday, LocalDate, LocalTime, minutesOf, shanghaiClock, shanghaiInstant } from '../shanghai';
import { HoursProblems, weekdayNames } from './hours-problems';

export interface TimeRange {
  open: LocalTime;
  close: LocalTime;
}

/** Days (ISO weekdays, 1 = Monday) sharing one open range; several rules give several ranges a day. */
export interface WeeklyRule extends TimeRange {
  days: number[];
}

/** A validity period with its own weekly rules (summer hours, winter hours). */
export interface Season {
  name: string;
  from: LocalDate;
  to: LocalDate;
  weekly: WeeklyRule[];
}

/** A dated closure or special opening; it overrides everything else on its day. */
export interface HoursException {
  date: LocalDate;
  closed: boolean;
  open?: LocalTime;
  close?: LocalTime;
  note?: string;
}

/**
 * How a venue is open. `publicHolidays: "open"` opens on official holidays even when the weekday is
 * usually closed (the common "closed Mondays except public holidays"), with `holidayHours` or else
 * the day's own hours or Sunday's. On a make-up working day (调休) `makeupWorkdays` either keeps the
 * actual weekday's hours (`as_weekday`) or opens as on a regular working day (`as_workday`: the
 * first of Monday–Friday with hours), for venues open on working days only.
 */
export interface OpeningHours {
  weekly: WeeklyRule[];
  seasons: Season[];
  publicHolidays: 'open' | 'closed';
  holidayHours: TimeRange | null;
  makeupWorkdays: 'as_weekday' | 'as_workday';
  exceptions: HoursException[];
}

/** A day in the national calendar that differs from the usual week. */
export interface CalendarDay {
  kind: 'holiday' | 'workday';
  name: string;
}

export type DayReason = 'weekly' | 'season' | 'public_holiday' | 'makeup_workday' | 'exception';

export interface DayHours {
  date: LocalDate;
  weekday: number;
  ranges: TimeRange[];
  reason: DayReason;
  /** The holiday (or the holiday a make-up working day belongs to), e.g. 国庆节. */
  holiday?: string;
  note?: string;
}

const byOpening = (a: TimeRange, b: TimeRange) => minutesOf(a.open) - minutesOf(b.open);

function rangesOn(rules: WeeklyRule[], weekday: number): TimeRange[] {
  return rules
    .filter((rule) => rule.days.includes(weekday))
    .map(({ open, close }) => ({ open, close }))
    .sort(byOpening);
}

/** The season covering a date; where seasons nest, the one that starts last (the most specific). */
function seasonOn(hours: OpeningHours, date: LocalDate): Season | undefined {
  return hours.seasons
    .filter((season) => season.from <= date && date <= season.to)
    .sort((a, b) => (a.from < b.from ? 1 : -1))[0];
}

/** The open ranges on one Shanghai date, and which rule produced them. */
export function hoursOn(hours: OpeningHours, date: LocalDate, calendarDay?: CalendarDay): DayHours {
  const weekday = isoWeekday(date);
  const day = { date, weekday, ...(calendarDay && { holiday: calendarDay.name }) };
  const exception = hours.exceptions.find((e) => e.date === date);
  if (exception) {
    return {
      ...day,
      ranges: exception.closed ? [] : [{ open: exception.open as string, close: exception.close as string }],
      reason: 'exception',
      ...(exception.note && { note: exception.note }),
    };
  }
  const season = seasonOn(hours, date);
  const rules = season?.weekly ?? hours.weekly;
  const usual = rangesOn(rules, weekday);
  if (calendarDay?.kind === 'holiday') {
    if (hours.publicHolidays === 'closed') return { ...day, ranges: [], reason: 'public_holiday' };
    const ranges = hours.holidayHours
      ? [hours.holidayHours]
      : usual.length
        ? usual
        : rangesOn(rules, 7).length
          ? rangesOn(rules, 7)
          : rangesOn(rules, 6);
    return { ...day, ranges, reason: 'public_holiday' };
  }
  if (calendarDay?.kind === 'workday' && hours.makeupWorkdays === 'as_workday') {
    const workday = [1, 2, 3, 4, 5].map((d) => rangesOn(rules, d)).find((ranges) => ranges.length) ?? [];
    return { ...day, ranges: workday, reason: 'makeup_workday' };
  }
  return { ...day, ranges: usual, reason: season ? 'season' : 'weekly' };
}

export interface HoursStatus {
  today: DayHours;
  openNow: boolean;
  /** While open: when the current range closes. */
  closesAt: Date | null;
  /** When it next opens (later today or on a later day), within the next 60 days. */
  nextOpening: Date | null;
}

/** Open now, today's hours and the next opening, at an instant. `calendar` covers the next 60 days. */
export function hoursStatus(hours: OpeningHours, at: Date, calendar: Map<LocalDate, CalendarDay>): HoursStatus {
  const { date, minutes } = shanghaiClock(at);
  const today = hoursOn(hours, date, calendar.get(date));
  const current = today.ranges.find((r) => minutesOf(r.open) <= minutes && minutes < minutesOf(r.close));
  let nextOpening: Date | null = null;
  for (let offset = 0; offset <= 60 && !nextOpening; offset++) {
    const day = offset === 0 ? today : hoursOn(hours, addDays(date, offset), calendar.get(addDays(date, offset)));
    const range = day.ranges.find((r) => offset > 0 || minutesOf(r.open) > minutes);
    if (range) nextOpening = shanghaiInstant(day.date, minutesOf(range.open));
  }
  return {
    today,
    openNow: Boolean(current),
    closesAt: current ? shanghaiInstant(date, minutesOf(current.close)) : null,
    nextOpening,
  };
}

/**
 * Problems a body can have that its DTO cannot see: inverted or overlapping ranges, overlapping
 * seasons, duplicate or past exceptions. Each names the field, like VALIDATION_FAILED details.
 */
export function hoursProblems(hours: OpeningHours, today: LocalDate): { code: string; detail: ErrorDetail }[] {
  const problems: { code: string; detail: ErrorDetail }[] = [];
  const report = (code: string, field: string, problem: ProblemDefinition, values: ProblemValues = {}) =>
    problems.push({ code, detail: fieldProblem(field, problem, values) });
  const checkRules = (rules: WeeklyRule[], path: string) => {
    rules.forEach((rule, i) => {
      if (minutesOf(rule.open) >= minutesOf(rule.close))
        report('INVERTED_RANGE', `${path}[${i}]`, HoursProblems.CLOSES_BEFORE_OPENING, rule);
      if (new Set(rule.days).size !== rule.days.length)
        report('DUPLICATE_DAY', `${path}[${i}].days`, HoursProblems.DAY_TWICE);
    });
    for (let weekday = 1; weekday <= 7; weekday++) {
      const ranges = rangesOn(rules, weekday);
      for (let i = 1; i < ranges.length; i++) {
        if (minutesOf(ranges[i].open) < minutesOf(ranges[i - 1].close))
          report('OVERLAPPING_RANGES', path, HoursProblems.RANGES_OVERLAP, {
            ...weekdayNames(weekday),
            first: `${ranges[i - 1].open}–${ranges[i - 1].close}`,
            second: `${ranges[i].open}–${ranges[i].close}`,
          });
      }
    }
  };
  checkRules(hours.weekly, 'weekly');
  hours.seasons.forEach((season, i) => {
    if (season.from > season.to) report('INVERTED_RANGE', `seasons[${i}]`, HoursProblems.SEASON_INVERTED, season);
    checkRules(season.weekly, `seasons[${i}].weekly`);
    hours.seasons.slice(i + 1).forEach((other, j) => {
      if (season.from <= other.to && other.from <= season.to)
        report('OVERLAPPING_SEASONS', `seasons[${i + j + 1}]`, HoursProblems.SEASONS_OVERLAP, {
          other: season.name || `${season.from}–${season.to}`,
        });
    });
  });
  if (hours.holidayHours && minutesOf(hours.holidayHours.open) >= minutesOf(hours.holidayHours.close))
    report('INVERTED_RANGE', 'holidayHours', HoursProblems.CLOSES_BEFORE_OPENING, hours.holidayHours);
  const seen = new Set<string>();
  hours.exceptions.forEach((exception, i) => {
    const field = `exceptions[${i}]`;
    if (exception.date < today)
      report('EXCEPTION_IN_PAST', `${field}.date`, HoursProblems.EXCEPTION_IN_PAST, exception);
    if (seen.has(exception.date))
      report('DUPLICATE_EXCEPTION', `${field}.date`, HoursProblems.EXCEPTION_TWICE, exception);
    seen.add(exception.date);
    if (exception.closed) {
      if (exception.open || exception.close) report('EXCEPTION_AMBIGUOUS', field, HoursProblems.CLOSURE_WITH_TIMES);
    } else if (!exception.open || !exception.close) {
      report('EXCEPTION_AMBIGUOUS', field, HoursProblems.OPENING_WITHOUT_TIMES);
    } else if (minutesOf(exception.open) >= minutesOf(exception.close)) {
      report('INVERTED_RANGE', field, HoursProblems.CLOSES_BEFORE_OPENING, exception);
    }
  });
  return problems;
}

/** Every open range the hours can produce on some day: what a slot length has to divide. */
export function allRanges(hours: OpeningHours): TimeRange[] {
  return [
    ...hours.weekly,
    ...hours.seasons.flatMap((season) => season.weekly),
    ...(hours.holidayHours ? [hours.holidayHours] : []),
    ...hours.exceptions.filter((e) => !e.closed).map((e) => ({ open: e.open as string, close: e.close as string })),
  ].map(({ open, close }) => ({ open, close }));
}

const SCHEMA_DAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function specifications(rules: WeeklyRule[], validity?: { validFrom: string; validThrough: string }) {
  return rules.map((rule) => ({
    '@type': 'OpeningHoursSpecification' as const,
    dayOfWeek: rule.days.map((d) => `https://schema.org/${SCHEMA_DAYS[d]}`),
    opens: rule.open,
    closes: rule.close,
    ...validity,
  }));
}

/**
 * schema.org `openingHoursSpecification` (the weekly rules and seasons) and
 * `specialOpeningHoursSpecification` (the days in `upcoming` that differ from the weekly rules:
 * holidays, make-up working days and exceptions). Closed days are opens = closes = 00:00.
 */
export function openingHoursJsonLd(hours: OpeningHours, upcoming: DayHours[]) {
  return {
    openingHoursSpecification: [
      ...specifications(hours.weekly),
      ...hours.seasons.flatMap((s) => specifications(s.weekly, { validFrom: s.from, validThrough: s.to })),
    ],
    specialOpeningHoursSpecification: upcoming
      .filter((day) => day.reason === 'exception' || day.reason === 'public_holiday' || day.reason === 'makeup_workday')
      .flatMap((day) =>
        (day.ranges.length ? day.ranges : [{ open: '00:00', close: '00:00' }]).map((range) => ({
          '@type': 'OpeningHoursSpecification' as const,
          validFrom: day.date,
          validThrough: day.date,
          opens: range.open,
          closes: range.close,
        })),
      ),
  };
}
