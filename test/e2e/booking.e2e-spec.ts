import { CounterCheckJob, NoShowJob, PersonalDataPurgeJob } from '@kepu/booking';
import { WaitlistSweepJob } from '@kepu/booking';
import { OutboxRunner } from '@kepu/core';
import { addDays, shanghaiToday } from '@kepu/schedule';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  book,
  bookableEvent,
  bookingBody,
  IDS,
  idNumberFor,
  missVisits,
  moveSlot,
  pinClockToMidday,
  visitorAccounts,
} from '../support/booking';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

const CODE = /^[0-9A-HJKMNP-TV-Z]{10}$/;
/** Documents other than ID cards (docs/booking-rules.md, "Identity documents"). */
const DOCUMENTS = [
  { documentType: 'passport', documentNumber: 'C01X00T47', documentCountry: 'GBR' },
  { documentType: 'hk_macao_permit', documentNumber: 'H12345678' },
  { documentType: 'taiwan_permit', documentNumber: '87654321' },
  { documentType: 'residence_permit', documentNumber: '810000199408230021' },
  { documentType: 'foreign_permanent_resident', documentNumber: 'USA110085061201' },
] as const;
const RAW_PERSONAL = [IDS.parent, IDS.child, IDS.senior, '13800138000', ...DOCUMENTS.map((d) => d.documentNumber)];

