import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { signUp, TEST_PASSWORD } from '../support/codes';
import { v1 } from '../support/matrix';
import { FUTIAN, memberOf, NANSHAN, organisation } from '../support/outreach';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

type Caller = { accessToken: string } | undefined;
const ISO_SHANGHAI = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
const PUBLIC_FIELDS = ['districtCodes', 'fields', 'id', 'languages', 'name', 'organisationName', 'profile', 'title'];

/** What an application says; `overrides` replace fields. */
const application = (overrides: Record<string, unknown> = {}) => ({
  name: '李明',
  title: '研究员',
  organisationName: '深圳天文研究所',
  fields: ['astronomy', 'physics'],
  regionCode: NANSHAN,
  districtCodes: [NANSHAN, FUTIAN],
  languages: ['zh', 'yue'],
  profile: '从事天体物理研究二十年，长期为中小学生开设天文科普讲座。',
  publicProfile: true,
  ...overrides,
});

describe('outreach: the expert directory (科普专家库)', () => {
  let t: TestApp;
  let db: DataSource;
  let nanshanAdmin: SignedIn, futianAdmin: SignedIn, family: SignedIn;

  const as = (who: Caller) => (who ? bearer(who) : {});
  const call = (method: 'get' | 'post' | 'put' | 'delete', who: Caller, path: string, body?: object) => {
    const req = t.http()[method](v1(path)).set(as(who));
    return body === undefined ? req : req.send(body);
  };
  const apply = (who: Caller, body: object) => call('post', who, '/experts', body);
  const edit = (who: Caller, body: object) => call('put', who, '/experts/me', body);
  const review = (who: Caller, id: string, body: object) => call('post', who, `/experts/${id}/review`, body);
  /** The ids the public directory lists for these filters. */
  const directory = async (filters = '') =>
    (await call('get', undefined, `/experts?pageSize=100&${filters}`).expect(200)).body.items.map(
      (item: { id: string }) => item.id,
    );
  const queue = async (who: SignedIn) =>
    (await call('get', who, '/experts/review-queue?pageSize=100').expect(200)).body.items.map(
      (item: { id: string }) => item.id,
    );
  /** Notifications queued for an account, oldest first. */
  const notices = async (accountId: string) =>
    (
      await db.query(
        `SELECT topic FROM outbox WHERE aggregate_type = 'notification' AND aggregate_id = $1 ORDER BY id`,
        [accountId],
      )
    ).map((r: { topic: string }) => r.topic);
  /** Events telling the search index that the expert's public profile changed. */
  const indexEvents = async (id: string) =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM outbox WHERE topic = 'outreach_expert.changed' AND aggregate_type = 'outreach_expert' AND aggregate_id = $1`,
        [id],
      )
    )[0].n as number;
  const audits = async (id: string) =>
    (await db.query(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`, [id])).map(
      (r: { action: string }) => r.action,
    );
  const expertRows = async (accountId: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM outreach_experts WHERE account_id = $1`, [accountId]))[0]
      .n as number;
  /** A new verified account, signed up through the API. */
  const newAccount = () => signUp(t, `expert-${randomBytes(4).toString('hex')}@test.kepu`, '专家');
  /** A new account's approved application. */
  const approvedExpert = async (overrides: Record<string, unknown> = {}) => {
    const who = await newAccount();
    const id = (await apply(who, application(overrides)).expect(201)).body.id as string;
    await review(nanshanAdmin, id, { decision: 'approve' }).expect(200);
    return { who, id };
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [nanshanAdmin, futianAdmin, family] = await Promise.all(
      ['nanshan-admin', 'futian-admin', 'family'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
  });
  afterAll(() => t.close());

  it('takes an application, queues it for its district only, and lists it once approved and only with consent', async () => {
    const expert = await newAccount();
    const applied = await apply(expert, application()).expect(201);
    const id = applied.body.id as string;
    expect(applied.body).toEqual({
      id,
      ...application(),
      languages: [
        { code: 'zh', zh: '普通话', en: 'Mandarin' },
        { code: 'yue', zh: '粤语', en: 'Cantonese' },
      ],
      status: 'submitted',
      listed: false,
      consentedAt: expect.stringMatching(ISO_SHANGHAI),
      reviewComment: null,
      reviewedAt: null,
      createdAt: expect.stringMatching(ISO_SHANGHAI),
      updatedAt: expect.stringMatching(ISO_SHANGHAI),
    });
    expect((await call('get', expert, '/experts/me').expect(200)).body).toEqual(applied.body);
    await apply(expert, application({ name: '李明明' })).expect(409, /EXPERT_ALREADY_APPLIED/);
    expect(await expertRows(expert.user.id)).toBe(1);
    expect(await notices(nanshanAdmin.user.id)).toEqual(['outreach.expert_submitted']);
    expect(await notices(futianAdmin.user.id)).toEqual([]);

    // The home district reviews it; Futian (served, but not home) neither sees nor decides it.
    expect(await queue(nanshanAdmin)).toEqual([id]);
    expect(await queue(futianAdmin)).toEqual([]);
    await call('get', family, '/experts/review-queue').expect(403);
    await review(futianAdmin, id, { decision: 'approve' }).expect(404);
    await review(expert, id, { decision: 'approve' }).expect(403);
    await review(nanshanAdmin, id, { decision: 'reject' }).expect(400, /REASON_REQUIRED/);
    await review(nanshanAdmin, id, { decision: 'reject', comment: '  ' }).expect(400, /REASON_REQUIRED/);
    expect(await directory()).not.toContain(id);
    await call('get', undefined, `/experts/${id}`).expect(404);
    expect(await indexEvents(id)).toBe(0);

    const approved = await review(nanshanAdmin, id, { decision: 'approve' }).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', listed: true, reviewedAt: expect.any(String) });
    await review(nanshanAdmin, id, { decision: 'approve' }).expect(409, /EXPERT_NOT_SUBMITTED/);
    expect(await notices(expert.user.id)).toEqual(['outreach.expert_approved']);
    expect(await indexEvents(id)).toBe(1);
    expect(await audits(id)).toEqual(['expert.apply', 'expert.review']);
    expect(await queue(nanshanAdmin)).toEqual([]);

    // An approved expert without consent stays out of the directory.
    const shy = await approvedExpert({ name: '王芳', publicProfile: false });
    await call('get', undefined, `/experts/${shy.id}`).expect(404);
    expect(await indexEvents(shy.id)).toBe(0);

    // The demo's four consenting experts and this one; never the demo's expert without consent.
    const page = await call('get', undefined, '/experts').expect(200);
    expect(page.body).toMatchObject({ total: 5, page: 1, pageSize: 20 });
    expect(page.body.items.map((i: { name: string }) => i.name)).not.toContain('孙信息');
    for (const listed of page.body.items) expect(Object.keys(listed).sort()).toEqual(PUBLIC_FIELDS);
    const item = page.body.items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({ name: '李明', title: '研究员', districtCodes: [NANSHAN, FUTIAN] });
    const text = JSON.stringify(page.body);
    expect(text).not.toContain(expert.user.id);
    expect(text).not.toMatch(/@test\.kepu|@demo\.kepu|accountId|phone|email/i);

    for (const hit of [
      'field=astronomy',
      `district=${FUTIAN}`,
      'language=yue',
      `q=${encodeURIComponent('天文')}`,
      `q=${encodeURIComponent('研究员')}`,
    ])
      expect([hit, await directory(hit)]).toEqual([hit, expect.arrayContaining([id])]);
    for (const miss of ['field=botany', 'district=440306', 'language=en', 'q=%25', 'q=_'])
      expect([miss, await directory(miss)]).toEqual([miss, expect.not.arrayContaining([id])]);
    expect(await directory(`q=${encodeURIComponent('李明')}&field=physics&language=zh`)).toEqual([id]);

    // One expert, as each caller may see them.
    const publicView = (await call('get', undefined, `/experts/${id}`).expect(200)).body;
    expect(publicView).toEqual(item);
    expect((await call('get', futianAdmin, `/experts/${id}`).expect(200)).body).toEqual(item);
    expect((await call('get', family, `/experts/${id}`).expect(200)).body).toEqual(item);
    for (const insider of [expert, nanshanAdmin]) {
      expect((await call('get', insider, `/experts/${id}`).expect(200)).body).toMatchObject({
        status: 'approved',
        publicProfile: true,
        regionCode: NANSHAN,
      });
    }
  });

  it('drops a withdrawn consent at once, sends a changed profile back to review, and lets the expert leave', async () => {
    const { who, id } = await approvedExpert({ name: '陈晨' });
    expect(await directory()).toContain(id);
    const before = await indexEvents(id);

    const unconsented = await edit(who, application({ name: '陈晨', publicProfile: false })).expect(200);
    expect(unconsented.body).toMatchObject({
      status: 'approved',
      publicProfile: false,
      consentedAt: null,
      listed: false,
    });
    expect(await directory()).not.toContain(id);
    await call('get', undefined, `/experts/${id}`).expect(404);
    expect(await indexEvents(id)).toBe(before + 1);

    // Consent given again needs no review: the content is what was approved.
    await edit(who, application({ name: '陈晨' })).expect(200, /"listed":true/);
    expect(await directory()).toContain(id);

    const noticesBefore = (await notices(nanshanAdmin.user.id)).length;
    const changed = await edit(who, application({ name: '陈晨', profile: '新的简介：气象与防灾科普。' })).expect(200);
    expect(changed.body).toMatchObject({ status: 'submitted', listed: false, profile: '新的简介：气象与防灾科普。' });
    expect(await directory()).not.toContain(id);
    expect((await notices(nanshanAdmin.user.id)).slice(noticesBefore)).toEqual(['outreach.expert_submitted']);
    expect(await queue(nanshanAdmin)).toContain(id);
    await review(nanshanAdmin, id, { decision: 'reject', comment: '请补充研究方向' }).expect(200);
    expect((await call('get', who, '/experts/me').expect(200)).body).toMatchObject({
      status: 'rejected',
      reviewComment: '请补充研究方向',
    });
    expect((await notices(who.user.id)).at(-1)).toBe('outreach.expert_rejected');
    await edit(who, application({ name: '陈晨', profile: '研究方向：天气雷达。' })).expect(200, /"status":"submitted"/);
    await review(nanshanAdmin, id, { decision: 'approve' }).expect(200);
    expect(await directory()).toContain(id);

    const withdrawn = await call('delete', who, '/experts/me').expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', listed: false });
    expect(await directory()).not.toContain(id);
    const audited = await audits(id);
    await call('delete', who, '/experts/me').expect(200, /"status":"withdrawn"/);
    expect(await audits(id)).toEqual(audited);
    expect(audited.at(-1)).toBe('expert.withdraw');
    // Coming back is a new review.
    await edit(who, application({ name: '陈晨' })).expect(200, /"status":"submitted"/);
  });

  it('refuses bad input with a code and writes nothing', async () => {
    const who = await newAccount();
    const cases: [string, Record<string, unknown>][] = [
      ['no field', { fields: [] }],
      ['eleven fields', { fields: Array(11).fill('astronomy') }],
      ['an unknown field', { fields: ['cooking'] }],
      ['no district', { districtCodes: [] }],
      ['51 districts', { districtCodes: Array.from({ length: 51 }, (_, i) => `4403${String(i).padStart(2, '0')}`) }],
      ['an unknown language', { languages: ['tlh'] }],
      ['eleven languages', { languages: ['zh', 'yue', 'hak', 'nan', 'csl', 'en', 'ja', 'ko', 'fr', 'de', 'es'] }],
      ['a blank name', { name: '   ' }],
      ['a long title', { title: '研'.repeat(65) }],
      ['a long profile', { profile: '长'.repeat(1001) }],
      ['no consent answer', { publicProfile: undefined }],
      ['consent as text', { publicProfile: 'yes' }],
    ];
    for (const [what, overrides] of cases) {
      const res = await apply(who, application(overrides));
      expect([what, res.status, res.body.code]).toEqual([what, 400, 'VALIDATION_FAILED']);
    }
    // Region codes are checked against the tree: a city is no district, an unknown code none at all.
    const city = await apply(who, application({ regionCode: '440300' })).expect(400);
    expect(city.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'regionCode' }] });
    const unknown = await apply(who, application({ districtCodes: [NANSHAN, '999999'] })).expect(400);
    expect(unknown.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'districtCodes.1' }] });
    expect(await expertRows(who.user.id)).toBe(0);
    expect(
      await db.query(`SELECT 1 FROM audit_log WHERE actor_account_id = $1 AND action LIKE 'expert.%'`, [who.user.id]),
    ).toEqual([]);

    // Nor does a bad edit or review change anything.
    const { who: expert, id } = await approvedExpert({ name: '赵磊' });
    await edit(expert, application({ districtCodes: ['440300'] })).expect(400, /VALIDATION_FAILED/);
    await review(nanshanAdmin, id, { decision: 'maybe' }).expect(400, /VALIDATION_FAILED/);
    expect((await call('get', expert, '/experts/me').expect(200)).body).toMatchObject({
      name: '赵磊',
      districtCodes: [NANSHAN, FUTIAN],
      status: 'approved',
    });
  });

  it('lets only the expert and their district see an application, and only verified accounts apply', async () => {
    const who = await newAccount();
    const id = (await apply(who, application({ name: '周敏' })).expect(201)).body.id as string;
    const stranger = await newAccount();
    await call('get', stranger, `/experts/${id}`).expect(404);
    await call('get', futianAdmin, `/experts/${id}`).expect(404);
    await call('get', stranger, '/experts/me').expect(404);
    await edit(stranger, application()).expect(404);
    await call('delete', stranger, '/experts/me').expect(404);
    await review(stranger, id, { decision: 'approve' }).expect(404);

    await apply(undefined, application()).expect(401);
    await edit(undefined, application()).expect(401);
    await call('delete', undefined, '/experts/me').expect(401);
    await call('get', undefined, '/experts/me').expect(401);
    await call('get', undefined, '/experts/review-queue').expect(401);
    await review(undefined, id, { decision: 'approve' }).expect(401);

    const unverified = await memberOf(t, await organisation(t, { kind: 'volunteer_team' }), 'volunteer', {
      verified: false,
    });
    await apply(unverified, application()).expect(403);
    expect(await expertRows(unverified.user.id)).toBe(0);
  });

  it('goes with the account when the person deletes it', async () => {
    const { who, id } = await approvedExpert({ name: '吴迪' });
    expect(await directory()).toContain(id);
    const events = await indexEvents(id);
    await call('delete', who, '/auth/me', { password: TEST_PASSWORD }).expect(204);
    expect(await expertRows(who.user.id)).toBe(0);
    expect(await directory()).not.toContain(id);
    await call('get', nanshanAdmin, `/experts/${id}`).expect(404);
    expect(await indexEvents(id)).toBe(events + 1);
  });
});
