import { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS } from '@kepu/demo';
import { TokensService } from '@kepu/identity/tokens.service';
import { v1 } from '../support/matrix';
import { FUTIAN, memberOf, menuItemBody, NANSHAN, organisation, providerOperator } from '../support/outreach';
import { createDraft, publish } from '../support/register';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

type Caller = { accessToken: string } | undefined;
const ISO_SHANGHAI = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

describe('outreach: the activity menu (科普活动菜单)', () => {
  let t: TestApp;
  let db: DataSource;
  let nanshanAdmin: SignedIn, futianAdmin: SignedIn, cityAdmin: SignedIn, family: SignedIn;
  /** A Nanshan volunteer team's operator, and an operator of a provider in Futian. */
  let provider: Awaited<ReturnType<typeof providerOperator>>;
  let futianProvider: Awaited<ReturnType<typeof providerOperator>>;

  const as = (who: Caller) => (who ? bearer(who) : {});
  const call = (method: 'get' | 'post' | 'put', who: Caller, path: string, body?: object) => {
    const req = t.http()[method](v1(path)).set(as(who));
    return body === undefined ? req : req.send(body);
  };
  const create = (who: Caller, body: object) => call('post', who, '/outreach/menu', body);
  const act = (who: Caller, id: string, verb: 'submit' | 'withdraw') =>
    call('post', who, `/outreach/menu/${id}/${verb}`);
  const review = (who: Caller, id: string, body: object) => call('post', who, `/outreach/menu/${id}/review`, body);
  const row = async (id: string) =>
    (
      await db.query(
        `SELECT status, title, review_comment AS "reviewComment", published_content AS "publishedContent",
                published_district_codes AS "publishedDistrictCodes"
           FROM outreach_menu_items WHERE id = $1`,
        [id],
      )
    )[0];
  const itemCount = async () => (await db.query(`SELECT count(*)::int AS n FROM outreach_menu_items`))[0].n as number;
  /** Notifications queued for an account, oldest first. */
  const notices = async (accountId: string) =>
    (
      await db.query(
        `SELECT topic FROM outbox WHERE aggregate_type = 'notification' AND aggregate_id = $1 ORDER BY id`,
        [accountId],
      )
    ).map((r: { topic: string }) => r.topic);
  /** Events telling the search index that what the public sees of the item changed. */
  const menuChanges = async (id: string) =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM outbox WHERE topic = 'outreach_menu.changed' AND aggregate_type = 'outreach_menu_item' AND aggregate_id = $1`,
        [id],
      )
    )[0].n as number;
  const audits = async (id: string) =>
    (await db.query(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`, [id])).map(
      (r: { action: string }) => r.action,
    );
  /** A new item of the operator's provider, submitted (and approved, if asked) through the API. */
  const submittedItem = async (who: SignedIn, overrides: Record<string, unknown> = {}) => {
    const id = (await create(who, menuItemBody(overrides)).expect(201)).body.id as string;
    await act(who, id, 'submit').expect(200);
    return id;
  };
  const publishedItem = async (who: SignedIn, admin: SignedIn, overrides: Record<string, unknown> = {}) => {
    const id = await submittedItem(who, overrides);
    await review(admin, id, { decision: 'approve' }).expect(200);
    return id;
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [nanshanAdmin, futianAdmin, cityAdmin, family] = await Promise.all(
      ['nanshan-admin', 'futian-admin', 'city-admin', 'family'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
    provider = await providerOperator(t, NANSHAN);
    futianProvider = await providerOperator(t, FUTIAN, 'research_institute');
  });
  afterAll(() => t.close());

  it('goes from draft through review to the public menu, keeps the approved content while an edit waits, and leaves it when withdrawn', async () => {
    const body = menuItemBody({ title: '趣味科学秀 Science Show', districtCodes: [NANSHAN, '440300-DP'] });
    const created = await create(provider, body).expect(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      ...body,
      status: 'draft',
      provider: { id: provider.organisationId, name: expect.stringMatching(/^测试机构/) },
      rating: { average: null, count: 0 },
      publishedContent: null,
      reviewComment: null,
      submittedAt: null,
    });
    expect(created.body.createdAt).toMatch(ISO_SHANGHAI);
    // A draft is nobody's business but the provider's and its reviewers'.
    await call('get', undefined, `/outreach/menu/${id}`).expect(404);
    expect(
      (await call('get', undefined, `/outreach/menu?providerId=${provider.organisationId}`).expect(200)).body,
    ).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });

    const submitted = await act(provider, id, 'submit').expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', submittedAt: expect.stringMatching(ISO_SHANGHAI) });
    expect(await notices(nanshanAdmin.user.id)).toContain('outreach.menu_submitted');
    expect(await notices(futianAdmin.user.id)).not.toContain('outreach.menu_submitted');

    await review(nanshanAdmin, id, { decision: 'request_changes' }).expect(400, /REASON_REQUIRED/);
    await review(nanshanAdmin, id, { decision: 'request_changes', comment: '   ' }).expect(400, /REASON_REQUIRED/);
    expect((await row(id)).status).toBe('submitted');
    const returned = await review(nanshanAdmin, id, { decision: 'request_changes', comment: '请写明适合的年龄段' });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ status: 'changes_requested', reviewComment: '请写明适合的年龄段' });
    expect(returned.body.reviewedAt).toMatch(ISO_SHANGHAI);
    expect(await notices(provider.user.id)).toEqual(['outreach.menu_changes_requested']);

    const edited = await call('put', provider, `/outreach/menu/${id}`, {
      ...body,
      summary: `${body.summary}（适合 7–12 岁）`,
    }).expect(200);
    expect(edited.body).toMatchObject({ status: 'changes_requested', summary: expect.stringContaining('7–12') });
    await act(provider, id, 'submit').expect(200);

    const approved = await review(nanshanAdmin, id, { decision: 'approve' }).expect(200);
    expect(approved.body).toMatchObject({
      status: 'published',
      reviewComment: null,
      publishedContent: {
        title: body.title,
        summary: expect.stringContaining('7–12'),
        districtCodes: [NANSHAN, '440300-DP'],
      },
    });
    expect(await row(id)).toMatchObject({ status: 'published', publishedDistrictCodes: [NANSHAN, '440300-DP'] });
    expect(await menuChanges(id)).toBe(1);
    expect(await notices(provider.user.id)).toEqual(['outreach.menu_changes_requested', 'outreach.menu_approved']);

    // The public sees it, found by each filter and missed by the others.
    await db.query(`UPDATE outreach_menu_items SET rating_count = 3, rating_sum = 13 WHERE id = $1`, [id]);
    const detail = await call('get', undefined, `/outreach/menu/${id}`).expect(200);
    expect(detail.body).toEqual({
      id,
      ...body,
      summary: expect.stringContaining('7–12'),
      // A volunteer team without a venue has no place on the map.
      provider: { id: provider.organisationId, name: expect.any(String), location: null },
      rating: { average: 4.3, count: 3 },
    });
    const found = async (filters: string) =>
      (
        await call('get', undefined, `/outreach/menu?providerId=${provider.organisationId}&${filters}`).expect(200)
      ).body.items.map((i: { id: string }) => i.id);
    for (const hit of [
      `district=${NANSHAN}`,
      'district=440300-DP',
      'format=science_show',
      'theme=physics',
      'audience=families',
      'free=1',
      'q=science%20SHOW',
      'q=%E7%A7%91%E5%AD%A6%E7%A7%80', // 科学秀
      'q=7%E2%80%9312', // from the summary
    ]) {
      expect([hit, await found(hit)]).toEqual([hit, [id]]);
    }
    for (const miss of [
      `district=${FUTIAN}`,
      'format=lecture',
      'theme=astronomy',
      'audience=seniors',
      'free=0',
      'q=%25',
      'q=_',
    ]) {
      expect([miss, await found(miss)]).toEqual([miss, []]);
    }
    const [listed] = (await call('get', undefined, `/outreach/menu?providerId=${provider.organisationId}`)).body.items;
    expect(listed).toEqual(detail.body);

    // An edit of a published item waits for review; the public keeps the approved content meanwhile.
    const editing = await call('put', provider, `/outreach/menu/${id}`, {
      ...body,
      title: '趣味科学秀（新版）',
    }).expect(200);
    expect(editing.body).toMatchObject({
      status: 'submitted',
      title: '趣味科学秀（新版）',
      publishedContent: { title: body.title },
    });
    expect(await notices(nanshanAdmin.user.id)).toEqual(Array(3).fill('outreach.menu_submitted'));
    expect((await call('get', undefined, `/outreach/menu/${id}`).expect(200)).body.title).toBe(body.title);
    expect(
      (await call('get', undefined, `/outreach/menu?providerId=${provider.organisationId}`)).body.items[0].title,
    ).toBe(body.title);
    expect(await menuChanges(id)).toBe(1);
    // Its reviewers see the edit beside what the public sees.
    const reviewersView = (await call('get', nanshanAdmin, `/outreach/menu/${id}`).expect(200)).body;
    expect(reviewersView).toMatchObject({
      status: 'submitted',
      title: '趣味科学秀（新版）',
      publishedContent: { title: body.title },
    });
    await review(nanshanAdmin, id, { decision: 'approve', comment: '同意' }).expect(200);
    expect((await call('get', undefined, `/outreach/menu/${id}`).expect(200)).body.title).toBe('趣味科学秀（新版）');
    expect(await menuChanges(id)).toBe(2);

    // Rejecting a later edit drops it: the item stays on the menu with the content approved before.
    await call('put', provider, `/outreach/menu/${id}`, {
      ...body,
      title: '不合适的标题',
      districtCodes: [FUTIAN],
    }).expect(200);
    const rejected = await review(nanshanAdmin, id, { decision: 'reject', comment: '标题不规范' }).expect(200);
    expect(rejected.body).toMatchObject({
      status: 'published',
      title: '趣味科学秀（新版）',
      districtCodes: [NANSHAN, '440300-DP'],
      reviewComment: '标题不规范',
      publishedContent: { title: '趣味科学秀（新版）' },
    });
    expect((await call('get', undefined, `/outreach/menu/${id}`).expect(200)).body.title).toBe('趣味科学秀（新版）');
    expect(await menuChanges(id)).toBe(2);
    expect((await notices(provider.user.id)).at(-1)).toBe('outreach.menu_edit_rejected');

    const withdrawn = await act(provider, id, 'withdraw').expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    await call('get', undefined, `/outreach/menu/${id}`).expect(404);
    expect((await call('get', undefined, `/outreach/menu?providerId=${provider.organisationId}`)).body.total).toBe(0);
    expect(await menuChanges(id)).toBe(3);
    // Its provider still has it, in its list of every status.
    expect((await call('get', provider, `/outreach/menu/${id}`).expect(200)).body.status).toBe('withdrawn');
    const mine = await call('get', provider, '/outreach/menu/mine').expect(200);
    expect(mine.body.items).toEqual([expect.objectContaining({ id, status: 'withdrawn' })]);

    expect(await audits(id)).toEqual([
      'outreach_menu.created',
      'outreach_menu.submitted',
      'outreach_menu.reviewed',
      'outreach_menu.edited',
      'outreach_menu.submitted',
      'outreach_menu.reviewed',
      'outreach_menu.edited',
      'outreach_menu.reviewed',
      'outreach_menu.edited',
      'outreach_menu.reviewed',
      'outreach_menu.withdrawn',
    ]);
  });

  it("places each item at its provider's venue, and finds the items of an area of the map", async () => {
    type Listed = { id: string; title: string; provider: { id: string; location: unknown } };
    const menu = async (filters: string) =>
      (await call('get', undefined, `/outreach/menu?pageSize=100&${filters}`).expect(200)).body.items as Listed[];
    const ids = (items: Listed[]) => items.map((i) => i.id);

    // The demo science museum is at its venue; the demo volunteer team has none.
    const museum = { latitude: 22.5427, longitude: 114.0889, resourceName: '深圳市科学馆' };
    const [exhibition] = await menu(`providerId=${DEMO_ORGANISATIONS.scienceMuseum}`);
    expect(exhibition).toMatchObject({
      title: '流动科技馆进社区',
      provider: { id: DEMO_ORGANISATIONS.scienceMuseum, name: '深圳市科学馆', location: museum },
    });
    expect((await call('get', undefined, `/outreach/menu/${exhibition.id}`).expect(200)).body.provider).toEqual(
      exhibition.provider,
    );
    const museumOperator = await signIn(t, 'operator@demo.kepu');
    const privateViews = (await call('get', museumOperator, '/outreach/menu/mine').expect(200)).body.items as Listed[];
    expect(privateViews.length).toBeGreaterThan(0);
    expect(privateViews.map((i) => i.provider.location)).toEqual(privateViews.map(() => museum));
    const team = await menu(`providerId=${DEMO_ORGANISATIONS.volunteerTeam}`);
    expect(team.length).toBeGreaterThan(0);
    expect(team.map((i) => i.provider.location)).toEqual(team.map(() => null));

    // A provider's venue is its first published resource by name: not a draft, not the first made.
    const item = await publishedItem(futianProvider, futianAdmin, { title: '福田的地图活动', districtCodes: [FUTIAN] });
    const venue = async (name: string, lat: number, lng: number, published: boolean) => {
      const id = await createDraft(t, futianProvider, { name, location: { lat, lng } });
      if (published) await publish(t, id, futianProvider, cityAdmin);
    };
    const location = async () =>
      (await call('get', undefined, `/outreach/menu/${item}`).expect(200)).body.provider.location as unknown;
    expect(await location()).toBeNull();
    await venue('C 测试馆', 22.7, 114.2, true);
    await venue('A 草稿馆', 22.6, 114.0, false);
    expect(await location()).toEqual({ latitude: 22.7, longitude: 114.2, resourceName: 'C 测试馆' });
    await venue('B 测试馆', 22.53, 114.06, true);
    const located = await location();
    expect(located).toEqual({ latitude: 22.53, longitude: 114.06, resourceName: 'B 测试馆' });
    expect((await call('get', futianProvider, `/outreach/menu/${item}`).expect(200)).body).toMatchObject({
      status: 'published',
      provider: { location: located },
    });

    // "Search this area": items whose provider's venue lies in the box; those without a venue never.
    const shenzhen = await menu('bbox=113.7,22.4,114.7,22.9');
    expect(ids(shenzhen)).toEqual(expect.arrayContaining([item, exhibition.id]));
    expect(ids(shenzhen)).not.toContain(team[0].id);
    expect(shenzhen.every((i) => i.provider.location !== null)).toBe(true);
    expect(ids(await menu('bbox=114.05,22.52,114.07,22.54'))).toEqual([item]);
    // Only the venue that places the provider counts, not its other ones.
    expect(await menu('bbox=114.19,22.69,114.21,22.71')).toEqual([]);
    expect(ids(await menu(`bbox=114.08,22.54,114.09,22.55&providerId=${DEMO_ORGANISATIONS.scienceMuseum}`))).toEqual(
      ids(await menu(`providerId=${DEMO_ORGANISATIONS.scienceMuseum}`)),
    );
    const counted = await call('get', undefined, '/outreach/menu?bbox=114.05,22.52,114.07,22.54').expect(200);
    expect(counted.body.total).toBe(1);

    for (const [bbox, code] of [
      ['114.0,22.5,114.1', 'INVALID_BBOX'],
      ['a,b,c,d', 'INVALID_BBOX'],
      ['114.1,22.5,114.0,22.6', 'INVALID_BBOX'],
      ['114.0,22.5,114.1,91', 'INVALID_BBOX'],
      ['1'.repeat(101), 'VALIDATION_FAILED'],
    ]) {
      const res = await call('get', undefined, `/outreach/menu?bbox=${bbox}`);
      expect([bbox, res.status, res.body.code]).toEqual([bbox, 400, code]);
    }
  });

  it('a first application rejected is over: it cannot be edited, submitted or withdrawn', async () => {
    const id = await submittedItem(provider);
    const rejected = await review(nanshanAdmin, id, { decision: 'reject', comment: '内容与科普无关' }).expect(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      publishedContent: null,
      reviewComment: '内容与科普无关',
    });
    expect((await notices(provider.user.id)).at(-1)).toBe('outreach.menu_rejected');
    expect(await menuChanges(id)).toBe(0);
    await call('put', provider, `/outreach/menu/${id}`, menuItemBody()).expect(409, /MENU_ITEM_NOT_EDITABLE/);
    await act(provider, id, 'submit').expect(409, /MENU_ITEM_NOT_EDITABLE/);
    await act(provider, id, 'withdraw').expect(409, /MENU_ITEM_NOT_EDITABLE/);
    await review(nanshanAdmin, id, { decision: 'approve' }).expect(409, /MENU_ITEM_NOT_SUBMITTED/);
    expect((await row(id)).status).toBe('rejected');
    await call('get', undefined, `/outreach/menu/${id}`).expect(404);
  });

  it('shows each administrator the items of providers in the regions they administer', async () => {
    const nanshanItem = await submittedItem(provider, { title: '南山的活动' });
    const futianItem = await submittedItem(futianProvider, { title: '福田的活动', districtCodes: [FUTIAN] });
    const queue = async (who: SignedIn) => {
      const res = await call('get', who, '/outreach/menu/review-queue?pageSize=100').expect(200);
      expect(res.body.items.every((i: { status: string }) => i.status === 'submitted')).toBe(true);
      return res.body.items.map((i: { id: string }) => i.id) as string[];
    };
    const nanshan = await queue(nanshanAdmin);
    expect(nanshan).toContain(nanshanItem);
    expect(nanshan).not.toContain(futianItem);
    const futian = await queue(futianAdmin);
    expect(futian).toContain(futianItem);
    expect(futian).not.toContain(nanshanItem);
    expect(await queue(cityAdmin)).toEqual(expect.arrayContaining([nanshanItem, futianItem]));
    // The provider's region decides, not the districts an item serves.
    await review(futianAdmin, nanshanItem, { decision: 'approve' }).expect(404);
    await review(nanshanAdmin, futianItem, { decision: 'approve' }).expect(404);
    await review(cityAdmin, futianItem, { decision: 'approve' }).expect(200);
    expect(await queue(futianAdmin)).not.toContain(futianItem);
    expect(await notices(futianAdmin.user.id)).toContain('outreach.menu_submitted');

    await call('get', family, '/outreach/menu/review-queue').expect(403);
    await call('get', provider, '/outreach/menu/review-queue').expect(403);
    await call('get', undefined, '/outreach/menu/review-queue').expect(401);
  });

  it('refuses bad content with a code and writes nothing', async () => {
    const before = await itemCount();
    const createdEntries = async () =>
      (await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'outreach_menu.created'`))[0]
        .n as number;
    const entriesBefore = await createdEntries();
    const longText = (n: number) => '字'.repeat(n);
    const invalid: [string, Record<string, unknown>][] = [
      ['no title', { title: undefined }],
      ['a blank title', { title: '   ' }],
      ['a title too long', { title: longText(61) }],
      ['a summary too long', { summary: longText(1001) }],
      ['an unknown format', { format: 'dance' }],
      ['an unknown theme', { themes: ['cooking'] }],
      ['no theme', { themes: [] }],
      ['an audience twice', { audiences: ['primary', 'primary'] }],
      ['too short', { durationMinutes: 10 }],
      ['a fraction of a minute', { durationMinutes: 90.5 }],
      ['minutes as text', { durationMinutes: '90' }],
      ['no people', { minPeople: 0 }],
      ['too many people', { maxPeople: 5001 }],
      ['no district', { districtCodes: [] }],
      [
        'too many districts',
        { districtCodes: Array.from({ length: 51 }, (_, i) => `4403${String(i).padStart(2, '0')}`) },
      ],
      ['a district twice', { districtCodes: [NANSHAN, NANSHAN] }],
      ['a malformed district', { districtCodes: ["440305'; DROP TABLE regions;--"] }],
      ['a lead time too long', { leadDays: 181 }],
      ['a negative lead time', { leadDays: -1 }],
      ['a negative fee', { feeFen: -1 }],
      ['equipment too long', { hostEquipment: longText(501) }],
      ['a malformed provider', { providerId: 'not-a-uuid' }],
      ['an unknown field', { rating: 5 }],
    ];
    for (const [what, overrides] of invalid) {
      const res = await create(provider, menuItemBody(overrides));
      expect([what, res.status, res.body.code]).toEqual([what, 400, 'VALIDATION_FAILED']);
    }
    const reversed = await create(provider, menuItemBody({ minPeople: 100, maxPeople: 50 })).expect(400);
    expect(reversed.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'maxPeople' }] });
    // Every district served must be a district (or functional area) of the region tree.
    const city = await create(provider, menuItemBody({ districtCodes: [NANSHAN, '440300', '999999'] })).expect(400);
    expect(city.body).toMatchObject({
      code: 'NOT_A_DISTRICT',
      details: [
        { field: 'districtCodes.1', problems: ['440300'] },
        { field: 'districtCodes.2', problems: ['999999'] },
      ],
    });
    // Only a verified organisation provides activities.
    const unverified = await memberOf(t, await organisation(t, { kind: 'ngo', verified: false }), 'operator');
    await create(unverified, menuItemBody()).expect(409, /PROVIDER_NOT_VERIFIED/);
    // An operator of two organisations names the provider.
    const both = await memberOf(t, provider.organisationId, 'operator');
    await db.query(`INSERT INTO role_grants (account_id, role, organisation_id) VALUES ($1, 'operator', $2)`, [
      both.user.id,
      futianProvider.organisationId,
    ]);
    // A new session: the grant added straight in the database counts from its start.
    const twice = await t.app.get(TokensService).startSession(both.user.id);
    await create(twice, menuItemBody()).expect(400, /ORGANISATION_REQUIRED/);
    await call('get', twice, '/outreach/menu/mine').expect(400, /ORGANISATION_REQUIRED/);
    expect(await itemCount()).toBe(before);
    expect(await createdEntries()).toBe(entriesBefore);
    // Named, it works.
    const named = await create(twice, menuItemBody({ providerId: futianProvider.organisationId })).expect(201);
    expect(named.body.provider.id).toBe(futianProvider.organisationId);
  });

  it('refuses bad edits, submissions and reviews and leaves the item as it was', async () => {
    const id = (await create(provider, menuItemBody({ title: '原标题' })).expect(201)).body.id as string;
    const edit = (overrides: Record<string, unknown>) =>
      call('put', provider, `/outreach/menu/${id}`, menuItemBody(overrides));
    await edit({ districtCodes: ['440300'] }).expect(400, /NOT_A_DISTRICT/);
    await edit({ title: '新标题', minPeople: 300, maxPeople: 200 }).expect(400, /VALIDATION_FAILED/);
    await edit({ title: '新标题', providerId: futianProvider.organisationId }).expect(400, /VALIDATION_FAILED/);
    await review(nanshanAdmin, id, { decision: 'approve' }).expect(409, /MENU_ITEM_NOT_SUBMITTED/);
    await act(provider, id, 'submit').expect(200);
    await act(provider, id, 'submit').expect(409, /MENU_ITEM_NOTHING_TO_SUBMIT/);
    await review(nanshanAdmin, id, { decision: 'maybe' }).expect(400, /VALIDATION_FAILED/);
    await review(nanshanAdmin, id, { decision: 'reject', comment: '字'.repeat(501) }).expect(400, /VALIDATION_FAILED/);
    await review(nanshanAdmin, id, { decision: 'reject' }).expect(400, /REASON_REQUIRED/);
    expect(await row(id)).toMatchObject({
      status: 'submitted',
      title: '原标题',
      reviewComment: null,
      publishedContent: null,
    });
    await review(nanshanAdmin, id, { decision: 'approve' }).expect(200);
    await act(provider, id, 'submit').expect(409, /MENU_ITEM_NOTHING_TO_SUBMIT/);
    await review(nanshanAdmin, id, { decision: 'approve' }).expect(409, /MENU_ITEM_NOT_SUBMITTED/);
    expect(await audits(id)).toEqual(['outreach_menu.created', 'outreach_menu.submitted', 'outreach_menu.reviewed']);
    await call('get', undefined, '/outreach/menu/not-a-uuid').expect(404);
    await call('put', provider, '/outreach/menu/00000000-0000-4000-8000-000000000000', menuItemBody()).expect(404);

    for (const query of [
      'format=dance',
      'theme=cooking',
      'audience=everyone',
      'free=maybe',
      `q=${'x'.repeat(51)}`,
      'district=%20',
      'providerId=x',
      'pageSize=101',
    ]) {
      const res = await call('get', undefined, `/outreach/menu?${query}`);
      expect([query, res.status, res.body.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }
  });

  it('shows private items only to their provider and reviewers, and lets only them act', async () => {
    const draft = (await create(provider, menuItemBody({ title: '私有草稿' })).expect(201)).body.id as string;
    const live = await publishedItem(provider, nanshanAdmin, { title: '公开活动' });
    const before = await row(draft);

    // Reads: the draft is hidden from outsiders; the published item shows them its public view only.
    for (const who of [undefined, family, futianProvider, futianAdmin]) {
      await call('get', who, `/outreach/menu/${draft}`).expect(404);
      const pub = await call('get', who, `/outreach/menu/${live}`).expect(200);
      expect(pub.body).not.toHaveProperty('status');
    }
    for (const who of [provider, nanshanAdmin, cityAdmin]) {
      expect((await call('get', who, `/outreach/menu/${draft}`).expect(200)).body.status).toBe('draft');
    }
    await call('get', futianProvider, `/outreach/menu/mine?providerId=${provider.organisationId}`).expect(404);
    await call('get', family, '/outreach/menu/mine').expect(403);
    await call('get', undefined, '/outreach/menu/mine').expect(401);
    const reviewersMine = await call(
      'get',
      nanshanAdmin,
      `/outreach/menu/mine?providerId=${provider.organisationId}`,
    ).expect(200);
    expect(reviewersMine.body.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([draft, live]));

    // Writes: anonymous 401; outsiders 404; the region's administrators may review but not write; operators may not review.
    const writes = (id: string) => [
      (who: Caller) => call('put', who, `/outreach/menu/${id}`, menuItemBody({ title: '改坏了' })),
      (who: Caller) => act(who, id, 'submit'),
      (who: Caller) => act(who, id, 'withdraw'),
    ];
    for (const write of writes(draft)) {
      await write(undefined).expect(401);
      for (const outsider of [family, futianProvider, futianAdmin]) await write(outsider).expect(404);
      await write(nanshanAdmin).expect(403);
    }
    await create(undefined, menuItemBody()).expect(401);
    await create(family, menuItemBody()).expect(403);
    await create(futianProvider, menuItemBody({ providerId: provider.organisationId })).expect(403);
    await create(nanshanAdmin, menuItemBody({ providerId: provider.organisationId })).expect(403);
    await act(provider, draft, 'submit').expect(200);
    await review(undefined, draft, { decision: 'approve' }).expect(401);
    for (const outsider of [family, futianProvider, futianAdmin]) {
      await review(outsider, draft, { decision: 'approve' }).expect(404);
    }
    await review(provider, draft, { decision: 'approve' }).expect(403);
    expect(await row(draft)).toEqual({ ...before, status: 'submitted' });
    expect(await menuChanges(draft)).toBe(0);
    // A withdrawal by an outsider leaves the published item on the menu.
    await act(futianProvider, live, 'withdraw').expect(404);
    await act(nanshanAdmin, live, 'withdraw').expect(403);
    await call('get', undefined, `/outreach/menu/${live}`).expect(200);
  });
});
