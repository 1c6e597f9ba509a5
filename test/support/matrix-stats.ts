import { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS } from '@kepu/demo';
import { entryFor as entry, v1 } from './matrix';
import type { Entry } from './matrix';
import type { TestApp } from './test-app';

/**
 * Statistics: a region's figures are its administrators' (Nanshan's admin may not read Futian's);
 * an operator reads only their own venues' (the region is ignored for them); visitors and schools
 * have none; the public page is everyone's.
 */
export function statsEntries(context: () => { t: TestApp }): Entry[] {
  const museum = async () =>
    (
      await context()
        .t.app.get(DataSource)
        .query(`SELECT id FROM resources WHERE organisation_id = $1 LIMIT 1`, [DEMO_ORGANISATIONS.scienceMuseum])
    )[0].id as string;
  const regionRead = { anonymous: 401, family: 403, school: 403, nanshanAdmin: 403, futianAdmin: 200, cityAdmin: 200 };
  return [
    entry('GET', '/stats/overview', 'Futian: its admins and the city; operators their own venues', {
      action: 'stats.read_region',
      prepare: async () => ({ path: v1('/stats/overview?region=440304') }),
      expect: { ...regionRead, operator: 200, systemAdmin: 200 },
    }),
    entry('GET', '/stats/overview', 'one Futian venue: its operators and the admins of its region', {
      action: 'stats.read_venue',
      prepare: async () => ({ path: v1(`/stats/overview?resourceId=${await museum()}`) }),
      expect: {
        anonymous: 401,
        family: 404,
        operator: 200,
        operator2: 404,
        nanshanAdmin: 404,
        futianAdmin: 200,
        cityAdmin: 200,
      },
    }),
    entry('GET', '/stats/series', 'Futian: its admins and the city', {
      prepare: async () => ({ path: v1('/stats/series?region=440304&interval=week') }),
      expect: regionRead,
    }),
    entry('GET', '/stats/venues', 'Futian: its admins and the city; operators their own venues', {
      prepare: async () => ({ path: v1('/stats/venues?region=440304') }),
      expect: { ...regionRead, operator: 200 },
    }),
    entry('GET', '/stats/districts', 'administrators only: operators have venues, not districts', {
      prepare: async () => ({ path: v1('/stats/districts?region=440304') }),
      expect: { ...regionRead, operator: 403 },
    }),
    entry('GET', '/stats/public', 'public: headline figures, no personal data', {
      prepare: async () => ({ path: v1('/stats/public?region=440300') }),
      expect: { anonymous: 200, family: 200 },
    }),
  ];
}
