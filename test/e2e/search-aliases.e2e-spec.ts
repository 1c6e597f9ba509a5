import { MeiliClient, OutboxRelay, ResourceIndex } from '@kepu/search';
import { DataSource } from 'typeorm';
import { withMeiliUnreachable } from '../support/search-index';
import { createDraft, publish } from '../support/register';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

const SUPERCOMPUTER = '国家超级计算深圳中心（深圳云计算中心）';

/** Aliases (docs/search.md, "Aliases"): who keeps them, what they accept, and search finding venues by them. */
describe('resource aliases', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, futian: SignedIn, nanshan: SignedIn, city: SignedIn, admin: SignedIn;
  let relay: OutboxRelay;

  const aliasesOf = async (id: string): Promise<string[]> =>
    (await db.query(`SELECT alias FROM resource_aliases WHERE resource_id = $1 ORDER BY alias`, [id])).map(
      (row: { alias: string }) => row.alias,
    );
  const put = (id: string, aliases: unknown, who?: SignedIn) => {
    const request = t.http().put(`/api/v1/resources/${id}/aliases`);
    return (who ? request.set(bearer(who)) : request).send({ aliases });
  };
  /** Names Meilisearch itself ranks for the query, best first. */
  const indexed = async (q: string) => {
    const meili = t.app.get(MeiliClient);
    const res = await meili.request<{ hits: { name: string }[] }>(
      'POST',
      `/indexes/${t.app.get(ResourceIndex).name}/search`,
      { q, limit: 5 },
    );
    return res.hits.map((hit) => hit.name);
  };
  const search = async (q: string) =>
    (
      await t
        .http()
        .get(`/api/v1/search?q=${encodeURIComponent(q)}`)
        .expect(200)
    ).body as {
      degraded: boolean;
      hits: { id: string; name: string }[];
    };
  const published = async (name: string) => {
    const id = await createDraft(t, operator, { name });
    await publish(t, id, operator, city);
    return id;
  };
  const supercomputer = async () =>
    (await db.query(`SELECT id FROM resources WHERE name = $1`, [SUPERCOMPUTER]))[0].id as string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [operator, futian, nanshan, city, admin] = await Promise.all(
      ['operator', 'futian-admin', 'nanshan-admin', 'city-admin', 'admin'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
    relay = t.app.get(OutboxRelay);
    await t.app.get(ResourceIndex).reindex();
    await relay.drain();
  });
  afterAll(() => t.close());

  it('shows the demo venues their common short names, publicly', async () => {
    const res = await t
      .http()
      .get(`/api/v1/resources/${await supercomputer()}/aliases`)
      .expect(200);
    expect(res.body.aliases).toEqual(expect.arrayContaining(['超算', '超算中心', '深圳超算', '云计算中心']));
    // Seeded once, as demo data, in the venue's history.
    const [seeded] = await db.query(
      `SELECT actor_account_id AS actor, details FROM audit_log
        WHERE subject_id = $1 AND action = 'resource.aliases_changed'`,
      [await supercomputer()],
    );
    expect(seeded.actor).toBeNull();
    expect(seeded.details.added).toContain('超算');
  });

  it('lets the administrators above the resource replace the list; others are refused or told nothing', async () => {
    const id = await published('别名测试星空馆');
    // Published: anyone may read it; nobody outside administers its aliases.
    expect((await t.http().get(`/api/v1/resources/${id}/aliases`).expect(200)).body).toEqual({
      resourceId: id,
      aliases: [],
    });
    await put(id, ['观星屋']).expect(401);
    expect((await put(id, ['观星屋'], operator).expect(403)).body.code).toBe('FORBIDDEN');
    expect((await put(id, ['观星屋'], nanshan).expect(404)).body.code).toBe('NOT_FOUND');
    expect(await aliasesOf(id)).toEqual([]);

    const saved = await put(id, ['观星屋', ' 星空 ', '观星屋', 'XK', 'xk'], futian).expect(200);
    expect([...saved.body.aliases].sort()).toEqual(['XK', '星空', '观星屋'].sort());
    expect(await aliasesOf(id)).toEqual(['XK', '星空', '观星屋'].sort());
    await put(id, ['观星屋', '星空馆'], city).expect(200);
    await put(id, ['观星屋', '星空馆', '小星空'], admin).expect(200);
    expect(await aliasesOf(id)).toEqual(['小星空', '星空馆', '观星屋'].sort());

    // Each change is in the resource's history, by whom and what changed.
    const history: { actor: string; details: { added: string[]; removed: string[] } }[] = await db.query(
      `SELECT actor_account_id AS actor, details FROM audit_log
        WHERE subject_id = $1 AND action = 'resource.aliases_changed' ORDER BY id`,
      [id],
    );
    expect(history.map((h) => h.actor)).toEqual([futian.user.id, city.user.id, admin.user.id]);
    expect(history[1].details).toEqual({ added: ['星空馆'], removed: expect.arrayContaining(['星空', 'XK']) });
    // The same list again changes nothing and records nothing.
    await put(id, ['观星屋', '星空馆', '小星空'], admin).expect(200);
    expect(
      (
        await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = $2`, [
          id,
          'resource.aliases_changed',
        ])
      )[0].n,
    ).toBe(3);
    const history2 = await t.http().get(`/api/v1/resources/${id}/history`).set(bearer(futian)).expect(200);
    expect(history2.body.map((entry: { action: string }) => entry.action)).toContain('resource.aliases_changed');
  });

  it("hides an unpublished resource's aliases from all but its insiders", async () => {
    const id = await createDraft(t, operator, { name: '别名测试草稿馆' });
    await t.http().get(`/api/v1/resources/${id}/aliases`).expect(404);
    await t.http().get(`/api/v1/resources/${id}/aliases`).set(bearer(nanshan)).expect(404);
    await t.http().get(`/api/v1/resources/${id}/aliases`).set(bearer(operator)).expect(200);
    await put(id, ['草稿别名'], futian).expect(200);
    expect(
      (await t.http().get(`/api/v1/resources/${id}/aliases`).set(bearer(futian)).expect(200)).body.aliases,
    ).toEqual(['草稿别名']);
    await put('00000000-0000-4000-8000-000000000000', ['x'], admin).expect(404);
  });

  it('refuses what is not a short one-line name, changing nothing', async () => {
    const id = await published('别名校验天文馆');
    await put(id, ['原有别名'], futian).expect(200);
    const invalid: [unknown, string][] = [
      [Array.from({ length: 21 }, (_, i) => `别名${i}`), 'aliases'],
      [[''], 'aliases'],
      [['   '], 'aliases'],
      [['长'.repeat(41)], 'aliases'],
      [['响\u0007铃'], 'aliases'],
      [['两\n行'], 'aliases'],
      [[42], 'aliases'],
      ['超算', 'aliases'],
    ];
    for (const [aliases, field] of invalid) {
      const res = await put(id, aliases, futian).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    await put(id, {}, futian).expect(400);
    const same = await put(id, ['天文', ' 别名校验天文馆 '], futian).expect(400);
    expect(same.body.code).toBe('ALIAS_SAME_AS_NAME');
    expect(same.body.details).toEqual([
      {
        field: 'aliases',
        problems: ['别名校验天文馆'],
        messages: [
          { 'zh-CN': '别名与场馆名称相同：别名校验天文馆', en: 'The same as the venue’s name: 别名校验天文馆' },
        ],
      },
    ]);
    // Forty characters after trimming are fine.
    await put(id, [` ${'长'.repeat(40)} `], futian).expect(200);
    expect(await aliasesOf(id)).toEqual(['长'.repeat(40)]);
    expect(
      (
        await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = $2`, [
          id,
          'resource.aliases_changed',
        ])
      )[0].n,
    ).toBe(2);
  });

  it('reaches search at once: the change is queued with its outbox event and the relay indexes it', async () => {
    const id = await published('别名同步测试馆');
    await relay.drain();
    await put(id, ['银河驿站'], futian).expect(200);
    const [queued] = await db.query(
      `SELECT topic FROM outbox WHERE aggregate_id = $1 AND processed_at IS NULL ORDER BY id DESC`,
      [id],
    );
    expect(queued.topic).toBe('resource.aliases_changed');
    await relay.drain();
    expect((await indexed('银河驿站'))[0]).toBe('别名同步测试馆');
    expect((await indexed('yinheyizhan'))[0]).toBe('别名同步测试馆');
    expect((await indexed('yhyz'))[0]).toBe('别名同步测试馆');
    // Removed: no longer found by it.
    await put(id, [], futian).expect(200);
    await relay.drain();
    expect(await indexed('银河驿站')).not.toContain('别名同步测试馆');
  });

  it('ranks a venue first by its alias in Meilisearch, and finds places without their 市 or 区', async () => {
    expect((await indexed('超算'))[0]).toBe(SUPERCOMPUTER);
    expect((await indexed('深圳超算'))[0]).toBe(SUPERCOMPUTER);
    expect((await indexed('少年宫'))[0]).toBe('深圳市少年宫');
    const answer = await search('超算');
    expect(answer.degraded).toBe(false);
    expect(answer.hits[0].name).toBe(SUPERCOMPUTER);
    expect(await indexed('szkxg')).toContain('深圳市科学馆');
    expect((await indexed('shenzhenkexueguan'))[0]).toBe('深圳市科学馆');
    expect(await indexed('szstwt')).toContain('深圳市天文台');
    expect(await indexed('sztwt')).toContain('深圳市天文台');
  });

  it('ranks it first by its alias in the Postgres fallback too', async () => {
    // An alias added while Meilisearch is up reaches the fallback copy with the rest (and moves the index on).
    const id = await supercomputer();
    const current = (await t.http().get(`/api/v1/resources/${id}/aliases`).expect(200)).body.aliases as string[];
    await put(id, [...current, '超级计算机'], city).expect(200);
    await relay.drain();
    await withMeiliUnreachable(t, async () => {
      for (const q of ['超算', 'chaosuan', '深圳超算', '超级计算机']) {
        const answer = await search(q);
        expect(answer.degraded).toBe(true);
        expect(answer.hits[0]?.name).toBe(SUPERCOMPUTER);
      }
      const palace = await search('青少年宫');
      expect(palace.hits[0]?.name).toBe('深圳市少年宫');
      expect((await search('szkxg')).hits.map((hit) => hit.name)).toContain('深圳市科学馆');
    });
  });
});
