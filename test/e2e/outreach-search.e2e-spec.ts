import { randomBytes } from 'node:crypto';
import { OutboxRunner } from '@kepu/core';
import { OutreachIndex, OutreachIndexCheckJob } from '@kepu/outreach';
import { MeiliClient } from '@kepu/search';
import { DataSource } from 'typeorm';
import { withMeiliUnreachable } from '../support/search-index';
import { signUp } from '../support/codes';
import { v1 } from '../support/matrix';
import { FUTIAN, NANSHAN, providerOperator, publishedMenuItem } from '../support/outreach';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

interface Hit {
  kind: string;
  id: string;
  name: string;
  highlight?: { name?: string };
}

describe('outreach search: menu items and experts in their own index', () => {
  let t: TestApp;
  let db: DataSource;
  let index: OutreachIndex;
  let nanshanAdmin: SignedIn;
  let provider: Awaited<ReturnType<typeof providerOperator>>;

  const search = async (query: string) =>
    (
      await t
        .http()
        .get(v1(`/outreach/search?pageSize=100&${query}`))
        .expect(200)
    ).body as {
      hits: Hit[];
      total: number;
      degraded: boolean;
    };
  const ids = async (query: string) => (await search(query)).hits.map((hit) => hit.id);
  /** What the menu does when what the public sees of an item changes. */
  const announceItem = (id: string) =>
    db.query(
      `INSERT INTO outbox (topic, aggregate_type, aggregate_id, payload) VALUES ('outreach_menu.changed', 'outreach_menu_item', $1, '{}')`,
      [id],
    );
  const relay = () => t.app.get(OutboxRunner).drain('outreach_menu_item');
  const relayExperts = () => t.app.get(OutboxRunner).drain('outreach_expert');
  const publicEntries = async () =>
    (
      await db.query(
        `SELECT (SELECT count(*) FROM outreach_menu_items WHERE published_content IS NOT NULL AND status <> 'withdrawn')
              + (SELECT count(*) FROM outreach_experts WHERE status = 'approved' AND public_profile) AS n`,
      )
    )[0].n as string;
  const documents = async () =>
    (await t.app.get(MeiliClient).request<{ numberOfDocuments: number }>('GET', `/indexes/${index.name}/stats`))
      .numberOfDocuments;
  /** An approved expert, through the API. */
  const approvedExpert = async (body: Record<string, unknown>) => {
    const who = await signUp(t, `expert-${randomBytes(4).toString('hex')}@test.kepu`, '专家');
    const id = (
      await t
        .http()
        .post(v1('/experts'))
        .set(bearer(who))
        .send({
          title: '研究员',
          organisationName: '深圳气象研究所',
          fields: ['meteorology'],
          regionCode: NANSHAN,
          districtCodes: [NANSHAN],
          languages: ['zh', 'yue'],
          profile: '研究台风与强对流天气，为社区讲授气象防灾知识。',
          publicProfile: true,
          ...body,
        })
        .expect(201)
    ).body.id as string;
    await t
      .http()
      .post(v1(`/experts/${id}/review`))
      .set(bearer(nanshanAdmin))
      .send({ decision: 'approve' })
      .expect(200);
    return { who, id };
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    index = t.app.get(OutreachIndex);
    nanshanAdmin = await signIn(t, 'nanshan-admin@demo.kepu');
    provider = await providerOperator(t, NANSHAN);
  });
  afterAll(() => t.close());

  it('creates the index with its settings where the worker runs, and fills it with what the public may see', async () => {
    const meili = t.app.get(MeiliClient);
    await expect(meili.request('GET', `/indexes/${index.name}`)).rejects.toThrow(/index_not_found/);
    await t.app.get(OutreachIndexCheckJob).run();
    // The demo's published menu items and consenting experts, inserted without events.
    expect(String(await documents())).toBe(await publicEntries());
    expect(Number(await publicEntries())).toBeGreaterThan(0);
    const settings = await meili.request<{ filterableAttributes: string[] }>('GET', `/indexes/${index.name}/settings`);
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['kind', 'regions', 'themes', 'format']));
    expect(await index.drift()).toBeNull();
    // The demo expert without consent is in no document.
    const { hits } = await search(`q=${encodeURIComponent('孙信息')}`);
    expect(hits).toEqual([]);
  });

  it('finds a published menu item by Chinese, pinyin and initials once the outbox has carried it', async () => {
    const id = await publishedMenuItem(t, provider, {
      title: '星空探秘工作坊',
      format: 'workshop',
      themes: ['astronomy'],
      districtCodes: [NANSHAN],
    });
    expect(await ids('q=xingkongtanmi')).not.toContain(id);
    await announceItem(id);
    expect(await relay()).toBe(1);

    for (const q of [
      '星空探秘',
      '探秘工作坊',
      'xingkongtanmi',
      'tanmigongzuofang',
      'xktm',
      'tmgzf',
      'xingkongtanmigongzuofang',
    ]) {
      const found = await search(`q=${encodeURIComponent(q)}`);
      expect([q, found.degraded, found.hits[0]?.id]).toEqual([q, false, id]);
    }
    const [hit] = (await search(`q=xktm`)).hits;
    expect(hit).toMatchObject({
      kind: 'menu_item',
      id,
      name: '星空探秘工作坊',
      organisationName: expect.stringMatching(/^测试机构/),
      jobTitle: null,
      format: 'workshop',
      themes: ['astronomy'],
      audiences: ['primary', 'families'],
      languages: [],
      districtCodes: [NANSHAN],
      ratingAverage: null,
      ratingCount: 0,
      feeFen: 0,
    });
    expect((await search(`q=${encodeURIComponent('星空')}`)).hits[0].highlight?.name).toContain('<mark>');

    for (const filter of [
      'kind=menu_item',
      `district=${NANSHAN}`,
      'district=440300',
      'theme=astronomy',
      'format=workshop',
    ])
      expect([filter, await ids(`q=xktm&${filter}`)]).toEqual([filter, [id]]);
    for (const filter of ['kind=expert', `district=${FUTIAN}`, 'theme=botany', 'format=lecture'])
      expect([filter, await ids(`q=xktm&${filter}`)]).toEqual([filter, []]);
    // Without text: every kind, by pinyin name.
    const all = await search('district=440300');
    expect(all.total).toBe(Number(await publicEntries()));
    expect(new Set(all.hits.map((h) => h.kind))).toEqual(new Set(['menu_item', 'expert']));

    // Withdrawn, it leaves the index once its event is carried; a replayed event changes nothing.
    await db.query(`UPDATE outreach_menu_items SET status = 'withdrawn' WHERE id = $1`, [id]);
    await announceItem(id);
    await announceItem(id);
    expect(await relay()).toBe(2);
    expect(await ids('q=xktm')).toEqual([]);
  });

  it('lists an approved expert who consented, and drops them when consent is withdrawn', async () => {
    const { who, id } = await approvedExpert({ name: '欧阳风云' });
    expect(await relayExperts()).toBe(1);
    for (const q of ['欧阳风云', 'ouyangfengyun', 'fengyun', 'oyfy']) {
      expect([q, (await ids(`q=${encodeURIComponent(q)}`))[0]]).toEqual([q, id]);
    }
    const [hit] = (await search('q=oyfy&kind=expert')).hits;
    expect(hit).toMatchObject({
      kind: 'expert',
      name: '欧阳风云',
      jobTitle: '研究员',
      organisationName: '深圳气象研究所',
      themes: ['meteorology'],
      languages: [
        { code: 'zh', zh: '普通话', en: 'Mandarin' },
        { code: 'yue', zh: '粤语', en: 'Cantonese' },
      ],
      format: null,
      feeFen: null,
    });
    const document = await t.app
      .get(MeiliClient)
      .request<Record<string, unknown>>('GET', `/indexes/${index.name}/documents/${id}`);
    expect(JSON.stringify(document)).not.toContain(who.user.id);
    expect(document).not.toHaveProperty('accountId');
    expect(document).not.toHaveProperty('regionCode');

    await t
      .http()
      .put(v1('/experts/me'))
      .set(bearer(who))
      .send({
        name: '欧阳风云',
        title: '研究员',
        organisationName: '深圳气象研究所',
        fields: ['meteorology'],
        regionCode: NANSHAN,
        districtCodes: [NANSHAN],
        languages: ['zh', 'yue'],
        profile: '研究台风与强对流天气，为社区讲授气象防灾知识。',
        publicProfile: false,
      })
      .expect(200);
    await relayExperts();
    expect(await ids('q=oyfy')).toEqual([]);

    // Approved without consent: never announced, and a sync of its id (a stray event) adds nothing.
    const shy = await approvedExpert({ name: '慕容晴', publicProfile: false });
    expect(await relayExperts()).toBe(0);
    await index.sync([shy.id]);
    expect(await ids('q=murongqing')).toEqual([]);
  });

  it('answers from Postgres, marked degraded, while Meilisearch is unreachable, and catches up after', async () => {
    const id = await publishedMenuItem(t, provider, {
      title: '海洋生物观察课',
      themes: ['ocean'],
      format: 'field_guide',
    });
    await announceItem(id);
    await withMeiliUnreachable(t, async () => {
      const found = await search(`q=${encodeURIComponent('海洋生物')}`);
      expect(found).toMatchObject({ degraded: true, total: 1 });
      expect(found.hits[0]).toMatchObject({ kind: 'menu_item', id, name: '海洋生物观察课', format: 'field_guide' });
      expect(found.hits[0].highlight).toBeUndefined();
      expect(await ids(`q=${encodeURIComponent('海洋生物')}&kind=expert`)).toEqual([]);
      expect(await ids(`q=${encodeURIComponent('海洋生物')}&district=440300&theme=ocean`)).toEqual([id]);
      expect(await ids(`q=${encodeURIComponent('海洋生物')}&district=${FUTIAN}`)).toEqual([]);
      const all = await search('');
      expect(all.total).toBe(Number(await publicEntries()));
      expect((await search(`q=${encodeURIComponent("%' OR 1=1 --")}`)).total).toBe(0);
      // The event waits for Meilisearch.
      expect(await relay()).toBe(0);
    });
    const [row] = await db.query(
      `SELECT attempts, last_error FROM outbox WHERE aggregate_id = $1 AND processed_at IS NULL`,
      [id],
    );
    expect(row).toMatchObject({ attempts: 1, last_error: expect.stringContaining('unreachable') });
    await db.query(`UPDATE outbox SET next_attempt_at = now() WHERE aggregate_id = $1`, [id]);
    expect(await relay()).toBe(1);
    const found = await search('q=haiyangshengwu');
    expect(found).toMatchObject({ degraded: false });
    expect(found.hits.map((h) => h.id)).toEqual([id]);
  });

  it('refuses an unknown district and bad filters', async () => {
    const unknown = await t.http().get(v1('/outreach/search?district=999999')).expect(400);
    expect(unknown.body.code).toBe('UNKNOWN_REGION');
    for (const query of ['kind=venue', 'format=concert', 'theme=cooking', 'sort=price', `q=${'x'.repeat(201)}`]) {
      const res = await t.http().get(v1(`/outreach/search?${query}`));
      expect([query, res.status, res.body.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }
  });
});
