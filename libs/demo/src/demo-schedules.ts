import type { DemoVenue } from './demo-venues';

/**
 * Typical hours and offerings by kind of venue, so demo mode has something to browse and book.
 * Museums: closed Mondays except public holidays, timed general admission plus a school-group
 * quota. Labs and company halls: working days only (open on make-up working days too), guided
 * tours at fixed times with real-name booking. Parks and public places: open daily, nothing to book.
 */
export function demoSchedule(type: DemoVenue['type']): { hours: object; offerings: object[] } {
  switch (type) {
    case 'science_museum':
    case 'museum':
    case 'planetarium':
      return {
        hours: { weekly: [{ days: [2, 3, 4, 5, 6, 7], open: '09:30', close: '17:00' }], publicHolidays: 'open' },
        offerings: [
          {
            title: '常设展厅参观',
            kind: 'general_admission',
            description: '按入场时段预约，每单最多 5 人。',
            slotMinutes: 30,
            capacity: 200,
            groupCapacity: 50,
          },
          {
            title: '讲解员导览',
            kind: 'guided_tour',
            slotMinutes: 60,
            startTimes: ['10:00', '14:30'],
            capacity: 25,
            maxPartySize: 4,
            minAge: 6,
          },
        ],
      };
    case 'education_base':
    case 'research_facility':
    case 'enterprise_hall':
      return {
        hours: {
          weekly: [
            { days: [1, 2, 3, 4, 5], open: '09:00', close: '12:00' },
            { days: [1, 2, 3, 4, 5], open: '14:00', close: '17:00' },
          ],
          publicHolidays: 'closed',
          makeupWorkdays: 'as_workday',
        },
        offerings: [
          {
            title: '实验室开放参观',
            kind: 'lab_open_day',
            slotMinutes: 90,
            startTimes: ['09:30', '14:30'],
            capacity: 30,
            groupCapacity: 40,
            bookingOpensDaysAhead: 14,
            realName: true,
            minAge: 10,
          },
        ],
      };
    default:
      return {
        hours: { weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '08:00', close: '18:00' }], publicHolidays: 'open' },
        offerings: [],
      };
  }
}
