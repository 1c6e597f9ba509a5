import { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS } from '@kepu/demo';
import { entryFor as entry, publicRead, v1 } from './matrix';
import type { Entry, Outcomes } from './matrix';
import type { TestApp } from './test-app';

/**
 * Statistics: a region's figures are its administrators' (Nanshan's admin may not read Futian's);
 * an operator reads only their own venues' (the region is ignored for them, so another venue's
 * operator gets their own figures, not Futian's); visitors and schools have none; the public page
 * is everyone's.
 */
export function statsEntries(context: () => { t: TestApp }): Entry[] {
  const museum = async () =>
    (
      await context()
        .t.app.get(DataSource)
        .query(`SELECT id FROM resources WHERE organisation_id = $1 LIMIT 1`, [DEMO_ORGANISATIONS.scienceMuseum])
    )[0].id as string;
  /** Futian's figures: its admins and the city's; operators get `operatorStatus`; everyone else 403. */
  const regionRead = (operatorStatus: number, also: Outcomes['expect'] = {}): Outcomes => ({
    expect: {
      anonymous: 401,
      operator: operatorStatus,
      operator2: operatorStatus,
      futianAdmin: 200,
      cityAdmin: 200,
      ...also,
    },
    others: 403,
  });
  return [
    entry('GET', '/stats/overview', 'Futian: its admins and the city; operators their own venues', {
      action: 'stats.read_region',
      prepare: async () => ({ path: v1('/stats/overview?region=440304') }),
      ...regionRead(200, { systemAdmin: 200 }),
    }),
    entry('GET', '/stats/overview', 'one Futian venue: its operators and the admins of its region', {
      action: 'stats.read_venue',
      prepare: async () => ({ path: v1(`/stats/overview?resourceId=${await museum()}`) }),
      expect: { anonymous: 401, operator: 200, futianAdmin: 200, cityAdmin: 200 },
      others: 404,
    }),
    entry('GET', '/stats/series', 'Futian: its admins and the city; operators their own venues', {
      prepare: async () => ({ path: v1('/stats/series?region=440304&interval=week') }),
      ...regionRead(200),
    }),
    entry('GET', '/stats/venues', 'Futian: its admins and the city; operators their own venues', {
      prepare: async () => ({ path: v1('/stats/venues?region=440304') }),
      ...regionRead(200),
    }),
    entry('GET', '/stats/districts', 'administrators only: operators have venues, not districts', {
      prepare: async () => ({ path: v1('/stats/districts?region=440304') }),
      ...regionRead(403),
    }),
    entry('GET', '/stats/outreach', "Nanshan's outreach: its admins and the city; operators have no region", {
      prepare: async () => ({ path: v1('/stats/outreach?region=440305') }),
      expect: { anonymous: 401, nanshanAdmin: 200, cityAdmin: 200 },
      others: 403,
    }),
    publicRead('/stats/public', '/stats/public?region=440300', 'public: headline figures, no personal data'),
    // Yearly service against the criteria (docs/register.md): administrators of the region only.
    entry('GET', '/stats/service-criteria', "Futian's criteria: its admins and the city", {
      prepare: async () => ({ path: v1('/stats/service-criteria?region=440304') }),
      ...regionRead(403, { systemAdmin: 200 }),
    }),
    entry('PUT', '/stats/service-criteria/{regionCode}', "Futian's own criteria: its admins and the city", {
      action: 'stats.set_service_criteria',
      prepare: async () => ({
        path: v1('/stats/service-criteria/440304'),
        body: { criteria: [{ resourceType: 'community_venue', minOpenDays: 1, minVisitors: 1 }] },
      }),
      ...regionRead(403, { systemAdmin: 200 }),
    }),
    entry('GET', '/stats/annual-service', "Futian's science bases over last year: its admins and the city", {
      prepare: async () => ({ path: v1('/stats/annual-service?region=440304') }),
      ...regionRead(403),
    }),
  ];
}
