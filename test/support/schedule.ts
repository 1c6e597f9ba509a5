import { addDays, shanghaiToday } from '@kepu/schedule';
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';
import { createDraft, publish } from './register';
import { bearer, SignedIn } from './sessions';

/** Closed Mondays except public holidays; Tue–Fri 09:00–12:00 and 13:30–17:00; weekends 09:00–17:30. */
export function museumHours(overrides: Record<string, unknown> = {}) {
  return {
    weekly: [
      { days: [2, 3, 4, 5], open: '09:00', close: '12:00' },
      { days: [2, 3, 4, 5], open: '13:30', close: '17:00' },
      { days: [6, 7], open: '09:00', close: '17:30' },
    ],
    publicHolidays: 'open',
    ...overrides,
  };
}

/** General admission in 30-minute entry windows, released 7 days ahead at 09:00. */
export function admissionBody(overrides: Record<string, unknown> = {}) {
  return {
    title: '常设展厅参观',
    kind: 'general_admission',
    slotMinutes: 30,
    capacity: 100,
    groupCapacity: 20,
    ...overrides,
  };
}

async function ok(res: { status: number; body: unknown }, what: string) {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Record<string, unknown>;
}

export async function putHours(t: TestApp, who: SignedIn, resourceId: string, body = museumHours(), query = '') {
  return ok(
    await t.http().put(`/api/v1/resources/${resourceId}/opening-hours${query}`).set(bearer(who)).send(body),
    'put hours',
  );
}

export async function createOffering(
  t: TestApp,
  who: SignedIn,
  resourceId: string,
  body: Record<string, unknown> = admissionBody(),
) {
  return ok(
    await t.http().post(`/api/v1/resources/${resourceId}/offerings`).set(bearer(who)).send(body),
    'create offering',
  );
}

/** A published venue of the operator's organisation with museum hours and no offering yet. */
export async function openVenue(t: TestApp, operator: SignedIn, cityAdmin: SignedIn): Promise<string> {
  const resourceId = await createDraft(t, operator);
  await putHours(t, operator, resourceId);
  await publish(t, resourceId, operator, cityAdmin);
  return resourceId;
}

/** A published venue of the operator's organisation with hours and one offering. */
export async function scheduledVenue(t: TestApp, operator: SignedIn, cityAdmin: SignedIn) {
  const resourceId = await openVenue(t, operator, cityAdmin);
  const offering = await createOffering(t, operator, resourceId);
  return { resourceId, offeringId: offering.id as string };
}

/**
 * Load-test fixtures: a new venue with `offerings` events at 10:00 on `days` days from the day after
 * tomorrow, each of ample capacity, and their slots ordered by offering, then day.
 */
export async function spreadEvents(
  t: TestApp,
  operator: SignedIn,
  cityAdmin: SignedIn,
  { offerings, days }: { offerings: number; days: number },
) {
  const resourceId = await openVenue(t, operator, cityAdmin);
  const dates = Array.from({ length: days }, (_v, i) => addDays(shanghaiToday(), 2 + i));
  const offeringIds: string[] = [];
  for (let o = 0; o < offerings; o++) {
    const offering = await createOffering(t, operator, resourceId, {
      title: `负载测试 ${o}`,
      kind: 'event',
      slotMinutes: 60,
      capacity: 100_000,
      dates,
      startTimes: ['10:00'],
    });
    offeringIds.push(offering.id as string);
  }
  const slots: { id: string }[] = await t.app
    .get(DataSource)
    .query(`SELECT id FROM slots WHERE offering_id = ANY($1) ORDER BY offering_id, starts_at`, [offeringIds]);
  return { offeringIds, slotIds: slots.map((slot) => slot.id), dates };
}
