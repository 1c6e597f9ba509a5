import type { ProblemDefinition, ProblemValues } from '@kepu/core';
import { allRanges, DayHours, OpeningHours, TimeRange, WeeklyRule } from '../hours/opening-hours';
import { isEventKind } from '../offerings/offering.entity';
import { ScheduleProblems } from '../schedule-problems';
import { addDays, isoWeekday, LocalDate, LocalTime, minutesOf, shanghaiInstant } from '../shanghai';

/** What of an offering decides where its slots fall. */
export interface SlotRules {
  kind: string;
  slotMinutes: number;
  startTimes: LocalTime[] | null;
  dates: LocalDate[] | null;
  /** ISO weekdays; they apply when no dates are given (dates name the days themselves). */
  weekdays: number[] | null;
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
}

export interface PlannedSlot {
  date: LocalDate;
  startsAt: Date;
  endsAt: Date;
}

/**
 * An event, or a lab open day, with its own dates and start times keeps them, also on a day the
 * venue is closed (a lab with no public hours opens on its open day); everything else follows the
 * venue's hours. An event always has both (OfferingsService checks it).
 */
export const followsOpeningHours = (rules: SlotRules): boolean =>
  !(isEventKind(rules.kind) && rules.dates && rules.startTimes);

/**
 * The slots an offering has between two Shanghai dates (inclusive). Fixed start times give one slot
 * each when it fits inside an open range; otherwise slots tile each open range end to end.
 */
export function plannedSlots(
  rules: SlotRules,
  hoursOn: (date: LocalDate) => DayHours,
  from: LocalDate,
  to: LocalDate,
): PlannedSlot[] {
  const slots: PlannedSlot[] = [];
  const ownTimes = !followsOpeningHours(rules);
  const dates = new Set(rules.dates ?? []);
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (rules.dates ? !dates.has(date) : rules.weekdays && !rules.weekdays.includes(isoWeekday(date))) continue;
    if ((rules.validFrom && date < rules.validFrom) || (rules.validTo && date > rules.validTo)) continue;
    const ranges: TimeRange[] = ownTimes ? [{ open: '00:00', close: '23:59' }] : hoursOn(date).ranges;
    const starts: number[] = [];
    for (const range of ranges) {
      const open = minutesOf(range.open);
      const close = ownTimes ? 24 * 60 : minutesOf(range.close);
      if (rules.startTimes) {
        for (const time of rules.startTimes) {
          const start = minutesOf(time);
          if (start >= open && start + rules.slotMinutes <= close) starts.push(start);
        }
      } else {
        for (let start = open; start + rules.slotMinutes <= close; start += rules.slotMinutes) starts.push(start);
      }
    }
    for (const start of [...new Set(starts)].sort((a, b) => a - b)) {
      slots.push({
        date,
        startsAt: shanghaiInstant(date, start),
        endsAt: shanghaiInstant(date, start + rules.slotMinutes),
      });
    }
  }
  return slots;
}

/**
 * The open ranges an offering's slots may fall in: all of them, or those of its weekdays (a
 * weekend workshop is not held to the hours of a Tuesday). Holiday hours may fall on any day.
 */
function rangesOf(rules: SlotRules, hours: OpeningHours): TimeRange[] {
  const days = !rules.dates && rules.weekdays;
  if (!days) return allRanges(hours);
  const onItsDays = (rule: WeeklyRule) => rule.days.some((day) => days.includes(day));
  return allRanges({
    ...hours,
    weekly: hours.weekly.filter(onItsDays),
    seasons: hours.seasons.map((season) => ({ ...season, weekly: season.weekly.filter(onItsDays) })),
    exceptions: hours.exceptions.filter((exception) => days.includes(isoWeekday(exception.date))),
  });
}

/** The open ranges a tiling offering's slot length fails to divide (empty when it fits them all). */
export function undividedRanges(rules: SlotRules, hours: OpeningHours): TimeRange[] {
  if (rules.startTimes || !followsOpeningHours(rules)) return [];
  return rangesOf(rules, hours).filter(
    (range) => (minutesOf(range.close) - minutesOf(range.open)) % rules.slotMinutes !== 0,
  );
}

/** Fixed start times that no open range of the hours could ever hold. */
export function startsOutsideHours(rules: SlotRules, hours: OpeningHours): LocalTime[] {
  if (!rules.startTimes || !followsOpeningHours(rules)) return [];
  const ranges = rangesOf(rules, hours);
  return rules.startTimes.filter(
    (time) =>
      !ranges.some(
        (range) =>
          minutesOf(time) >= minutesOf(range.open) && minutesOf(time) + rules.slotMinutes <= minutesOf(range.close),
      ),
  );
}

/** Fixed start times closer together than one slot: their slots would overlap. */
export function overlappingStarts(rules: Pick<SlotRules, 'startTimes' | 'slotMinutes'>): LocalTime[] {
  const starts = [...(rules.startTimes ?? [])].sort();
  return starts.filter((time, i) => i > 0 && minutesOf(time) - minutesOf(starts[i - 1]) < rules.slotMinutes);
}

/**
 * Why an offering's slots do not fit the hours, or null when they do: a slot length that does not
 * divide an open range, or a start time outside every range. Checked whichever side changes; the
 * caller adds the offering's `title` to the values.
 */
export function hoursMisfit(
  rules: SlotRules,
  hours: OpeningHours,
): {
  code: 'SLOT_LENGTH_MISMATCH' | 'START_OUTSIDE_HOURS';
  field: 'slotMinutes' | 'startTimes';
  definition: ProblemDefinition;
  values: ProblemValues;
} | null {
  const undivided = undividedRanges(rules, hours)[0];
  if (undivided) {
    return {
      code: 'SLOT_LENGTH_MISMATCH',
      field: 'slotMinutes',
      definition: ScheduleProblems.SLOT_LENGTH_MISMATCH,
      values: { minutes: rules.slotMinutes, open: undivided.open, close: undivided.close },
    };
  }
  const outside = startsOutsideHours(rules, hours)[0];
  return outside
    ? {
        code: 'START_OUTSIDE_HOURS',
        field: 'startTimes',
        definition: ScheduleProblems.START_OUTSIDE_HOURS,
        values: { time: outside },
      }
    : null;
}
