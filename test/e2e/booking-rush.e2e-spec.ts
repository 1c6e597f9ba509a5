import { CounterCheckJob } from '@kepu/booking';
import { IdempotencyService } from '@kepu/core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bookableEvent, book, bookingBody, idNumberFor, visitorAccounts } from '../support/booking';
import { signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/** Runs the calls `width` at a time, in order, and returns their answers in that order. */
async function inWaves<T>(calls: (() => Promise<T>)[], width: number): Promise<T[]> {
  const answers: T[] = new Array(calls.length);
  let next = 0;
  const worker = async () => {
    while (next < calls.length) {
      const i = next++;
      answers[i] = await calls[i]();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return answers;
}

describe('a rush on one slot', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, city: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [operator, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);
  });
  afterAll(() => t.close());

  it('answers every family, never with a 500: 150 accounts each send two real-name bookings at once', async () => {
    const { slotIds } = await bookableEvent(t, operator, city, { capacity: 100, realName: true, maxPartySize: 5 });
    const accounts = await visitorAccounts(t, 150);
    // Two relatives each book the same parent and child from their own account, listed in the
    // other order: their ID numbers meet in the per-ID-per-day index from both sides.
    const party = (n: number) => {
      const family = n >> 1;
      const members = [
        { name: `家长${family}`, idNumber: idNumberFor(family), category: 'adult' },
        { name: `孩子${family}`, idNumber: idNumberFor(family, '20150101'), category: 'child' },
      ];
      return n % 2 ? members.reverse() : members;
    };
    const calls = accounts.flatMap((account, n) => [
      () => book(t, account, bookingBody(slotIds[0], { visitors: party(n) })),
      () => book(t, account, bookingBody(slotIds[0], { visitors: party(n) })),
    ]);
    const answers = await inWaves(calls, 64);
    const outcomes = answers.map((r) => (r.status === 201 ? 201 : `${r.status} ${r.body.code}`));
    expect(outcomes.filter((o) => typeof o === 'string' && o.startsWith('5'))).toEqual([]);
    // 75 families of two: each booked once, by one of its two relatives.
    expect(outcomes.filter((o) => o === 201)).toHaveLength(50);
    expect(new Set(outcomes.filter((o) => o !== 201))).toEqual(
      new Set(['409 SLOT_FULL', '409 ALREADY_BOOKED', '409 ID_ALREADY_BOOKED']),
    );
    // The indexes' "already booked" answers are not faults: nothing about them is logged as a warning.
    expect(t.logs.filter((line) => line.includes('duplicate key'))).toEqual([]);
    const [{ booked }] = await db.query(`SELECT booked FROM slots WHERE id = $1`, [slotIds[0]]);
    expect(booked).toBe(100);
    expect(await t.app.get(CounterCheckJob).drift()).toEqual([]);
  });

  it('runs a transaction Postgres aborts as a deadlock again, under the same idempotency key', async () => {
    const idempotency = t.app.get(IdempotencyService);
    const [first, second] = await visitorAccounts(t, 2);
    // Two requests lock two rows in opposite orders, each waiting for the other: Postgres aborts one.
    let attempts = 0;
    let holding = 0;
    const bothHoldTheirFirstRow = async () => {
      holding++;
      while (holding < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    const request = (accountId: string, order: string[]) =>
      idempotency.run({ accountId, scope: 'test deadlock', key: randomUUID(), body: {} }, async (tx) => {
        attempts++;
        await tx.query(`SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE`, [order[0]]);
        if (attempts <= 2) await bothHoldTheirFirstRow();
        await tx.query(`SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE`, [order[1]]);
        return { status: 201, body: { accountId } };
      });
    const pair = [first.user.id, second.user.id];
    const answers = await Promise.all([request(first.user.id, pair), request(second.user.id, [...pair].reverse())]);
    expect(answers.map((a) => a.status)).toEqual([201, 201]);
    // The two first tries, then the aborted one's second.
    expect(attempts).toBe(3);
  });
});
