import type { OfferingDto, OfferingView } from '../../lib/api/models';

/**
 * The operator's offering form as data: what it edits, how a saved offering fills it, the body it
 * sends, and the rules it checks before sending (the API checks them again, and says so by field).
 */

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The school-group rules, in the order the form shows them, with the API's limits. */
export const GROUP_RULES = [
  { field: 'groupMinStudents', min: 1, max: 2000 },
  { field: 'groupMaxStudents', min: 1, max: 2000 },
  { field: 'studentsPerTeacher', min: 1, max: 100 },
  { field: 'preschoolStudentsPerTeacher', min: 1, max: 100 },
  { field: 'groupLeadDays', min: 0, max: 90 },
  { field: 'groupOpensDaysAhead', min: 0, max: 366 },
  { field: 'maxGroupsPerDay', min: 1, max: 100 },
] as const;

type Edited =
  | 'title'
  | 'kind'
  | 'description'
  | 'audience'
  | 'slotMinutes'
  | 'capacity'
  | 'groupCapacity'
  | 'bookingOpensDaysAhead'
  | 'bookingOpensAt'
  | 'cutoffMinutes'
  | 'minPartySize'
  | 'maxPartySize'
  | 'realName'
  | 'priceFen'
  | 'counterShare'
  | 'counterReleaseHours'
  | (typeof GROUP_RULES)[number]['field'];

/**
 * The fields the form edits: start times as typed (one line), the days as lists even when the
 * offering has none, and an age left empty ('' from a cleared number input) for no limit.
 */
export type OfferingForm = Required<Pick<OfferingDto, Edited>> & {
  startTimes: string;
  dates: string[];
  weekdays: number[];
  minAge: number | '';
  maxAge: number | '';
};

/**
 * A new offering: the API's defaults (OFFERING_DEFAULTS), every day of the week, for individual
 * visitors until the operator opens it to groups (and gives them places).
 */
export const blankForm = (): OfferingForm => ({
  title: '',
  kind: 'general_admission',
  description: '',
  audience: 'individual',
  slotMinutes: 60,
  startTimes: '',
  dates: [],
  weekdays: [...WEEKDAYS],
  capacity: 50,
  groupCapacity: 0,
  bookingOpensDaysAhead: 7,
  bookingOpensAt: '09:00',
  cutoffMinutes: 30,
  minPartySize: 1,
  maxPartySize: 5,
  minAge: '',
  maxAge: '',
  realName: false,
  priceFen: 0,
  counterShare: 0,
  counterReleaseHours: 24,
  groupMinStudents: 15,
  groupMaxStudents: 200,
  studentsPerTeacher: 20,
  preschoolStudentsPerTeacher: 10,
  groupLeadDays: 3,
  groupOpensDaysAhead: 60,
  maxGroupsPerDay: 3,
});

/** A saved offering in the form: only the fields it edits (the view also carries ids and status). */
export function formOf(offering: OfferingView): OfferingForm {
  const form = blankForm();
  for (const key of Object.keys(form) as (keyof OfferingForm)[]) {
    const value = offering[key];
    if (value !== null && value !== undefined) (form as Record<string, unknown>)[key] = value;
  }
  form.startTimes = (offering.startTimes ?? []).join(', ');
  form.dates = [...(offering.dates ?? [])];
  form.weekdays = [...(offering.weekdays ?? WEEKDAYS)];
  return form;
}

export const startTimesOf = (text: string) =>
  text
    .split(/[,，、;；\s]+/)
    .map((time) => time.trim().replace('：', ':'))
    .filter(Boolean)
    // 9:30 is 09:30, as people write it.
    .map((time) => (/^\d:\d\d$/.test(time) ? `0${time}` : time));

/** Kinds that may name their own dates: an event must, a lab open day may (or run on weekdays). */
export const takesDates = (kind: OfferingForm['kind']) => kind === 'event' || kind === 'lab_open_day';

/** Whether the offering runs on the dates it names rather than on weekdays. */
export const runsOnDates = (form: OfferingForm) =>
  takesDates(form.kind) && (form.kind === 'event' || form.dates.length > 0);

/**
 * The body sent: an event (and a lab open day given dates) runs on its dates, anything else on its
 * weekdays (all seven: no limit); what is left empty is sent as null, so a patch clears it rather
 * than keeping the old value.
 */
export function bodyOf(form: OfferingForm): OfferingDto {
  const startTimes = startTimesOf(form.startTimes);
  const dated = runsOnDates(form);
  const age = (value: number | '') => (value === '' ? null : value);
  return {
    ...form,
    startTimes: startTimes.length ? startTimes : null,
    dates: dated && form.dates.length ? [...form.dates].sort() : null,
    weekdays: dated || form.weekdays.length === WEEKDAYS.length ? null : [...form.weekdays].sort(),
    minAge: age(form.minAge),
    maxAge: age(form.maxAge),
  };
}

/** Every day from `from` to `to` (local dates, both included), at most a year of them. */
export function datesBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`) && days.length < 366;) {
    days.push(new Date(at).toISOString().slice(0, 10));
    at += 86_400_000;
  }
  return days;
}

/** A problem the form finds itself: the field it belongs to, and its message key with values. */
export interface FormProblem {
  field: keyof OfferingForm;
  key: string;
  values?: Record<string, number>;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What would be refused, found before sending, by the field it belongs to. */
export function formProblems(form: OfferingForm): FormProblem[] {
  const problems: FormProblem[] = [];
  const startTimes = startTimesOf(form.startTimes);
  if (form.kind === 'event' && !form.dates.length) problems.push({ field: 'dates', key: 'eventDates' });
  if (startTimes.some((time) => !TIME.test(time))) problems.push({ field: 'startTimes', key: 'startTimes' });
  else if (form.kind === 'event' && !startTimes.length) problems.push({ field: 'startTimes', key: 'eventTimes' });
  if (!runsOnDates(form) && !form.weekdays.length) problems.push({ field: 'weekdays', key: 'noWeekday' });
  const pairs = [
    ['minPartySize', 'maxPartySize'],
    ['groupMinStudents', 'groupMaxStudents'],
  ] as const;
  for (const [least, most] of pairs)
    if (form[least] > form[most])
      problems.push({ field: least, key: 'minAboveMax', values: { min: form[least], max: form[most] } });
  if (form.minAge !== '' && form.maxAge !== '' && form.minAge > form.maxAge)
    problems.push({ field: 'minAge', key: 'ageMinAboveMax', values: { min: form.minAge, max: form.maxAge } });
  return problems;
}

/**
 * Whether the largest group the rules allow fits a slot's group places, for a warning before
 * saving: a class and its teachers take their places together (one teacher per
 * `studentsPerTeacher` students at least), so 200 students need more than 50 places.
 */
export function groupMisfit(
  form: OfferingForm,
): { key: 'none' } | { key: 'tooSmall'; students: number; teachers: number; party: number; capacity: number } | null {
  if (form.audience === 'individual') return null;
  if (!form.groupCapacity) return { key: 'none' };
  const students = form.groupMaxStudents;
  const teachers = Math.ceil(students / Math.max(1, form.studentsPerTeacher));
  const party = students + teachers;
  return party > form.groupCapacity
    ? { key: 'tooSmall', students, teachers, party, capacity: form.groupCapacity }
    : null;
}
