import { DataSource } from 'typeorm';
import { v1 } from '../support/matrix';
import {
  communityWorker,
  memberOf,
  NANSHAN,
  providerOperator,
  publishedMenuItem,
  shanghaiDay,
} from '../support/outreach';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

type Member = Awaited<ReturnType<typeof memberOf>>;
const ISO_SHANGHAI = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
const MINUTE = 60_000;

describe('outreach: delivery, volunteer hours and rating (送单、志愿时长、评单)', () => {
  let t: TestApp;
  let db: DataSource;
  let nanshanAdmin: SignedIn, futianAdmin: SignedIn;
  /** The orderer, and a worker of another Nanshan community. */
  let community: Member, otherCommunity: Member;
  /** The provider (a volunteer team in Nanshan) through its operator, and another team's operator. */
  let provider: Member, otherProvider: Member;
  /** Volunteers of the provider: the lead, one who stays, one who leaves early, one who never signs out. */
  let lead: Member, stayer: Member, leaver: Member, straggler: Member;
  /** A volunteer of the other team. */
  let outsider: Member;
  let itemId: string;
  let orderId: string;
  let activityId: string;
  let code: string;

  const call = (
    method: 'get' | 'post' | 'put' | 'delete',
    who: { accessToken: string },
    path: string,
    body?: object,
  ) => {
    const req = t.http()[method](v1(path)).set(bearer(who));
    return body === undefined ? req : req.send(body);
  };
  const onOrder = (who: Member | SignedIn, verb: string, body: object = {}) =>
    call('post', who, `/outreach/orders/${orderId}/${verb}`, body);
  const onActivity = (who: Member, verb: string, body: object = {}) =>
    call('post', who, `/outreach/activities/${activityId}/${verb}`, body);
  const activity = (who: Member) => call('get', who, `/outreach/activities/${activityId}`);
  /** The order as its orderer reads it. */
  const orderView = async () => (await call('get', community, `/outreach/orders/${orderId}`).expect(200)).body;
  const me = async (who: Member) => (await call('get', who, '/volunteers/me').expect(200)).body;
  const at = (day: number, time: string) => `${shanghaiDay(day)}T${time}:00+08:00`;
  /** Notifications of this kind queued for the account. */
  const queued = async (accountId: string, kind: string) =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM outbox WHERE aggregate_type = 'notification' AND aggregate_id = $1 AND topic = $2`,
        [accountId, kind],
      )
    )[0].n as number;
  const orderRow = async () =>
    (
      await db.query(`SELECT status, rating, rating_comment AS "ratingComment" FROM outreach_orders WHERE id = $1`, [
        orderId,
      ])
    )[0];
  const attendance = async (who: Member) =>
    (
      await db.query(
        `SELECT team_id AS "teamId", signed_in_at AS "signedInAt", signed_out_at AS "signedOutAt",
                credited_minutes AS "creditedMinutes"
           FROM outreach_activity_volunteers WHERE activity_id = $1 AND account_id = $2`,
        [activityId, who.user.id],
      )
    )[0];
  /** Time travel, as the booking tests move slots: the activity starts `startsInMinutes` from now. */
  const moveActivity = (startsInMinutes: number, minutes: number) => {
    const startsAt = new Date(Date.now() + startsInMinutes * MINUTE);
    return db.query(`UPDATE outreach_activities SET starts_at = $2, ends_at = $3 WHERE id = $1`, [
      activityId,
      startsAt,
      new Date(startsAt.getTime() + minutes * MINUTE),
    ]);
  };
  /** Moves a volunteer's sign-in back, as if they had come `minutesAgo` minutes ago. */
  const signedInAgo = (who: Member, minutesAgo: number) =>
    db.query(`UPDATE outreach_activity_volunteers SET signed_in_at = $3 WHERE activity_id = $1 AND account_id = $2`, [
      activityId,
      who.user.id,
      new Date(Date.now() - minutesAgo * MINUTE),
    ]);

  /** A taken order, straight in the database: how it got there is the orders' tests' business. */
  const takenOrder = async () =>
    (
      await db.query(
        `INSERT INTO outreach_orders (menu_item_id, orderer_id, ordered_by, topic, audience, headcount, address,
           latitude, longitude, region_code, window_from, window_to, status, provider_id, dispatched_at, taken_at)
         VALUES ($1, $2, $3, '趣味科学秀进社区', 'families', 80, '深圳市南山区粤海街道科技园社区党群服务中心',
           22.5407, 113.9512, $4, $5, $6, 'taken', $7, now(), now()) RETURNING id`,
        [
          itemId,
          community.organisationId,
          community.user.id,
          NANSHAN,
          shanghaiDay(7),
          shanghaiDay(14),
          provider.organisationId,
        ],
      )
    )[0].id as string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [nanshanAdmin, futianAdmin] = await Promise.all([
      signIn(t, 'nanshan-admin@demo.kepu'),
      signIn(t, 'futian-admin@demo.kepu'),
    ]);
    [community, otherCommunity, provider, otherProvider] = await Promise.all([
      communityWorker(t),
      communityWorker(t),
      providerOperator(t),
      providerOperator(t),
    ]);
    [lead, stayer, leaver, straggler] = await Promise.all(
      ['林带队', '张坚持', '王早退', '赵忘签'].map((displayName) =>
        memberOf(t, provider.organisationId, 'volunteer', { displayName }),
      ),
    );
    outsider = await memberOf(t, otherProvider.organisationId, 'volunteer');
    itemId = await publishedMenuItem(t, provider);
    orderId = await takenOrder();
  });
  afterAll(() => t.close());

  it('refuses a schedule outside the window, with a lead who is no member, in the past or the wrong way round, writing nothing', async () => {
    const body = { startsAt: at(8, '09:30'), endsAt: at(8, '11:10'), leadId: lead.user.id };
    const outside = await onOrder(provider, 'schedule', {
      ...body,
      startsAt: at(20, '09:30'),
      endsAt: at(20, '11:10'),
    });
    expect(outside.status).toBe(400);
    expect(outside.body).toMatchObject({
      code: 'OUTSIDE_ORDER_WINDOW',
      details: { windowFrom: shanghaiDay(7), windowTo: shanghaiDay(14) },
    });
    const notMember = await onOrder(provider, 'schedule', { ...body, leadId: outsider.user.id });
    expect([notMember.status, notMember.body.code]).toEqual([400, 'LEAD_NOT_A_MEMBER']);
    const past = await onOrder(provider, 'schedule', { ...body, startsAt: at(-1, '09:30'), endsAt: at(-1, '11:10') });
    expect([past.status, past.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(past.body.details).toEqual([expect.objectContaining({ field: 'startsAt' })]);
    const backwards = await onOrder(provider, 'schedule', { ...body, endsAt: at(8, '09:00') });
    expect(backwards.body.details).toEqual([expect.objectContaining({ field: 'endsAt' })]);
    const noOffset = await onOrder(provider, 'schedule', { ...body, startsAt: `${shanghaiDay(8)}T09:30:00` });
    expect([noOffset.status, noOffset.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    // The orderer may not schedule; another provider does not see the order.
    expect((await onOrder(community, 'schedule', body)).status).toBe(403);
    expect((await onOrder(otherProvider, 'schedule', body)).status).toBe(404);

    expect((await orderRow()).status).toBe('taken');
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM outreach_activities WHERE order_id = $1`, [orderId]))[0].n,
    ).toBe(0);
    expect(await queued(community.user.id, 'outreach.scheduled')).toBe(0);
    expect((await orderView()).activity).toBeNull();
  });

  it('schedules the activity with a volunteer as lead and a 6-digit code; a move keeps the activity, with a new code', async () => {
    const first = await onOrder(provider, 'schedule', {
      startsAt: at(8, '09:30'),
      endsAt: at(8, '11:00'),
      leadId: lead.user.id,
    }).expect(200);
    expect(first.body).toMatchObject({
      orderId,
      orderStatus: 'scheduled',
      title: '趣味科学秀',
      topic: '趣味科学秀进社区',
      startsAt: at(8, '09:30'),
      endsAt: at(8, '11:00'),
      signInOpensAt: at(8, '08:30'),
      signInClosesAt: at(8, '13:00'),
      leadId: lead.user.id,
      leadName: '林带队',
      signCode: expect.stringMatching(/^[0-9]{6}$/),
      volunteers: [],
      volunteerCount: 0,
      joined: false,
    });
    const moved = await onOrder(provider, 'schedule', {
      startsAt: at(9, '14:00'),
      endsAt: at(9, '15:40'),
      leadId: lead.user.id,
    }).expect(200);
    expect(moved.body).toMatchObject({ id: first.body.id, startsAt: at(9, '14:00'), orderStatus: 'scheduled' });
    ({ id: activityId, signCode: code } = moved.body);
    const [stored] = await db.query(`SELECT sign_code AS "signCode" FROM outreach_activities WHERE order_id = $1`, [
      orderId,
    ]);
    expect(stored.signCode).toBe(code);
    expect(await queued(community.user.id, 'outreach.scheduled')).toBe(2);
    // The order links to its activity, with the time it moved to and no sign-in code.
    expect((await orderView()).activity).toEqual({
      id: activityId,
      startsAt: at(9, '14:00'),
      endsAt: at(9, '15:40'),
      leadName: '林带队',
      peopleReached: null,
      completedAt: null,
    });
  });

  it('the orderer confirms (another community does not see it, the provider may not); the provider and the lead are told', async () => {
    expect((await onOrder(otherCommunity, 'confirm')).status).toBe(404);
    expect((await onOrder(provider, 'confirm')).status).toBe(403);
    const confirmed = await onOrder(community, 'confirm').expect(200);
    expect(confirmed.body).toMatchObject({ orderStatus: 'confirmed', signCode: null, volunteers: null });
    expect((await onOrder(community, 'confirm')).body).toMatchObject({
      code: 'ORDER_WRONG_STATE',
      details: { status: 'confirmed' },
    });
    expect(await queued(provider.user.id, 'outreach.confirmed')).toBe(1);
    expect(await queued(lead.user.id, 'outreach.confirmed')).toBe(1);
    // The orderer sees the activity without its code or its volunteers.
    expect((await activity(community).expect(200)).body).toMatchObject({ signCode: null, volunteers: null });
  });

  it("the provider's volunteers join and leave before it starts; another team's volunteer may not", async () => {
    for (const who of [lead, stayer, leaver]) {
      expect((await onActivity(who, 'join').expect(200)).body).toMatchObject({
        joined: true,
        signCode: who === lead ? code : null,
      });
    }
    // Joining twice changes nothing.
    expect((await onActivity(stayer, 'join').expect(200)).body.volunteerCount).toBe(3);
    const left = await call('delete', straggler, `/outreach/activities/${activityId}/join`).expect(200);
    expect(left.body).toMatchObject({ joined: false, volunteerCount: 3 });
    await onActivity(straggler, 'join').expect(200);
    await call('delete', straggler, `/outreach/activities/${activityId}/join`).expect(200);
    expect(await attendance(straggler)).toBeUndefined();

    expect((await onActivity(outsider, 'join')).status).toBe(404);
    expect((await activity(outsider)).status).toBe(404);
    expect((await activity(otherProvider)).status).toBe(404);

    // Volunteers see a count, not each other, nor the code; the lead sees everyone and the code.
    const seen = (await activity(stayer).expect(200)).body;
    expect(seen).toMatchObject({ joined: true, volunteerCount: 3, volunteers: null, signCode: null });
    const led = (await activity(lead).expect(200)).body;
    expect(led.signCode).toBe(code);
    expect(led.volunteers.map((v: { name: string }) => v.name).sort()).toEqual(['张坚持', '林带队', '王早退'].sort());

    const board = (await call('get', stayer, '/outreach/activities?view=volunteer').expect(200)).body;
    expect(board.items).toEqual([expect.objectContaining({ id: activityId, joined: true, signCode: null })]);
    expect((await call('get', outsider, '/outreach/activities?view=volunteer').expect(200)).body.total).toBe(0);
    expect((await call('get', stayer, '/outreach/activities')).status).toBe(400);
  });

  it('signing in is open around the activity only, takes its code, and is refused to another team', async () => {
    const early = await onActivity(stayer, 'sign-in', { code });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      code: 'SIGN_IN_NOT_OPEN',
      details: { opensAt: at(9, '13:00'), closesAt: at(9, '17:40') },
    });

    // It started 10 minutes ago and lasts 100 minutes: 60 % is an hour.
    await moveActivity(-10, 100);
    const wrong = await onActivity(stayer, 'sign-in', { code: code === '000000' ? '000001' : '000000' });
    expect([wrong.status, wrong.body.code]).toEqual([400, 'SIGN_CODE_WRONG']);
    expect((await attendance(stayer)).signedInAt).toBeNull();
    expect((await onActivity(outsider, 'sign-in', { code })).status).toBe(404);
    expect(
      await db.query(`SELECT 1 FROM outreach_activity_volunteers WHERE account_id = $1`, [outsider.user.id]),
    ).toEqual([]);
    expect((await onActivity(stayer, 'sign-out', { code })).body.code).toBe('NOT_SIGNED_IN');
    // Too late to join or leave: sign in instead.
    expect((await call('delete', leaver, `/outreach/activities/${activityId}/join`)).body.code).toBe(
      'ACTIVITY_STARTED',
    );

    const signedIn: string[] = [];
    for (const who of [stayer, leaver]) {
      const signed = await onActivity(who, 'sign-in', { code }).expect(200);
      expect(signed.body).toMatchObject({
        activityId,
        signedInAt: expect.stringMatching(ISO_SHANGHAI),
        signedOutAt: null,
        requiredMinutes: 60,
        creditedMinutes: null,
      });
      signedIn.push(signed.body.signedInAt);
    }
    // Signing in again keeps the first time.
    expect((await onActivity(stayer, 'sign-in', { code }).expect(200)).body.signedInAt).toBe(signedIn[0]);
    // A volunteer of the team who had not joined is joined by signing in.
    await onActivity(straggler, 'sign-in', { code }).expect(200);
    expect(await attendance(straggler)).toMatchObject({ teamId: provider.organisationId, signedOutAt: null });
  });

  it('credits the time only to the volunteer who stayed 60 % of the scheduled duration, and says why to the other', async () => {
    await signedInAgo(stayer, 70);
    await signedInAgo(leaver, 30);
    const stayed = await onActivity(stayer, 'sign-out', { code }).expect(200);
    expect(stayed.body).toMatchObject({ attendedMinutes: 70, requiredMinutes: 60, creditedMinutes: 70, note: null });
    const left = await onActivity(leaver, 'sign-out', { code }).expect(200);
    expect(left.body).toMatchObject({ attendedMinutes: 30, requiredMinutes: 60, creditedMinutes: 0 });
    expect(left.body.note).toContain('60%');
    expect((await onActivity(stayer, 'sign-out', { code })).body.code).toBe('ALREADY_SIGNED_OUT');
    expect((await onActivity(stayer, 'sign-in', { code })).body.code).toBe('ALREADY_SIGNED_OUT');
    expect(await attendance(stayer)).toMatchObject({ creditedMinutes: 70 });
    expect(await attendance(leaver)).toMatchObject({ creditedMinutes: 0 });
  });

  it('completes only after the end, signing out who is still in at the end; the orderer is asked to rate', async () => {
    expect((await onOrder(community, 'complete', { peopleReached: 85 })).status).toBe(403);
    const tooSoon = await onOrder(provider, 'complete', { peopleReached: 85 });
    expect(tooSoon.status).toBe(409);
    expect(tooSoon.body).toMatchObject({
      code: 'ACTIVITY_NOT_OVER',
      details: { endsAt: expect.stringMatching(ISO_SHANGHAI) },
    });
    expect((await onOrder(provider, 'complete', { peopleReached: -1 })).body.code).toBe('VALIDATION_FAILED');
    expect((await orderRow()).status).toBe('confirmed');

    // It ended 10 minutes ago; the straggler came 90 minutes before the end and never signed out.
    await moveActivity(-110, 100);
    await db.query(
      `UPDATE outreach_activity_volunteers v SET signed_in_at = a.ends_at - interval '90 minutes'
         FROM outreach_activities a WHERE a.id = v.activity_id AND a.id = $1 AND v.account_id = $2`,
      [activityId, straggler.user.id],
    );
    const done = await onOrder(provider, 'complete', { peopleReached: 85 }).expect(200);
    expect(done.body).toMatchObject({
      orderStatus: 'completed',
      peopleReached: 85,
      completedAt: expect.stringMatching(ISO_SHANGHAI),
    });
    const [{ endsAt }] = await db.query(`SELECT ends_at AS "endsAt" FROM outreach_activities WHERE id = $1`, [
      activityId,
    ]);
    expect(await attendance(straggler)).toMatchObject({ signedOutAt: endsAt, creditedMinutes: 90 });
    expect((await orderRow()).status).toBe('completed');
    expect((await orderView()).activity).toMatchObject({
      id: activityId,
      peopleReached: 85,
      completedAt: done.body.completedAt,
    });
    expect(await queued(community.user.id, 'outreach.completed')).toBe(1);
    // Over: no more signing.
    expect((await onActivity(leaver, 'sign-in', { code })).body.code).toBe('ORDER_WRONG_STATE');
  });

  it('the orderer rates once; a 2 is flagged to the district and counts in the menu item average', async () => {
    expect((await onOrder(otherCommunity, 'rating', { score: 2 })).status).toBe(404);
    expect((await onOrder(provider, 'rating', { score: 5 })).status).toBe(403);
    expect((await onOrder(community, 'rating', { score: 6 })).body.code).toBe('VALIDATION_FAILED');
    expect((await orderRow()).rating).toBeNull();

    const rated = await onOrder(community, 'rating', { score: 2, comment: '讲解太快，孩子们跟不上' }).expect(200);
    expect(rated.body).toMatchObject({ rating: 2, ratingComment: '讲解太快，孩子们跟不上', signCode: null });
    expect((await onOrder(community, 'rating', { score: 5 })).body.code).toBe('ALREADY_RATED');
    expect(await orderRow()).toMatchObject({ rating: 2, ratingComment: '讲解太快，孩子们跟不上' });
    const [item] = await db.query(
      `SELECT rating_count AS n, rating_sum AS sum FROM outreach_menu_items WHERE id = $1`,
      [itemId],
    );
    expect(item).toEqual({ n: 1, sum: 2 });
    expect(await queued(nanshanAdmin.user.id, 'outreach.low_rating')).toBe(1);
    expect(await queued(futianAdmin.user.id, 'outreach.low_rating')).toBe(0);
    expect(await queued(provider.user.id, 'outreach.rated')).toBe(1);
  });

  it('hours added by hand by the Nanshan administrator show apart; others may not add them', async () => {
    const hours = (who: { accessToken: string }, accountId: string, body: object) =>
      call('post', who, `/volunteers/${accountId}/hours`, body);
    const body = { teamId: provider.organisationId, minutes: 120, reason: '按纸质签到表补录', activityId };
    const manualRows = async () => (await db.query(`SELECT count(*)::int AS n FROM volunteer_manual_hours`))[0].n;
    const before = await manualRows();
    expect((await hours(futianAdmin, leaver.user.id, body)).status).toBe(403);
    expect((await hours(provider, leaver.user.id, body)).status).toBe(403);
    expect((await hours(nanshanAdmin, outsider.user.id, body)).body.code).toBe('NOT_A_TEAM_VOLUNTEER');
    expect((await hours(nanshanAdmin, leaver.user.id, { ...body, minutes: 1441 })).body.code).toBe('VALIDATION_FAILED');
    expect(
      (await hours(nanshanAdmin, leaver.user.id, { ...body, teamId: otherProvider.organisationId })).body.code,
    ).toBe('NOT_A_TEAM_VOLUNTEER');
    expect(await manualRows()).toBe(before);

    const added = await hours(nanshanAdmin, leaver.user.id, body).expect(201);
    expect(added.body).toMatchObject({ minutes: 120, handAdded: true, activityId, teamName: expect.any(String) });
    expect(await queued(leaver.user.id, 'outreach.hours_added')).toBe(1);

    const record = await me(leaver);
    expect(record.teams).toEqual([{ id: provider.organisationId, name: expect.any(String) }]);
    expect(record.activities).toEqual([
      expect.objectContaining({
        activityId,
        orderId,
        orderStatus: 'completed',
        title: '趣味科学秀',
        creditedMinutes: 0,
      }),
    ]);
    expect(record.totals).toEqual({ creditedMinutes: 0, manualMinutes: 120, activities: 0 });
    expect(record.manualEntries).toEqual([
      expect.objectContaining({
        minutes: 120,
        reason: '按纸质签到表补录',
        handAdded: true,
        addedAt: expect.stringMatching(ISO_SHANGHAI),
      }),
    ]);
    expect((await me(stayer)).totals).toEqual({ creditedMinutes: 70, manualMinutes: 0, activities: 1 });
    expect((await me(straggler)).totals).toEqual({ creditedMinutes: 90, manualMinutes: 0, activities: 1 });
    // Anyone signed in gets a record, empty when they never volunteered.
    expect(await me(community)).toEqual({
      profile: null,
      teams: [],
      activities: [],
      totals: { creditedMinutes: 0, manualMinutes: 0, activities: 0 },
      manualEntries: [],
    });
  });

  it('a volunteer writes the profile for the certificate; only districts are taken', async () => {
    const put = (body: object) => call('put', stayer, '/volunteers/me/profile', body);
    const profile = { realName: '张明', skills: ['天文', '讲解'], districtCodes: [NANSHAN] };
    expect((await put({ ...profile, districtCodes: ['440300'] })).body).toMatchObject({
      code: 'NOT_A_DISTRICT',
      details: [{ field: 'districtCodes.0', problems: ['440300'] }],
    });
    expect((await put({ ...profile, skills: Array.from({ length: 21 }, (_, i) => `技能${i}`) })).body.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await put({ ...profile, realName: '张' })).body.code).toBe('VALIDATION_FAILED');
    expect((await me(stayer)).profile).toBeNull();

    expect((await put(profile).expect(200)).body).toEqual(profile);
    expect((await me(stayer)).profile).toEqual(profile);
    // The provider sees the name on the profile.
    const names = (await activity(provider).expect(200)).body.volunteers.map((v: { name: string }) => v.name);
    expect(names).toContain('张明');
  });

  it('volunteers who joined are told when the activity moves; once one signed in, it may not move', async () => {
    orderId = await takenOrder();
    const plan = (day: number) =>
      onOrder(provider, 'schedule', { startsAt: at(day, '09:30'), endsAt: at(day, '11:10'), leadId: lead.user.id });
    ({ id: activityId, signCode: code } = (await plan(8).expect(200)).body);
    // Scheduled, not yet confirmed: volunteers may already join.
    await onActivity(stayer, 'join').expect(200);
    ({ signCode: code } = (await plan(10).expect(200)).body);
    expect(await queued(stayer.user.id, 'outreach.activity_moved')).toBe(1);

    await moveActivity(-10, 100);
    await onActivity(stayer, 'sign-in', { code }).expect(200);
    expect((await plan(11)).body).toMatchObject({ code: 'ORDER_WRONG_STATE', details: { status: 'scheduled' } });
    const [{ startsAt }] = await db.query(`SELECT starts_at AS "startsAt" FROM outreach_activities WHERE id = $1`, [
      activityId,
    ]);
    expect(startsAt.getTime()).toBeLessThan(Date.now());
  });

  it("the provider's boards show each order's activity; declining a scheduled order takes its activity away", async () => {
    const scheduled = orderId;
    orderId = await takenOrder();
    const board = async () =>
      (await call('get', provider, '/outreach/orders?view=provider&pageSize=100').expect(200)).body.items as {
        id: string;
        activity: { id: string } | null;
      }[];
    const activityOf = async (id: string) => (await board()).find((o) => o.id === id)?.activity;
    expect(await activityOf(scheduled)).toMatchObject({ id: activityId, leadName: '林带队' });
    expect(await activityOf(orderId)).toBeNull();

    const planned = await onOrder(provider, 'schedule', {
      startsAt: at(8, '09:30'),
      endsAt: at(8, '11:10'),
      leadId: lead.user.id,
    }).expect(200);
    expect(await activityOf(orderId)).toMatchObject({ id: planned.body.id, startsAt: at(8, '09:30') });
    const declined = await onOrder(provider, 'decline', { reason: '该时段志愿者不足' }).expect(200);
    expect(declined.body).toMatchObject({ status: 'submitted', activity: null });
    expect((await orderView()).activity).toBeNull();
    expect(await db.query(`SELECT 1 FROM outreach_activities WHERE order_id = $1`, [orderId])).toEqual([]);
  });
});
