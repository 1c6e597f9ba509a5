import { addDays, shanghaiToday } from '@kepu/schedule';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  book,
  bookableEvent,
  bookingBody,
  IDS,
  idNumberFor,
  moveSlot,
  pinClockToMidday,
  visitorAccounts,
} from '../support/booking';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Offline check-in (docs/booking-rules.md, "Offline check-in"): the day pack a gate's device keeps
 * (its operators' alone, codes hashed, names masked), and the rules for check-ins that arrive
 * late: a repeat from the same device is dropped, one from another device is refused and shown.
 */
describe('offline check-in', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, operator2: SignedIn, city: SignedIn, family: SignedIn;
  let resourceId: string;
  let slotIds: string[];
  const codes: Record<string, string> = {};
  const v1 = (path: string) => `/api/v1${path}`;
  const DEVICE_A = 'dev-aaaaaaaaaaaaaaaaaaaaaaaa';
  const DEVICE_B = 'dev-bbbbbbbbbbbbbbbbbbbbbbbb';

  const pack = (who: SignedIn, query = '', status = 200) =>
    t
      .http()
      .get(v1(`/resources/${resourceId}/check-in-pack${query}`))
      .set(bearer(who))
      .expect(status)
      .then((res) => res.body);
  const checkIn = (body: Record<string, unknown>) => t.http().post(v1('/check-ins')).set(bearer(operator)).send(body);
  /** An ISO time `minutes` from now, as a device would send it. */
  const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  const row = async (code: string) =>
    (
      await db.query(
        `SELECT id, status, checked_in_at AS "checkedInAt", checked_in_device AS "device",
                check_in_clashes AS "clashes", no_show_at AS "noShowAt"
           FROM bookings WHERE code = $1`,
        [code],
      )
    )[0];
  const audits = async (id: string, action: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = $2`, [id, action]))[0]
      .n as number;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    pinClockToMidday();
    [operator, operator2, city, family] = await Promise.all(
      ['operator', 'operator2', 'city-admin', 'family'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
    const event = await bookableEvent(t, operator, city, { realName: true, startTimes: ['10:00', '14:00'] });
    ({ resourceId, slotIds } = event);
    const visitors = await visitorAccounts(t, 7);
    const parties: [string, Record<string, unknown>][] = [
      ['张三', { visitors: [{ name: '张三', idNumber: IDS.parent, category: 'adult' }] }],
      [
        'Jane Doe',
        {
          visitors: [
            {
              name: 'Jane Doe',
              category: 'adult',
              documentType: 'passport',
              documentNumber: 'C01X00T47',
              documentCountry: 'GBR',
            },
          ],
          contactPhone: '13912345678',
        },
      ],
      ...[1, 2, 3, 4, 5].map((n): [string, Record<string, unknown>] => [
        `访客${n}`,
        { visitors: [{ name: `访客${n}`, idNumber: idNumberFor(n), category: 'adult' }] },
      ]),
    ];
    for (const [i, [name, body]] of parties.entries()) {
      const res = await book(t, visitors[i], bookingBody(slotIds[0], body));
      if (res.status !== 201) throw new Error(`booking failed: ${JSON.stringify(res.body)}`);
      codes[name] = res.body.code;
    }
    // The first slot starts in 10 minutes today, so its gate is open.
    await moveSlot(t, slotIds[0], 10);
  });
  afterAll(async () => {
    jest.useRealTimers();
    await t.close();
  });

  describe('the day pack', () => {
    it('holds the day’s slots with each booking under a hash of its code, names masked, nothing in clear', async () => {
      const body = await pack(operator);
      expect(body).toMatchObject({ resourceId, date: shanghaiToday(), codeHash: { algorithm: 'HMAC-SHA-256-128' } });
      const [slot] = body.slots;
      expect(slot).toMatchObject({ slotId: slotIds[0], capacity: 50, booked: 7 });
      expect(new Date(slot.start).getTime() - new Date(slot.checkInOpensAt).getTime()).toBe(30 * 60_000);
      // The page hashes a typed code the same way: HMAC-SHA-256 under the pack's key, 16 bytes, base64url.
      const key = Buffer.from(body.codeHash.key, 'base64url');
      expect(key).toHaveLength(32);
      const hash = (code: string) =>
        createHmac('sha256', key).update(code).digest().subarray(0, 16).toString('base64url');
      const byHash = new Map(slot.bookings.map((b: { codeHash: string }) => [b.codeHash, b]));
      expect(byHash.get(hash(codes['张三']))).toEqual({
        codeHash: hash(codes['张三']),
        kind: 'individual',
        status: 'confirmed',
        partySize: 1,
        names: ['张*'],
        categories: { adult: 1, child: 0, senior: 0 },
        checkedInAt: null,
        headcount: null,
      });
      expect(byHash.get(hash(codes['Jane Doe']))).toMatchObject({ names: ['J*** D**'] });
      expect(slot.bookings).toHaveLength(7);
      const text = JSON.stringify(body);
      for (const secret of [
        ...Object.values(codes),
        ...Object.keys(codes),
        'Jane',
        IDS.parent,
        idNumberFor(1),
        'C01X00T47',
        '13912345678',
      ])
        expect(text).not.toContain(secret);
    });

    it('is keyed to its venue and day: tomorrow’s key is another, and so is another venue’s', async () => {
      const today = await pack(operator);
      const other = await bookableEvent(t, operator, city);
      const elsewhere = await t
        .http()
        .get(v1(`/resources/${other.resourceId}/check-in-pack`))
        .set(bearer(operator))
        .expect(200);
      expect(elsewhere.body.codeHash.key).not.toBe(today.codeHash.key);
      const tomorrow = await pack(operator, `?date=${addDays(shanghaiToday(), 1)}`);
      expect(tomorrow.codeHash.key).not.toBe(today.codeHash.key);
      expect(tomorrow.slots.map((s: { slotId: string }) => s.slotId)).not.toContain(slotIds[0]);
      expect((await pack(operator)).codeHash.key).toBe(today.codeHash.key);
    });

    it('is its operators’ alone, and only for today or tomorrow', async () => {
      await pack(operator2, '', 404);
      await pack(family, '', 404);
      await pack(city, '', 403);
      await t
        .http()
        .get(v1(`/resources/${resourceId}/check-in-pack`))
        .expect(401);
      expect((await pack(operator, `?date=${addDays(shanghaiToday(), -1)}`, 400)).code).toBe('CHECK_IN_PACK_DATE');
      expect((await pack(operator, `?date=${addDays(shanghaiToday(), 2)}`, 400)).code).toBe('CHECK_IN_PACK_DATE');
      expect((await pack(operator, '?date=2026-02-30', 400)).code).toBe('VALIDATION_FAILED');
    });
  });

  describe('check-ins sent when the network is back', () => {
    it('records the time it happened and the device, and drops the same check-in sent again', async () => {
      const code = codes['访客1'];
      const at = minutesFromNow(-3);
      const first = await checkIn({ code, deviceId: DEVICE_A, checkedInAt: at }).expect(200);
      expect(first.body).toMatchObject({ status: 'checked_in', checkedInAt: at });
      const again = await checkIn({ code, deviceId: DEVICE_A, checkedInAt: at }).expect(200);
      expect(again.body).toMatchObject({ status: 'checked_in', checkedInAt: at });
      const booking = await row(code);
      expect(booking).toMatchObject({ status: 'checked_in', device: DEVICE_A, clashes: null });
      expect(booking.checkedInAt.toISOString()).toBe(at);
      expect(await audits(booking.id, 'booking.checked_in')).toBe(1);
      // A second scan at the gate is still refused, on the same device too.
      expect((await checkIn({ code, deviceId: DEVICE_A }).expect(409)).body.code).toBe('ALREADY_CHECKED_IN');
      // The pack says so.
      const slot = (await pack(operator)).slots[0];
      expect(slot.bookings.filter((b: { status: string }) => b.status === 'checked_in')).toEqual([
        expect.objectContaining({ checkedInAt: expect.any(String), headcount: 1 }),
      ]);
    });

    it('refuses a booking another device checked in first, and shows the venue both', async () => {
      const code = codes['访客2'];
      await checkIn({ code, deviceId: DEVICE_A }).expect(200);
      const elsewhere = minutesFromNow(-1);
      const refused = await checkIn({ code, deviceId: DEVICE_B, checkedInAt: elsewhere }).expect(409);
      expect(refused.body).toMatchObject({
        code: 'CHECKED_IN_ON_ANOTHER_DEVICE',
        details: { checkedInAt: expect.stringMatching(/\+08:00$/) },
      });
      // Sent again (its answer lost): refused again, kept once.
      await checkIn({ code, deviceId: DEVICE_B, checkedInAt: elsewhere }).expect(409);
      const booking = await row(code);
      expect(booking.device).toBe(DEVICE_A);
      expect(booking.clashes).toEqual([
        { deviceId: DEVICE_B, checkedInAt: expect.stringMatching(/\+08:00$/), reportedAt: expect.any(String) },
      ]);
      expect(await audits(booking.id, 'booking.checked_in_elsewhere')).toBe(1);

      const arrivals = await t
        .http()
        .get(v1(`/slots/${slotIds[0]}/arrivals`))
        .set(bearer(operator))
        .expect(200);
      expect(arrivals.body.checkInClashes).toEqual([
        {
          bookingId: booking.id,
          code,
          checkedInAt: expect.any(String),
          clashes: [expect.objectContaining({ deviceId: DEVICE_B })],
        },
      ]);
      // A check-in sent without a device id is another device's too.
      await checkIn({ code, checkedInAt: minutesFromNow(-2) }).expect(409);
      expect((await row(code)).clashes).toHaveLength(2);
    });

    it('refuses a time in the future or outside the slot’s check-in hours, in words the device can act on', async () => {
      const code = codes['访客3'];
      const future = await checkIn({ code, deviceId: DEVICE_A, checkedInAt: minutesFromNow(10) }).expect(400);
      expect(future.body).toMatchObject({
        code: 'CHECK_IN_TIME_INVALID',
        details: { opensAt: expect.any(String), closesAt: expect.any(String) },
      });
      // The gate opened 30 minutes before the slot, which starts in about 10.
      await checkIn({ code, deviceId: DEVICE_A, checkedInAt: minutesFromNow(-25) }).expect(400);
      const noOffset = await checkIn({ code, deviceId: DEVICE_A, checkedInAt: '2026-11-24T10:00:00' }).expect(400);
      expect(noOffset.body.code).toBe('VALIDATION_FAILED');
      await checkIn({ code, deviceId: 'short', checkedInAt: minutesFromNow(-1) }).expect(400);
      // A device clock a minute fast is taken as now.
      const fast = await checkIn({ code, deviceId: DEVICE_A, checkedInAt: minutesFromNow(1) }).expect(200);
      expect(new Date(fast.body.checkedInAt).getTime()).toBeLessThanOrEqual(Date.now());
    });

    it('turns a no-show marked meanwhile into the check-in it was, until a day after the slot', async () => {
      const late = codes['访客4'];
      const tooLate = codes['访客5'];
      const during = minutesFromNow(-5);
      // The slot is moved to have ended 10 minutes ago, and both are marked no-shows as the job does
      // (the job reads the database's clock, which this file's pinned one is not).
      await moveSlot(t, slotIds[0], -70);
      await db.query(`UPDATE bookings SET status = 'no_show', no_show_at = now() WHERE code = ANY($1)`, [
        [late, tooLate],
      ]);
      expect((await row(late)).status).toBe('no_show');
      const inSlot = new Date(Date.now() - 60 * 60_000).toISOString();
      await checkIn({ code: late, deviceId: DEVICE_A, checkedInAt: inSlot }).expect(200);
      expect(await row(late)).toMatchObject({ status: 'checked_in', noShowAt: null, device: DEVICE_A });
      // Outside its hours (when the slot was still ahead) it is refused.
      await checkIn({ code: tooLate, deviceId: DEVICE_A, checkedInAt: during }).expect(400);
      // A day after the slot nothing is taken any more.
      await moveSlot(t, slotIds[0], -26 * 60);
      const old = new Date(Date.now() - 26 * 60 * 60_000 + 10 * 60_000).toISOString();
      expect((await checkIn({ code: tooLate, deviceId: DEVICE_A, checkedInAt: old }).expect(409)).body.code).toBe(
        'CHECK_IN_CLOSED',
      );
    });
  });
});
