import { AccreditationRemindersJob, ReconfirmationJob, ResourcesService } from '@kepu/register';
import { OutboxRelay, ResourceIndex } from '@kepu/search';
import { DataSource } from 'typeorm';
import { createDraft, publish, resourceBody } from '../support/register';
import { bearer, SignedIn, signIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

const SHANGHAI = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
/** The date in Shanghai `days` from today. */
const day = (days: number) => SHANGHAI.format(new Date(Date.now() + days * 86_400_000));
/** Noon in Shanghai on that date: the controlled clock the jobs run with. */
const noonOf = (date: string) => new Date(`${date}T12:00:00+08:00`);
const shiftDate = (date: string, days: number) => SHANGHAI.format(new Date(noonOf(date).getTime() + days * 86_400_000));

describe('Register upkeep: accreditation expiry and the yearly re-confirmation (docs/register.md)', () => {
  let t: TestApp;
  let db: DataSource;
  let relay: OutboxRelay;
  let operator: SignedIn, operator2: SignedIn, family: SignedIn;
  let futianAdmin: SignedIn, nanshanAdmin: SignedIn, cityAdmin: SignedIn;

  const http = () => t.http();
  const v1 = (path: string) => `/api/v1${path}`;

  /** Notifications of this kind queued for the account about the named resource. */
  const queued = async (who: SignedIn, kind: string, about: string) =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM outbox
          WHERE aggregate_type = 'notification' AND aggregate_id = $1 AND topic = $2 AND payload->>'text' LIKE '%' || $3 || '%'`,
        [who.user.id, kind, about],
      )
    )[0].n as number;
  /** Outbox events announcing the resource under this topic. */
  const announced = async (id: string, topic: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE aggregate_id = $1 AND topic = $2`, [id, topic]))[0]
      .n as number;

  const uploadEvidence = async () => {
    const res = await http()
      .post(v1('/media?purpose=evidence'))
      .set(bearer(operator))
      .attach('file', Buffer.from('%PDF-1.4\n%%EOF'), { filename: 'certificate.pdf', contentType: 'application/pdf' });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  /** A resource of the demo science museum (Futian), published by the city administrator. */
  const publishedVenue = async (overrides: Record<string, unknown> = {}) => {
    const body = resourceBody(overrides);
    const id = await createDraft(t, operator, body);
    await publish(t, id, operator, cityAdmin);
    return { id, name: body.name as string };
  };
  const accreditation = (overrides: Record<string, unknown> = {}) => ({
    name: '深圳市科普教育基地',
    level: 'municipal',
    yearGranted: 2022,
    ...overrides,
  });
  const page = async (id: string, who?: SignedIn) => {
    const req = http().get(v1(`/resources/${id}`));
    const res = await (who ? req.set(bearer(who)) : req);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    relay = t.app.get(OutboxRelay);
    [operator, operator2, family, futianAdmin, nanshanAdmin, cityAdmin] = await Promise.all(
      ['operator', 'operator2', 'family', 'futian-admin', 'nanshan-admin', 'city-admin'].map((who) =>
        signIn(t, `${who}@demo.kepu`),
      ),
    );
    await t.app.get(ResourceIndex).reindex();
    await relay.drain();
  });
  afterAll(() => t.close());

  describe('accreditation reminders', () => {
    it('tells the operator and the district administrator at 90, 30 and 7 days and on the day, each once', async () => {
      const expiresOn = day(120);
      const venue = await publishedVenue({ accreditations: [accreditation({ expiresOn })] });
      const job = t.app.get(AccreditationRemindersJob);
      const expiring = (who: SignedIn) => queued(who, 'register.accreditation_expiring', venue.name);
      const expired = (who: SignedIn) => queued(who, 'register.accreditation_expired', venue.name);

      await job.run(noonOf(shiftDate(expiresOn, -91)));
      expect(await expiring(operator)).toBe(0);

      let expected = 0;
      for (const before of [90, 30, 7]) {
        expected++;
        for (const again of [0, 0, 1]) await job.run(noonOf(shiftDate(expiresOn, -before + again)));
        expect(await expiring(operator)).toBe(expected);
        expect(await expiring(futianAdmin)).toBe(expected);
      }
      // Not another district's administrator, nor the city's, nor another organisation's operator.
      expect(await expiring(nanshanAdmin)).toBe(0);
      expect(await expiring(cityAdmin)).toBe(0);
      expect(await expiring(operator2)).toBe(0);

      const republished = await announced(venue.id, 'resource.published');
      await job.run(noonOf(expiresOn));
      await job.run(noonOf(expiresOn));
      await job.run(noonOf(shiftDate(expiresOn, 1)));
      expect(await expired(operator)).toBe(1);
      expect(await expired(futianAdmin)).toBe(1);
      expect(await expired(nanshanAdmin)).toBe(0);
      expect(await expiring(operator)).toBe(3);
      // Announced again once, on the day, so the search index drops the level.
      expect(await announced(venue.id, 'resource.published')).toBe(republished + 1);
      const text = (
        await db.query(
          `SELECT payload->>'text' AS text FROM outbox WHERE topic = 'register.accreditation_expired' AND aggregate_id = $1
            AND payload->>'text' LIKE '%' || $2 || '%'`,
          [operator.user.id, venue.name],
        )
      )[0].text;
      expect(text).toContain('已于');
      expect(text).toContain('expired on');
    });

    it('leaves out an expired accreditation from the venue page, the search facet and the statistics', async () => {
      const venue = await publishedVenue({
        accreditations: [
          accreditation({ name: '国家级科普教育基地', level: 'national', expiresOn: day(-1) }),
          accreditation({ expiresOn: day(1) }),
          accreditation({ name: '区科普基地', level: 'district' }),
        ],
      });
      const shown = await page(venue.id);
      expect(
        shown.accreditations.map((a: { level: string; current: boolean }) => [a.level, a.current, 'evidenceId' in a]),
      ).toEqual([
        ['national', false, false],
        ['municipal', true, false],
        ['district', true, false],
      ]);
      await relay.drain();
      const [fallback] = await db.query(`SELECT accreditation_levels FROM search_fallback WHERE resource_id = $1`, [
        venue.id,
      ]);
      expect(fallback.accreditation_levels.sort()).toEqual(['district', 'municipal']);
      const search = async (level: string) =>
        (
          await http()
            .get(v1(`/search?accreditation=${level}&district=440304&pageSize=100`))
            .expect(200)
        ).body.hits.map((h: { id: string }) => h.id);
      expect(await search('national')).not.toContain(venue.id);
      expect(await search('municipal')).toContain(venue.id);

      const today = day(0);
      const stats = await http()
        .get(v1(`/stats/overview?from=${today}&to=${today}&resourceId=${venue.id}`))
        .set(bearer(futianAdmin))
        .expect(200);
      expect(stats.body.register.byAccreditationLevel).toEqual({ municipal: 1, district: 1 });
    });

    it('renews an accreditation as an edit with new evidence that goes through review; its reminders start afresh', async () => {
      const firstEvidence = await uploadEvidence();
      const expiresOn = day(20);
      const venue = await publishedVenue({
        accreditations: [accreditation({ expiresOn, evidenceId: firstEvidence })],
      });
      const [stored] = (await page(venue.id, operator)).accreditations;
      const renewed = (overrides: Record<string, unknown>) => ({
        id: stored.id,
        name: stored.name,
        level: stored.level,
        yearGranted: stored.yearGranted,
        expiresOn: day(400),
        ...overrides,
      });
      const edit = (accreditations: object[]) =>
        http()
          .patch(v1(`/resources/${venue.id}`))
          .set(bearer(operator))
          .send({ accreditations });
      const refusedAt = async (accreditations: object[], field: string) => {
        const res = await edit(accreditations);
        expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
        expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([field]);
      };
      await refusedAt([renewed({})], 'accreditations.0.evidenceId');
      await refusedAt([renewed({ evidenceId: firstEvidence })], 'accreditations.0.evidenceId');
      await refusedAt(
        [renewed({ expiresOn, evidenceId: firstEvidence }), accreditation({ level: 'district' })],
        'accreditations.1.evidenceId',
      );
      // Refusals wrote nothing.
      const [row] = await db.query(`SELECT working_revision_id FROM resources WHERE id = $1`, [venue.id]);
      expect(row.working_revision_id).toBeNull();

      // Neither is an unchanged one, or an earlier expiry, a renewal.
      await edit([renewed({ expiresOn: day(10), evidenceId: firstEvidence })]).expect(200);
      const job = t.app.get(AccreditationRemindersJob);
      const newEvidence = await uploadEvidence();
      await edit([renewed({ evidenceId: newEvidence })]).expect(200);
      expect((await page(venue.id)).accreditations[0].expiresOn).toBe(expiresOn);
      await http()
        .post(v1(`/resources/${venue.id}/submit`))
        .set(bearer(operator))
        .expect(200);
      await http()
        .post(v1(`/resources/${venue.id}/review`))
        .set(bearer(cityAdmin))
        .send({ decision: 'approve' })
        .expect(200);
      expect((await page(venue.id)).accreditations[0]).toMatchObject({ expiresOn: day(400), current: true });

      await job.run(noonOf(shiftDate(day(400), -90)));
      await job.run(noonOf(shiftDate(day(400), -90)));
      expect(await queued(operator, 'register.accreditation_expiring', venue.name)).toBe(1);
      expect((await page(venue.id, operator)).accreditations[0].evidenceId).toBe(newEvidence);
    });
  });

  describe('the yearly re-confirmation', () => {
    let venue: { id: string; name: string };
    const job = () => t.app.get(ReconfirmationJob);
    /** Sets the venue's last confirmation this long before now. */
    const confirmedAgo = async (months: number, days: number): Promise<Date> =>
      (
        await db.query(
          `UPDATE resources SET confirmed_at = now() - make_interval(months => $2, days => $3) WHERE id = $1
           RETURNING confirmed_at AS at`,
          [venue.id, months, days],
        )
      )[0][0].at;
    /** Runs the job with its clock this long after `from`. */
    const runAfter = async (from: Date, months: number, days: number) => {
      const [{ at }] = await db.query(`SELECT $1::timestamptz + make_interval(months => $2, days => $3) AS at`, [
        from,
        months,
        days,
      ]);
      await job().run(at);
    };
    /** The venue's last confirmation, 15 months and 2 days ago: the job's clock walks up to now. */
    let confirmed: Date;
    const reminders = (who: SignedIn) => queued(who, 'register.reconfirmation_due', venue.name);
    const staleQueue = async (who: SignedIn) =>
      (await http().get(v1('/resources/stale?pageSize=100')).set(bearer(who)).expect(200)).body;
    const inQueue = async (who: SignedIn) =>
      (await staleQueue(who)).items.find((i: { resourceId: string }) => i.resourceId === venue.id);
    const searchHits = async () => {
      await relay.drain();
      const suffix = venue.name.split(' ')[1];
      const { hits } = (
        await http()
          .get(v1(`/search?q=${suffix}&district=440304`))
          .expect(200)
      ).body;
      return hits.map((h: { id: string }) => h.id);
    };
    const inFallback = async () =>
      (await db.query(`SELECT 1 FROM search_fallback WHERE resource_id = $1`, [venue.id])).length === 1;
    const confirm = (who?: SignedIn) => {
      const req = http().post(v1(`/resources/${venue.id}/confirm`));
      return who ? req.set(bearer(who)) : req;
    };

    beforeAll(async () => {
      venue = await publishedVenue();
    });

    it('is confirmed on publication', async () => {
      const shown = await page(venue.id, operator);
      expect(Date.now() - Date.parse(shown.confirmedAt)).toBeLessThan(60_000);
      expect(shown).toMatchObject({ stale: false, confirmationDue: false, outOfSearch: false });
      expect(await searchHits()).toContain(venue.id);
    });

    it('reminds the operators once, a month before the confirmation is due', async () => {
      confirmed = await confirmedAgo(15, 2);
      await runAfter(confirmed, 10, 28);
      expect(await reminders(operator)).toBe(0);
      await runAfter(confirmed, 11, 1);
      await runAfter(confirmed, 11, 2);
      expect(await reminders(operator)).toBe(1);
      expect(await reminders(futianAdmin)).toBe(0);
      expect(await reminders(operator2)).toBe(0);
      expect((await page(venue.id, operator)).confirmationDue).toBe(true);
      expect((await page(venue.id)).stale).toBe(false);
      expect(await inQueue(futianAdmin)).toBeUndefined();
    });

    it('after 12 months marks it stale and puts it in its administrators’ stale queue', async () => {
      await runAfter(confirmed, 11, 29);
      expect((await page(venue.id)).stale).toBe(false);
      await runAfter(confirmed, 12, 1);
      const shown = await page(venue.id);
      expect(shown.stale).toBe(true);
      expect(shown).not.toHaveProperty('confirmationDue');
      expect(await reminders(operator)).toBe(1);
      for (const admin of [futianAdmin, cityAdmin]) {
        expect(await inQueue(admin)).toMatchObject({
          name: venue.name,
          regionCode: '440304',
          monthsSinceConfirmation: 15,
          outOfSearch: false,
          outOfSearchSince: null,
        });
      }
      expect(await inQueue(nanshanAdmin)).toBeUndefined();
      expect(await searchHits()).toContain(venue.id);
      for (const who of [operator, family]) {
        const res = await http().get(v1('/resources/stale')).set(bearer(who));
        expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN']);
      }
      expect((await http().get(v1('/resources/stale'))).status).toBe(401);
    });

    it('after 15 months takes it out of search, the fallback and the reindex; its own page stays', async () => {
      await runAfter(confirmed, 14, 29);
      expect(await announced(venue.id, 'resource.unpublished')).toBe(0);
      await runAfter(confirmed, 15, 1);
      await runAfter(confirmed, 15, 2);
      expect(await announced(venue.id, 'resource.unpublished')).toBe(1);
      expect(await searchHits()).not.toContain(venue.id);
      expect(await inFallback()).toBe(false);
      expect(await t.app.get(ResourcesService).published({ ids: [venue.id] })).toEqual([]);
      const list = await http()
        .get(v1(`/resources?q=${encodeURIComponent(venue.name)}`))
        .expect(200);
      expect(list.body.total).toBe(0);
      await t.app.get(ResourceIndex).reindex();
      expect(await searchHits()).not.toContain(venue.id);
      expect(await inFallback()).toBe(false);
      expect(await inQueue(futianAdmin)).toMatchObject({ monthsSinceConfirmation: 15, outOfSearch: true });
      expect(await page(venue.id)).toMatchObject({ status: 'published', stale: true });
      expect((await page(venue.id, operator)).outOfSearch).toBe(true);
    });

    it('only the venue’s operators confirm it: administrators are refused, strangers told nothing', async () => {
      const before = await db.query(`SELECT confirmed_at, hidden_from_search_at FROM resources WHERE id = $1`, [
        venue.id,
      ]);
      for (const [who, status] of [
        [futianAdmin, 403],
        [cityAdmin, 403],
        [nanshanAdmin, 404],
        [operator2, 404],
        [family, 404],
      ] as const) {
        expect((await confirm(who)).status).toBe(status);
      }
      expect((await confirm()).status).toBe(401);
      expect(
        (await http().post(v1('/resources/00000000-0000-4000-8000-000000000000/confirm')).set(bearer(operator))).status,
      ).toBe(404);
      expect(
        await db.query(`SELECT confirmed_at, hidden_from_search_at FROM resources WHERE id = $1`, [venue.id]),
      ).toEqual(before);
    });

    it('the operator confirms it unchanged in one action: back in search, off the queue', async () => {
      const res = await confirm(operator).expect(200);
      expect(res.body).toMatchObject({ stale: false, outOfSearch: false, confirmationDue: false });
      expect(Date.now() - Date.parse(res.body.confirmedAt)).toBeLessThan(60_000);
      expect(await announced(venue.id, 'resource.published')).toBeGreaterThan(1);
      expect(await searchHits()).toContain(venue.id);
      expect(await inFallback()).toBe(true);
      expect(await inQueue(futianAdmin)).toBeUndefined();
      const history = await http()
        .get(v1(`/resources/${venue.id}/history`))
        .set(bearer(operator))
        .expect(200);
      expect(history.body.map((h: { action: string }) => h.action)).toEqual(
        expect.arrayContaining(['resource.stale', 'resource.hidden_from_search', 'resource.confirm']),
      );
      // A new period: its reminder goes out again.
      await runAfter(new Date(res.body.confirmedAt), 11, 1);
      expect(await reminders(operator)).toBe(2);
    });

    it('an approved edit counts as a confirmation; confirming waits while an edit is under review', async () => {
      await runAfter(await confirmedAgo(13, 0), 13, 0);
      expect((await page(venue.id)).stale).toBe(true);
      await http()
        .patch(v1(`/resources/${venue.id}`))
        .set(bearer(operator))
        .send({ transport: '地铁1号线' })
        .expect(200);
      await http()
        .post(v1(`/resources/${venue.id}/submit`))
        .set(bearer(operator))
        .expect(200);
      const underReview = await confirm(operator);
      expect([underReview.status, underReview.body.code]).toEqual([409, 'RESOURCE_UNDER_REVIEW']);
      expect((await page(venue.id)).stale).toBe(true);
      await http()
        .post(v1(`/resources/${venue.id}/review`))
        .set(bearer(cityAdmin))
        .send({ decision: 'approve' })
        .expect(200);
      const shown = await page(venue.id);
      expect(shown.stale).toBe(false);
      expect(Date.now() - Date.parse(shown.confirmedAt)).toBeLessThan(60_000);
      expect(await inQueue(futianAdmin)).toBeUndefined();
    });

    it('refuses to confirm what is not published', async () => {
      const draft = await createDraft(t, operator);
      const res = await http()
        .post(v1(`/resources/${draft}/confirm`))
        .set(bearer(operator));
      expect([res.status, res.body.code]).toEqual([409, 'INVALID_TRANSITION']);
    });
  });
});
