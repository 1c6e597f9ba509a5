import { randomUUID } from 'node:crypto';
import { OutboxRunner } from '@kepu/core';
import { DEMO_ORGANISATIONS } from '@kepu/demo';
import { DataSource } from 'typeorm';
import { moveSlot } from '../support/booking';
import { newMobile, signUp, TEST_PASSWORD } from '../support/codes';
import {
  classList,
  decideGroupVisit,
  grantTeacher,
  groupEvent,
  groupRequestBody,
  handOver,
  nameListFile,
  otherSchoolTeacher,
  requestGroupVisit,
  teacherAt,
  uploadNameList,
} from '../support/groups';
import { v1 } from '../support/matrix';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

const SCHOOL = DEMO_ORGANISATIONS.school;
const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

describe('handing a group visit over to a colleague', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, city: SignedIn, school: SignedIn, family: SignedIn;

  const topics = async (accountId: string) => {
    await t.app.get(OutboxRunner).drain();
    // What reached the account's e-mail or phone, once per message, in the order sent.
    const rows: { kind: string }[] = await db.query(
      `SELECT DISTINCT ON (outbox_id) kind FROM notification_deliveries
        WHERE account_id = $1 AND channel IN ('mailbox', 'mailbox_sms') ORDER BY outbox_id`,
      [accountId],
    );
    return rows.map((r) => r.kind);
  };
  const get = (who: SignedIn, id: string) =>
    t
      .http()
      .get(v1(`/group-visits/${id}`))
      .set(bearer(who));
  /** Who leads the visit, who owns its booking, and whether the booking may text its contact phone. */
  const leadOf = async (id: string) =>
    (
      await db.query(
        `SELECT g.requested_by AS "leader", b.account_id AS "bookingOwner", b.contact_phone_verified AS "texted"
           FROM group_visits g LEFT JOIN bookings b ON b.id = g.booking_id WHERE g.id = $1`,
        [id],
      )
    )[0] as { leader: string; bookingOwner: string | null; texted: boolean | null };
  const deleteAccount = (who: SignedIn) =>
    t.http().delete(v1('/auth/me')).set(bearer(who)).send({ password: TEST_PASSWORD });
  /** A teacher of the demo school who signed up with a proven mobile number (and a password). */
  const signedUpTeacher = async (name: string) => {
    const phone = newMobile();
    const teacher = await signUp(t, phone, name);
    await grantTeacher(t, teacher.user.id, SCHOOL);
    return { teacher, phone };
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [operator, city, school, family] = await Promise.all(
      ['operator', 'city-admin', 'school', 'family'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
  });
  afterAll(() => t.close());

  describe('a teacher who leaves hands their visits over, then deletes their account', () => {
    let leaving: SignedIn, colleague: SignedIn;
    let leavingPhone: string, colleaguePhone: string;
    let approvedId: string, pendingId: string;
    let slotIds: string[];

    beforeAll(async () => {
      ({ teacher: leaving, phone: leavingPhone } = await signedUpTeacher('赵老师'));
      ({ teacher: colleague, phone: colleaguePhone } = await signedUpTeacher('钱老师'));
      let offeringId: string;
      ({ offeringId, slotIds } = await groupEvent(t, operator, city));
      const ask = async (slotId: string) =>
        (
          await requestGroupVisit(
            t,
            leaving,
            groupRequestBody(offeringId, [slotId], { leaderName: '赵老师', leaderPhone: leavingPhone }),
          ).expect(201)
        ).body.id as string;
      approvedId = await ask(slotIds[0]);
      await decideGroupVisit(t, operator, approvedId, { decision: 'approve' }).expect(200);
      await uploadNameList(t, leaving, approvedId, await nameListFile(classList(40, 2))).expect(200);
      pendingId = await ask(slotIds[1]);
    });

    it('is refused deletion while leading them, and told to hand them over', async () => {
      const refused = await deleteAccount(leaving).expect(409);
      expect(refused.body).toMatchObject({ code: 'GROUP_VISITS_OPEN', details: { count: 2 } });
      expect(refused.body.messages.en).toMatch(/hand each to a colleague .*Hand over/);
      expect(refused.body.messages['zh-CN']).toContain('移交给同事');
    });

    it('hands the approved visit to a colleague, who leads it under their own name and phone', async () => {
      expect(await leadOf(approvedId)).toEqual({
        leader: leaving.user.id,
        bookingOwner: leaving.user.id,
        texted: true,
      });
      const res = await handOver(t, leaving, approvedId, { accountId: colleague.user.id }).expect(200);
      expect(res.body).toMatchObject({
        status: 'approved',
        leaderName: '钱老师',
        leaderPhone: masked(colleaguePhone),
        booking: { status: 'confirmed', partySize: 42 },
        nameList: { students: 40, teachers: 2 },
      });
      // The booking is the colleague's now, texting the colleague's own proven phone.
      expect(await leadOf(approvedId)).toEqual({
        leader: colleague.user.id,
        bookingOwner: colleague.user.id,
        texted: true,
      });
      // Everyone who may read the visit sees the current leader; the old number is gone.
      for (const who of [colleague, leaving, school, operator, city]) {
        const { body } = await get(who, approvedId).expect(200);
        expect(body).toMatchObject({ leaderName: '钱老师', leaderPhone: masked(colleaguePhone) });
      }
      const audited = await db.query(
        `SELECT actor_account_id AS actor, details FROM audit_log WHERE action = 'group_visit.hand_over' AND subject_id = $1`,
        [approvedId],
      );
      expect(audited).toEqual([
        {
          actor: leaving.user.id,
          details: expect.objectContaining({ from: leaving.user.id, to: colleague.user.id, schoolId: SCHOOL }),
        },
      ]);
      expect(await topics(leaving.user.id)).toContain('group_visit.handed_over');
      expect(await topics(colleague.user.id)).toContain('group_visit.now_leading');
      expect(await topics(operator.user.id)).toContain('group_visit.leader_changed');
      const [told] = await db.query(
        `SELECT text FROM notification_deliveries
          WHERE account_id = $1 AND kind = 'group_visit.handed_over' AND channel = 'mailbox_sms'`,
        [leaving.user.id],
      );
      expect(told.text).toContain('钱老师');
    });

    it('a colleague may take a visit over; its messages go to the new leader, who answers the venue', async () => {
      const typed = newMobile();
      const before = await topics(leaving.user.id);
      const taken = await handOver(t, colleague, pendingId, {
        accountId: colleague.user.id,
        leaderName: '钱老师（带队）',
        leaderPhone: typed,
      }).expect(200);
      expect(taken.body).toMatchObject({
        status: 'requested',
        leaderName: '钱老师（带队）',
        leaderPhone: masked(typed),
      });
      await decideGroupVisit(t, operator, pendingId, { decision: 'propose', slotId: slotIds[0] }).expect(200);
      await t
        .http()
        .post(v1(`/group-visits/${pendingId}/response`))
        .set(bearer(colleague))
        .send({ decision: 'accept' })
        .expect(200);
      // A number the caller typed is kept for the venue but never texted: it is not the leader's proven phone.
      expect(await leadOf(pendingId)).toEqual({
        leader: colleague.user.id,
        bookingOwner: colleague.user.id,
        texted: false,
      });
      expect(await topics(colleague.user.id)).toEqual(
        expect.arrayContaining(['group_visit.proposed', 'group_visit.approved']),
      );
      const after = await topics(leaving.user.id);
      expect(after.slice(before.length)).toEqual(['group_visit.handed_over']);
    });

    it('then deletes their account; the visits, the booking and the name list stay with the colleague', async () => {
      await deleteAccount(leaving).expect(204);
      const { body } = await get(colleague, approvedId).expect(200);
      expect(body).toMatchObject({
        status: 'approved',
        leaderName: '钱老师',
        leaderPhone: masked(colleaguePhone),
        booking: { status: 'confirmed' },
        nameList: { students: 40, teachers: 2 },
      });
      const [kept] = await db.query(
        `SELECT count(*) FILTER (WHERE v.name IS NOT NULL)::int AS named, b.contact_phone IS NOT NULL AS "hasPhone"
           FROM bookings b JOIN booking_visitors v ON v.booking_id = b.id WHERE b.id = $1 GROUP BY b.id`,
        [body.booking.id],
      );
      expect(kept).toEqual({ named: 42, hasPhone: true });
      const list = await t
        .http()
        .get(v1(`/group-visits/${approvedId}/name-list`))
        .set(bearer(colleague))
        .expect(200);
      expect(list.body.people[0]).toMatchObject({ name: '学生1' });
    });
  });

  describe('refusals', () => {
    let offeringId: string;
    let slotIds: string[];
    let visitId: string;
    const leader = async () => (await leadOf(visitId)).leader;

    beforeAll(async () => {
      ({ offeringId, slotIds } = await groupEvent(t, operator, city));
      visitId = (await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[0]])).expect(201)).body.id;
    });

    it('hands over only to another active, verified teacher of the same school', async () => {
      const refused = async (accountId: string, code: string, reason?: string) => {
        const res = await handOver(t, school, visitId, { accountId });
        expect({ status: res.status, code: res.body.code, reason: res.body.details?.reason }).toEqual({
          status: 409,
          code,
          reason,
        });
        expect(await leader()).toBe(school.user.id);
        return res.body;
      };
      const elsewhere = await otherSchoolTeacher(t);
      const first = await refused(elsewhere.user.id, 'LEADER_NOT_ELIGIBLE', 'not_a_teacher_here');
      expect(first.messages).toEqual({
        'zh-CN': expect.stringContaining('本校'),
        en: expect.stringContaining('same school'),
      });
      await refused(family.user.id, 'LEADER_NOT_ELIGIBLE', 'not_a_teacher_here');
      await refused(operator.user.id, 'LEADER_NOT_ELIGIBLE', 'not_a_teacher_here');
      await refused(randomUUID(), 'LEADER_NOT_ELIGIBLE', 'not_a_teacher_here');
      await refused(school.user.id, 'ALREADY_LEADS');
      const unverified = await teacherAt(t, SCHOOL, { verified: false });
      await refused(unverified.user.id, 'LEADER_NOT_ELIGIBLE', 'not_verified');
      const suspended = await teacherAt(t, SCHOOL);
      await db.query(
        `UPDATE accounts SET status = 'suspended', suspended_at = now(), suspended_reason = '测试' WHERE id = $1`,
        [suspended.user.id],
      );
      await refused(suspended.user.id, 'LEADER_NOT_ELIGIBLE', 'suspended');
      const malformed = await handOver(t, school, visitId, { accountId: 'a colleague' });
      expect({ status: malformed.status, code: malformed.body.code }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'group_visit.hand_over' AND subject_id = $1`,
        [visitId],
      );
      expect(n).toBe(0);
    });

    it('offers the school’s teachers only those who could lead it, their logins masked', async () => {
      const listed = (who: SignedIn) => t.http().get(`/api/v1/group-visits/${visitId}/colleagues`).set(bearer(who));
      const colleagues = (await listed(school).expect(200)).body as {
        accountId: string;
        login: string;
        leads: boolean;
      }[];
      const ids = colleagues.map((c) => c.accountId);
      // Everyone listed may be handed the visit; the unverified and the suspended above are not listed.
      const [{ eligible }] = await db.query(
        `SELECT array_agg(a.id::text ORDER BY a.id) AS eligible FROM role_grants g JOIN accounts a ON a.id = g.account_id
          WHERE g.organisation_id = $1 AND g.role = 'school' AND a.status = 'active' AND a.verified_at IS NOT NULL`,
        [SCHOOL],
      );
      expect([...ids].sort()).toEqual(eligible);
      expect(colleagues.find((c) => c.accountId === school.user.id)).toMatchObject({ leads: true });
      expect(colleagues.every((c) => c.login.includes('***'))).toBe(true);
      const statuses = [];
      for (const who of [await otherSchoolTeacher(t), family, operator, city])
        statuses.push((await listed(who)).status);
      expect(statuses).toEqual([404, 404, 403, 403]);
    });

    it("is the school's to do: other schools and visitors are told nothing, the venue and its administrators are refused", async () => {
      const body = { accountId: (await teacherAt(t, SCHOOL)).user.id };
      const elsewhere = await otherSchoolTeacher(t);
      const statuses = [];
      for (const who of [elsewhere, family, operator, city])
        statuses.push((await handOver(t, who, visitId, body)).status);
      expect(statuses).toEqual([404, 404, 403, 403]);
      expect(await leader()).toBe(school.user.id);
    });

    it('only while the visit is open: not cancelled, rejected, lapsed or over', async () => {
      const colleague = await teacherAt(t, SCHOOL);
      const body = { accountId: colleague.user.id };
      const ask = async () =>
        (await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[1]])).expect(201)).body.id as string;
      const refused = async (id: string) => (await handOver(t, school, id, body).expect(409)).body;

      const cancelled = await ask();
      await t
        .http()
        .post(v1(`/group-visits/${cancelled}/cancel`))
        .set(bearer(school))
        .send({})
        .expect(200);
      expect(await refused(cancelled)).toMatchObject({
        code: 'GROUP_VISIT_WRONG_STATE',
        details: { status: 'cancelled' },
      });

      const rejected = await ask();
      await decideGroupVisit(t, operator, rejected, { decision: 'reject', reason: '当天已满' }).expect(200);
      expect(await refused(rejected)).toMatchObject({
        code: 'GROUP_VISIT_WRONG_STATE',
        details: { status: 'rejected' },
      });

      const lapsed = await ask();
      await db.query(`UPDATE group_visits SET expires_at = now() - interval '1 minute' WHERE id = $1`, [lapsed]);
      expect(await refused(lapsed)).toMatchObject({ code: 'GROUP_VISIT_WRONG_STATE', details: { status: 'expired' } });

      const over = await ask();
      await decideGroupVisit(t, operator, over, { decision: 'approve' }).expect(200);
      await moveSlot(t, slotIds[1], -180);
      expect(await refused(over)).toMatchObject({ code: 'SLOT_PASSED' });
      expect(await topics(colleague.user.id)).toEqual([]);
    });

    it("never makes a deleted account the leader: a hand-over and the new leader's deletion do not both succeed", async () => {
      const { teacher } = await signedUpTeacher('孙老师');
      const id = (await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[0]])).expect(201)).body
        .id as string;
      const [given, deleted] = await Promise.all([
        handOver(t, school, id, { accountId: teacher.user.id }),
        deleteAccount(teacher),
      ]);
      const { leader: now } = await leadOf(id);
      if (deleted.status === 204) {
        expect(given.body).toMatchObject({ code: 'LEADER_NOT_ELIGIBLE' });
        expect(now).toBe(school.user.id);
      } else {
        expect(given.status).toBe(200);
        expect(deleted.body).toMatchObject({ code: 'GROUP_VISITS_OPEN' });
        expect(now).toBe(teacher.user.id);
      }
    });
  });
});
