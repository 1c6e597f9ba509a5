import { DataSource } from 'typeorm';
import { createDraft, publish, resourceBody, uploadPhoto } from '../support/register';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

describe('register lifecycle: draft → district review → city review → published, revisions, moderation', () => {
  let t: TestApp;
  let operator: SignedIn, operator2: SignedIn, futian: SignedIn, nanshan: SignedIn, city: SignedIn, family: SignedIn;
  const get = (path: string, who?: SignedIn) => {
    const req = t.http().get(`/api/v1${path}`);
    return who ? req.set(bearer(who)) : req;
  };
  const post = (path: string, who: SignedIn, body: object = {}) =>
    t.http().post(`/api/v1${path}`).set(bearer(who)).send(body);
  const patch = (path: string, who: SignedIn, body: object) =>
    t.http().patch(`/api/v1${path}`).set(bearer(who)).send(body);
  const outboxFor = async (id: string) =>
    (await t.app.get(DataSource).query(`SELECT topic FROM outbox WHERE aggregate_id = $1 ORDER BY id`, [id])).map(
      (row: { topic: string }) => row.topic,
    );

  beforeAll(async () => {
    t = await startTestApp();
    [operator, operator2, futian, nanshan, city, family] = await Promise.all(
      ['operator', 'operator2', 'futian-admin', 'nanshan-admin', 'city-admin', 'family'].map((who) =>
        signIn(t, `${who}@demo.kepu`),
      ),
    );
  });
  afterAll(() => t.close());

  it('takes a new venue from draft to published through two review levels', async () => {
    const created = await post(
      '/resources',
      operator,
      resourceBody({ name: '福田少儿科学探索馆', admission: undefined }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      name: '福田少儿科学探索馆',
      revision: 1,
      pendingRevision: { state: 'draft' },
    });
    const id = created.body.id as string;

    // A draft exists for its organisation and the admins above it; for everyone else it does not.
    await get(`/resources/${id}`).expect(404);
    await get(`/resources/${id}`, family).expect(404);
    await get(`/resources/${id}`, operator2).expect(404);
    await get(`/resources/${id}`, nanshan).expect(404);
    await get(`/resources/${id}`, futian).expect(200);

    const incomplete = await post(`/resources/${id}/submit`, operator);
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.code).toBe('INCOMPLETE_RESOURCE');
    expect(incomplete.body.details).toEqual([
      {
        field: 'admission',
        problems: [expect.any(String)],
        messages: [{ 'zh-CN': '提交审核前请填写这一项', en: 'Fill this in before submitting for review' }],
      },
    ]);

    await patch(`/resources/${id}`, operator, { admission: { free: true, prices: [], concessions: [] } }).expect(200);
    expect((await post(`/resources/${id}/submit`, operator).expect(200)).body.status).toBe('submitted');
    expect((await patch(`/resources/${id}`, operator, { address: '改地址' })).body.code).toBe('RESOURCE_UNDER_REVIEW');

    // Not theirs to review: the operator (403), another district's admin (404).
    expect((await post(`/resources/${id}/review`, operator, { decision: 'approve' })).status).toBe(403);
    expect((await post(`/resources/${id}/review`, nanshan, { decision: 'approve' })).status).toBe(404);
    const noReason = await post(`/resources/${id}/review`, futian, { decision: 'reject' });
    expect([noReason.status, noReason.body.code]).toEqual([400, 'REASON_REQUIRED']);

    const returned = await post(`/resources/${id}/review`, futian, {
      decision: 'request_changes',
      comment: '请补充交通信息',
    });
    expect(returned.body.status).toBe('changes_requested');
    await patch(`/resources/${id}`, operator, { transport: '地铁1号线购物公园站' }).expect(200);
    await post(`/resources/${id}/submit`, operator).expect(200);

    const districtQueue = (await get('/resources/review-queue', futian).expect(200)).body;
    expect(districtQueue.items.map((i: { resourceId: string }) => i.resourceId)).toContain(id);
    const item = districtQueue.items.find((i: { resourceId: string }) => i.resourceId === id);
    expect(item.firstApplication).toBe(true);
    expect(item.changes).toEqual(
      expect.arrayContaining([{ field: 'name', before: undefined, after: '福田少儿科学探索馆' }]),
    );

    expect((await post(`/resources/${id}/review`, futian, { decision: 'approve' }).expect(200)).body.status).toBe(
      'city_review',
    );
    // The district has done its part: the city stage is not theirs.
    expect((await post(`/resources/${id}/review`, futian, { decision: 'approve' })).status).toBe(403);
    expect(
      (await get('/resources/review-queue', futian)).body.items.map((i: { resourceId: string }) => i.resourceId),
    ).not.toContain(id);
    expect(
      (await get('/resources/review-queue', city)).body.items.map((i: { resourceId: string }) => i.resourceId),
    ).toContain(id);

    expect((await post(`/resources/${id}/review`, city, { decision: 'approve' }).expect(200)).body.status).toBe(
      'published',
    );
    const pub = (await get(`/resources/${id}`).expect(200)).body;
    expect(pub).toMatchObject({
      status: 'published',
      transport: '地铁1号线购物公园站',
      organisation: { verified: true },
    });
    expect(pub.pendingRevision).toBeUndefined();
    expect((await get('/resources?q=少儿科学探索').expect(200)).body.items.map((r: { id: string }) => r.id)).toEqual([
      id,
    ]);
    expect(await outboxFor(id)).toEqual(['resource.published']);

    const history = (await get(`/resources/${id}/history`, operator).expect(200)).body;
    expect(history.map((h: { action: string }) => h.action)).toEqual([
      'resource.create',
      'resource.update',
      'resource.submit',
      'resource.review',
      'resource.update',
      'resource.submit',
      'resource.review',
      'resource.review',
    ]);
    expect(history[3]).toMatchObject({
      actor: { displayName: '福田区科协管理员（演示）' },
      details: { decision: 'request_changes', comment: '请补充交通信息' },
    });
    expect(history[4].details.changes).toEqual([{ field: 'transport', before: null, after: '地铁1号线购物公园站' }]);
    await get(`/resources/${id}/history`, family).expect(404);
  });

  it('keeps showing the approved version while an edit is reviewed, with a diff for the reviewer', async () => {
    const id = await createDraft(t, operator, { name: '旧名称科普馆' });
    await publish(t, id, operator, city);
    const photo = await uploadPhoto(t, operator);

    await patch(`/resources/${id}`, operator, {
      name: '新名称科普馆',
      photos: [{ mediaId: photo, caption: '外景' }],
      exhibits: [{ name: '铁陨石', category: 'specimen', explanation: '这块石头来自太空，主要由铁和镍组成。' }],
    }).expect(200);
    const publicView = (await get(`/resources/${id}`).expect(200)).body;
    expect(publicView.name).toBe('旧名称科普馆');
    expect(publicView.exhibits).toEqual([]);
    const ownerView = (await get(`/resources/${id}`, operator).expect(200)).body;
    expect(ownerView.pendingRevision).toMatchObject({ number: 2, state: 'draft' });

    const copy = (await get(`/resources/${id}/working-copy`, operator).expect(200)).body;
    expect(copy.content.name).toBe('新名称科普馆');
    expect(copy.changes.map((c: { field: string }) => c.field)).toEqual(
      expect.arrayContaining(['name', 'photos', `exhibits[${copy.content.exhibits[0].id}]`]),
    );

    await post(`/resources/${id}/submit`, operator).expect(200);
    expect((await get(`/resources/${id}`).expect(200)).body.name).toBe('旧名称科普馆');
    // A city administrator may approve directly, at the district stage.
    await post(`/resources/${id}/review`, city, { decision: 'approve' }).expect(200);
    const after = (await get(`/resources/${id}`).expect(200)).body;
    expect(after).toMatchObject({ name: '新名称科普馆', revision: 2, photos: [{ mediaId: photo, caption: '外景' }] });
    expect(after.exhibits[0]).toMatchObject({ name: '铁陨石', category: 'specimen' });
    await get(after.photos[0].mediaId ? `/media/${photo}` : '')
      .expect(200)
      .expect('Content-Type', 'image/png');
    expect(await outboxFor(id)).toEqual(['resource.published', 'resource.published']);

    // A rejected edit leaves the published version alone.
    await patch(`/resources/${id}`, operator, { name: '不该出现的名称' }).expect(200);
    await post(`/resources/${id}/submit`, operator).expect(200);
    await post(`/resources/${id}/review`, futian, { decision: 'reject', comment: '名称不规范' }).expect(200);
    const rejected = (await get(`/resources/${id}`, operator).expect(200)).body;
    expect(rejected).toMatchObject({ name: '新名称科普馆', status: 'published', pendingRevision: null });
  });

  it('lets the district admin suspend, withdraw and restore, hiding the resource meanwhile', async () => {
    const id = await createDraft(t, operator);
    await publish(t, id, operator, futian, city);
    expect((await post(`/resources/${id}/suspend`, nanshan, { reason: 'x' })).status).toBe(404);
    expect((await post(`/resources/${id}/suspend`, operator, { reason: 'x' })).status).toBe(403);
    expect((await post(`/resources/${id}/suspend`, futian)).body.code).toBe('REASON_REQUIRED');
    expect((await post(`/resources/${id}/suspend`, futian, { reason: '场馆装修' }).expect(200)).body.status).toBe(
      'suspended',
    );
    await get(`/resources/${id}`).expect(404);
    expect(
      (await get('/resources?status=suspended', futian).expect(200)).body.items.map((r: { id: string }) => r.id),
    ).toContain(id);
    expect(
      (await get('/resources?status=suspended', nanshan).expect(200)).body.items.map((r: { id: string }) => r.id),
    ).not.toContain(id);
    await get('/resources?status=suspended').expect(401);
    expect((await post(`/resources/${id}/suspend`, futian, { reason: '再次' })).body.code).toBe('INVALID_TRANSITION');
    expect((await post(`/resources/${id}/restore`, futian).expect(200)).body.status).toBe('published');
    await get(`/resources/${id}`).expect(200);
    expect((await post(`/resources/${id}/withdraw`, city, { reason: '不再开放' }).expect(200)).body.status).toBe(
      'withdrawn',
    );
    expect(await outboxFor(id)).toEqual([
      'resource.published',
      'resource.unpublished',
      'resource.published',
      'resource.unpublished',
    ]);
    const actions = (await get(`/resources/${id}/history`, futian).expect(200)).body.map(
      (h: { action: string }) => h.action,
    );
    expect(actions.slice(-3)).toEqual(['resource.suspend', 'resource.restore', 'resource.withdraw']);
  });

  it('publishes on the district decision where the region has one-level review', async () => {
    await patch('/regions/440304', nanshan, { reviewLevels: 1 }).expect(403);
    await patch('/regions/440304', city, { reviewLevels: 1 }).expect(200);
    try {
      const id = await createDraft(t, operator);
      await post(`/resources/${id}/submit`, operator).expect(200);
      expect((await post(`/resources/${id}/review`, futian, { decision: 'approve' }).expect(200)).body.status).toBe(
        'published',
      );
    } finally {
      await patch('/regions/440304', city, { reviewLevels: null }).expect(200);
    }
  });

  it('lists an operator’s own resources in every status with mine=1', async () => {
    const id = await createDraft(t, operator);
    const mine = (await get('/resources?mine=1&pageSize=100', operator).expect(200)).body;
    expect(mine.items.find((r: { id: string }) => r.id === id)).toMatchObject({
      status: 'draft',
      pendingState: 'draft',
    });
    expect(
      (await get('/resources?mine=1&pageSize=100', operator2).expect(200)).body.items.map((r: { id: string }) => r.id),
    ).not.toContain(id);
  });

  it('refuses bad input with a code naming the field, writing nothing', async () => {
    const db = t.app.get(DataSource);
    const before = (await db.query(`SELECT count(*)::int AS n FROM resources`))[0].n;
    const cases: [Record<string, unknown>, number, string, string?][] = [
      [{ type: 'spaceport' }, 400, 'VALIDATION_FAILED', 'type'],
      [{ location: { lat: 48.85, lng: 2.35 } }, 400, 'VALIDATION_FAILED', 'location.lng'],
      [{ location: { lat: 95, lng: 114 } }, 400, 'VALIDATION_FAILED', 'location.lat'],
      [{ location: [] }, 400, 'VALIDATION_FAILED', 'location'],
      [{ admission: { free: false, prices: [[]], concessions: [] } }, 400, 'VALIDATION_FAILED', 'admission.prices'],
      [{ name: '馆'.repeat(101) }, 400, 'VALIDATION_FAILED', 'name'],
      [{ name: '   ' }, 400, 'VALIDATION_FAILED', 'name'],
      [{ themes: ['astrology'] }, 400, 'VALIDATION_FAILED', 'themes'],
      [{ status: 'published' }, 400, 'VALIDATION_FAILED', 'status'],
      [{ organisationId: '0d5e6f40-7a1b-4c2d-9e3f-000000000002' }, 400, 'VALIDATION_FAILED', 'organisationId'],
      [{ id: '0d5e6f40-7a1b-4c2d-9e3f-000000000002' }, 400, 'VALIDATION_FAILED', 'id'],
      [{ regionCode: '999999' }, 400, 'UNKNOWN_REGION', 'regionCode'],
      [{ regionCode: '440300' }, 400, 'REGION_NOT_A_DISTRICT', 'regionCode'],
      [
        { admission: { free: true, prices: [{ label: '成人', amountFen: 2000 }], concessions: [] } },
        400,
        'VALIDATION_FAILED',
        'admission.prices',
      ],
      [{ photos: [{ mediaId: '00000000-0000-4000-8000-000000000000' }] }, 400, 'MEDIA_NOT_FOUND', 'media'],
    ];
    for (const [override, status, code, field] of cases) {
      const res = await post('/resources', operator, resourceBody(override));
      expect({ override, status: res.status, code: res.body.code }).toEqual({ override, status, code });
      expect(res.body.messages['zh-CN']).toBeTruthy();
      if (field) expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    // Another organisation's photo cannot be borrowed.
    const theirs = await uploadPhoto(t, operator2);
    expect((await post('/resources', operator, resourceBody({ photos: [{ mediaId: theirs }] }))).body.code).toBe(
      'MEDIA_NOT_FOUND',
    );
    expect((await db.query(`SELECT count(*)::int AS n FROM resources`))[0].n).toBe(before);
    // Only operators list resources.
    expect((await post('/resources', family, resourceBody())).status).toBe(403);
  });
});
