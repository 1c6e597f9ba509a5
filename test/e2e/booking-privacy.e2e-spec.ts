import { CounterCheckJob, PersonalDataPurgeJob } from '@kepu/booking';
import { OutboxRunner } from '@kepu/core';
import { DEMO_ORGANISATIONS } from '@kepu/demo';
import { addDays, shanghaiToday } from '@kepu/schedule';
import { StatsRollupJob } from '@kepu/stats';
import { DataSource } from 'typeorm';
import { book, bookableEvent, bookingBody, IDS, idNumberFor, moveSlot, visitorAccounts } from '../support/booking';
import { codeFor, newMobile, signUp, TEST_PASSWORD } from '../support/codes';
import {
  classList,
  decideGroupVisit,
  groupEvent,
  groupRequestBody,
  nameListFile,
  otherSchoolTeacher,
  requestGroupVisit,
  uploadNameList,
} from '../support/groups';
import { v1 } from '../support/matrix';
import { binary } from '../support/register';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';
import { unzip } from '../support/zip';

const DAY = 86_400_000;
const adults = (...names: string[]) =>
  names.map((name, i) => ({ name, idNumber: idNumberFor(700 + i), category: 'adult' }));
const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

/**
 * Booking's part of a person's rights over their data (PIPL) and of proven contact details: what
 * the export shows, what deleting an account cancels, anonymises and keeps, and who is texted.
 */
