import { entryFor as entry, v1 } from './matrix';
import type { Entry, Who } from './matrix';
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
 * Its operators manage them; Futian's admin sees but may not change them (403); everyone else
 * is told nothing exists (404). The holiday calendar is the city administrators'.
 */
export function scheduleEntries(context: () => Context): Entry[] {
  let venue: Promise<{ resourceId: string; offeringId: string }> | undefined;
  const shared = () =>
    (venue ??= scheduledVenue(context().t, context().sessions.operator, context().sessions.cityAdmin));
  const draftWithHours = async () => {
    const { t, sessions } = context();
    const id = await createDraft(t, sessions.operator);
    await putHours(t, sessions.operator, id);
    return id;
  };
  const freshOffering = async () => {
    const { t, sessions } = context();
    return (await createOffering(t, sessions.operator, (await shared()).resourceId, admissionBody())).id as string;
  };
  const writers = { anonymous: 401, family: 404, operator2: 404, nanshanAdmin: 404, futianAdmin: 403, cityAdmin: 403 };

  return [
    entry('GET', '/resources/{id}/opening-hours', 'published: public', {
      prepare: async () => ({ path: v1(`/resources/${(await shared()).resourceId}/opening-hours`) }),
      expect: { anonymous: 200, family: 200 },
    }),
    entry('GET', '/resources/{id}/opening-hours', 'a draft: its members and admins only', {
      action: 'schedule.read_private',
      prepare: async () => ({ path: v1(`/resources/${await draftWithHours()}/opening-hours`) }),
      expect: { anonymous: 404, family: 404, operator2: 404, nanshanAdmin: 404, operator: 200, futianAdmin: 200 },
    }),
    entry('PUT', '/resources/{id}/opening-hours', 'the venue’s operators', {
      action: 'schedule.manage',
      prepare: async () => ({
        path: v1(`/resources/${(await shared()).resourceId}/opening-hours`),
        body: museumHours(),
      }),
      expect: { ...writers, operator: 200 },
    }),
    entry('POST', '/resources/{id}/opening-hours/preview', 'the venue’s operators', {
      prepare: async () => ({
        path: v1(`/resources/${(await shared()).resourceId}/opening-hours/preview`),
        body: museumHours(),
      }),
      expect: { ...writers, operator: 200 },
    }),
    entry('GET', '/resources/{id}/offerings', 'public', {
      prepare: async () => ({ path: v1(`/resources/${(await shared()).resourceId}/offerings`) }),
      expect: { anonymous: 200 },
    }),
    entry('POST', '/resources/{id}/offerings', 'the venue’s operators', {
      prepare: async () => ({
        path: v1(`/resources/${(await shared()).resourceId}/offerings`),
        body: admissionBody({ title: '矩阵项目' }),
      }),
      expect: { ...writers, operator: 201 },
    }),
    entry('GET', '/offerings/{id}', 'public', {
      prepare: async () => ({ path: v1(`/offerings/${(await shared()).offeringId}`) }),
      expect: { anonymous: 200 },
    }),
    entry('PATCH', '/offerings/{id}', 'the venue’s operators', {
      prepare: async () => ({ path: v1(`/offerings/${(await shared()).offeringId}`), body: { capacity: 120 } }),
      expect: { ...writers, operator: 200 },
    }),
    entry('POST', '/offerings/{id}/archive', 'the venue’s operators', {
      prepare: async () => ({ path: v1(`/offerings/${await freshOffering()}/archive`) }),
      expect: { ...writers, operator: 200 },
    }),
    entry('GET', '/offerings/{id}/availability', 'public', {
      prepare: async () => ({ path: v1(`/offerings/${(await shared()).offeringId}/availability`) }),
      expect: { anonymous: 200 },
    }),
    entry('GET', '/calendar/{year}', 'public', {
      prepare: async () => ({ path: v1('/calendar/2026') }),
      expect: { anonymous: 200 },
    }),
    entry('PUT', '/calendar/{year}', 'city administrators', {
      action: 'calendar.manage',
      prepare: async () => ({
        path: v1('/calendar/2030'),
        body: { status: 'provisional', days: [{ date: '2030-01-01', kind: 'holiday', name: '元旦' }] },
      }),
      expect: { anonymous: 401, family: 403, operator: 403, nanshanAdmin: 403, cityAdmin: 200, systemAdmin: 200 },
    }),
  ];
}
