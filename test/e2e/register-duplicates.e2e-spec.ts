import { DataSource } from 'typeorm';
import { book, bookableEvent, bookingBody, openForCheckIn, visitorAccounts } from '../support/booking';
import { OutboxRelay, ResourceIndex } from '@kepu/search';
import { StatsRollupJob } from '@kepu/stats';
import { createDraft, publish, validCreditCode } from '../support/register';
import { searchCopies } from '../support/search-index';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/** Duplicates resolved (docs/register.md, "Duplicates and merging"). */
describe('register duplicates and merging', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, city: SignedIn, futian: SignedIn, nanshan: SignedIn;
  // Names and places of their own, so other files' venues are no candidates.
  const tag = Math.random().toString(36).slice(2, 6).toUpperCase();
  const here = { lat: 22.7123, lng: 114.2987 };
  const far = (n: number) => ({ lat: 22.65 - n / 100, lng: 113.85 + n / 100 });
  const v1 = (path: string) => `/api/v1${path}`;
  let kept: string;

  const submitted = async (name: string, location: { lat: number; lng: number }) => {
    const id = await createDraft(t, operator, { name, location });
    const res = await t
      .http()
      .post(v1(`/resources/${id}/submit`))
      .set(bearer(operator))
      .expect(200);
    return { id, res };
  };
  const flags = async (id: string) =>
    (
      await t
        .http()
        .get(v1(`/resources/${id}/working-copy`))
        .set(bearer(operator))
        .expect(200)
    ).body.revision.flags.possibleDuplicates as { id: string; matchedBy: string[] }[];
  const duplicates = (who: SignedIn, id: string) =>
    t
      .http()
      .get(v1(`/resources/${id}/duplicates`))
      .set(bearer(who));
  const merge = (who: SignedIn, id: string, into: string, reason = '同一场馆重复登记') =>
    t
      .http()
      .post(v1(`/resources/${id}/merge`))
      .set(bearer(who))
      .send({ into, reason });
  const auditCount = async () => (await db.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await t.app.get(ResourceIndex).reindex();
    [operator, city, futian, nanshan] = await Promise.all(
      ['operator', 'city-admin', 'futian-admin', 'nanshan-admin'].map((w) => signIn(t, `${w}@demo.kepu`)),
    );
    kept = await createDraft(t, operator, { name: `深圳市星辰${tag}科学馆`, location: here });
    await publish(t, kept, operator, city);
  });
  afterAll(() => t.close());

  it('flags candidates on submission by normalised name, by pinyin and by distance, and not others', async () => {
    const byName = await submitted(`星辰${tag}科学馆（福田）`, far(1));
    const byPinyin = await submitted(`深圳星辰${tag}科学舘`, far(2));
    const near = await submitted(`华为${tag}展厅`, { lat: here.lat + 0.0004, lng: here.lng });
    const other = await submitted(`星辰${tag}天文台`, far(3));
    expect(await flags(byName.id)).toEqual([expect.objectContaining({ id: kept, matchedBy: ['name'] })]);
    expect(await flags(byPinyin.id)).toEqual([expect.objectContaining({ id: kept, matchedBy: ['pinyin'] })]);
    const nearFlags = await flags(near.id);
    expect(nearFlags).toEqual([expect.objectContaining({ id: kept, matchedBy: ['distance'], distanceMetres: 44 })]);
    expect((await flags(other.id)).map((c) => c.id)).not.toContain(kept);
  });

  it('shows a reviewer of the region both sides; others get 404 or 403', async () => {
    const { id } = await submitted(`深圳市星辰${tag}科学馆`, { lat: here.lat, lng: here.lng + 0.0003 });
    const res = await duplicates(futian, id).expect(200);
    expect(res.body.resource).toMatchObject({ id, name: `深圳市星辰${tag}科学馆`, status: 'submitted' });
    expect(res.body.candidates).toEqual([
      expect.objectContaining({
        id: kept,
        name: `深圳市星辰${tag}科学馆`,
        address: expect.any(String),
        location: here,
        type: 'science_museum',
        status: 'published',
        organisation: expect.objectContaining({ id: expect.any(String), name: expect.any(String) }),
        distanceMetres: 31,
        matchedBy: ['name', 'distance'],
      }),
    ]);
    await duplicates(nanshan, id).expect(404);
    await duplicates(operator, id).expect(403);
  });

  it('remembers "not a duplicate" for the pair in either order, in history, and refuses a pair of one', async () => {
    const near = await createDraft(t, operator, {
      name: `星辰${tag}书店`,
      location: { lat: here.lat - 0.0005, lng: here.lng },
    });
    await publish(t, near, operator, city);
    expect((await duplicates(futian, kept).expect(200)).body.candidates.map((c: { id: string }) => c.id)).toContain(
      near,
    );
    const res = await t
      .http()
      .post(v1(`/resources/${near}/duplicates/${kept}/dismiss`))
      .set(bearer(futian))
      .expect(200);
    expect(res.body.candidates.map((c: { id: string }) => c.id)).not.toContain(kept);
    expect((await duplicates(futian, kept).expect(200)).body.candidates.map((c: { id: string }) => c.id)).not.toContain(
      near,
    );
    // Twice is once.
    await t
      .http()
      .post(v1(`/resources/${kept}/duplicates/${near}/dismiss`))
      .set(bearer(futian))
      .expect(200);
    expect(
      (
        await db.query(
          `SELECT count(*)::int AS n FROM resource_duplicate_dismissals WHERE $1 IN (resource_id, other_id)`,
          [near],
        )
      )[0].n,
    ).toBe(1);
    const history = (
      await t
        .http()
        .get(v1(`/resources/${near}/history`))
        .set(bearer(futian))
        .expect(200)
    ).body;
    expect(history.map((e: { action: string }) => e.action)).toContain('resource.duplicate_dismissed');
    const self = await t
      .http()
      .post(v1(`/resources/${near}/duplicates/${near}/dismiss`))
      .set(bearer(futian))
      .expect(409);
    expect(self.body.code).toBe('SAME_RESOURCE');
    await t
      .http()
      .post(v1(`/resources/${near}/duplicates/${kept}/dismiss`))
      .set(bearer(nanshan))
      .expect(404);
  });

  it('reports candidates of census rows against the register and the rows above, and the created entries carry them', async () => {
    const code = validCreditCode();
    // Rows by header, in the template's column order; the columns left out stay empty.
    const template = (await t.http().get(v1('/census/template?format=csv')).expect(200)).text;
    const headers = template
      .replace(/^\uFEFF/, '')
      .trim()
      .split(',');
    const row = (name: string, lat: string, id = '') => {
      const cells: Record<string, string> = {
        资源ID: id,
        名称: name,
        类型: '科技馆',
        区域代码: '440305',
        地址: '深圳市南山区普查路9号',
        纬度: lat,
        经度: '113.7',
        主题: '物理',
        适用人群: 'families',
        是否免费: '是',
        运营机构: `普查${tag}机构`,
        统一社会信用代码: code,
        机构类型: '企业',
      };
      return headers.map((h) => `"${cells[h] ?? ''}"`).join(',');
    };
    const file = Buffer.from(
      [
        headers.join(','),
        row(`南山区星辰${tag}科学馆`, '22.50'),
        row(`普查${tag}新馆`, '22.40'),
        row(`普查${tag}新馆(二期)`, '22.30'),
      ].join('\r\n'),
    );
    const res = await t
      .http()
      .post(v1('/census/import'))
      .set(bearer(nanshan))
      .attach('file', file, 'census.csv')
      .expect(200);
    expect(res.body).toMatchObject({ created: 3, errors: [] });
    const [first, second] = res.body.duplicates as {
      row: number;
      resourceId: string;
      candidates: { id: string; matchedBy: string[] }[];
    }[];
    expect(res.body.duplicates).toHaveLength(2);
    expect(first).toMatchObject({ row: 2, candidates: [expect.objectContaining({ id: kept, matchedBy: ['name'] })] });
    const [{ id: thirdRowsFirst }] = await db.query(`SELECT id FROM resources WHERE name = $1`, [`普查${tag}新馆`]);
    expect(second).toMatchObject({
      row: 4,
      candidates: [expect.objectContaining({ id: thirdRowsFirst, matchedBy: ['name'] })],
    });
    const [{ flags: stored }] = await db.query(
      `SELECT rev.flags FROM resources r JOIN resource_revisions rev ON rev.id = r.published_revision_id WHERE r.id = $1`,
      [first.resourceId],
    );
    expect(stored.possibleDuplicates).toEqual([expect.objectContaining({ id: kept, matchedBy: ['name'] })]);

    // Updated rows are compared too when they rename or move an entry, never with the entry itself.
    const updates = Buffer.from(
      [
        headers.join(','),
        row(`星辰${tag}科学馆（新址）`, '22.40', thirdRowsFirst),
        row(`南山区星辰${tag}科学馆`, '22.50', first.resourceId),
      ].join('\r\n'),
    );
    const updated = await t
      .http()
      .post(v1('/census/import'))
      .set(bearer(nanshan))
      .attach('file', updates, 'census.csv')
      .expect(200);
    expect(updated.body).toMatchObject({ created: 0, updated: 1, errors: [] });
    expect(updated.body.duplicates).toEqual([
      {
        row: 2,
        resourceId: thirdRowsFirst,
        candidates: expect.arrayContaining([
          expect.objectContaining({ id: kept, matchedBy: ['name'] }),
          expect.objectContaining({ id: first.resourceId, matchedBy: ['name'] }),
        ]),
      },
    ]);
  });

  describe('merging', () => {
    let merged: string;
    let earlier: string;
    let offeringId: string;
    let slotIds: string[];
    let booking: { id: string; code: string };
    let family: SignedIn;

    beforeAll(async () => {
      ({ resourceId: merged, offeringId, slotIds } = await bookableEvent(t, operator, city));
      [family] = await visitorAccounts(t, 1);
      booking = (await book(t, family, bookingBody(slotIds[0])).expect(201)).body;
      // Two people let in at the merged venue's desk without a booking (docs/booking-rules.md, "Walk-ins").
      await openForCheckIn(t, slotIds[0]);
      await t
        .http()
        .post(v1(`/slots/${slotIds[0]}/walk-ins`))
        .set(bearer(operator))
        .send({ count: 2 })
        .expect(200);
      earlier = await createDraft(t, operator, { name: `星辰${tag}旧馆` });
      await publish(t, earlier, operator, city);
      await merge(futian, earlier, merged).expect(200);
      await db.query(
        `INSERT INTO stats_daily (resource_id, day, bookings, people_served) VALUES ($1, '2020-01-01', 3, 7), ($2, '2020-01-01', 1, 2), ($2, '2020-01-02', 5, 9)`,
        [kept, merged],
      );
    });

    it('refuses wrong regions, roles, itself, a merged target and a merged source, writing nothing', async () => {
      const before = await auditCount();
      await merge(nanshan, merged, kept).expect(404);
      await merge(operator, merged, kept).expect(403);
      expect((await merge(futian, merged, merged).expect(409)).body.code).toBe('SAME_RESOURCE');
      expect((await merge(futian, kept, earlier).expect(409)).body.code).toBe('MERGE_TARGET_CLOSED');
      expect((await merge(futian, earlier, kept).expect(409)).body.code).toBe('INVALID_TRANSITION');
      expect((await merge(futian, merged, kept, '  ').expect(400)).body.code).toBe('REASON_REQUIRED');
      await merge(futian, merged, kept, '').expect(400);
      expect(await auditCount()).toBe(before);
      const [row] = await db.query(`SELECT status, merged_into_id FROM resources WHERE id = $1`, [merged]);
      expect(row).toEqual({ status: 'published', merged_into_id: null });
    });

    it('refuses to merge venues where one visitor is booked at both on the same day, writing nothing', async () => {
      // Real-name offerings keep each visitor's ID hash: one visit per person, venue and day.
      const realName = { realName: true };
      const [x, y] = [
        await bookableEvent(t, operator, city, realName),
        await bookableEvent(t, operator, city, realName),
      ];
      const visitors = await visitorAccounts(t, 2);
      await book(t, visitors[0], bookingBody(x.slotIds[0])).expect(201);
      await book(t, visitors[1], bookingBody(y.slotIds[0])).expect(201);
      const before = await auditCount();
      const res = await merge(futian, x.resourceId, y.resourceId).expect(409);
      expect(res.body).toMatchObject({ code: 'MERGE_BLOCKED_BY_BOOKINGS', details: { visitors: 1 } });
      expect(await auditCount()).toBe(before);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM offerings WHERE resource_id = $1`, [x.resourceId]);
      expect(n).toBe(1);
    });

    it('moves offerings, bookings, walk-ins and figures to the kept entry, keeps redirects one hop and joins the history', async () => {
      const [{ name: mergedName }] = await db.query(`SELECT name FROM resources WHERE id = $1`, [merged]);
      const res = await merge(futian, merged, kept).expect(200);
      expect(res.body).toMatchObject({ id: kept, status: 'published' });
      // People still type the names of both merged entries: the kept one answers to them.
      const { aliases } = (
        await t
          .http()
          .get(v1(`/resources/${kept}/aliases`))
          .expect(200)
      ).body;
      expect(aliases).toEqual(expect.arrayContaining([mergedName, `星辰${tag}旧馆`]));
      expect(res.body.offerings.map((o: { id: string }) => o.id)).toContain(offeringId);

      const [resource] = await db.query(`SELECT status, merged_into_id FROM resources WHERE id = $1`, [merged]);
      expect(resource).toEqual({ status: 'merged', merged_into_id: kept });
      const [chain] = await db.query(`SELECT merged_into_id FROM resources WHERE id = $1`, [earlier]);
      expect(chain.merged_into_id).toBe(kept);
      for (const table of ['offerings', 'slots', 'bookings', 'booking_visitors', 'slot_walk_ins']) {
        const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE resource_id = $1`, [merged]);
        expect({ table, n }).toEqual({ table, n: 0 });
      }
      expect(
        await db.query(
          `SELECT day::text, bookings, people_served FROM stats_daily WHERE resource_id = $1 ORDER BY day`,
          [kept],
        ),
      ).toEqual([
        { day: '2020-01-01', bookings: 4, people_served: 9 },
        { day: '2020-01-02', bookings: 5, people_served: 9 },
      ]);
      expect((await db.query(`SELECT count(*)::int AS n FROM stats_daily WHERE resource_id = $1`, [merged]))[0].n).toBe(
        0,
      );

      const history = (
        await t
          .http()
          .get(v1(`/resources/${kept}/history`))
          .set(bearer(futian))
          .expect(200)
      ).body;
      const mergedFrom = history.find(
        (e: { action: string; resourceId: string }) => e.action === 'resource.merged_from' && e.resourceId === kept,
      );
      expect(mergedFrom).toMatchObject({
        resourceId: kept,
        details: { from: { id: merged }, reason: '同一场馆重复登记' },
      });
      expect(mergedFrom.details.moved).toMatchObject({ offerings: 1, bookings: 1, walkIns: 1, statisticsDays: 2 });
      expect(history).toContainEqual(expect.objectContaining({ action: 'resource.create', resourceId: merged }));
      expect(history).toContainEqual(expect.objectContaining({ action: 'resource.merge', resourceId: earlier }));
    });

    it("counts the merged venue's walk-ins among the kept venue's people served after the rollup", async () => {
      const [{ day }] = await db.query(`SELECT visit_date::text AS day FROM slot_walk_ins WHERE slot_id = $1`, [
        slotIds[0],
      ]);
      await t.app.get(StatsRollupJob).refresh(day, day);
      // The booking is not checked in yet: the two walk-ins are all the people served that day.
      expect(
        await db.query(
          `SELECT resource_id, walk_ins, people_served FROM stats_daily WHERE day = $1 AND resource_id = ANY($2)`,
          [day, [kept, merged]],
        ),
      ).toEqual([{ resource_id: kept, walk_ins: 2, people_served: 2 }]);
      const overview = await t
        .http()
        .get(v1(`/stats/overview?resourceId=${kept}`))
        .set(bearer(operator))
        .expect(200);
      expect(overview.body.service).toMatchObject({ walkIns: 2 });
    });

    it('answers the merged id with the kept entry, marked, to anyone', async () => {
      for (const id of [merged, earlier]) {
        const res = await t
          .http()
          .get(v1(`/resources/${id}`))
          .expect(200);
        expect(res.body).toMatchObject({ id: kept, mergedFrom: id, status: 'published' });
      }
    });

    it('shows the booking under the kept venue, where it is checked in', async () => {
      const view = await t
        .http()
        .get(v1(`/bookings/${booking.id}`))
        .set(bearer(family))
        .expect(200);
      expect(view.body.venue).toMatchObject({ id: kept });
      await openForCheckIn(t, slotIds[0]);
      const res = await t.http().post(v1('/check-ins')).set(bearer(operator)).send({ code: booking.code }).expect(200);
      expect(res.body).toMatchObject({ id: booking.id, status: 'checked_in' });
    });

    it('takes the merged entries out of search, through the outbox', async () => {
      await t.app.get(OutboxRelay).drain();
      const copies = await searchCopies(t);
      expect(copies.index).toEqual(copies.register);
      expect(copies.fallback).toEqual(copies.register);
      expect(copies.register.map((d) => d.id)).toContain(kept);
      expect(copies.register.map((d) => d.id)).not.toEqual(expect.arrayContaining([merged]));
      expect(copies.register.map((d) => d.id)).not.toEqual(expect.arrayContaining([earlier]));
    });
  });
});
