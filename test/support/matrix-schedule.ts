import { entryFor as entry, publicRead, shared, v1 } from './matrix';
import type { Entry, Outcomes, Who } from './matrix';
import { createDraft } from './register';
import { admissionBody, createOffering, museumHours, putHours, scheduledVenue } from './schedule';
import type { SignedIn } from './sessions';
import type { TestApp } from './test-app';

interface Context {
  t: TestApp;
  sessions: Record<Exclude<Who, 'anonymous'>, SignedIn>;
}

/**
 * The schedule's rows: hours and offerings belong to a Futian venue of `operator`'s organisation.
 * Its operators manage them; the administrators above it (Futian's, the city's) see but may not
 * change them (403); everyone else is told nothing exists (404). The holiday calendar is the system
 * administrators'.
 */
export function scheduleEntries(context: () => Context): Entry[] {
  const venue = shared(() => scheduledVenue(context().t, context().sessions.operator, context().sessions.cityAdmin));
  const draftWithHours = shared(async () => {
    const { t, sessions } = context();
    const id = await createDraft(t, sessions.operator);
    await putHours(t, sessions.operator, id);
    return id;
  });
  const freshOffering = async () => {
    const { t, sessions } = context();
    return (await createOffering(t, sessions.operator, (await venue()).resourceId, admissionBody())).id as string;
  };
  const writers = (status: number): Outcomes => ({
    expect: { anonymous: 401, operator: status, futianAdmin: 403, cityAdmin: 403 },
    others: 404,
  });

  return [
    publicRead('/resources/{id}/opening-hours', async () => `/resources/${(await venue()).resourceId}/opening-hours`),
    entry('GET', '/resources/{id}/opening-hours', 'a draft: its members and admins only', {
      action: 'schedule.read_private',
      prepare: async () => ({ path: v1(`/resources/${await draftWithHours()}/opening-hours`) }),
      expect: { operator: 200, futianAdmin: 200, cityAdmin: 200 },
      others: 404,
    }),
    entry('PUT', '/resources/{id}/opening-hours', 'the venue’s operators', {
      action: 'schedule.manage',
      prepare: async () => ({
        path: v1(`/resources/${(await venue()).resourceId}/opening-hours`),
        body: museumHours(),
      }),
      ...writers(200),
    }),
    entry('POST', '/resources/{id}/opening-hours/preview', 'the venue’s operators', {
      prepare: async () => ({
        path: v1(`/resources/${(await venue()).resourceId}/opening-hours/preview`),
        body: museumHours(),
      }),
      ...writers(200),
    }),
    publicRead('/resources/{id}/offerings', async () => `/resources/${(await venue()).resourceId}/offerings`),
    entry('POST', '/resources/{id}/offerings', 'the venue’s operators', {
      prepare: async () => ({
        path: v1(`/resources/${(await venue()).resourceId}/offerings`),
        body: admissionBody({ title: '矩阵项目' }),
      }),
      ...writers(201),
    }),
    publicRead('/offerings/{id}', async () => `/offerings/${(await venue()).offeringId}`),
    entry('PATCH', '/offerings/{id}', 'the venue’s operators', {
      prepare: async () => ({ path: v1(`/offerings/${(await venue()).offeringId}`), body: { capacity: 120 } }),
      ...writers(200),
    }),
    entry('POST', '/offerings/{id}/archive', 'the venue’s operators', {
      prepare: async () => ({ path: v1(`/offerings/${await freshOffering()}/archive`) }),
      ...writers(200),
    }),
    publicRead('/offerings/{id}/availability', async () => `/offerings/${(await venue()).offeringId}/availability`),
    publicRead('/calendar/{year}', '/calendar/2026'),
    entry('PUT', '/calendar/{year}', 'system administrators', {
      action: 'calendar.manage',
      prepare: async () => ({
        path: v1('/calendar/2030'),
        body: { status: 'provisional', days: [{ date: '2030-01-01', kind: 'holiday', name: '元旦' }] },
      }),
      expect: { anonymous: 401, systemAdmin: 200 },
      others: 403,
    }),
  ];
}
