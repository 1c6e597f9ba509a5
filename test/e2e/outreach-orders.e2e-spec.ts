import { loadAppConfig } from '@kepu/runtime';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

import { EscalationJob } from '@kepu/outreach';
import { v1 } from '../support/matrix';
import {
  communityWorker,
  FUTIAN,
  memberOf,
  NANSHAN,
  organisation,
  providerOperator,
  publishedMenuItem,
  shanghaiDay,
} from '../support/outreach';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

type Caller = { accessToken: string } | undefined;
type Member = Awaited<ReturnType<typeof memberOf>>;
const ISO_SHANGHAI = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

describe('outreach: orders, dispatch and claims (点单、派单、接单)', () => {
  let t: TestApp;
  let db: DataSource;
  let nanshanAdmin: SignedIn, futianAdmin: SignedIn, cityAdmin: SignedIn, family: SignedIn;
  /** A Nanshan community's worker, and a worker of another community in Nanshan. */
  let community: Member, otherCommunity: Member;
  /** Five providers serving Nanshan (each with a published item listing it); the first's item is ordered. */
  let providers: Member[];
  /** A provider whose only item serves Futian. */
  let futianProvider: Member;
  /** A verified provider with no menu item at all: the district may still assign to it. */
  let assignee: Member;
  let itemId: string;

  const as = (who: Caller) => (who ? bearer(who) : {});
  const call = (method: 'get' | 'post', who: Caller, path: string, body?: object) => {
    const req = t.http()[method](v1(path)).set(as(who));
    return body === undefined ? req : req.send(body);
  };
  const order = (who: Caller, body: object) => call('post', who, '/outreach/orders', body);
  const act = (who: Caller, id: string, verb: string, body: object = {}) =>
    call('post', who, `/outreach/orders/${id}/${verb}`, body);
  const read = (who: Caller, id: string) => call('get', who, `/outreach/orders/${id}`);
  const board = async (who: Caller, query: string) =>
    ((await call('get', who, `/outreach/orders?${query}&pageSize=100`).expect(200)).body.items as { id: string }[]).map(
      (o) => o.id,
    );
  /** An order of the published item by the Nanshan community, as the form sends it; `overrides` replace fields. */
  const orderBody = (overrides: Record<string, unknown> = {}) => ({
    menuItemId: itemId,
    audience: 'primary',
    headcount: 60,
    address: '深圳市南山区粤海街道科技园社区党群服务中心',
    latitude: 22.5407,
    longitude: 113.9512,
    regionCode: NANSHAN,
    windowFrom: shanghaiDay(10),
    windowTo: shanghaiDay(30),
    notes: '周六上午为佳',
    ...overrides,
  });
  const newOrder = async (overrides: Record<string, unknown> = {}) =>
    (await order(community, orderBody(overrides)).expect(201)).body.id as string;
  const row = async (id: string) =>
    (
      await db.query(
        `SELECT status, provider_id AS "providerId", taken_at AS "takenAt", escalation_level AS "escalationLevel"
           FROM outreach_orders WHERE id = $1`,
        [id],
      )
    )[0];
  /** Notifications of this kind queued for the account (optionally only those about `about`). */
  const queued = async (accountId: string, kind: string, about?: string) =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM outbox
          WHERE aggregate_type = 'notification' AND aggregate_id = $1 AND topic = $2
            AND ($3::text IS NULL OR payload->>'text' LIKE '%' || $3 || '%')`,
        [accountId, kind, about ?? null],
      )
    )[0].n as number;
  /** What a refused write must leave alone: orders, declines, their audit entries and queued notifications. */
  const written = async () =>
    (
      await db.query(
        `SELECT (SELECT count(*)::int FROM outreach_orders) AS orders,
                (SELECT count(*)::int FROM outreach_order_declines) AS declines,
                (SELECT count(*)::int FROM audit_log WHERE subject_type = 'outreach_order') AS audits,
                (SELECT count(*)::int FROM outbox WHERE topic LIKE 'outreach.%') AS notices`,
      )
    )[0];
  const refused = (res: { status: number; body: { code: string } }) => [res.status, res.body.code];

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [nanshanAdmin, futianAdmin, cityAdmin, family] = await Promise.all(
      ['nanshan-admin', 'futian-admin', 'city-admin', 'family'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
    [community, otherCommunity] = await Promise.all([communityWorker(t), communityWorker(t)]);
    providers = await Promise.all([1, 2, 3, 4, 5].map(() => providerOperator(t)));
    const items = await Promise.all(providers.map((p) => publishedMenuItem(t, p)));
    itemId = items[0];
    futianProvider = await providerOperator(t, FUTIAN);
    await publishedMenuItem(t, futianProvider, { districtCodes: [FUTIAN] });
    assignee = await providerOperator(t, NANSHAN, 'research_institute');
  });
  afterAll(() => t.close());

  describe('an order of a menu item, from the community to a provider', () => {
    let id: string;
    let winner: Member, losers: Member[];

    it('a community in 南山 orders a published item; the Nanshan administrators are told', async () => {
      const res = await order(community, orderBody({ ordererId: community.organisationId })).expect(201);
      id = res.body.id;
      expect(res.body).toMatchObject({
        status: 'submitted',
        menuItem: { id: itemId, title: '趣味科学秀', format: 'science_show' },
        orderer: { id: community.organisationId },
        provider: null,
        topic: '趣味科学秀',
        audience: 'primary',
        headcount: 60,
        regionCode: NANSHAN,
        regionName: '南山区',
        windowFrom: shanghaiDay(10),
        windowTo: shanghaiDay(30),
        notes: '周六上午为佳',
        dispatchedAt: null,
        takenAt: null,
        escalationLevel: 0,
        declines: [],
        activity: null,
        rating: null,
        cancelReason: null,
      });
      expect(res.body.createdAt).toMatch(ISO_SHANGHAI);
      const ordererName = res.body.orderer.name as string;
      expect(await queued(nanshanAdmin.user.id, 'outreach.order_submitted', ordererName)).toBe(1);
      expect(await queued(cityAdmin.user.id, 'outreach.order_submitted', ordererName)).toBe(0);
      expect(await queued(futianAdmin.user.id, 'outreach.order_submitted', ordererName)).toBe(0);
      const [audit] = await db.query(
        `SELECT action, actor_account_id AS "actorId" FROM audit_log WHERE subject_id = $1`,
        [id],
      );
      expect(audit).toEqual({ action: 'outreach_order.submitted', actorId: community.user.id });
    });

    it('the orderer sees it as theirs, the Nanshan administrator on the district board; nobody else does', async () => {
      expect(await board(community, 'view=mine')).toContain(id);
      // Without `view`, an orderer gets their own orders.
      expect(await board(community, 'page=1')).toContain(id);
      expect(await board(otherCommunity, 'view=mine')).not.toContain(id);
      expect(await board(nanshanAdmin, 'view=district&status=submitted,open')).toContain(id);
      expect(await board(nanshanAdmin, 'view=district&status=cancelled')).not.toContain(id);
      expect(await board(cityAdmin, 'view=district')).toContain(id);
      expect(await board(futianAdmin, 'view=district')).not.toContain(id);
      // Not open yet: no provider is offered it.
      expect(await board(providers[1], 'view=open')).not.toContain(id);
      expect((await read(cityAdmin, id).expect(200)).body.id).toBe(id);
    });

    it('the Futian administrator cannot dispatch a Nanshan order, nor may the orderer (it is not theirs to dispatch)', async () => {
      const before = await written();
      expect(refused(await act(futianAdmin, id, 'open'))).toEqual([404, 'NOT_FOUND']);
      expect(refused(await act(futianAdmin, id, 'assign', { providerId: assignee.organisationId }))).toEqual([
        404,
        'NOT_FOUND',
      ]);
      expect(refused(await read(futianAdmin, id))).toEqual([404, 'NOT_FOUND']);
      expect(refused(await act(community, id, 'open'))).toEqual([403, 'FORBIDDEN']);
      expect(await written()).toEqual(before);
    });

    it('the district opens it for claims; the providers serving Nanshan are told, the Futian one is not', async () => {
      const res = await act(nanshanAdmin, id, 'open').expect(200);
      expect(res.body.status).toBe('open');
      expect(res.body.dispatchedAt).toMatch(ISO_SHANGHAI);
      for (const p of providers) expect(await queued(p.user.id, 'outreach.order_open')).toBe(1);
      expect(await queued(futianProvider.user.id, 'outreach.order_open')).toBe(0);
      expect(await board(providers[2], 'view=open')).toContain(id);
      expect(await board(futianProvider, 'view=open')).not.toContain(id);
      expect(refused(await act(nanshanAdmin, id, 'open'))).toEqual([409, 'ORDER_WRONG_STATE']);
    });

    it('an open order is shown to any provider, but one not serving Nanshan cannot claim it', async () => {
      expect((await read(futianProvider, id).expect(200)).body.status).toBe('open');
      const before = await written();
      expect(refused(await act(futianProvider, id, 'claim'))).toEqual([409, 'PROVIDER_DOES_NOT_SERVE']);
      expect(await written()).toEqual(before);
    });

    it('five providers serving Nanshan claim at the same moment: exactly one wins', async () => {
      const answers = await Promise.all(providers.map((p) => act(p, id, 'claim', { providerId: p.organisationId })));
      const won = answers.filter((a) => a.status === 200);
      expect(won).toHaveLength(1);
      expect(answers.filter((a) => a.status !== 200).map(refused)).toEqual(Array(4).fill([409, 'ORDER_ALREADY_TAKEN']));
      winner = providers.find((p) => p.organisationId === won[0].body.provider.id) as Member;
      losers = providers.filter((p) => p !== winner);
      expect(won[0].body).toMatchObject({ status: 'taken', provider: { id: winner.organisationId } });
      expect(won[0].body.takenAt).toMatch(ISO_SHANGHAI);
      expect(await row(id)).toMatchObject({ status: 'taken', providerId: winner.organisationId });
      expect((await row(id)).takenAt).not.toBeNull();
      expect(await queued(community.user.id, 'outreach.order_taken')).toBe(1);
      expect(await queued(nanshanAdmin.user.id, 'outreach.order_claimed', '趣味科学秀')).toBe(1);
      const audits = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = $2`, [
        id,
        'outreach_order.claimed',
      ]);
      expect(audits[0].n).toBe(1);
    });

    it('taken, the order is the winner’s: the others can no longer see it, and a claim is told it was taken', async () => {
      expect(await board(winner, 'view=provider')).toContain(id);
      expect(await board(losers[0], 'view=provider')).not.toContain(id);
      expect(await board(losers[0], 'view=open')).not.toContain(id);
      expect(refused(await read(losers[0], id))).toEqual([404, 'NOT_FOUND']);
      expect(refused(await act(losers[0], id, 'claim'))).toEqual([409, 'ORDER_ALREADY_TAKEN']);
      expect(refused(await act(winner, id, 'claim'))).toEqual([409, 'ORDER_WRONG_STATE']);
    });

    it('the winner declines with a reason: back to the district, and it may not take the order again', async () => {
      expect(refused(await act(losers[0], id, 'decline', { reason: '不是我们的' }))).toEqual([404, 'NOT_FOUND']);
      expect(refused(await act(nanshanAdmin, id, 'decline', { reason: '区里不能谢绝' }))).toEqual([403, 'FORBIDDEN']);
      const res = await act(winner, id, 'decline', { reason: '  该时段志愿者不足  ' }).expect(200);
      expect(res.body).toMatchObject({ status: 'submitted', provider: null, takenAt: null, dispatchedAt: null });
      expect(res.body.declines).toEqual([
        {
          provider: { id: winner.organisationId, name: expect.any(String) },
          reason: '该时段志愿者不足',
          at: expect.stringMatching(ISO_SHANGHAI),
        },
      ]);
      expect(await row(id)).toMatchObject({ status: 'submitted', providerId: null, takenAt: null });
      expect(await queued(nanshanAdmin.user.id, 'outreach.order_declined', '该时段志愿者不足')).toBe(1);
      expect(await queued(community.user.id, 'outreach.order_declined')).toBe(1);
      // Declined, it is no longer the provider's to decline again.
      expect(refused(await act(winner, id, 'decline', { reason: '再次谢绝' }))).toEqual([404, 'NOT_FOUND']);

      await act(nanshanAdmin, id, 'open').expect(200);
      expect(await board(winner, 'view=open')).not.toContain(id);
      expect(await board(losers[0], 'view=open')).toContain(id);
      // Open again, any provider may read it, but sees only its own decline.
      expect((await read(winner, id).expect(200)).body.declines).toHaveLength(1);
      expect((await read(losers[0], id).expect(200)).body.declines).toEqual([]);
      const before = await written();
      expect(refused(await act(winner, id, 'claim'))).toEqual([409, 'DECLINED_BEFORE']);
      expect(refused(await act(nanshanAdmin, id, 'assign', { providerId: winner.organisationId }))).toEqual([
        409,
        'DECLINED_BEFORE',
      ]);
      expect(await written()).toEqual(before);
    });

    it('the district assigns it to another verified provider, even one with no menu item; an unverified one is refused', async () => {
      const unverified = await organisation(t, { kind: 'volunteer_team', verified: false });
      const before = await written();
      expect(refused(await act(nanshanAdmin, id, 'assign', { providerId: unverified }))).toEqual([
        409,
        'PROVIDER_NOT_VERIFIED',
      ]);
      expect(refused(await act(nanshanAdmin, id, 'assign', { providerId: randomUUID() }))).toEqual([
        409,
        'PROVIDER_NOT_VERIFIED',
      ]);
      expect(await written()).toEqual(before);

      const res = await act(nanshanAdmin, id, 'assign', { providerId: assignee.organisationId }).expect(200);
      expect(res.body).toMatchObject({ status: 'taken', provider: { id: assignee.organisationId } });
      expect(res.body.dispatchedAt).toMatch(ISO_SHANGHAI);
      expect(res.body.takenAt).toMatch(ISO_SHANGHAI);
      expect(await queued(assignee.user.id, 'outreach.order_assigned')).toBe(1);
      expect(await queued(community.user.id, 'outreach.order_taken')).toBe(2);
      // The orderer and the district see every decline; a provider only its own.
      expect((await read(assignee, id).expect(200)).body.declines).toEqual([]);
      expect((await read(community, id).expect(200)).body.declines).toHaveLength(1);
      expect((await read(nanshanAdmin, id).expect(200)).body.declines).toHaveLength(1);
      expect(refused(await act(nanshanAdmin, id, 'assign', { providerId: losers[0].organisationId }))).toEqual([
        409,
        'ORDER_WRONG_STATE',
      ]);
    });

    it('the orderer cancels it; the provider and the volunteers who joined its activity are told', async () => {
      const volunteer = await memberOf(t, assignee.organisationId, 'volunteer');
      const [activity] = await db.query(
        `INSERT INTO outreach_activities (order_id, provider_id, starts_at, ends_at, lead_id, sign_code)
         VALUES ($1, $2, now() + interval '12 days', now() + interval '12 days 2 hours', $3, '123456') RETURNING id`,
        [id, assignee.organisationId, assignee.user.id],
      );
      await db.query(
        `INSERT INTO outreach_activity_volunteers (activity_id, account_id, team_id) VALUES ($1, $2, $3)`,
        [activity.id, volunteer.user.id, assignee.organisationId],
      );
      const before = await written();
      expect(refused(await act(otherCommunity, id, 'cancel', { reason: '不是我们的点单' }))).toEqual([
        404,
        'NOT_FOUND',
      ]);
      expect(refused(await read(otherCommunity, id))).toEqual([404, 'NOT_FOUND']);
      expect(refused(await act(assignee, id, 'cancel', { reason: '提供方不能取消' }))).toEqual([403, 'FORBIDDEN']);
      expect(refused(await act(community, id, 'cancel', { reason: '   ' }))).toEqual([400, 'VALIDATION_FAILED']);
      expect(await written()).toEqual(before);

      const res = await act(community, id, 'cancel', { reason: '社区活动中心临时维修' }).expect(200);
      expect(res.body).toMatchObject({ status: 'cancelled', cancelReason: '社区活动中心临时维修' });
      // Cancelled, the order still shows the activity it had.
      expect(res.body.activity).toEqual({
        id: activity.id,
        startsAt: expect.stringMatching(ISO_SHANGHAI),
        endsAt: expect.stringMatching(ISO_SHANGHAI),
        leadName: '陈队长',
        peopleReached: null,
        completedAt: null,
      });
      expect(res.body.cancelledAt).toMatch(ISO_SHANGHAI);
      expect(await queued(assignee.user.id, 'outreach.order_cancelled', '社区活动中心临时维修')).toBe(1);
      expect(await queued(volunteer.user.id, 'outreach.activity_cancelled')).toBe(1);
      expect(await queued(nanshanAdmin.user.id, 'outreach.order_cancelled', '社区活动中心临时维修')).toBe(1);

      const again = await act(community, id, 'cancel', { reason: '再取消一次' });
      expect(refused(again)).toEqual([409, 'ORDER_WRONG_STATE']);
      expect(again.body.details).toEqual({ status: 'cancelled' });
      expect(await board(nanshanAdmin, 'view=district&status=cancelled')).toContain(id);
    });
  });

  describe('a free request (no menu item)', () => {
    it('needs a topic, takes any headcount and near dates, and the district may cancel it', async () => {
      const free = {
        ...orderBody({ menuItemId: undefined, headcount: 3000, windowFrom: shanghaiDay(1), windowTo: shanghaiDay(2) }),
        audience: 'seniors',
      };
      const before = await written();
      const untitled = await order(community, free);
      expect(refused(untitled)).toEqual([400, 'VALIDATION_FAILED']);
      expect(untitled.body.details).toEqual([
        {
          field: 'topic',
          problems: [expect.any(String)],
          messages: [{ 'zh-CN': '不从菜单中选择时，请写明想要的活动主题', en: expect.any(String) }],
        },
      ]);
      expect(await written()).toEqual(before);

      const res = await order(community, { ...free, topic: '老年人防诈骗科普讲座' }).expect(201);
      expect(res.body).toMatchObject({
        menuItem: null,
        topic: '老年人防诈骗科普讲座',
        headcount: 3000,
        status: 'submitted',
      });
      const cancelled = await act(nanshanAdmin, res.body.id, 'cancel', { reason: '已并入街道统一活动' }).expect(200);
      expect(cancelled.body.status).toBe('cancelled');
      expect(await queued(community.user.id, 'outreach.order_cancelled', '已并入街道统一活动')).toBe(1);
    });
  });

  describe('escalation of orders nobody takes', () => {
    const age = (id: string, days: number) =>
      db.query(`UPDATE outreach_orders SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [id, days]);
    const run = () => t.app.get(EscalationJob).run();

    it('after 3 days the district is alerted, after 6 the city; each once; a taken order is left alone', async () => {
      expect(t.config.outreach.escalateAfterDays).toBe(3);
      const topic = `无人接单的点单 ${randomUUID().slice(0, 8)}`;
      const waiting = await newOrder({ menuItemId: undefined, topic });
      const takenTopic = `已派出的点单 ${randomUUID().slice(0, 8)}`;
      const taken = await newOrder({ menuItemId: undefined, topic: takenTopic });
      await act(nanshanAdmin, taken, 'assign', { providerId: assignee.organisationId }).expect(200);
      await age(waiting, 2);
      await age(taken, 10);
      await run();
      expect((await row(waiting)).escalationLevel).toBe(0);

      await age(waiting, 4);
      await run();
      await run();
      expect((await row(waiting)).escalationLevel).toBe(1);
      expect(await queued(nanshanAdmin.user.id, 'outreach.order_escalated', topic)).toBe(1);
      expect(await queued(cityAdmin.user.id, 'outreach.order_escalated', topic)).toBe(0);
      expect((await read(nanshanAdmin, waiting).expect(200)).body.escalationLevel).toBe(1);

      await act(nanshanAdmin, waiting, 'open').expect(200);
      await age(waiting, 7);
      await run();
      await run();
      expect((await row(waiting)).escalationLevel).toBe(2);
      expect(await queued(nanshanAdmin.user.id, 'outreach.order_escalated', topic)).toBe(1);
      expect(await queued(cityAdmin.user.id, 'outreach.order_escalated', topic)).toBe(1);
      expect(await queued(futianAdmin.user.id, 'outreach.order_escalated', topic)).toBe(0);

      expect((await row(taken)).escalationLevel).toBe(0);
      expect(await queued(nanshanAdmin.user.id, 'outreach.order_escalated', takenTopic)).toBe(0);
      const audits = await db.query(
        `SELECT details->>'level' AS level FROM audit_log WHERE subject_id = $1 AND action = 'outreach_order.escalated' ORDER BY id`,
        [waiting],
      );
      expect(audits.map((a: { level: string }) => a.level)).toEqual(['1', '2']);
    });

    it('the wait is a setting: a whole number of days from 1 to 60', () => {
      expect(loadAppConfig({ OUTREACH_ESCALATE_AFTER_DAYS: '7' }).outreach.escalateAfterDays).toBe(7);
      for (const bad of ['0', '61', '2.5', 'three']) {
        expect(() => loadAppConfig({ OUTREACH_ESCALATE_AFTER_DAYS: bad })).toThrow(/OUTREACH_ESCALATE_AFTER_DAYS/);
      }
    });

    it('an order that waited twice the time at once goes to both levels in one run', async () => {
      const topic = `久未处理的点单 ${randomUUID().slice(0, 8)}`;
      const id = await newOrder({ menuItemId: undefined, topic });
      await age(id, 8);
      await run();
      expect((await row(id)).escalationLevel).toBe(2);
      expect(await queued(nanshanAdmin.user.id, 'outreach.order_escalated', topic)).toBe(1);
      expect(await queued(cityAdmin.user.id, 'outreach.order_escalated', topic)).toBe(1);
    });
  });

  describe('bad input is refused with its code, and nothing is written', () => {
    it.each([
      ['a city, not a district', { regionCode: '440300' }, 400, 'NOT_A_DISTRICT'],
      ['an unknown region', { regionCode: '999999' }, 400, 'UNKNOWN_REGION'],
      ['a district the item does not serve', { regionCode: FUTIAN }, 400, 'DISTRICT_NOT_SERVED'],
      ['too few people', { headcount: 10 }, 400, 'HEADCOUNT_OUT_OF_RANGE'],
      ['too many people', { headcount: 201 }, 400, 'HEADCOUNT_OUT_OF_RANGE'],
      [
        'a window inside the lead time',
        { windowFrom: shanghaiDay(1), windowTo: shanghaiDay(6) },
        400,
        'INSIDE_LEAD_TIME',
      ],
      ['an unknown menu item', { menuItemId: randomUUID() }, 409, 'MENU_ITEM_NOT_AVAILABLE'],
      ['a window starting today', { windowFrom: shanghaiDay(0) }, 400, 'VALIDATION_FAILED'],
      [
        'a window ending before it starts',
        { windowFrom: shanghaiDay(20), windowTo: shanghaiDay(19) },
        400,
        'VALIDATION_FAILED',
      ],
      ['a window of more than 366 days', { windowTo: shanghaiDay(10 + 367) }, 400, 'VALIDATION_FAILED'],
      ['a date that does not exist', { windowFrom: '2031-02-30' }, 400, 'VALIDATION_FAILED'],
      ['an audience not in the vocabulary', { audience: 'aliens' }, 400, 'VALIDATION_FAILED'],
      ['no headcount', { headcount: 0 }, 400, 'VALIDATION_FAILED'],
      ['a headcount as text', { headcount: '60' }, 400, 'VALIDATION_FAILED'],
      ['a fractional headcount', { headcount: 60.5 }, 400, 'VALIDATION_FAILED'],
      ['a blank address', { address: '   ' }, 400, 'VALIDATION_FAILED'],
      ['a latitude off the globe', { latitude: 91 }, 400, 'VALIDATION_FAILED'],
      ['a topic too long', { topic: '科'.repeat(101) }, 400, 'VALIDATION_FAILED'],
      ['notes too long', { notes: '注'.repeat(1001) }, 400, 'VALIDATION_FAILED'],
      ['a menu item id that is no id', { menuItemId: 'science-show' }, 400, 'VALIDATION_FAILED'],
      ['no region', { regionCode: undefined }, 400, 'VALIDATION_FAILED'],
    ])('%s', async (_case, overrides, status, code) => {
      const before = await written();
      expect(refused(await order(community, orderBody(overrides)))).toEqual([status, code]);
      expect(await written()).toEqual(before);
    });

    it('refusals say what would be accepted', async () => {
      const few = await order(community, orderBody({ headcount: 5 }));
      expect(few.body.details).toEqual({ min: 20, max: 200 });
      const soon = await order(community, orderBody({ windowFrom: shanghaiDay(2), windowTo: shanghaiDay(3) }));
      expect(soon.body.details).toEqual({ earliest: shanghaiDay(7) });
      const backwards = await order(community, orderBody({ windowFrom: shanghaiDay(0), windowTo: shanghaiDay(-1) }));
      expect(backwards.body.details).toEqual([
        {
          field: 'windowFrom',
          problems: [expect.any(String)],
          messages: [expect.objectContaining({ 'zh-CN': '最早日期须在今天之后' })],
        },
        {
          field: 'windowTo',
          problems: [expect.any(String)],
          messages: [expect.objectContaining({ 'zh-CN': '最晚日期不能早于最早日期' })],
        },
      ]);
      const city = await order(community, orderBody({ regionCode: '440300' }));
      expect(city.body.details).toEqual([
        {
          field: 'regionCode',
          problems: ['440300'],
          messages: [expect.objectContaining({ 'zh-CN': '请选择一个区（不是整个城市）' })],
        },
      ]);
    });

    it('only a member of a verified school or community orders, for its own organisation', async () => {
      const unverifiedSchool = await organisation(t, { kind: 'school', verified: false });
      const teacher = await memberOf(t, unverifiedSchool, 'school');
      const before = await written();
      expect(refused(await order(teacher, orderBody()))).toEqual([409, 'ORDERER_NOT_VERIFIED']);
      expect(refused(await order(community, orderBody({ ordererId: otherCommunity.organisationId })))).toEqual([
        403,
        'FORBIDDEN',
      ]);
      expect(refused(await order(providers[0], orderBody()))).toEqual([403, 'FORBIDDEN']);
      expect(refused(await order(family, orderBody()))).toEqual([403, 'FORBIDDEN']);
      expect(refused(await order(undefined, orderBody()))).toEqual([401, 'UNAUTHORIZED']);
      expect(await written()).toEqual(before);
    });

    it('dispatch, claim and decline bodies are checked too', async () => {
      const id = await newOrder();
      const before = await written();
      expect(refused(await act(nanshanAdmin, id, 'assign', { providerId: 'someone' }))).toEqual([
        400,
        'VALIDATION_FAILED',
      ]);
      expect(refused(await act(nanshanAdmin, id, 'assign', {}))).toEqual([400, 'VALIDATION_FAILED']);
      expect(refused(await act(nanshanAdmin, id, 'cancel', { reason: 'x'.repeat(501) }))).toEqual([
        400,
        'VALIDATION_FAILED',
      ]);
      expect(refused(await act(nanshanAdmin, id, 'cancel', {}))).toEqual([400, 'VALIDATION_FAILED']);
      await act(nanshanAdmin, id, 'open').expect(200);
      const opened = await written();
      // Claiming for an organisation the operator does not run.
      expect(refused(await act(providers[0], id, 'claim', { providerId: providers[1].organisationId }))).toEqual([
        403,
        'FORBIDDEN',
      ]);
      // An open order is offered to every provider, but only the one holding an order may decline it.
      expect(refused(await act(providers[0], id, 'decline', { reason: '还没接单' }))).toEqual([404, 'NOT_FOUND']);
      expect(refused(await act(community, id, 'claim'))).toEqual([403, 'FORBIDDEN']);
      expect(await written()).toEqual(opened);
      expect(opened.orders).toBe(before.orders);
    });
  });

  describe('who may see and do what', () => {
    let id: string;
    beforeAll(async () => {
      id = await newOrder();
    });

    it('anonymous callers must sign in', async () => {
      expect(refused(await call('get', undefined, '/outreach/orders'))).toEqual([401, 'UNAUTHORIZED']);
      expect(refused(await read(undefined, id))).toEqual([401, 'UNAUTHORIZED']);
      expect(refused(await act(undefined, id, 'claim'))).toEqual([401, 'UNAUTHORIZED']);
      expect(refused(await act(undefined, id, 'cancel', { reason: '匿名' }))).toEqual([401, 'UNAUTHORIZED']);
    });

    it('a submitted order is hidden from other communities and from providers; unknown ids are 404', async () => {
      expect(refused(await read(otherCommunity, id))).toEqual([404, 'NOT_FOUND']);
      expect(refused(await read(providers[0], id))).toEqual([404, 'NOT_FOUND']);
      expect(refused(await read(futianProvider, id))).toEqual([404, 'NOT_FOUND']);
      expect(refused(await read(family, id))).toEqual([404, 'NOT_FOUND']);
      expect(refused(await read(community, randomUUID()))).toEqual([404, 'NOT_FOUND']);
      expect(refused(await read(community, 'not-an-id'))).toEqual([404, 'NOT_FOUND']);
      expect(refused(await act(providers[0], id, 'claim'))).toEqual([404, 'NOT_FOUND']);
      expect(refused(await act(otherCommunity, id, 'cancel', { reason: '别人的' }))).toEqual([404, 'NOT_FOUND']);
      expect((await read(community, id).expect(200)).body.status).toBe('submitted');
    });

    it('a board the caller has no role for is refused', async () => {
      expect(refused(await call('get', community, '/outreach/orders?view=provider'))).toEqual([403, 'FORBIDDEN']);
      expect(refused(await call('get', community, '/outreach/orders?view=district'))).toEqual([403, 'FORBIDDEN']);
      expect(refused(await call('get', community, '/outreach/orders?view=open'))).toEqual([403, 'FORBIDDEN']);
      expect(refused(await call('get', providers[0], '/outreach/orders?view=mine'))).toEqual([403, 'FORBIDDEN']);
      expect(refused(await call('get', nanshanAdmin, '/outreach/orders?view=open'))).toEqual([403, 'FORBIDDEN']);
      expect(refused(await call('get', family, '/outreach/orders'))).toEqual([403, 'FORBIDDEN']);
      expect(refused(await call('get', community, '/outreach/orders?view=everything'))).toEqual([
        400,
        'VALIDATION_FAILED',
      ]);
      expect(refused(await call('get', community, '/outreach/orders?status=lost'))).toEqual([400, 'VALIDATION_FAILED']);
    });

    it('boards page and filter', async () => {
      const page = await call(
        'get',
        nanshanAdmin,
        '/outreach/orders?view=district&status=submitted,open&pageSize=1',
      ).expect(200);
      expect(page.body).toMatchObject({ page: 1, pageSize: 1 });
      expect(page.body.items).toHaveLength(1);
      expect(page.body.total).toBeGreaterThan(1);
      // Waiting orders first, the longest waiting first.
      const all = await call('get', nanshanAdmin, '/outreach/orders?view=district&pageSize=100').expect(200);
      const statuses = (all.body.items as { status: string }[]).map((o) => ['submitted', 'open'].includes(o.status));
      expect(statuses).toEqual([...statuses].sort((a, b) => Number(b) - Number(a)));
      const held = await call(
        'get',
        nanshanAdmin,
        `/outreach/orders?view=district&providerId=${assignee.organisationId}`,
      );
      expect(held.body.items.length).toBeGreaterThan(0);
      for (const o of held.body.items) expect(o.provider.id).toBe(assignee.organisationId);
    });
  });
});