describe('booking for families', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, operator2: SignedIn, city: SignedIn, family: SignedIn;
  const v1 = (path: string) => `/api/v1${path}`;
  const booked = async (slotId: string) =>
    (await db.query(`SELECT booked FROM slots WHERE id = $1`, [slotId]))[0].booked as number;
  const mailbox = async (to: string) => {
    await t.app.get(OutboxRunner).drain();
    return (await t.http().get(`/dev/mailbox?to=${to}`).expect(200)).body as { subject: string; text: string }[];
  };

  const signInAll = async () => {
    [operator, operator2, city, family] = await Promise.all(
      ['operator', 'operator2', 'city-admin', 'family'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await signInAll();
  });
  afterAll(() => t.close());

  it('a family books, sees, downloads and cancels a real-name visit', async () => {
    const { slotIds, offeringId } = await bookableEvent(t, operator, city, { realName: true });
    const res = await book(
      t,
      family,
      bookingBody(slotIds[0], {
        visitors: [
          { name: '张三', idNumber: IDS.parent, category: 'adult' },
          { name: '张小三', category: 'child' },
          { name: '张爷爷', idNumber: IDS.senior.toLowerCase(), category: 'senior' },
        ],
      }),
    ).expect(201);
    expect(res.body).toMatchObject({
      status: 'confirmed',
      partySize: 3,
      contactPhone: '138****8000',
      visitors: [
        { name: '张三', category: 'adult', idNumber: '4403**********0018' },
        { name: '张小三', category: 'child', idNumber: null },
        { name: '张爷爷', category: 'senior', idNumber: '1101**********002X' },
      ],
      offering: { id: offeringId, title: '周末天文课' },
    });
    expect(res.body.code).toMatch(CODE);
    expect(res.body.cancellableUntil).toMatch(/T09:30:00\+08:00$/);
    const id = res.body.id as string;

    const slots = await t.http().get(v1(`/offerings/${offeringId}/availability?from=${res.body.visitDate}`));
    expect(slots.body[0]).toMatchObject({ slotId: slotIds[0], capacity: 50, remaining: 47, status: 'open' });

    const mine = await t.http().get(v1('/bookings/mine')).set(bearer(family)).expect(200);
    expect(mine.body.items.map((b: { id: string }) => b.id)).toContain(id);

    const qr = await t
      .http()
      .get(v1(`/bookings/${id}/qr`))
      .set(bearer(family))
      .expect(200);
    expect(qr.headers['content-type']).toBe('image/png');
    expect(qr.body.subarray(0, 4).toString('latin1')).toBe('\x89PNG');
    const ics = await t
      .http()
      .get(v1(`/bookings/${id}/ics`))
      .set(bearer(family))
      .expect(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.text).toContain('BEGIN:VEVENT');
    expect(ics.text).toContain(res.body.code);

    // The venue's operators see it; another organisation's are told nothing exists.
    await t
      .http()
      .get(v1(`/bookings/${id}`))
      .set(bearer(operator))
      .expect(200);
    await t
      .http()
      .get(v1(`/bookings/${id}`))
      .set(bearer(operator2))
      .expect(404);
    await t
      .http()
      .get(v1(`/bookings/${id}/qr`))
      .set(bearer(operator2))
      .expect(404);

    const cancelled = await t
      .http()
      .post(v1(`/bookings/${id}/cancel`))
      .set(bearer(family))
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledBy: 'visitor', cancellableUntil: null });
    expect(await booked(slotIds[0])).toBe(0);
    const again = await t
      .http()
      .post(v1(`/bookings/${id}/cancel`))
      .set(bearer(family))
      .expect(409);
    expect(again.body.code).toBe('BOOKING_NOT_ACTIVE');

    const mail = await mailbox('family@demo.kepu');
    expect(mail.find((m) => m.subject.startsWith('预约成功'))?.text).toContain(res.body.code);
  });

  describe('Idempotency-Key', () => {
    let slotId: string;
    beforeAll(async () => {
      slotId = (await bookableEvent(t, operator, city)).slotIds[0];
    });

    it('replays the first answer for the same key and body, and refuses the key with another body', async () => {
      const [account] = await visitorAccounts(t, 1);
      const key = randomUUID();
      const first = await book(t, account, bookingBody(slotId), key).expect(201);
      const replay = await book(t, account, bookingBody(slotId), key).expect(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body).toEqual(first.body);
      const other = await book(t, account, bookingBody(slotId, { contactPhone: '13900139000' }), key).expect(422);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      const [{ count }] = await db.query(`SELECT count(*)::int FROM bookings WHERE account_id = $1`, [account.user.id]);
      expect(count).toBe(1);
    });

    it('tells concurrent requests with one key that the first is in flight, and books once', async () => {
      const [account] = await visitorAccounts(t, 1);
      const key = randomUUID();
      const responses = await Promise.all(Array.from({ length: 10 }, () => book(t, account, bookingBody(slotId), key)));
      const created = responses.filter((r) => r.status === 201);
      expect(created.length).toBeGreaterThanOrEqual(1);
      expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
      for (const r of responses.filter((r) => r.status !== 201)) {
        expect(r.status).toBe(409);
        expect(r.body.code).toBe('IDEMPOTENCY_IN_FLIGHT');
      }
      const [{ count }] = await db.query(`SELECT count(*)::int FROM bookings WHERE account_id = $1`, [account.user.id]);
      expect(count).toBe(1);
    });

    it('replays a refusal too, and requires a well-formed key', async () => {
      const [account] = await visitorAccounts(t, 1);
      const key = randomUUID();
      const tooMany = bookingBody(slotId, {
        visitors: Array.from({ length: 6 }, (_v, i) => ({ name: `游客${i}`, category: 'adult' })),
      });
      expect((await book(t, account, tooMany, key).expect(400)).body.code).toBe('PARTY_TOO_LARGE');
      const replay = await book(t, account, tooMany, key).expect(400);
      expect(replay.body).toMatchObject({ code: 'PARTY_TOO_LARGE', details: { maxPartySize: 5 } });

      const missing = await t.http().post(v1('/bookings')).set(bearer(account)).send(bookingBody(slotId)).expect(400);
      expect(missing.body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
      expect((await book(t, account, bookingBody(slotId), 'short').expect(400)).body.code).toBe(
        'IDEMPOTENCY_KEY_INVALID',
      );
      expect((await book(t, account, bookingBody(slotId), 'has spaces in it').expect(400)).body.code).toBe(
        'IDEMPOTENCY_KEY_INVALID',
      );
    });
  });

  it('never oversells: 200 parallel bookings for 50 places confirm exactly 50, and the counter equals the rows', async () => {
    const { slotIds } = await bookableEvent(t, operator, city, { capacity: 50 });
    const accounts = await visitorAccounts(t, 200);
    const responses = await Promise.all(
      accounts.map((account, i) =>
        book(t, account, bookingBody(slotIds[0], { visitors: [{ name: `游客${i}`, category: 'adult' }] })),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(50);
    expect(statuses.filter((s) => s === 409)).toHaveLength(150);
    expect(new Set(responses.filter((r) => r.status === 409).map((r) => r.body.code))).toEqual(new Set(['SLOT_FULL']));
    const [{ rows }] = await db.query(
      `SELECT count(*)::int AS rows FROM bookings WHERE slot_id = $1 AND status = 'confirmed'`,
      [slotIds[0]],
    );
    expect(rows).toBe(50);
    expect(await booked(slotIds[0])).toBe(50);
    expect(await t.app.get(CounterCheckJob).drift()).toEqual([]);
  });

  it('holds one booking per account per offering per day, and one per ID per venue per day, under concurrency', async () => {
    const { slotIds } = await bookableEvent(t, operator, city, { realName: true, startTimes: ['10:00', '14:00'] });
    const [account] = await visitorAccounts(t, 1);
    const sameAccount = await Promise.all(
      Array.from({ length: 10 }, (_v, i) =>
        book(
          t,
          account,
          bookingBody(slotIds[i % 2], { visitors: [{ name: '甲', idNumber: idNumberFor(i), category: 'adult' }] }),
        ),
      ),
    );
    expect(sameAccount.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(sameAccount.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.body.code}`))).toEqual(
      new Set(['409 ALREADY_BOOKED']),
    );

    const others = await visitorAccounts(t, 10);
    const sameId = await Promise.all(
      others.map((other, i) =>
        book(
          t,
          other,
          bookingBody(slotIds[i % 2], { visitors: [{ name: '乙', idNumber: IDS.senior, category: 'senior' }] }),
        ),
      ),
    );
    expect(sameId.filter((r) => r.status === 201)).toHaveLength(1);
    for (const refused of sameId.filter((r) => r.status !== 201)) {
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        code: 'ID_ALREADY_BOOKED',
        details: [
          {
            field: 'visitors.0.idNumber',
            problems: ['already booked that day'],
            messages: [expect.objectContaining({ 'zh-CN': '这位参观人当天已在本馆有预约，同一证件每天只能预约一次' })],
          },
        ],
      });
    }
    // Once that booking is cancelled, the ID is free again.
    const holder = others[sameId.findIndex((r) => r.status === 201)];
    const held = sameId.find((r) => r.status === 201)?.body.id;
    await t
      .http()
      .post(v1(`/bookings/${held}/cancel`))
      .set(bearer(holder))
      .expect(200);
    await book(
      t,
      others[0] === holder ? others[1] : others[0],
      bookingBody(slotIds[1], { visitors: [{ name: '乙', idNumber: IDS.senior, category: 'senior' }] }),
    ).expect(201);
  });

  it('books with every kind of identity document, masked in the answer, one booking per document per venue per day', async () => {
    const { slotIds } = await bookableEvent(t, operator, city, { realName: true, startTimes: ['10:00', '14:00'] });
    const accounts = await visitorAccounts(t, DOCUMENTS.length * 2);
    for (const [i, document] of DOCUMENTS.entries()) {
      const visitor = { name: `访客${i}`, category: 'adult', ...document };
      const booked = await book(t, accounts[i], bookingBody(slotIds[0], { visitors: [visitor] })).expect(201);
      expect(booked.body.visitors[0]).toEqual({
        name: `访客${i}`,
        category: 'adult',
        idNumber: expect.stringMatching(/^\w{1,4}\*+\w{1,4}$/),
        documentType: document.documentType,
        // A permanent resident card carries its holder's nationality.
        documentCountry:
          { passport: 'GBR', foreign_permanent_resident: 'USA' }[document.documentType as string] ?? null,
      });
      // The same document, typed in lower case with spaces, in another slot of that day, by someone else.
      const again = { ...visitor, documentNumber: document.documentNumber.toLowerCase().replace(/(.{4})/, '$1 ') };
      const refused = await book(t, accounts[DOCUMENTS.length + i], bookingBody(slotIds[1], { visitors: [again] }));
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        code: 'ID_ALREADY_BOOKED',
        details: [{ field: 'visitors.0.documentNumber', problems: ['already booked that day'] }],
      });
    }
    // The same passport number from another country is another person.
    const other = { name: 'Hans', category: 'adult', ...DOCUMENTS[0], documentCountry: 'DEU' };
    await book(t, accounts[DOCUMENTS.length], bookingBody(slotIds[1], { visitors: [other] })).expect(201);
    const noCountry = { name: 'Hans', category: 'adult', documentType: 'passport', documentNumber: 'C01X00T48' };
    const refused = await book(t, accounts[DOCUMENTS.length + 1], bookingBody(slotIds[1], { visitors: [noCountry] }));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.details)).toContain('visitors.0.documentCountry');
  });

  describe('the waitlist (docs/booking-rules.md, "Waitlist")', () => {
    const party = (n: number) => Array.from({ length: n }, (_v, i) => ({ name: `游客${i}`, category: 'adult' }));
    const status = async (id: string) => (await db.query(`SELECT status FROM bookings WHERE id = $1`, [id]))[0].status;
    const view = async (who: SignedIn, id: string) =>
      (
        await t
          .http()
          .get(v1(`/bookings/${id}`))
          .set(bearer(who))
          .expect(200)
      ).body;
    const cancel = (who: SignedIn, id: string) =>
      t
        .http()
        .post(v1(`/bookings/${id}/cancel`))
        .set(bearer(who))
        .expect(200);
    /** Books the slot for each account in turn, joining the waitlist when it is full. */
    const line = async (slotId: string, parties: [SignedIn, number][]) => {
      const ids: string[] = [];
      for (const [who, size] of parties) {
        ids.push(
          (await book(t, who, bookingBody(slotId, { visitors: party(size), waitlist: true })).expect(201)).body.id,
        );
      }
      return ids;
    };

    it('promotes whole parties strictly in turn: places a party does not fit are held for it, from newcomers too', async () => {
      const { slotIds } = await bookableEvent(t, operator, city, { capacity: 3 });
      const slotId = slotIds[0];
      const [a, f, b, c, d, e] = await visitorAccounts(t, 6);
      const [first, other] = await line(slotId, [
        [a, 2],
        [f, 1],
      ]);
      expect((await book(t, b, bookingBody(slotId, { visitors: party(2) })).expect(409)).body.code).toBe('SLOT_FULL');
      const [bId, cId, dId] = await line(slotId, [
        [b, 2],
        [c, 1],
        [d, 1],
      ]);
      expect([(await view(b, bId)).waitlistPosition, (await view(c, cId)).waitlistPosition]).toEqual([1, 2]);

      // One place comes back: b (2) does not fit, so it is held for b, and c (1) behind does not take it.
      await cancel(f, other);
      expect(await Promise.all([bId, cId, dId].map(status))).toEqual(['waitlisted', 'waitlisted', 'waitlisted']);
      expect(await booked(slotId)).toBe(2);
      expect(await view(b, bId)).toMatchObject({ waitlistPosition: 1, waitlistPlacesHeld: 1 });
      const second = await view(c, cId);
      expect(second.waitlistPosition).toBe(2);
      expect(second).not.toHaveProperty('waitlistPlacesHeld');
      // Nor does a newcomer: it joins the back of the queue.
      expect((await book(t, e, bookingBody(slotId, { visitors: party(1) })).expect(409)).body.code).toBe('SLOT_FULL');
      const [eId] = await line(slotId, [[e, 1]]);
      expect((await view(e, eId)).waitlistPosition).toBe(4);

      // Two more: b goes whole, then c with the place left; d and e wait.
      await cancel(a, first);
      expect(await Promise.all([bId, cId, dId, eId].map(status))).toEqual([
        'confirmed',
        'confirmed',
        'waitlisted',
        'waitlisted',
      ]);
      expect(await booked(slotId)).toBe(3);
      expect((await view(d, dId)).waitlistPosition).toBe(1);
      await t.app.get(OutboxRunner).drain();
      const promotedMail = await db.query(
        `SELECT count(*)::int AS n FROM notification_deliveries WHERE account_id = ANY($1) AND kind = 'booking.promoted' AND channel = 'mailbox'`,
        [[b.user.id, c.user.id]],
      );
      expect(promotedMail[0].n).toBe(2);

      await moveSlot(t, slotId, -5);
      await t.app.get(NoShowJob).run();
      expect(await Promise.all([dId, eId].map(status))).toEqual(['expired', 'expired']);
    });

    it('lets the hold lapse when booking closes: whoever fits goes, in line order', async () => {
      const { slotIds } = await bookableEvent(t, operator, city, { capacity: 3 });
      const slotId = slotIds[0];
      const [x, y, b, c, d, e] = await visitorAccounts(t, 6);
      const [xId] = await line(slotId, [
        [x, 2],
        [y, 1],
      ]);
      const [bId, cId, dId, eId] = await line(slotId, [
        [b, 3],
        [c, 1],
        [d, 2],
        [e, 1],
      ]);
      await cancel(x, xId);
      expect(await view(b, bId)).toMatchObject({ waitlistPosition: 1, waitlistPlacesHeld: 2 });
      await t.app.get(WaitlistSweepJob).run();
      expect(await booked(slotId)).toBe(1);

      // Booking closes (30 minutes before): the two held places go to c (1), then past d (2) to e (1).
      await moveSlot(t, slotId, 20);
      await t.app.get(WaitlistSweepJob).run();
      expect(await Promise.all([bId, cId, dId, eId].map(status))).toEqual([
        'waitlisted',
        'confirmed',
        'waitlisted',
        'confirmed',
      ]);
      expect(await booked(slotId)).toBe(3);
      const head = await view(b, bId);
      expect(head.waitlistPosition).toBe(1);
      expect(head).not.toHaveProperty('waitlistPlacesHeld');
      // Places the venue frees now go the same way: d (2) fits two, b (3) still does not.
      const [yBooking] = await db.query(`SELECT id FROM bookings WHERE slot_id = $1 AND account_id = $2`, [
        slotId,
        y.user.id,
      ]);
      await cancel(operator, yBooking.id);
      await cancel(operator, cId);
      expect(await Promise.all([bId, dId].map(status))).toEqual(['waitlisted', 'confirmed']);
      expect(await booked(slotId)).toBe(3);
    });

    it('promotes at once when the venue raises the capacity, and never lowers it below what is booked', async () => {
      const { slotIds, offeringId } = await bookableEvent(t, operator, city, { capacity: 2 });
      const slotId = slotIds[0];
      const [a, b, c] = await visitorAccounts(t, 3);
      await line(slotId, [[a, 2]]);
      const [bId, cId] = await line(slotId, [
        [b, 1],
        [c, 2],
      ]);
      const capacity = (places: number) =>
        t
          .http()
          .patch(v1(`/offerings/${offeringId}`))
          .set(bearer(operator))
          .send({ capacity: places })
          .expect(200);
      const slot = async () =>
        (await db.query(`SELECT capacity, booked FROM slots WHERE id = $1`, [slotId]))[0] as {
          capacity: number;
          booked: number;
        };

      await capacity(3);
      expect(await t.app.get(OutboxRunner).drain('slot_capacity')).toBe(1);
      expect(await Promise.all([bId, cId].map(status))).toEqual(['confirmed', 'waitlisted']);
      expect(await slot()).toEqual({ capacity: 3, booked: 3 });

      await capacity(5);
      await t.app.get(OutboxRunner).drain('slot_capacity');
      expect(await status(cId)).toBe('confirmed');
      expect(await slot()).toEqual({ capacity: 5, booked: 5 });

      const lowered = await capacity(1);
      expect(lowered.body.slots.capacityKept).toEqual([expect.objectContaining({ slotId, booked: 5 })]);
      expect(await slot()).toEqual({ capacity: 5, booked: 5 });
      // Nothing was raised, so nothing to promote.
      expect(await t.app.get(OutboxRunner).drain('slot_capacity')).toBe(0);
    });
  });

  describe('bad input gets a 4xx with a code, and never a half booking', () => {
    let slotId: string;
    let account: SignedIn;
    beforeAll(async () => {
      slotId = (await bookableEvent(t, operator, city, { realName: true })).slotIds[0];
      [account] = await visitorAccounts(t, 1);
    });
    const adult = (idNumber?: string) => ({ name: '张三', category: 'adult', ...(idNumber ? { idNumber } : {}) });

    it.each([
      ['an unknown slot', () => bookingBody(randomUUID()), 404, 'NOT_FOUND'],
      ['a slot id that is no id', () => bookingBody('slot-1'), 400, 'VALIDATION_FAILED'],
      [
        'a party above the limit',
        () => bookingBody(slotId, { visitors: Array(6).fill(adult(IDS.parent)) }),
        400,
        'PARTY_TOO_LARGE',
      ],
      ['an empty party', () => bookingBody(slotId, { visitors: [] }), 400, 'VALIDATION_FAILED'],
      ['a visitor who is a list', () => bookingBody(slotId, { visitors: [[]] }), 400, 'VALIDATION_FAILED'],
      [
        'a wrong check digit',
        () => bookingBody(slotId, { visitors: [adult('440305199001010017')] }),
        400,
        'INVALID_ID_NUMBER',
      ],
      [
        'an impossible birth date',
        () => bookingBody(slotId, { visitors: [adult('110105194902300025')] }),
        400,
        'INVALID_ID_NUMBER',
      ],
      [
        'one ID twice',
        () => bookingBody(slotId, { visitors: [adult(IDS.parent), adult(IDS.parent)] }),
        400,
        'DUPLICATE_VISITOR_ID',
      ],
      ['an adult without an ID', () => bookingBody(slotId, { visitors: [adult()] }), 400, 'ID_NUMBER_REQUIRED'],
      [
        'a child alone',
        () => bookingBody(slotId, { visitors: [{ name: '小明', category: 'child' }] }),
        400,
        'GUARDIAN_REQUIRED',
      ],
      [
        'an unknown category',
        () => bookingBody(slotId, { visitors: [{ ...adult(IDS.parent), category: 'vip' }] }),
        400,
        'VALIDATION_FAILED',
      ],
      ['a malformed phone', () => bookingBody(slotId, { contactPhone: '12345' }), 400, 'VALIDATION_FAILED'],
      ['an unknown field', () => bookingBody(slotId, { price: 0 }), 400, 'VALIDATION_FAILED'],
    ])('%s', async (_what, body, status, code) => {
      const res = await book(t, account, body()).expect(status);
      expect(res.body.code).toBe(code);
    });

    it('refuses closed, not-yet-open and cancelled slots', async () => {
      const later = await bookableEvent(t, operator, city, { dates: [addDays(shanghaiToday(), 20)] });
      const notOpen = await book(t, account, bookingBody(later.slotIds[0], { visitors: [adult(IDS.parent)] })).expect(
        409,
      );
      expect(notOpen.body).toMatchObject({
        code: 'BOOKING_NOT_OPEN',
        details: { opensAt: expect.stringMatching(/T09:00:00\+08:00$/) },
      });

      const soon = await bookableEvent(t, operator, city);
      await moveSlot(t, soon.slotIds[0], 10); // the 30-minute cutoff has passed
      expect((await book(t, account, bookingBody(soon.slotIds[0])).expect(409)).body.code).toBe('BOOKING_CLOSED');

      const dropped = await bookableEvent(t, operator, city);
      await db.query(`UPDATE slots SET status = 'cancelled' WHERE id = $1`, [dropped.slotIds[0]]);
      expect((await book(t, account, bookingBody(dropped.slotIds[0])).expect(409)).body.code).toBe('SLOT_CANCELLED');
    });

    it('left nothing behind', async () => {
      const [{ count }] = await db.query(`SELECT count(*)::int FROM bookings WHERE account_id = $1`, [account.user.id]);
      expect(count).toBe(0);
      expect(await booked(slotId)).toBe(0);
    });
  });

  describe('check-in at the entrance', () => {
    let slotIds: string[];
    let code: string;
    let bookingId: string;
    beforeAll(async () => {
      pinClockToMidday();
      await signInAll();
      ({ slotIds } = await bookableEvent(t, operator, city, { startTimes: ['10:00', '14:00'] }));
      const [account] = await visitorAccounts(t, 1);
      const res = await book(t, account, bookingBody(slotIds[0])).expect(201);
      ({ code, id: bookingId } = res.body);
    });
    // Tokens issued on the pinned clock expire 15 minutes after midday: sign in again on the real one.
    afterAll(async () => {
      jest.useRealTimers();
      await signInAll();
    });
    const checkIn = (who: SignedIn, value: string) =>
      t.http().post(v1('/check-ins')).set(bearer(who)).send({ code: value });

    it('is refused on the wrong day, too early, and for unknown codes, as which another venue’s codes pass', async () => {
      expect((await checkIn(operator, code).expect(409)).body.code).toBe('NOT_TODAY');
      await moveSlot(t, slotIds[0], 45);
      expect((await checkIn(operator, code).expect(409)).body).toMatchObject({ code: 'CHECK_IN_NOT_OPEN' });
      await checkIn(operator, 'short').expect(400);
      // Byte for byte but for the correlation id: the entrance tells no one whether a code is real.
      const answer = async (who: SignedIn, value: string) => {
        const res = await checkIn(who, value).expect(404);
        return {
          body: res.text.replace(res.body.correlationId, ''),
          type: res.headers['content-type'],
          length: res.headers['content-length'],
        };
      };
      const unknown = await answer(operator2, 'ZZZZZZZZZZ');
      expect(await answer(operator2, code)).toEqual(unknown);
      expect(await answer(family, code)).toEqual(await answer(family, 'ZZZZZZZZZZ'));
      expect(unknown.body).toContain('"code":"BOOKING_CODE_UNKNOWN"');
    });

    it('admits the booking once, from 30 minutes before the slot, typed in any case with a hyphen', async () => {
      await moveSlot(t, slotIds[0], 20);
      const typed = `${code.slice(0, 5)}-${code.slice(5)}`.toLowerCase();
      const res = await checkIn(operator, typed).expect(200);
      expect(res.body).toMatchObject({ id: bookingId, status: 'checked_in', contactPhone: '138****8000' });
      const twice = await checkIn(operator, code).expect(409);
      expect(twice.body).toMatchObject({ code: 'ALREADY_CHECKED_IN', details: { checkedInAt: expect.any(String) } });

      const arrivals = await t
        .http()
        .get(v1(`/slots/${slotIds[0]}/arrivals`))
        .set(bearer(operator))
        .expect(200);
      expect(arrivals.body).toMatchObject({ booked: 1, totals: { expected: 1, arrived: 1, waiting: 0 } });
      await t
        .http()
        .get(v1(`/slots/${slotIds[0]}/arrivals`))
        .set(bearer(operator2))
        .expect(404);
    });

    it('closes when the slot ends', async () => {
      const [late] = await visitorAccounts(t, 1);
      const res = await book(t, late, bookingBody(slotIds[1])).expect(201);
      await moveSlot(t, slotIds[1], -90);
      expect((await checkIn(operator, res.body.code).expect(409)).body.code).toBe('CHECK_IN_CLOSED');
    });
  });

  it('marks no-shows after the slot ends and suspends booking for 30 days after the third', async () => {
    const days = [2, 3, 4].map((n) => addDays(shanghaiToday(), n));
    const { slotIds } = await bookableEvent(t, operator, city, { dates: days });
    const [account] = await visitorAccounts(t, 1);
    await missVisits(t, account, slotIds);
    const statuses = await db.query(`SELECT status FROM bookings WHERE account_id = $1`, [account.user.id]);
    expect(statuses.map((s: { status: string }) => s.status)).toEqual(['no_show', 'no_show', 'no_show']);
    expect(await t.app.get(CounterCheckJob).drift()).toEqual([]);

    const next = await bookableEvent(t, operator, city);
    const banned = await book(t, account, bookingBody(next.slotIds[0])).expect(403);
    expect(banned.body).toMatchObject({
      code: 'BOOKING_BANNED',
      details: { until: addDays(shanghaiToday(), 30) },
    });
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM outbox WHERE topic = 'booking.banned' AND aggregate_id = $1`,
      [account.user.id],
    );
    expect(n).toBe(1);
  });

  it('erases ID and phone numbers 30 days after the visit', async () => {
    const { slotIds } = await bookableEvent(t, operator, city, { realName: true });
    const [account] = await visitorAccounts(t, 1);
    const res = await book(t, account, bookingBody(slotIds[0])).expect(201);
    const stored = await db.query(`SELECT id_number, id_hash FROM booking_visitors WHERE booking_id = $1`, [
      res.body.id,
    ]);
    expect(stored[0].id_number.toString('latin1')).not.toContain(IDS.parent);
    expect(stored[0].id_hash).toHaveLength(32);

    await t.app.get(PersonalDataPurgeJob).run(new Date(Date.now() + 33 * 86_400_000));
    const after = await db.query(
      `SELECT v.id_number, v.id_hash, b.contact_phone, b.personal_data_purged_at
         FROM booking_visitors v JOIN bookings b ON b.id = v.booking_id WHERE b.id = $1`,
      [res.body.id],
    );
    expect(after[0]).toMatchObject({ id_number: null, id_hash: null, contact_phone: null });
    expect(after[0].personal_data_purged_at).toBeInstanceOf(Date);
    const view = await t
      .http()
      .get(v1(`/bookings/${res.body.id}`))
      .set(bearer(account))
      .expect(200);
    expect(view.body).toMatchObject({ contactPhone: null, visitors: [{ name: '张三', idNumber: null }] });
  });

  it('cancels the bookings of a slot the venue cancels, and tells the visitors', async () => {
    const { slotIds, offeringId, date } = await bookableEvent(t, operator, city);
    const [account] = await visitorAccounts(t, 1);
    await book(t, account, bookingBody(slotIds[0])).expect(201);
    const moved = await t
      .http()
      .patch(v1(`/offerings/${offeringId}?onAffectedSlots=cancel`))
      .set(bearer(operator))
      .send({ dates: [addDays(date, 1)] })
      .expect(200);
    expect(moved.body.slots.cancelled).toHaveLength(1);
    await t.app.get(OutboxRunner).drain('slot');
    const [row] = await db.query(`SELECT status, cancelled_by FROM bookings WHERE slot_id = $1`, [slotIds[0]]);
    expect(row).toEqual({ status: 'cancelled', cancelled_by: 'venue' });
    expect(await booked(slotIds[0])).toBe(0);
    await t.app.get(OutboxRunner).drain();
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM notification_deliveries WHERE account_id = $1 AND kind = 'booking.cancelled_by_venue'`,
      [account.user.id],
    );
    expect(n).toBeGreaterThanOrEqual(1);
  });

  it('never let a raw ID or phone number out, in responses, mail or logs', async () => {
    await mailbox('family@demo.kepu');
    const everything = [...t.responses.map((r) => r.text), ...t.logs].join('\n');
    for (const raw of RAW_PERSONAL) expect(everything).not.toContain(raw);
    expect(everything).toContain('4403**********0018');
  });
});