describe('booking and personal data', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, city: SignedIn, school: SignedIn;
  const booked = async (slotId: string) =>
    (await db.query(`SELECT booked FROM slots WHERE id = $1`, [slotId]))[0].booked as number;
  const mailbox = async (to: string) => {
    await t.app.get(OutboxRunner).drain('notification');
    return (await t.http().get(`/dev/mailbox?to=${to}`).expect(200)).body as { kind: string; subject: string }[];
  };
  const exportOf = async (who: SignedIn) => {
    const res = await t.http().get(v1('/auth/me/export')).set(bearer(who)).buffer(true).parse(binary).expect(200);
    const files = await unzip(res.body as Buffer);
    return { data: JSON.parse(files['my-data.json']), csv: files['bookings.csv'] };
  };
  const deleteAccount = (who: SignedIn) =>
    t.http().delete(v1('/auth/me')).set(bearer(who)).send({ password: TEST_PASSWORD });

  beforeAll(async () => {
    // A visitor's own cancellations are limited to one a day: deleting an account cancels more, regardless.
    t = await startTestApp(undefined, { env: { BOOKING_MAX_CANCELLATIONS_PER_DAY: '1' } });
    db = t.app.get(DataSource);
    [operator, city, school] = await Promise.all(
      ['operator', 'city-admin', 'school'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
  });
  afterAll(() => t.close());

  it('exports bookings as the API shows them (and as bookings.csv), waitlist entries, led group visits and bans', async () => {
    const days = [addDays(shanghaiToday(), 2), addDays(shanghaiToday(), 3)];
    const { slotIds } = await bookableEvent(t, operator, city, { realName: true, capacity: 2, dates: days });
    const [person, other] = await visitorAccounts(t, 2);
    const family = [
      { name: '张三', idNumber: IDS.parent, category: 'adult' },
      { name: '张小三', category: 'child' },
    ];
    const confirmed = await book(t, person, bookingBody(slotIds[0], { visitors: family })).expect(201);
    await book(t, other, bookingBody(slotIds[1], { visitors: adults('甲', '乙') })).expect(201);
    const waiting = await book(t, person, bookingBody(slotIds[1], { visitors: family, waitlist: true })).expect(201);
    await db.query(
      `INSERT INTO booking_bans (account_id, ends_at, no_shows) VALUES ($1, now() + interval '30 days', 3)`,
      [person.user.id],
    );

    const { data, csv } = await exportOf(person);
    expect(data.bookings).toHaveLength(2);
    expect(data.bookings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: confirmed.body.code,
          status: 'confirmed',
          partySize: 2,
          contactPhone: '138****8000',
          contactPhoneVerified: false,
          visitors: [
            {
              name: '张三',
              category: 'adult',
              idNumber: '4403**********0018',
              documentType: 'id_card',
              documentCountry: null,
            },
            { name: '张小三', category: 'child', idNumber: null, documentType: null, documentCountry: null },
          ],
        }),
      ]),
    );
    expect(data.waitlist).toEqual([
      expect.objectContaining({ bookingId: waiting.body.id, position: 1, partySize: 2, start: waiting.body.start }),
    ]);
    expect(data.noShowBans).toEqual([expect.objectContaining({ noShows: 3, endsAt: expect.any(String) })]);
    expect(data.groupVisits).toEqual([]);
    const [header, ...rows] = csv.trim().split('\n');
    expect(header).toContain('预约码 Code');
    expect(header).toContain('联系电话 Contact phone');
    expect(rows).toHaveLength(2);
    expect(csv).toContain(confirmed.body.code);
    expect(csv).toContain('张三 4403**********0018; 张小三');
    for (const raw of [IDS.parent, '13800138000']) expect(JSON.stringify(data) + csv).not.toContain(raw);

    // A teacher sees the group visits they asked for: the class in numbers, not the children.
    const teacher = await otherSchoolTeacher(t);
    const event = await groupEvent(t, operator, city);
    const visit = await requestGroupVisit(t, teacher, groupRequestBody(event.offeringId, [event.slotIds[0]]));
    expect(visit.status).toBe(201);
    const led = await exportOf(teacher);
    expect(led.data.bookings).toEqual([]);
    expect(led.data.groupVisits).toEqual([
      expect.objectContaining({
        id: visit.body.id,
        status: 'requested',
        leaderName: '王老师',
        leaderPhone: '139****5678',
        students: 40,
        nameList: expect.objectContaining({ students: 0, teachers: 0 }),
      }),
    ]);
  });

  it('deleting an account cancels what is to come (places to the waitlist, counters exact) and anonymises the past, still counted', async () => {
    const phone = newMobile();
    const person = await signUp(t, phone);
    const [waiter, other] = await visitorAccounts(t, 2);
    // Ahead: two places held, and one waitlist entry on a full slot.
    const ahead = await bookableEvent(t, operator, city, {
      capacity: 2,
      dates: [addDays(shanghaiToday(), 2), addDays(shanghaiToday(), 3)],
    });
    const held = await book(t, person, bookingBody(ahead.slotIds[0], { visitors: adults('甲', '乙') })).expect(201);
    const next = await book(t, waiter, bookingBody(ahead.slotIds[0], { waitlist: true })).expect(201);
    await book(t, other, bookingBody(ahead.slotIds[1], { visitors: adults('丙', '丁') })).expect(201);
    const queued = await book(t, person, bookingBody(ahead.slotIds[1], { waitlist: true })).expect(201);
    expect([held.body.status, next.body.status, queued.body.status]).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
    // Behind: a visit they came to yesterday, counted by the statistics.
    const past = await bookableEvent(t, operator, city, { realName: true });
    const visited = await book(t, person, bookingBody(past.slotIds[0], { visitors: adults('甲', '乙') })).expect(201);
    await moveSlot(t, past.slotIds[0], -24 * 60);
    await db.query(
      `UPDATE bookings SET status = 'checked_in', checked_in_at = now() - interval '1 day', checked_in_count = 2
        WHERE id = $1`,
      [visited.body.id],
    );
    await db.query(
      `INSERT INTO booking_bans (account_id, ends_at, no_shows) VALUES ($1, now() + interval '30 days', 3)`,
      [person.user.id],
    );
    const [{ visitDate }] = await db.query(`SELECT visit_date AS "visitDate" FROM bookings WHERE id = $1`, [
      visited.body.id,
    ]);
    const figures = async () => {
      await t.app.get(StatsRollupJob).refresh();
      const res = await t
        .http()
        .get(v1(`/stats/overview?from=${visitDate}&to=${visitDate}&resourceId=${past.resourceId}`))
        .set(bearer(operator))
        .expect(200);
      return res.body.service;
    };
    const before = await figures();
    expect(before).toMatchObject({ bookings: 1, peopleServed: 2, servedByCategory: { adult: 2 } });
    expect([await booked(ahead.slotIds[0]), await booked(ahead.slotIds[1])]).toEqual([2, 2]);

    await deleteAccount(person).expect(204);

    const status = async (id: string) =>
      (await db.query(`SELECT status, cancelled_by AS "by" FROM bookings WHERE id = $1`, [id]))[0];
    expect(await status(held.body.id)).toEqual({ status: 'cancelled', by: 'visitor' });
    expect(await status(queued.body.id)).toEqual({ status: 'cancelled', by: 'visitor' });
    expect((await status(next.body.id)).status).toBe('confirmed');
    expect([await booked(ahead.slotIds[0]), await booked(ahead.slotIds[1])]).toEqual([1, 2]);
    expect(await t.app.get(CounterCheckJob).drift()).toEqual([]);
    await t.app.get(OutboxRunner).drain('notification');
    const [{ promoted }] = await db.query(
      `SELECT count(*)::int AS promoted FROM notification_deliveries WHERE account_id = $1 AND kind = 'booking.promoted'`,
      [waiter.user.id],
    );
    expect(promoted).toBeGreaterThan(0);

    const [kept] = await db.query(
      `SELECT status, party_size AS "partySize", checked_in_count AS headcount, contact_phone AS phone,
              personal_data_purged_at IS NOT NULL AS purged
         FROM bookings WHERE id = $1`,
      [visited.body.id],
    );
    expect(kept).toEqual({ status: 'checked_in', partySize: 2, headcount: 2, phone: null, purged: true });
    const left = await db.query(
      `SELECT v.name, v.category, v.id_number, v.id_hash FROM booking_visitors v JOIN bookings b ON b.id = v.booking_id
        WHERE b.account_id = $1 ORDER BY b.created_at, v.position`,
      [person.user.id],
    );
    expect(left.length).toBeGreaterThan(0);
    for (const visitor of left) {
      expect(visitor).toEqual({ name: null, category: 'adult', id_number: null, id_hash: null });
    }
    const [{ bans }] = await db.query(`SELECT count(*)::int AS bans FROM booking_bans WHERE account_id = $1`, [
      person.user.id,
    ]);
    expect(bans).toBe(0);
    expect(await figures()).toEqual(before);
  });

  it("refuses to delete a teacher's account while group visits they lead are pending or still to come", async () => {
    const phone = newMobile();
    const teacher = await signUp(t, phone, '赵老师');
    await db.query(`INSERT INTO role_grants (account_id, role, organisation_id) VALUES ($1, 'school', $2)`, [
      teacher.user.id,
      DEMO_ORGANISATIONS.school,
    ]);
    const { offeringId, slotIds } = await groupEvent(t, operator, city);
    const ask = async (slotId: string, leaderPhone: string) =>
      (await requestGroupVisit(t, teacher, groupRequestBody(offeringId, [slotId], { leaderPhone })).expect(201)).body;
    const approve = async (id: string) =>
      (await decideGroupVisit(t, operator, id, { decision: 'approve' }).expect(200)).body;
    const requested = await ask(slotIds[0], phone);
    // Led by the teacher on their own proven phone: the group's booking may be texted.
    const approved = await approve((await ask(slotIds[1], phone)).id);
    // Another leader's number nobody proved is never texted; this visit is over before the deletion.
    const over = await approve((await ask(slotIds[0], '13912345678')).id);
    const proven = async (bookingId: string) =>
      (await db.query(`SELECT contact_phone_verified AS v FROM bookings WHERE id = $1`, [bookingId]))[0].v;
    expect([await proven(approved.booking.id), await proven(over.booking.id)]).toEqual([true, false]);
    await moveSlot(t, slotIds[0], -180);

    const refused = await deleteAccount(teacher).expect(409);
    expect(refused.body).toMatchObject({ code: 'GROUP_VISITS_OPEN', details: { count: 2 } });
    expect(refused.body.messages.en).toMatch(/hand each to a colleague/);

    for (const { id } of [requested, approved]) {
      await t
        .http()
        .post(v1(`/group-visits/${id}/cancel`))
        .set(bearer(teacher))
        .send({})
        .expect(200);
    }
    await deleteAccount(teacher).expect(204);
    const [visit] = await db.query(
      `SELECT g.status, g.students, g.leader_name AS "leaderName", g.leader_phone AS "leaderPhone", b.contact_phone AS "contactPhone"
         FROM group_visits g JOIN bookings b ON b.id = g.booking_id WHERE g.id = $1`,
      [over.id],
    );
    expect(visit).toEqual({
      status: 'approved',
      students: 40,
      leaderName: null,
      leaderPhone: null,
      contactPhone: null,
    });
  });

  describe('contact phones: texted only once proven', () => {
    const texts = async (accountId: string) => {
      await t.app.get(OutboxRunner).drain('notification');
      const rows: { kind: string; channel: string }[] = await db.query(
        `SELECT kind, channel FROM notification_deliveries WHERE account_id = $1`,
        [accountId],
      );
      return rows;
    };

    it("defaults to the account's verified phone; another number is texted only with the code sent to it", async () => {
      const days = [2, 3, 4].map((n) => addDays(shanghaiToday(), n));
      const { slotIds } = await bookableEvent(t, operator, city, { dates: days });
      const phone = newMobile();
      const person = await signUp(t, phone);
      const own = await book(t, person, { slotId: slotIds[0], visitors: adults('甲') }).expect(201);
      expect(own.body).toMatchObject({ contactPhone: masked(phone), contactPhoneVerified: true });

      const unproven = newMobile();
      const typed = await book(t, person, bookingBody(slotIds[1], { contactPhone: unproven })).expect(201);
      expect(typed.body).toMatchObject({ contactPhone: masked(unproven), contactPhoneVerified: false });

      const proven = newMobile();
      const code = await codeFor(t, proven);
      const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
      const body = (contactPhoneCode: string) => bookingBody(slotIds[2], { contactPhone: proven, contactPhoneCode });
      expect((await book(t, person, body(wrong)).expect(400)).body.code).toBe('CODE_INVALID');
      const checked = await book(t, person, body(code)).expect(201);
      expect(checked.body).toMatchObject({ contactPhone: masked(proven), contactPhoneVerified: true });

      const confirmations = async (to: string) =>
        (await mailbox(to))
          .filter((m) => m.kind === 'booking.confirmed')
          .map((m) => m.subject.match(/[0-9A-Z]{10}$/)?.[0])
          .sort();
      // The unproven number's news went to the account's own phone instead.
      expect(await confirmations(phone)).toEqual([own.body.code, typed.body.code].sort());
      expect(await confirmations(proven)).toEqual([checked.body.code]);
      expect(await mailbox(unproven)).toEqual([]);
    });

    it('texts no unproven number, neither confirmation nor waitlist news, and needs a phone from an account without one', async () => {
      const { slotIds } = await bookableEvent(t, operator, city, { capacity: 1 });
      const [first, mailOnly] = await visitorAccounts(t, 2);
      const missing = await book(t, mailOnly, { slotId: slotIds[0], visitors: adults('乙') }).expect(400);
      expect(missing.body.code).toBe('CONTACT_PHONE_REQUIRED');
      const codeAlone = { slotId: slotIds[0], visitors: adults('乙'), contactPhoneCode: '123456' };
      expect((await book(t, mailOnly, codeAlone).expect(400)).body.code).toBe('VALIDATION_FAILED');

      const taken = await book(t, first, bookingBody(slotIds[0], { visitors: adults('甲') })).expect(201);
      const unproven = newMobile();
      const waiting = await book(
        t,
        mailOnly,
        bookingBody(slotIds[0], { contactPhone: unproven, waitlist: true, visitors: adults('乙') }),
      ).expect(201);
      expect(waiting.body).toMatchObject({ status: 'waitlisted', contactPhoneVerified: false });
      await t
        .http()
        .post(v1(`/bookings/${taken.body.id}/cancel`))
        .set(bearer(first))
        .expect(200);
      const told = await texts(mailOnly.user.id);
      expect(told.map((r) => r.kind)).toEqual(expect.arrayContaining(['booking.waitlisted', 'booking.promoted']));
      expect(told.filter((r) => r.channel !== 'mailbox')).toEqual([]);
      expect(await mailbox(unproven)).toEqual([]);
    });
  });

  it('an account that has not proven its login may neither book nor ask for a group visit', async () => {
    const { slotIds } = await bookableEvent(t, operator, city);
    const [unproven] = await visitorAccounts(t, 1, { verified: false });
    const refused = await book(t, unproven, bookingBody(slotIds[0])).expect(403);
    expect(refused.body.code).toBe('ACCOUNT_NOT_VERIFIED');

    const teacher = await otherSchoolTeacher(t, { verified: false });
    const event = await groupEvent(t, operator, city);
    const asked = await requestGroupVisit(t, teacher, groupRequestBody(event.offeringId, [event.slotIds[0]]));
    expect(asked.status).toBe(403);
    expect(asked.body.code).toBe('ACCOUNT_NOT_VERIFIED');
  });

  it("erases the names on a school group's list after the retention period, keeping its counts and ages", async () => {
    const { offeringId, slotIds, date } = await groupEvent(t, operator, city, { realName: true });
    const requested = await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[0]])).expect(201);
    const id = requested.body.id as string;
    await decideGroupVisit(t, operator, id, { decision: 'approve' }).expect(200);
    await uploadNameList(t, school, id, await nameListFile(classList(35, 2))).expect(200);
    const list = async () =>
      (
        await t
          .http()
          .get(v1(`/group-visits/${id}/name-list`))
          .set(bearer(operator))
          .expect(200)
      ).body.people as { name: string | null; role: string; category: string }[];

    const visitDay = new Date(`${date}T12:00:00+08:00`).getTime();
    await t.app.get(PersonalDataPurgeJob).run(new Date(visitDay + 29 * DAY));
    expect((await list())[0]).toMatchObject({ name: '学生1', role: 'student', category: 'child' });
    await t.app.get(PersonalDataPurgeJob).run(new Date(visitDay + 32 * DAY));
    const people = await list();
    expect(people).toHaveLength(37);
    expect(people.every((p) => p.name === null && p.category && p.role)).toBe(true);
    expect(people.filter((p) => p.category === 'child')).toHaveLength(35);
    const view = await t
      .http()
      .get(v1(`/group-visits/${id}`))
      .set(bearer(school))
      .expect(200);
    expect(view.body.nameList).toMatchObject({ students: 35, teachers: 2 });
  });
});
