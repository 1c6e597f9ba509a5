import { NoShowJob } from '@kepu/booking';
import { addDays, shanghaiInstant, shanghaiToday } from '@kepu/schedule';
import { TokensService } from '@kepu/identity/tokens.service';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createOffering, openVenue } from './schedule';
import { bearer, SignedIn } from './sessions';
import type { TestApp } from './test-app';

/** Valid mainland ID numbers (GB 11643 check digits): adults born 1990, a child born 2015, a senior born 1949. */
export const IDS = {
  parent: '440305199001010018',
  child: '440305201506150016',
  senior: '11010519491231002X',
};

/** A valid ID number for the n-th person (born 1985, sequence n): many distinct real-name visitors. */
export function idNumberFor(n: number, birthDate = '19850101'): string {
  const first17 = `440305${birthDate}${String(n % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/**
 * A published venue with an event on the day after tomorrow (so its booking window is open at any
 * hour of today), or `daysAhead`, at the given start times. Returns the slot ids in start order.
 */
export async function bookableEvent(
  t: TestApp,
  operator: SignedIn,
  cityAdmin: SignedIn,
  offering: Record<string, unknown> = {},
  daysAhead = 2,
): Promise<{ resourceId: string; offeringId: string; slotIds: string[]; date: string }> {
  const resourceId = await openVenue(t, operator, cityAdmin);
  const date = addDays(shanghaiToday(), daysAhead);
  const created = await createOffering(t, operator, resourceId, {
    title: '周末天文课',
    kind: 'event',
    slotMinutes: 60,
    capacity: 50,
    dates: [date],
    startTimes: ['10:00'],
    ...offering,
  });
  const slots: { id: string }[] = await t.app
    .get(DataSource)
    .query(`SELECT id FROM slots WHERE offering_id = $1 ORDER BY starts_at`, [created.id]);
  return { resourceId, offeringId: created.id as string, slotIds: slots.map((s) => s.id), date };
}

/**
 * Visitor accounts made straight in the database, each signed in: hundreds in a second, no password
 * hashing. Their e-mail logins count as proven (`verified: false` for accounts that have not).
 */
export async function visitorAccounts(t: TestApp, count: number, { verified = true } = {}): Promise<SignedIn[]> {
  const db = t.app.get(DataSource);
  const batch = randomBytes(4).toString('hex');
  const rows: { id: string }[] = await db.query(
    `INSERT INTO accounts (email, display_name, password_hash, verified_at)
     SELECT 'visitor' || g || '-' || $2 || '@test.kepu', '访客' || g, '!', CASE WHEN $3 THEN now() END
       FROM generate_series(1, $1) g
     RETURNING id`,
    [count, batch, verified],
  );
  await db.query(`INSERT INTO role_grants (account_id, role) SELECT unnest($1::uuid[]), 'visitor'`, [
    rows.map((r) => r.id),
  ]);
  const tokens = t.app.get(TokensService);
  return Promise.all(
    rows.map(async ({ id }) => ({ ...(await tokens.startSession(id)), user: { id, roles: ['visitor'] } })),
  );
}

export function bookingBody(slotId: string, overrides: Record<string, unknown> = {}) {
  return {
    slotId,
    visitors: [{ name: '张三', idNumber: IDS.parent, category: 'adult' }],
    contactPhone: '13800138000',
    ...overrides,
  };
}

/** A booking for the n-th of many adults, each with a name and an ID number of their own. */
export function bookingFor(slotId: string, n: number) {
  return bookingBody(slotId, { visitors: [{ name: `访客${n}`, idNumber: idNumberFor(n), category: 'adult' }] });
}

/** Books each slot for the account and lets every visit pass unvisited, running the no-show job after each. */
export async function missVisits(t: TestApp, account: SignedIn, slotIds: string[]): Promise<void> {
  for (const [i, slotId] of slotIds.entries()) {
    await book(t, account, bookingBody(slotId)).expect(201);
    await moveSlot(t, slotId, -120 - 60 * i);
    await t.app.get(NoShowJob).run();
  }
}

/** POST /bookings with a fresh (or the given) Idempotency-Key. */
export function book(t: TestApp, who: SignedIn, body: object, key: string = randomUUID()) {
  return t.http().post('/api/v1/bookings').set(bearer(who)).set('Idempotency-Key', key).send(body);
}

/**
 * Time travel for the entrance and the no-show job: moves a slot (and its bookings' day) so it
 * starts `startsInMinutes` from now and lasts `minutes`.
 */
export async function moveSlot(t: TestApp, slotId: string, startsInMinutes: number, minutes = 60): Promise<void> {
  const db = t.app.get(DataSource);
  // The process's clock, not the database's: it may be pinned (pinClockToMidday).
  const startsAt = new Date(Date.now() + startsInMinutes * 60_000);
  await db.transaction(async (tx) => {
    await tx.query(`UPDATE slots SET starts_at = $2, ends_at = $3 WHERE id = $1`, [
      slotId,
      startsAt,
      new Date(startsAt.getTime() + minutes * 60_000),
    ]);
    const day = `(SELECT (starts_at AT TIME ZONE 'Asia/Shanghai')::date FROM slots WHERE id = $1)`;
    await tx.query(`UPDATE bookings SET visit_date = ${day} WHERE slot_id = $1`, [slotId]);
    await tx.query(
      `UPDATE booking_visitors v SET visit_date = b.visit_date FROM bookings b WHERE b.id = v.booking_id AND b.slot_id = $1`,
      [slotId],
    );
  });
}

/**
 * Pins this process's clock (the API's in-process too) to 12:00 today in Shanghai, still ticking,
 * so "today, starting in N minutes" holds at any hour, even around midnight. Access tokens issued
 * before may have expired on the pinned clock: sign in again after pinning. Timers stay real.
 * Undo with `jest.useRealTimers()`.
 */
export function pinClockToMidday(): void {
  jest.useFakeTimers({
    now: shanghaiInstant(shanghaiToday(), 12 * 60),
    advanceTimers: true,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

/** Moves a slot so it is open for check-in now and still today in Shanghai, whatever the hour. */
export async function openForCheckIn(t: TestApp, slotId: string): Promise<void> {
  const soon = new Date(Date.now() + 10 * 60_000);
  await moveSlot(t, slotId, shanghaiToday(soon) === shanghaiToday() ? 10 : -20);
}
