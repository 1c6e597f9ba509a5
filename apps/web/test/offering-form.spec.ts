import { OFFERING_DEFAULTS } from '@kepu/schedule';
import { blankForm, bodyOf, datesBetween, formProblems, groupMisfit } from '../src/consoles/operator/offering-form';

/** The operator's offering form: what it sends, and what it finds before sending. */
describe('the offering form', () => {
  it('starts a new offering from the API’s defaults, for individual visitors until it is opened to groups', () => {
    expect(blankForm()).toMatchObject({ ...OFFERING_DEFAULTS, audience: 'individual' });
  });

  it('sends a lab open day’s dates when it names some, and its weekdays when it names none', () => {
    const openDay = { ...blankForm(), kind: 'lab_open_day' as const, dates: ['2027-09-18'], weekdays: [2] };
    expect(bodyOf(openDay)).toMatchObject({ dates: ['2027-09-18'], weekdays: null });
    expect(bodyOf({ ...openDay, dates: [] })).toMatchObject({ dates: null, weekdays: [2] });
    expect(formProblems({ ...openDay, weekdays: [] })).toEqual([]);
    expect(formProblems({ ...openDay, dates: [], weekdays: [] }).map((p) => p.key)).toEqual(['noWeekday']);
  });

  it('sends an event’s dates and no weekdays, and an ordinary offering’s weekdays unless all seven', () => {
    const event = { ...blankForm(), kind: 'event' as const, dates: ['2027-09-19', '2027-09-18'], weekdays: [6] };
    expect(bodyOf(event)).toMatchObject({ dates: ['2027-09-18', '2027-09-19'], weekdays: null });
    expect(bodyOf({ ...blankForm(), weekdays: [7, 6] })).toMatchObject({ dates: null, weekdays: [6, 7] });
    expect(bodyOf(blankForm())).toMatchObject({ weekdays: null, startTimes: null, minAge: null, maxAge: null });
  });

  it('reads start times as people type them', () => {
    expect(bodyOf({ ...blankForm(), startTimes: '9:30，14：00 19:30' }).startTimes).toEqual([
      '09:30',
      '14:00',
      '19:30',
    ]);
  });

  it('finds what an event lacks, and rules upside down, by field', () => {
    const event = { ...blankForm(), kind: 'event' as const, minAge: 12, maxAge: 6 };
    expect(formProblems(event).map((problem) => [problem.field, problem.key])).toEqual([
      ['dates', 'eventDates'],
      ['startTimes', 'eventTimes'],
      ['minAge', 'ageMinAboveMax'],
    ]);
    expect(formProblems({ ...blankForm(), weekdays: [], startTimes: '25:00' }).map((p) => p.key)).toEqual([
      'startTimes',
      'noWeekday',
    ]);
  });

  it('warns when the largest group and its teachers do not fit a slot’s group places', () => {
    const groups = { ...blankForm(), audience: 'both' as const };
    expect(groupMisfit({ ...groups, groupCapacity: 50 })).toEqual({
      key: 'tooSmall',
      students: 200,
      teachers: 10,
      party: 210,
      capacity: 50,
    });
    expect(groupMisfit({ ...groups, groupCapacity: 0 })).toEqual({ key: 'none' });
    expect(groupMisfit({ ...groups, groupCapacity: 60, groupMaxStudents: 50 })).toBeNull();
    expect(groupMisfit(blankForm())).toBeNull();
  });

  it('adds every day of a range, both ends included', () => {
    expect(datesBetween('2027-02-27', '2027-03-02')).toEqual(['2027-02-27', '2027-02-28', '2027-03-01', '2027-03-02']);
  });
});
