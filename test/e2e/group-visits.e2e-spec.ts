import { OutboxRunner } from '@kepu/core';
import { DEMO_ORGANISATIONS } from '@kepu/demo';
import { CounterCheckJob, GroupVisitsService } from '@kepu/booking';
import { addDays } from '@kepu/schedule';
import { DataSource } from 'typeorm';
import { moveSlot, pinClockToMidday } from '../support/booking';
import {
  childIdFor,
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
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

const RAW_PERSONAL = ['13912345678', childIdFor(0), childIdFor(1)];

describe('school group visits (馆校合作)', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, city: SignedIn, school: SignedIn, family: SignedIn;
  const groupBooked = async (slotId: string) =>
    (await db.query(`SELECT group_booked FROM slots WHERE id = $1`, [slotId]))[0].group_booked as number;
  const visits = async () => (await db.query(`SELECT count(*)::int AS n FROM group_visits`))[0].n as number;
  const topics = async (accountId: string) => {
    await t.app.get(OutboxRunner).drain();
    const rows: { kind: string }[] = await db.query(
      `SELECT kind FROM notification_deliveries WHERE account_id = $1 AND channel = 'mailbox' ORDER BY created_at`,
      [accountId],
    );
    return rows.map((r) => r.kind);
  };
  const get = (who: SignedIn, id: string) =>
    t
      .http()
      .get(v1(`/group-visits/${id}`))
      .set(bearer(who));
  const respond = (who: SignedIn, id: string, body: object) =>
    t
      .http()
      .post(v1(`/group-visits/${id}/response`))
      .set(bearer(who))
      .send(body);

  const signInAll = async () => {
    [operator, city, school, family] = await Promise.all(
      ['operator', 'city-admin', 'school', 'family'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await signInAll();
  });
  afterAll(() => t.close());

  describe('a class trip from request to feedback', () => {
    let visitId: string;
    let slotIds: string[];
    let resourceId: string;
    beforeAll(async () => {
      pinClockToMidday();
      await signInAll();
    });
    // Tokens issued on the pinned clock expire 15 minutes after midday: sign in again on the real one.
    afterAll(async () => {
      jest.useRealTimers();
      await signInAll();
    });

    it('the teacher requests, the venue proposes another slot, the teacher accepts', async () => {
      let offeringId: string;
      ({ slotIds, resourceId, offeringId } = await groupEvent(t, operator, city, { realName: true }));
      const requested = await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[0]])).expect(201);
      visitId = requested.body.id;
      expect(requested.body).toMatchObject({
        status: 'requested',
        school: { id: DEMO_ORGANISATIONS.school },
        students: 40,
        teachers: 2,
        teachersNeeded: 2,
        leaderPhone: '139****5678',
        booking: null,
      });
      // The operator's inbox shows it first.
      const inbox = await t.http().get(v1('/group-visits?status=requested')).set(bearer(operator)).expect(200);
      expect(inbox.body.items[0]).toMatchObject({ id: visitId, status: 'requested' });

      const proposed = await decideGroupVisit(t, operator, visitId, {
        decision: 'propose',
        slotId: slotIds[1],
        reason: '上午已满，建议下午',
      }).expect(200);
      expect(proposed.body).toMatchObject({
        status: 'proposed',
        slot: { slotId: slotIds[1] },
        reason: '上午已满，建议下午',
      });
      expect(proposed.body.expiresAt).toEqual(expect.any(String));
      // A proposal holds the places for the school.
      expect(await groupBooked(slotIds[1])).toBe(42);

      const accepted = await respond(school, visitId, { decision: 'accept' }).expect(200);
      expect(accepted.body).toMatchObject({
        status: 'approved',
        booking: { status: 'confirmed', partySize: 42, code: expect.stringMatching(/^[0-9A-Z]{10}$/) },
      });
      expect(await groupBooked(slotIds[1])).toBe(42);
      expect(await topics(school.user.id)).toEqual(
        expect.arrayContaining(['group_visit.received', 'group_visit.proposed', 'group_visit.approved']),
      );
      expect(await topics(operator.user.id)).toEqual(
        expect.arrayContaining(['group_visit.requested', 'group_visit.accepted']),
      );
    });

    it('a name list with bad rows is refused whole, with a row-by-row report', async () => {
      const rows = classList(35, 2);
      rows[3][2] = '440305201506150011'; // wrong check digit
      rows[5][2] = rows[4][2]; // the same ID twice
      rows[7][1] = '家长'; // not a role
      rows[35][2] = childIdFor(99); // a "teacher" who is a child
      const res = await uploadNameList(t, school, visitId, await nameListFile(rows)).expect(422);
      expect(res.body.code).toBe('NAME_LIST_INVALID');
      expect(res.body.details.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ row: 5, column: 'idNumber', code: 'ID_NUMBER_INVALID' }),
          expect.objectContaining({ row: 7, column: 'idNumber', code: 'ID_NUMBER_DUPLICATE' }),
          expect.objectContaining({ row: 9, column: 'role', code: 'ROLE_INVALID' }),
          expect.objectContaining({ row: 37, column: 'idNumber', code: 'TEACHER_UNDER_18' }),
        ]),
      );
      const tooMany = await uploadNameList(t, school, visitId, await nameListFile(classList(41, 3))).expect(422);
      expect(tooMany.body.details.errors).toEqual([expect.objectContaining({ code: 'TOO_MANY_STUDENTS' })]);
      const fewTeachers = await uploadNameList(t, school, visitId, await nameListFile(classList(30, 1))).expect(422);
      expect(fewTeachers.body.details.errors).toEqual([expect.objectContaining({ code: 'TEACHER_RATIO_NOT_MET' })]);
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM booking_visitors v JOIN group_visits g ON g.booking_id = v.booking_id WHERE g.id = $1`,
        [visitId],
      );
      expect(n).toBe(0);
    });

    it('a good name list is saved, and the booking shrinks to the people on it', async () => {
      const dry = await uploadNameList(t, school, visitId, await nameListFile(classList(35, 2)), '?dryRun=1').expect(
        200,
      );
      expect(dry.body).toMatchObject({ dryRun: true, students: 35, teachers: 2, errors: [] });
      expect(await groupBooked(slotIds[1])).toBe(42);
      await uploadNameList(t, school, visitId, await nameListFile(classList(35, 2))).expect(200);
      expect(await groupBooked(slotIds[1])).toBe(37);
      const list = await t
        .http()
        .get(v1(`/group-visits/${visitId}/name-list`))
        .set(bearer(operator))
        .expect(200);
      expect(list.body.people).toHaveLength(37);
      expect(list.body.people[0]).toMatchObject({
        name: '学生1',
        role: 'student',
        category: 'child',
        idNumber: `4403**********${childIdFor(0).slice(-4)}`,
      });
      const view = await get(school, visitId).expect(200);
      expect(view.body).toMatchObject({ nameList: { students: 35, teachers: 2 }, booking: { partySize: 37 } });
    });

    it('one group code checks the whole class in with its headcount, and the teacher rates the visit', async () => {
      const { body } = await get(operator, visitId).expect(200);
      const early = await t
        .http()
        .post(v1(`/group-visits/${visitId}/feedback`))
        .set(bearer(school))
        .send({ rating: 5 });
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('FEEDBACK_NOT_YET');
      await moveSlot(t, slotIds[1], 15);
      // The list closes at the end of the day before the visit.
      await uploadNameList(t, school, visitId, await nameListFile(classList(35, 2))).expect(409);
      const tooMany = await t
        .http()
        .post(v1('/check-ins'))
        .set(bearer(operator))
        .send({ code: body.booking.code, headcount: 38 });
      expect(tooMany.body.code).toBe('HEADCOUNT_TOO_LARGE');
      const checkedIn = await t
        .http()
        .post(v1('/check-ins'))
        .set(bearer(operator))
        .send({ code: body.booking.code, headcount: 36 })
        .expect(200);
      expect(checkedIn.body).toMatchObject({ kind: 'group', status: 'checked_in', headcount: 36, partySize: 37 });
      const arrivals = await t
        .http()
        .get(v1(`/slots/${slotIds[1]}/arrivals`))
        .set(bearer(operator))
        .expect(200);
      expect(arrivals.body).toMatchObject({ groupBooked: 37, totals: { arrived: 36 } });

      await t
        .http()
        .post(v1(`/group-visits/${visitId}/feedback`))
        .set(bearer(school))
        .send({ rating: 4, comment: '讲解生动，学生很喜欢' })
        .expect(200);
      const again = await t
        .http()
        .post(v1(`/group-visits/${visitId}/feedback`))
        .set(bearer(school))
        .send({ rating: 5 });
      expect(again.body.code).toBe('FEEDBACK_ALREADY_GIVEN');
      const summary = await t
        .http()
        .get(v1(`/resources/${resourceId}/group-feedback`))
        .set(bearer(operator))
        .expect(200);
      expect(summary.body).toMatchObject({
        count: 1,
        average: 4,
        byRating: { 4: 1, 5: 0 },
        recent: [{ visitId, rating: 4, comment: '讲解生动，学生很喜欢' }],
      });
      expect(await topics(operator.user.id)).toEqual(
        expect.arrayContaining(['group_visit.name_list', 'group_visit.feedback']),
      );
    });

    it('a group booking is changed through its visit, not as a family booking', async () => {
      const { body } = await get(school, visitId).expect(200);
      const res = await t
        .http()
        .post(v1(`/bookings/${body.booking.id}/cancel`))
        .set(bearer(school));
      expect(res.body.code).toBe('GROUP_BOOKING');
    });
  });

  describe('bad requests are refused with a code, and nothing is written', () => {
    let offeringId: string;
    let slotIds: string[];
    beforeAll(async () => {
      ({ offeringId, slotIds } = await groupEvent(t, operator, city, { groupCapacity: 60 }));
    });
    const refused = async (who: SignedIn, body: object, status: number, code: string) => {
      const before = await visits();
      const res = await requestGroupVisit(t, who, body);
      expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
      expect(await visits()).toBe(before);
      return res.body;
    };

    it('sizes and ratios', async () => {
      await refused(school, groupRequestBody(offeringId, slotIds, { students: 10 }), 400, 'GROUP_TOO_SMALL');
      await refused(
        school,
        groupRequestBody(offeringId, slotIds, { students: 201, teachers: 11 }),
        400,
        'GROUP_TOO_LARGE',
      );
      const ratio = await refused(
        school,
        groupRequestBody(offeringId, slotIds, { students: 41, teachers: 2 }),
        400,
        'TEACHER_RATIO_NOT_MET',
      );
      expect(ratio.details).toEqual([
        {
          field: 'teachers',
          problems: ['41 students need 3 teachers'],
          messages: [
            { 'zh-CN': '41 名学生至少需要 3 名带队教师', en: '41 students need at least 3 accompanying teachers' },
          ],
        },
      ]);
      const preschool = await refused(
        school,
        groupRequestBody(offeringId, slotIds, { students: 25, teachers: 2, gradeBand: 'preschool' }),
        400,
        'TEACHER_RATIO_NOT_MET',
      );
      expect(preschool.details[0].problems).toEqual(['25 students need 3 teachers']);
      await refused(
        school,
        groupRequestBody(offeringId, slotIds, { students: 60, teachers: 3 }),
        409,
        'NO_GROUP_QUOTA',
      );
      await refused(school, groupRequestBody(offeringId, slotIds, { leaderPhone: '12345' }), 400, 'VALIDATION_FAILED');
      await refused(school, groupRequestBody(offeringId, [...slotIds, ...slotIds]), 400, 'VALIDATION_FAILED');
    });

    it('dates, slots and offerings', async () => {
      const soon = await groupEvent(t, operator, city);
      await db.query(
        `UPDATE slots SET starts_at = starts_at - interval '4 days', ends_at = ends_at - interval '4 days' WHERE offering_id = $1`,
        [soon.offeringId],
      );
      const late = await refused(school, groupRequestBody(soon.offeringId, soon.slotIds), 409, 'GROUP_TOO_LATE');
      expect(late.details[0]).toMatchObject({
        field: 'preferredSlotIds.0',
        problems: [expect.stringMatching(/^earliest /)],
      });
      await refused(school, groupRequestBody(offeringId, [soon.slotIds[0]]), 400, 'SLOT_NOT_IN_OFFERING');
      const noGroups = await groupEvent(t, operator, city, { groupCapacity: 0 });
      await refused(school, groupRequestBody(noGroups.offeringId, noGroups.slotIds), 409, 'OFFERING_TAKES_NO_GROUPS');
    });

    it('asks once per Idempotency-Key, so a double tap makes one request', async () => {
      const body = groupRequestBody(offeringId, [slotIds[0]]);
      const send = () =>
        t.http().post(v1('/group-visits')).set(bearer(school)).set('Idempotency-Key', 'class-trip-0001').send(body);
      const first = await send().expect(201);
      const again = await send().expect(201);
      expect(again.body.id).toBe(first.body.id);
      expect(again.headers['idempotent-replayed']).toBe('true');
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM group_visits WHERE offering_id = $1`, [
        offeringId,
      ]);
      expect(n).toBe(1);
    });

    it('only teachers of verified schools', async () => {
      await refused(family, groupRequestBody(offeringId, slotIds), 403, 'FORBIDDEN');
      const other = await otherSchoolTeacher(t);
      await db.query(`UPDATE organisations SET verified_at = NULL WHERE id = $1`, [other.schoolId]);
      await refused(other, groupRequestBody(offeringId, slotIds), 403, 'SCHOOL_NOT_VERIFIED');
    });
  });

  describe('the venue decides', () => {
    it('approves only into a preferred slot, rejects only with a reason, and decides once', async () => {
      const { offeringId, slotIds } = await groupEvent(t, operator, city);
      const { body } = await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[0]])).expect(201);
      expect(
        (await decideGroupVisit(t, operator, body.id, { decision: 'approve', slotId: slotIds[1] })).body.code,
      ).toBe('SLOT_NOT_PREFERRED');
      expect((await decideGroupVisit(t, operator, body.id, { decision: 'reject' })).body.code).toBe('REASON_REQUIRED');
      const [a, b] = await Promise.all([
        decideGroupVisit(t, operator, body.id, { decision: 'approve' }),
        decideGroupVisit(t, operator, body.id, { decision: 'reject', reason: '当天有其他团体' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      expect((a.status === 409 ? a : b).body.code).toBe('GROUP_VISIT_WRONG_STATE');
      expect(await groupBooked(slotIds[0])).toBe(a.status === 200 ? 42 : 0);
    });

    it('fills the group quota exactly under concurrent approvals, and the counters never drift', async () => {
      const { offeringId, slotIds } = await groupEvent(t, operator, city, { maxGroupsPerDay: 20 });
      const teachers = await Promise.all(Array.from({ length: 6 }, () => otherSchoolTeacher(t)));
      const ids = await Promise.all(
        teachers.map(
          async (teacher) =>
            (await requestGroupVisit(t, teacher, groupRequestBody(offeringId, [slotIds[0]])).expect(201)).body
              .id as string,
        ),
      );
      const results = await Promise.all(ids.map((id) => decideGroupVisit(t, operator, id, { decision: 'approve' })));
      expect(results.filter((r) => r.status === 200)).toHaveLength(2);
      expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
        Array(4).fill('GROUP_QUOTA_FULL'),
      );
      // The operator reads why in words: what is left of the slot against the class.
      expect(results.find((r) => r.status === 409)?.body.details[0]).toMatchObject({
        field: 'slotId',
        messages: [{ 'zh-CN': '此场次团体余 16 人，不足 42 人（含带队教师）' }],
      });
      expect(await groupBooked(slotIds[0])).toBe(84);
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM group_visits WHERE id = ANY($1) AND status = 'requested'`,
        [ids],
      );
      expect(n).toBe(4);
      expect(await t.app.get(CounterCheckJob).drift()).toEqual([]);
    });

    it('takes no more groups a day than the venue allows', async () => {
      const { offeringId, slotIds } = await groupEvent(t, operator, city, { maxGroupsPerDay: 1 });
      const first = (await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[0]])).expect(201)).body;
      const second = (await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[1]])).expect(201)).body;
      await decideGroupVisit(t, operator, first.id, { decision: 'approve' }).expect(200);
      const full = await decideGroupVisit(t, operator, second.id, { decision: 'approve' });
      expect(full.body).toMatchObject({ code: 'GROUP_DAY_FULL', details: { maxGroupsPerDay: 1 } });
      // Cancelling the first frees the day.
      await t
        .http()
        .post(v1(`/group-visits/${first.id}/cancel`))
        .set(bearer(school))
        .send({ reason: '改期' })
        .expect(200);
      expect(await groupBooked(slotIds[0])).toBe(0);
      await decideGroupVisit(t, operator, second.id, { decision: 'approve' }).expect(200);
    });

    it('lets undecided requests and unanswered proposals lapse, freeing held places', async () => {
      const { offeringId, slotIds } = await groupEvent(t, operator, city);
      const asked = (await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[0]])).expect(201)).body;
      const offered = (await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[0]])).expect(201)).body;
      await decideGroupVisit(t, operator, offered.id, { decision: 'propose', slotId: slotIds[1] }).expect(200);
      expect(await groupBooked(slotIds[1])).toBe(42);
      await db.query(`UPDATE group_visits SET expires_at = now() - interval '1 minute' WHERE id = ANY($1)`, [
        [asked.id, offered.id],
      ]);
      // Past its deadline it can no longer be answered, even before the job runs.
      expect((await respond(school, offered.id, { decision: 'accept' })).body).toMatchObject({
        code: 'GROUP_VISIT_WRONG_STATE',
        details: { status: 'expired' },
      });
      await t.app.get(GroupVisitsService).expireDue();
      expect((await get(school, asked.id)).body.status).toBe('expired');
      expect((await get(school, offered.id)).body.status).toBe('expired');
      expect(await groupBooked(slotIds[1])).toBe(0);
      expect(await topics(school.user.id)).toContain('group_visit.expired');
    });

    it('cancels the groups of a slot the venue cancels, and tells the school', async () => {
      const { offeringId, slotIds, date } = await groupEvent(t, operator, city);
      const visit = (await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[0]])).expect(201)).body;
      await decideGroupVisit(t, operator, visit.id, { decision: 'approve' }).expect(200);
      await t
        .http()
        .patch(v1(`/offerings/${offeringId}?onAffectedSlots=cancel`))
        .set(bearer(operator))
        .send({ dates: [addDays(date, 1)] })
        .expect(200);
      await t.app.get(OutboxRunner).drain('slot');
      expect((await get(school, visit.id)).body).toMatchObject({ status: 'cancelled', cancelledBy: 'venue' });
      expect(await groupBooked(slotIds[0])).toBe(0);
      expect(await topics(school.user.id)).toContain('group_visit.cancelled_by_venue');
    });

    it('lets the school cancel a request whose slots the venue has since re-planned away', async () => {
      const { offeringId, slotIds, date } = await groupEvent(t, operator, city);
      const visit = (await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[0]])).expect(201)).body;
      // An undecided request holds no places, so moving the event deletes its slot.
      await t
        .http()
        .patch(v1(`/offerings/${offeringId}`))
        .set(bearer(operator))
        .send({ dates: [addDays(date, 1)] })
        .expect(200);
      expect(await db.query(`SELECT id FROM slots WHERE id = $1`, [slotIds[0]])).toEqual([]);
      const cancelled = await t
        .http()
        .post(v1(`/group-visits/${visit.id}/cancel`))
        .set(bearer(school))
        .send({});
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledBy: 'school' });
      expect(await topics(operator.user.id)).toContain('group_visit.cancelled_by_school');
    });
  });

  it('agreements: offered by the venue, signed by the school, counted per term', async () => {
    const { offeringId, slotIds, resourceId, date } = await groupEvent(t, operator, city);
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    const startYear = month >= 9 ? year : year - 1;
    const offered = (
      await t
        .http()
        .post(v1('/group-agreements'))
        .set(bearer(operator))
        .send({
          resourceId,
          schoolId: DEMO_ORGANISATIONS.school,
          startsOn: `${startYear}-09-01`,
          endsOn: `${startYear + 1}-08-31`,
          visitQuota: 1,
        })
        .expect(201)
    ).body;
    expect(offered).toMatchObject({ status: 'proposed', usage: { used: 0, pending: 0, remaining: 1 } });
    expect(offered.usage.terms.map((term: { key: string }) => term.key)).toEqual([
      `${startYear}-autumn`,
      `${startYear + 1}-spring`,
    ]);
    const overlap = await t
      .http()
      .post(v1('/group-agreements'))
      .set(bearer(operator))
      .send({
        resourceId,
        schoolId: DEMO_ORGANISATIONS.school,
        startsOn: `${startYear + 1}-01-01`,
        endsOn: `${startYear + 1}-06-30`,
        visitQuota: 2,
      });
    expect(overlap.body.code).toBe('AGREEMENT_OVERLAPS');
    // Not counted before it is signed.
    const before = (await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[0]])).expect(201)).body;
    expect(before.underAgreement).toBeNull();
    await t
      .http()
      .post(v1(`/group-agreements/${offered.id}/sign`))
      .set(bearer(operator))
      .expect(403);
    await t
      .http()
      .post(v1(`/group-agreements/${offered.id}/sign`))
      .set(bearer(school))
      .expect(200);
    const under = (await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[1]])).expect(201)).body;
    expect(under.underAgreement).toBe(offered.id);
    const beyondQuota = (await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[1]])).expect(201))
      .body;
    expect(beyondQuota.underAgreement).toBeNull();
    await decideGroupVisit(t, operator, under.id, { decision: 'approve' }).expect(200);
    const usage = (
      await t
        .http()
        .get(v1(`/group-agreements/${offered.id}`))
        .set(bearer(school))
        .expect(200)
    ).body;
    const term = usage.usage.terms.find((x: { from: string; to: string }) => x.from <= date && date <= x.to);
    expect(usage).toMatchObject({ status: 'active', usage: { used: 1, pending: 0, remaining: 0 } });
    expect(term.used).toBe(1);
    const listed = await t
      .http()
      .get(v1(`/group-agreements?resourceId=${resourceId}`))
      .set(bearer(operator))
      .expect(200);
    expect(listed.body.items.map((a: { id: string }) => a.id)).toEqual([offered.id]);
  });

  it('never lets a raw ID or phone number out, in responses or logs', async () => {
    await t.app.get(OutboxRunner).drain();
    const everything = [...t.responses.map((r) => r.text), ...t.logs].join('\n');
    for (const raw of RAW_PERSONAL) expect(everything).not.toContain(raw);
    expect(everything).toContain('139****5678');
  });
});
