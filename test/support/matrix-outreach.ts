import { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS } from '@kepu/demo';
import { entryFor as entry, publicRead, shared, v1 } from './matrix';
import type { Entry, Outcomes, Who } from './matrix';
import { FUTIAN, menuItemBody, NANSHAN, publishedMenuItem, shanghaiDay } from './outreach';
import { bearer, signIn, SignedIn } from './sessions';
import { TokensService } from '@kepu/identity/tokens.service';
import type { TestApp } from './test-app';

interface Context {
  t: TestApp;
  sessions: Record<Exclude<Who, 'anonymous'>, SignedIn>;
}

/**
 * Outreach (docs/outreach.md). Menu items belong to `operator`'s science museum (registered in
 * Futian): its operators write them, Futian's and the city's administrators review them and are
 * refused the provider's part (403), everyone else is told an unpublished item does not exist (404).
 * Orders are the demo community's (`community`, Nanshan), dispatched by Nanshan's and the city's
 * administrators, taken by the science museum (`operator`; the demo observatory, `operator2`,
 * serves Nanshan too); each side does its part and is refused the others' (403), strangers 404.
 * Activities that volunteers join are the Nanshan volunteer team's, whose volunteer is `volunteer`.
 */
export function outreachEntries(context: () => Context): Entry[] {
  const ok = (res: { status: number; body: unknown }, what: string) => {
    if (res.status >= 300) throw new Error(`${what} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string };
  };
  const post = (who: SignedIn, path: string, body: object = {}) =>
    context().t.http().post(v1(path)).set(bearer(who)).send(body);
  const draft = async () => {
    const { sessions } = context();
    return ok(await post(sessions.operator, '/outreach/menu', menuItemBody({ districtCodes: [FUTIAN] })), 'draft').id;
  };
  const submitted = async () => {
    const id = await draft();
    ok(await post(context().sessions.operator, `/outreach/menu/${id}/submit`), 'submit');
    return id;
  };
  const published = shared(() =>
    publishedMenuItem(context().t, {
      organisationId: DEMO_ORGANISATIONS.scienceMuseum,
      user: context().sessions.operator.user,
    }),
  );
  /** The provider's own part: its operators; the administrators above it 403; others 404. */
  const providers = (status: number): Outcomes => ({
    expect: { anonymous: 401, operator: status, futianAdmin: 403, cityAdmin: 403 },
    others: 404,
  });
  const reviewers = (status: number): Outcomes => ({
    expect: { anonymous: 401, futianAdmin: status, cityAdmin: status, operator: 403 },
    others: 404,
  });
  const administrators: Outcomes = {
    expect: { anonymous: 401, futianAdmin: 200, nanshanAdmin: 200, cityAdmin: 200, systemAdmin: 200 },
    others: 403,
  };
  const operators: Outcomes = { expect: { anonymous: 401, operator: 200, operator2: 200 }, others: 403 };

  return [
    publicRead('/outreach/menu', '/outreach/menu?district=440304'),
    publicRead('/outreach/menu/{id}', async () => `/outreach/menu/${await published()}`, 'a published item: public'),
    entry('GET', '/outreach/menu/{id}', 'a draft: its provider and the administrators above it', {
      action: 'outreach_menu.read_private',
      prepare: async () => ({ path: v1(`/outreach/menu/${await draft()}`) }),
      expect: { operator: 200, futianAdmin: 200, cityAdmin: 200 },
      others: 404,
    }),
    entry('GET', '/outreach/menu/mine', "an operator's own organisation's items", {
      prepare: async () => ({ path: v1('/outreach/menu/mine') }),
      ...operators,
    }),
    entry('GET', '/outreach/menu/review-queue', "administrators, each their own regions' items", {
      action: 'outreach_menu.review_queue',
      prepare: async () => ({ path: v1('/outreach/menu/review-queue') }),
      ...administrators,
    }),
    entry('POST', '/outreach/menu', 'for the science museum: its operators', {
      action: 'outreach_menu.create',
      prepare: async () => ({
        path: v1('/outreach/menu'),
        body: { ...menuItemBody({ districtCodes: [FUTIAN] }), providerId: DEMO_ORGANISATIONS.scienceMuseum },
      }),
      expect: { anonymous: 401, operator: 201 },
      others: 403,
    }),
    entry('PUT', '/outreach/menu/{id}', 'a draft', {
      action: 'outreach_menu.edit',
      prepare: async () => ({
        path: v1(`/outreach/menu/${await draft()}`),
        body: menuItemBody({ districtCodes: [FUTIAN] }),
      }),
      ...providers(200),
    }),
    entry('POST', '/outreach/menu/{id}/submit', 'a draft', {
      prepare: async () => ({ path: v1(`/outreach/menu/${await draft()}/submit`) }),
      ...providers(200),
    }),
    entry('POST', '/outreach/menu/{id}/withdraw', 'a draft', {
      prepare: async () => ({ path: v1(`/outreach/menu/${await draft()}/withdraw`) }),
      ...providers(200),
    }),
    entry('POST', '/outreach/menu/{id}/review', 'a submitted item: the administrators of its region', {
      action: 'outreach_menu.review',
      prepare: async () => ({
        path: v1(`/outreach/menu/${await submitted()}/review`),
        body: { decision: 'approve' },
      }),
      ...reviewers(200),
    }),
    ...orderEntries(context, ok),
    ...directoryEntries(context, ok),
  ];
}

/**
 * The expert pool: an application belongs to its account, reviewed by the administrators of its
 * home district (Nanshan here); the public sees approved experts who consented.
 */
function directoryEntries(context: () => Context, ok: Ok): Entry[] {
  const application = {
    name: '测试专家',
    title: '研究员',
    organisationName: '某研究所',
    fields: ['astronomy'],
    regionCode: NANSHAN,
    districtCodes: [NANSHAN],
    languages: ['zh'],
    profile: '从事天文科普多年。',
    publicProfile: true,
  };
  /** A Nanshan application of a new account, waiting for review. */
  const submitted = async () => {
    const { t } = context();
    const [account]: { id: string }[] = await t.app.get(DataSource).query(
      `INSERT INTO accounts (email, display_name, password_hash, verified_at)
         VALUES ('expert-' || gen_random_uuid() || '@test.kepu', '申请人', '!', now()) RETURNING id`,
    );
    const session = await t.app.get(TokensService).startSession(account.id);
    return ok(await t.http().post(v1('/experts')).set(bearer(session)).send(application), 'apply').id;
  };
  const demoExpert = shared(async () => {
    const [row]: { id: string }[] = await context()
      .t.app.get(DataSource)
      .query(`SELECT id FROM outreach_experts WHERE public_profile AND status = 'approved' ORDER BY name LIMIT 1`);
    return row.id;
  });
  const admins: Outcomes = {
    expect: { anonymous: 401, futianAdmin: 200, nanshanAdmin: 200, cityAdmin: 200, systemAdmin: 200 },
    others: 403,
  };
  /** Own application: none of the callers has one (the rows above show whose it is). */
  const own = (method: Entry['method']) =>
    entry(method, '/experts/me', "the caller's own application; none of these callers applied", {
      prepare: async () => ({ path: v1('/experts/me'), body: method === 'PUT' ? application : undefined }),
      expect: { anonymous: 401 },
      others: 404,
    });
  return [
    publicRead('/experts'),
    publicRead('/experts/{id}', async () => `/experts/${await demoExpert()}`, 'an approved expert who consented'),
    entry('GET', '/experts/{id}', 'waiting for review: the applicant and the administrators of its district', {
      action: 'expert.read_private',
      prepare: async () => ({ path: v1(`/experts/${await submitted()}`) }),
      expect: { nanshanAdmin: 200, cityAdmin: 200 },
      others: 404,
    }),
    entry('POST', '/experts', 'any verified account, for itself', {
      action: 'expert.apply',
      prepare: async () => ({ path: v1('/experts'), body: application, caller: 'fresh account' }),
      expect: { anonymous: 401 },
      others: 201,
    }),
    own('GET'),
    own('PUT'),
    own('DELETE'),
    entry('GET', '/experts/review-queue', "administrators, each their own regions' applications", {
      action: 'expert.review_queue',
      prepare: async () => ({ path: v1('/experts/review-queue') }),
      ...admins,
    }),
    entry('POST', '/experts/{id}/review', "a Nanshan application: Nanshan's and the city's administrators", {
      action: 'expert.review',
      prepare: async () => ({ path: v1(`/experts/${await submitted()}/review`), body: { decision: 'approve' } }),
      expect: { anonymous: 401, nanshanAdmin: 200, cityAdmin: 200 },
      others: 404,
    }),
    publicRead('/outreach/search', '/outreach/search?q=kexue'),
  ];
}

type Ok = (res: { status: number; body: unknown }, what: string) => { id: string };

/** Orders and their delivery (docs/outreach.md, "Orders", "Delivery and volunteer hours"). */
function orderEntries(context: () => Context, ok: Ok): Entry[] {
  const db = () => context().t.app.get(DataSource);
  const post = (who: SignedIn, path: string, body: object = {}) =>
    context().t.http().post(v1(path)).set(bearer(who)).send(body);
  const teamLead = shared(() => signIn(context().t, 'volunteer-lead@demo.kepu'));
  /** A free request of the demo community in Nanshan, waiting for the district. */
  const submitted = async () =>
    ok(
      await post(context().sessions.community, '/outreach/orders', {
        topic: '家庭应急知识讲座',
        audience: 'adults',
        headcount: 40,
        address: '南山区科技园社区党群服务中心',
        latitude: 22.54,
        longitude: 113.95,
        regionCode: NANSHAN,
        windowFrom: shanghaiDay(10),
        windowTo: shanghaiDay(20),
      }),
      'order',
    ).id;
  const opened = async () => {
    const id = await submitted();
    ok(await post(context().sessions.nanshanAdmin, `/outreach/orders/${id}/open`), 'open');
    return id;
  };
  /** Held by a provider: the science museum, or (`team`) the Nanshan volunteer team. */
  const taken = async (team = false) => {
    const id = await submitted();
    const providerId = team ? DEMO_ORGANISATIONS.volunteerTeam : DEMO_ORGANISATIONS.scienceMuseum;
    ok(await post(context().sessions.nanshanAdmin, `/outreach/orders/${id}/assign`, { providerId }), 'assign');
    return id;
  };
  const scheduleBody = (leadId: string) => ({
    startsAt: `${shanghaiDay(12)}T14:00:00+08:00`,
    endsAt: `${shanghaiDay(12)}T15:30:00+08:00`,
    leadId,
  });
  const scheduled = async (team = false) => {
    const id = await taken(team);
    const lead = team ? await teamLead() : context().sessions.operator;
    ok(await post(lead, `/outreach/orders/${id}/schedule`, scheduleBody(lead.user.id)), 'schedule');
    return id;
  };
  const confirmed = async (team = false) => {
    const id = await scheduled(team);
    ok(await post(context().sessions.community, `/outreach/orders/${id}/confirm`), 'confirm');
    return id;
  };
  const activityOf = async (orderId: string) =>
    (await db().query(`SELECT id, sign_code AS code FROM outreach_activities WHERE order_id = $1`, [orderId]))[0] as {
      id: string;
      code: string;
    };
  /** Moves the activity so that it started `minutes` ago and lasts 90 minutes. */
  const startedAgo = async (orderId: string, minutes: number) => {
    await db().query(
      `UPDATE outreach_activities SET starts_at = now() - make_interval(mins => $2),
              ends_at = now() - make_interval(mins => $2) + interval '90 minutes' WHERE order_id = $1`,
      [orderId, minutes],
    );
  };
  const completed = async () => {
    const id = await confirmed();
    await startedAgo(id, 120);
    ok(await post(context().sessions.operator, `/outreach/orders/${id}/complete`, { peopleReached: 35 }), 'complete');
    return id;
  };
  const readOne = shared(submitted);

  /**
   * One side's part of an order: that side; the other parties 403 (the provider is one only once it
   * holds the order); strangers 404.
   */
  const side = (who: 'community' | 'operator' | 'admins', status: number, held = true): Outcomes => {
    const parties: Partial<Record<Who, number>> = {
      community: 403,
      nanshanAdmin: 403,
      cityAdmin: 403,
      ...(held ? { operator: 403 } : {}),
    };
    const mine: Partial<Record<Who, number>> =
      who === 'admins' ? { nanshanAdmin: status, cityAdmin: status } : { [who]: status };
    return { expect: { anonymous: 401, ...parties, ...mine }, others: 404 };
  };
  /** The Nanshan team's activities: its volunteers; the order's parties 403; strangers 404. */
  const volunteers: Outcomes = {
    expect: { anonymous: 401, volunteer: 200, community: 403, nanshanAdmin: 403, cityAdmin: 403 },
    others: 404,
  };

  return [
    entry('POST', '/outreach/orders', 'for the caller’s own school or community', {
      action: 'outreach_order.create',
      prepare: async () => ({
        path: v1('/outreach/orders'),
        body: {
          topic: '科学小实验',
          audience: 'primary',
          headcount: 30,
          address: '南山区某学校',
          latitude: 22.53,
          longitude: 113.93,
          regionCode: NANSHAN,
          windowFrom: shanghaiDay(10),
          windowTo: shanghaiDay(20),
        },
      }),
      expect: { anonymous: 401, community: 201, school: 201, school2: 201 },
      others: 403,
    }),
    entry('GET', '/outreach/orders', 'view=mine: schools and communities', {
      prepare: async () => ({ path: v1('/outreach/orders?view=mine') }),
      expect: { anonymous: 401, community: 200, school: 200, school2: 200 },
      others: 403,
    }),
    entry('GET', '/outreach/orders', 'view=open: providers (operators)', {
      prepare: async () => ({ path: v1('/outreach/orders?view=open') }),
      expect: { anonymous: 401, operator: 200, operator2: 200 },
      others: 403,
    }),
    entry('GET', '/outreach/orders', 'view=district: administrators', {
      prepare: async () => ({ path: v1('/outreach/orders?view=district') }),
      expect: { anonymous: 401, nanshanAdmin: 200, futianAdmin: 200, cityAdmin: 200 },
      others: 403,
    }),
    entry('GET', '/outreach/orders/{id}', 'waiting for Nanshan: the orderer and the administrators of the place', {
      action: 'outreach_order.read',
      prepare: async () => ({ path: v1(`/outreach/orders/${await readOne()}`) }),
      expect: { anonymous: 401, community: 200, nanshanAdmin: 200, cityAdmin: 200 },
      others: 404,
    }),
    entry('GET', '/outreach/orders/{id}', 'open for claims: every provider may read it', {
      prepare: async () => ({ path: v1(`/outreach/orders/${await opened()}`) }),
      expect: { anonymous: 401, community: 200, nanshanAdmin: 200, cityAdmin: 200, operator: 200, operator2: 200 },
      others: 404,
    }),
    entry('POST', '/outreach/orders/{id}/open', 'the administrators of the place', {
      action: 'outreach_order.dispatch',
      prepare: async () => ({ path: v1(`/outreach/orders/${await submitted()}/open`) }),
      ...side('admins', 200, false),
    }),
    entry('POST', '/outreach/orders/{id}/assign', 'to the science museum: the administrators of the place', {
      prepare: async () => ({
        path: v1(`/outreach/orders/${await submitted()}/assign`),
        body: { providerId: DEMO_ORGANISATIONS.scienceMuseum },
      }),
      ...side('admins', 200, false),
    }),
    entry('POST', '/outreach/orders/{id}/claim', 'open: providers serving Nanshan; its parties 403', {
      action: 'outreach_order.claim',
      prepare: async () => ({ path: v1(`/outreach/orders/${await opened()}/claim`) }),
      expect: { anonymous: 401, operator: 200, operator2: 200, community: 403, nanshanAdmin: 403, cityAdmin: 403 },
      others: 404,
    }),
    entry('POST', '/outreach/orders/{id}/decline', 'held by the science museum: its operators', {
      action: 'outreach_order.provide',
      prepare: async () => ({ path: v1(`/outreach/orders/${await taken()}/decline`), body: { reason: '人手不足' } }),
      ...side('operator', 200),
    }),
    entry('POST', '/outreach/orders/{id}/cancel', 'the orderer and the administrators of the place', {
      action: 'outreach_order.cancel',
      prepare: async () => ({ path: v1(`/outreach/orders/${await submitted()}/cancel`), body: { reason: '日期有变' } }),
      expect: { anonymous: 401, community: 200, nanshanAdmin: 200, cityAdmin: 200 },
      others: 404,
    }),
    entry('POST', '/outreach/orders/{id}/schedule', 'held by the science museum: its operators', {
      prepare: async () => ({
        path: v1(`/outreach/orders/${await taken()}/schedule`),
        body: scheduleBody(context().sessions.operator.user.id),
      }),
      ...side('operator', 200),
    }),
    entry('POST', '/outreach/orders/{id}/confirm', 'scheduled: the orderer', {
      action: 'outreach_order.respond',
      prepare: async () => ({ path: v1(`/outreach/orders/${await scheduled()}/confirm`) }),
      ...side('community', 200),
    }),
    entry('POST', '/outreach/orders/{id}/complete', 'confirmed and over: the provider', {
      prepare: async () => {
        const id = await confirmed();
        await startedAgo(id, 120);
        return { path: v1(`/outreach/orders/${id}/complete`), body: { peopleReached: 35 } };
      },
      ...side('operator', 200),
    }),
    entry('POST', '/outreach/orders/{id}/rating', 'completed: the orderer', {
      prepare: async () => ({ path: v1(`/outreach/orders/${await completed()}/rating`), body: { score: 4 } }),
      ...side('community', 200),
    }),
    entry('GET', '/outreach/activities', "view=volunteer: a volunteer's teams' activities (none for others)", {
      prepare: async () => ({ path: v1('/outreach/activities?view=volunteer') }),
      expect: { anonymous: 401 },
      others: 200,
    }),
    entry('GET', '/outreach/activities/{id}', "the science museum's: its parties", {
      prepare: async () => ({ path: v1(`/outreach/activities/${(await activityOf(await scheduled())).id}`) }),
      expect: { anonymous: 401, operator: 200, community: 200, nanshanAdmin: 200, cityAdmin: 200 },
      others: 404,
    }),
    entry('POST', '/outreach/activities/{id}/join', "the Nanshan team's: its volunteers", {
      action: 'outreach_activity.volunteer',
      prepare: async () => ({ path: v1(`/outreach/activities/${(await activityOf(await confirmed(true))).id}/join`) }),
      ...volunteers,
    }),
    entry('DELETE', '/outreach/activities/{id}/join', "the Nanshan team's: its volunteers", {
      prepare: async () => ({ path: v1(`/outreach/activities/${(await activityOf(await confirmed(true))).id}/join`) }),
      ...volunteers,
    }),
    ...(['sign-in', 'sign-out'] as const).map((verb) =>
      entry('POST', `/outreach/activities/{id}/${verb}`, "the Nanshan team's, under way, with its code", {
        prepare: async () => {
          const orderId = await confirmed(true);
          await startedAgo(orderId, 10);
          const activity = await activityOf(orderId);
          if (verb === 'sign-out') {
            // The volunteer signed in already; the others are refused before their own sign-in matters.
            await post(context().sessions.volunteer, `/outreach/activities/${activity.id}/sign-in`, {
              code: activity.code,
            });
          }
          return { path: v1(`/outreach/activities/${activity.id}/${verb}`), body: { code: activity.code } };
        },
        ...volunteers,
      }),
    ),
    entry('GET', '/volunteers/me', 'any signed-in account (empty unless a volunteer)', {
      prepare: async () => ({ path: v1('/volunteers/me') }),
      expect: { anonymous: 401 },
      others: 200,
    }),
    entry('PUT', '/volunteers/me/profile', 'own profile', {
      prepare: async () => ({
        path: v1('/volunteers/me/profile'),
        body: { realName: '测试志愿者', skills: ['讲解'], districtCodes: [NANSHAN] },
        caller: 'fresh account',
      }),
      expect: { anonymous: 401 },
      others: 200,
    }),
    entry(
      'POST',
      '/volunteers/{accountId}/hours',
      "for the Nanshan team's volunteer: Nanshan's and the city's administrators",
      {
        action: 'volunteer_hours.add',
        prepare: async () => ({
          path: v1(`/volunteers/${context().sessions.volunteer.user.id}/hours`),
          body: { teamId: DEMO_ORGANISATIONS.volunteerTeam, minutes: 60, reason: '纸质签到表补录' },
        }),
        expect: { anonymous: 401, nanshanAdmin: 201, cityAdmin: 201 },
        others: 403,
      },
    ),
  ];
}
