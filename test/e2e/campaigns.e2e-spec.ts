import { OutboxRunner } from '@kepu/core';
import { EventIndex, EventIndexCheckJob } from '@kepu/campaigns';
import { demoCampaigns } from '@kepu/demo';
import { addDays, isoWeekday, shanghaiToday } from '@kepu/schedule';
import { DataSource } from 'typeorm';
import { withMeiliUnreachable } from '../support/search-index';
import { book, bookingBody, bookingFor, openForCheckIn, visitorAccounts } from '../support/booking';
import { v1 } from '../support/matrix';
import { createDraft, publish } from '../support/register';
import { admissionBody, createOffering, museumHours, putHours } from '../support/schedule';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

const FUTIAN = '440304';
const NANSHAN = '440305';

interface EventBody {
  offeringId: string;
  title: string;
  days: string[];
  themes: string[];
  bookable: boolean;
  campaignIds: string[];
  venue: { id: string; name: string; districtCode: string; districtName: string; location: { lat: number } };
}

describe('campaigns: 全国科普日 and 科技活动周, their events, search and figures', () => {
  let t: TestApp;
  let db: DataSource;
  let city: SignedIn;
  let futianAdmin: SignedIn;
  let nanshanAdmin: SignedIn;
  let operator: SignedIn;
  let operator2: SignedIn;
  let family: SignedIn;
  const today = shanghaiToday();
  const day = (offset: number) => addDays(today, offset);

  const campaignBody = (overrides: Record<string, unknown> = {}) => ({
    name: '全国科普日',
    nameEn: 'National Science Day',
    from: today,
    to: day(10),
    themes: ['physics', 'astronomy'],
    regionCodes: ['440300'],
    description: '全市科普场馆共同参与。',
    ...overrides,
  });
  const post = (who: SignedIn | undefined, path: string, body: object = {}) => {
    const req = t.http().post(v1(path));
    return (who ? req.set(bearer(who)) : req).send(body);
  };
  const get = (who: SignedIn | undefined, path: string) => {
    const req = t.http().get(v1(path));
    return who ? req.set(bearer(who)) : req;
  };
  const count = async (table: string) => (await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const announced = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE aggregate_type = 'campaign_event'`))[0].n as number;
  const published = async (who: SignedIn, overrides: Record<string, unknown> = {}) => {
    const created = await post(who, '/campaigns', campaignBody(overrides)).expect(201);
    await post(who, `/campaigns/${created.body.id}/publish`).expect(200);
    return created.body.id as string;
  };
  /** A published venue in the district with one event (by default on the day after tomorrow). */
  const eventIn = async (regionCode: string, offering: Record<string, unknown>, daysAhead = 2) => {
    const resourceId = await createDraft(t, operator, { regionCode, themes: ['physics'] });
    // Open every day: the events fall on days counted from today, and museum hours close on Mondays,
    // when an event gets no slots and is not bookable.
    await putHours(
      t,
      operator,
      resourceId,
      museumHours({ weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '09:00', close: '17:30' }] }),
    );
    await publish(t, resourceId, operator, city);
    const created = await createOffering(t, operator, resourceId, {
      kind: 'event',
      slotMinutes: 60,
      capacity: 50,
      dates: [day(daysAhead)],
      startTimes: ['10:00'],
      ...offering,
    });
    return { resourceId, offeringId: created.id as string };
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [city, futianAdmin, nanshanAdmin, operator, operator2, family] = await Promise.all(
      ['city-admin', 'futian-admin', 'nanshan-admin', 'operator', 'operator2', 'family'].map((name) =>
        signIn(t, `${name}@demo.kepu`),
      ),
    );
  });
  afterAll(() => t?.close());

  it('come with the demo: 全国科普日 and 科技活动周 on their next run, each with an event and a lab open day', async () => {
    const [scienceDay, scienceWeek] = demoCampaigns(shanghaiToday());
    expect(scienceDay.name).toMatch(/^20\d\d年全国科普日$/);
    expect(scienceDay.to >= shanghaiToday()).toBe(true);
    const listed = await get(undefined, '/campaigns').expect(200);
    expect(listed.body.items.map((c: { name: string }) => c.name).sort()).toEqual(
      [scienceDay.name, scienceWeek.name].sort(),
    );
    const shown = listed.body.items.find((c: { name: string }) => c.name === scienceDay.name);
    expect(shown).toMatchObject({ from: scienceDay.from, to: scienceDay.to, status: 'published', eventCount: 3 });
    const events = (await get(undefined, `/campaigns/${shown.id}/events`).expect(200)).body as (EventBody & {
      kind: string;
    })[];
    const dated = (venue: string) =>
      (scienceDay.events.find((event) => event.venue === venue)?.offering.dates as string[])[0];
    expect(events.map((event) => [event.kind, event.venue.name, event.days[0]])).toEqual([
      [
        'lab_open_day',
        '中国科学院深圳先进技术研究院（公众科学日）',
        dated('中国科学院深圳先进技术研究院（公众科学日）'),
      ],
      ['event', '深圳市科学馆', dated('深圳市科学馆')],
      ['event', '深圳市天文台', dated('深圳市天文台')],
    ]);
    // The lab open day keeps its weekday (Tuesday) whatever the year.
    expect(isoWeekday(events[0].days[0])).toBe(2);
    // What the following tests count is their own.
    await db.query(`DELETE FROM campaigns`);
  });

  it('are created by administrators of their regions, published, edited, and public only once published', async () => {
    expect((await post(family, '/campaigns', campaignBody()).expect(403)).body.code).toBe('FORBIDDEN');
    expect((await post(operator, '/campaigns', campaignBody()).expect(403)).body.code).toBe('FORBIDDEN');
    await post(nanshanAdmin, '/campaigns', campaignBody({ regionCodes: [FUTIAN] })).expect(403);
    await post(nanshanAdmin, '/campaigns', campaignBody({ regionCodes: ['440300'] })).expect(403);
    await post(undefined, '/campaigns', campaignBody()).expect(401);
    const refusals: [Record<string, unknown>, string][] = [
      [{ regionCodes: ['999999'] }, 'UNKNOWN_REGION'],
      [{ from: day(5), to: day(1) }, 'DATES_INVERTED'],
      [{ to: day(70) }, 'CAMPAIGN_TOO_LONG'],
      [{ themes: ['cooking'] }, 'VALIDATION_FAILED'],
      [{ themes: [] }, 'VALIDATION_FAILED'],
      [{ name: '   ' }, 'VALIDATION_FAILED'],
      [{ from: '2026-02-30' }, 'VALIDATION_FAILED'],
      [{ regionCodes: Array.from({ length: 21 }, (_v, i) => `44030${i}`) }, 'VALIDATION_FAILED'],
    ];
    for (const [overrides, code] of refusals) {
      const res = await post(city, '/campaigns', campaignBody(overrides));
      expect([overrides, res.status, res.body.code]).toEqual([overrides, 400, code]);
    }
    expect(await count('campaigns')).toBe(0);

    const draft = await post(nanshanAdmin, '/campaigns', campaignBody({ regionCodes: [NANSHAN] })).expect(201);
    expect(draft.body).toMatchObject({
      name: '全国科普日',
      status: 'draft',
      from: today,
      regions: [{ code: NANSHAN, name: '南山区' }],
      eventCount: 0,
      canManage: true,
    });
    const id = draft.body.id as string;
    // A draft: its administrators and the city's see it; anyone else is told nothing.
    await get(undefined, `/campaigns/${id}`).expect(404);
    await get(futianAdmin, `/campaigns/${id}`).expect(404);
    await get(operator, `/campaigns/${id}`).expect(404);
    expect((await get(city, `/campaigns/${id}`).expect(200)).body.canManage).toBe(true);
    expect((await get(undefined, '/campaigns').expect(200)).body.total).toBe(0);
    expect(
      (await get(nanshanAdmin, '/campaigns/managed').expect(200)).body.items.map((c: { id: string }) => c.id),
    ).toEqual([id]);
    expect((await get(futianAdmin, '/campaigns/managed').expect(200)).body.total).toBe(0);
    await get(operator, '/campaigns/managed').expect(403);

    // Only within what the editor administers.
    await t
      .http()
      .put(v1(`/campaigns/${id}`))
      .set(bearer(futianAdmin))
      .send(campaignBody())
      .expect(404);
    const widened = await t
      .http()
      .put(v1(`/campaigns/${id}`))
      .set(bearer(nanshanAdmin))
      .send(campaignBody());
    expect(widened.status).toBe(403);
    const edited = await t
      .http()
      .put(v1(`/campaigns/${id}`))
      .set(bearer(nanshanAdmin))
      .send(campaignBody({ name: '南山科技活动周', regionCodes: [NANSHAN] }))
      .expect(200);
    expect(edited.body).toMatchObject({ name: '南山科技活动周', status: 'draft' });

    await post(futianAdmin, `/campaigns/${id}/publish`).expect(404);
    const live = await post(nanshanAdmin, `/campaigns/${id}/publish`).expect(200);
    expect(live.body).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    expect((await post(nanshanAdmin, `/campaigns/${id}/publish`).expect(409)).body.code).toBe('CAMPAIGN_NOT_DRAFT');
    expect((await get(undefined, `/campaigns/${id}`).expect(200)).body.canManage).toBe(false);
    const listed = await get(undefined, `/campaigns?year=${today.slice(0, 4)}`).expect(200);
    expect(listed.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await get(undefined, '/campaigns?year=2001').expect(200)).body.total).toBe(0);

    await post(city, `/campaigns/${id}/cancel`).expect(200);
    expect((await post(city, `/campaigns/${id}/cancel`).expect(409)).body.code).toBe('CAMPAIGN_NOT_EDITABLE');
    const frozen = await t
      .http()
      .put(v1(`/campaigns/${id}`))
      .set(bearer(city))
      .send(campaignBody({ regionCodes: [NANSHAN] }));
    expect([frozen.status, frozen.body.code]).toEqual([409, 'CAMPAIGN_NOT_EDITABLE']);
    expect((await get(undefined, `/campaigns/${id}`).expect(200)).body.status).toBe('cancelled');
    expect((await get(undefined, '/campaigns').expect(200)).body.total).toBe(0);
    const audit = await db.query(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`, [id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'campaign.created',
      'campaign.updated',
      'campaign.published',
      'campaign.cancelled',
    ]);
  });

  describe('with events', () => {
    let cityWide: string;
    let futianOnly: string;
    let quantum: { resourceId: string; offeringId: string };
    let stars: { resourceId: string; offeringId: string };

    beforeAll(async () => {
      cityWide = await published(city, { name: '2026年全国科普日' });
      futianOnly = await published(futianAdmin, { name: '福田科技活动周', regionCodes: [FUTIAN] });
      quantum = await eventIn(FUTIAN, { title: '量子物理开放日', kind: 'lab_open_day' });
      stars = await eventIn(NANSHAN, { title: '银河摄影夜' }, 3);
    });

    it('take an event or lab open day of a venue the operator runs, when its dates and place fit; refusals write nothing', async () => {
      const attach = (who: SignedIn, campaignId: string, body: object) =>
        post(who, `/campaigns/${campaignId}/events`, body);
      const admission = await createOffering(t, operator, quantum.resourceId, admissionBody());
      const late = await createOffering(t, operator, quantum.resourceId, {
        title: '晚到的活动',
        kind: 'event',
        slotMinutes: 60,
        capacity: 10,
        dates: [day(20)],
        startTimes: ['10:00'],
      });
      const draft = (await post(city, '/campaigns', campaignBody()).expect(201)).body.id;
      const refusals: [SignedIn, string, object, number, string][] = [
        [operator, cityWide, { offeringId: admission.id }, 422, 'NOT_AN_EVENT'],
        [operator, cityWide, { offeringId: late.id }, 422, 'EVENT_OUTSIDE_DATES'],
        [operator, futianOnly, { offeringId: stars.offeringId }, 422, 'VENUE_OUTSIDE_REGIONS'],
        [operator, cityWide, { offeringId: quantum.offeringId, themes: ['ocean'] }, 422, 'THEME_NOT_IN_CAMPAIGN'],
        [operator, cityWide, { offeringId: quantum.offeringId, themes: ['nope'] }, 400, 'VALIDATION_FAILED'],
        [operator, cityWide, { offeringId: 'not-a-uuid' }, 400, 'VALIDATION_FAILED'],
        [operator, cityWide, { offeringId: '00000000-0000-4000-8000-000000000000' }, 404, 'NOT_FOUND'],
        // Not their venue: another operator is told nothing, an administrator is refused.
        [operator2, cityWide, { offeringId: quantum.offeringId }, 404, 'NOT_FOUND'],
        [futianAdmin, cityWide, { offeringId: quantum.offeringId }, 403, 'FORBIDDEN'],
        [family, cityWide, { offeringId: quantum.offeringId }, 404, 'NOT_FOUND'],
        // A draft is not there for operators; its administrators are told it is not published.
        [operator, draft, { offeringId: quantum.offeringId }, 404, 'NOT_FOUND'],
      ];
      for (const [who, campaignId, body, status, code] of refusals) {
        const res = await attach(who, campaignId, body);
        expect([body, res.status, res.body.code]).toEqual([body, status, code]);
      }
      expect(await count('campaign_events')).toBe(0);
      expect(await announced()).toBe(0);

      const added = await attach(operator, cityWide, { offeringId: quantum.offeringId }).expect(201);
      expect(added.body).toMatchObject({
        offeringId: quantum.offeringId,
        title: '量子物理开放日',
        kind: 'lab_open_day',
        days: [day(2)],
        startTimes: ['10:00'],
        // The venue's theme that the campaign shares.
        themes: ['physics'],
        bookable: true,
        venue: { id: quantum.resourceId, districtCode: FUTIAN, districtName: '福田区' },
      });
      expect((await attach(operator, cityWide, { offeringId: quantum.offeringId }).expect(409)).body.code).toBe(
        'EVENT_ALREADY_ATTACHED',
      );
      await attach(operator, cityWide, { offeringId: stars.offeringId, themes: ['astronomy'] }).expect(201);
      await attach(operator, futianOnly, { offeringId: quantum.offeringId }).expect(201);
      expect(await count('campaign_events')).toBe(3);
      expect(await announced()).toBe(3);
      // Its venue's operators or the campaign's administrators take an event out; a district administrator
      // above the venue who does not run the campaign is refused, strangers are told nothing.
      const detach = (who: SignedIn, campaignId: string) =>
        t
          .http()
          .delete(v1(`/campaigns/${campaignId}/events/${quantum.offeringId}`))
          .set(bearer(who));
      await detach(futianAdmin, cityWide).expect(403);
      await detach(nanshanAdmin, futianOnly).expect(404);
      await detach(operator2, futianOnly).expect(404);
      expect(await count('campaign_events')).toBe(3);
      await detach(futianAdmin, futianOnly).expect(204);
      await detach(operator, futianOnly).expect(404);
      expect(await count('campaign_events')).toBe(2);
      expect((await get(undefined, `/campaigns/${cityWide}`).expect(200)).body.eventCount).toBe(2);
    });

    it('are listed on the public campaign page by day, district and theme', async () => {
      const list = async (query = '') =>
        ((await get(undefined, `/campaigns/${cityWide}/events${query}`).expect(200)).body as EventBody[]).map(
          (event) => event.title,
        );
      expect(await list()).toEqual(['量子物理开放日', '银河摄影夜']);
      expect(await list(`?day=${day(3)}`)).toEqual(['银河摄影夜']);
      expect(await list(`?day=${day(9)}`)).toEqual([]);
      expect(await list(`?district=${FUTIAN}`)).toEqual(['量子物理开放日']);
      expect(await list('?district=440300')).toEqual(['量子物理开放日', '银河摄影夜']);
      expect(await list('?theme=astronomy')).toEqual(['银河摄影夜']);
      expect(await list(`?theme=physics&district=${NANSHAN}`)).toEqual([]);
      const [first] = (await get(undefined, `/campaigns/${cityWide}/events`).expect(200)).body as EventBody[];
      expect(first.venue).toMatchObject({
        name: expect.stringContaining('测试科普馆'),
        location: { lat: expect.any(Number) },
      });
      expect((await get(undefined, `/campaigns/${cityWide}/events?district=999999`).expect(400)).body.code).toBe(
        'UNKNOWN_REGION',
      );
      await get(undefined, `/campaigns/${cityWide}/events?theme=cooking`).expect(400);
      await get(undefined, `/campaigns/${cityWide}/events?day=tomorrow`).expect(400);
    });

    it('are found in their own index in Chinese and pinyin, kept current, and from Postgres while Meilisearch is down', async () => {
      const index = t.app.get(EventIndex);
      const search = async (query: string) =>
        (await get(undefined, `/events/search?pageSize=100&${query}`).expect(200)).body as {
          hits: (EventBody & { highlight?: { title?: string } })[];
          total: number;
          degraded: boolean;
        };
      const titles = async (query: string) => (await search(query)).hits.map((hit) => hit.title);
      expect(await t.app.get(OutboxRunner).drain('campaign_event')).toBe(4);
      const found = await search(`q=${encodeURIComponent('量子')}`);
      expect(found).toMatchObject({ degraded: false, total: 1 });
      expect(found.hits[0]).toMatchObject({ offeringId: quantum.offeringId, campaignIds: [cityWide] });
      expect(found.hits[0].highlight?.title).toContain('<mark>');
      expect(await titles('q=liangzi')).toEqual(['量子物理开放日']);
      expect(await titles('q=yinhe')).toEqual(['银河摄影夜']);
      expect(await titles(`campaign=${cityWide}`)).toEqual(['量子物理开放日', '银河摄影夜']);
      expect(await titles(`campaign=${futianOnly}`)).toEqual([]);
      expect(await titles(`campaign=${cityWide}&district=${NANSHAN}`)).toEqual(['银河摄影夜']);
      expect(await titles(`campaign=${cityWide}&theme=astronomy`)).toEqual(['银河摄影夜']);
      expect(await titles(`campaign=${cityWide}&from=${day(3)}`)).toEqual(['银河摄影夜']);
      expect(await titles(`campaign=${cityWide}&to=${day(2)}`)).toEqual(['量子物理开放日']);
      expect((await get(undefined, `/events/search?from=${day(3)}&to=${day(1)}`).expect(400)).body.code).toBe(
        'DATES_INVERTED',
      );
      expect((await get(undefined, '/events/search?district=999999').expect(400)).body.code).toBe('UNKNOWN_REGION');

      // A new event, and an edit, reach the index with the check job (schedule tells only the resource index).
      const robots = await eventIn(FUTIAN, { title: '折纸机械营' }, 4);
      expect(await titles('q=zhezhi')).toEqual([]);
      await t.app.get(EventIndexCheckJob).run();
      expect(await titles('q=zhezhi')).toEqual(['折纸机械营']);
      await t
        .http()
        .patch(v1(`/offerings/${robots.offeringId}`))
        .set(bearer(operator))
        .send({ title: '无人机周末营' })
        .expect(200);
      await t.app.get(EventIndexCheckJob).run();
      expect(await titles('q=zhezhi')).toEqual([]);
      expect(await titles('q=wurenji')).toEqual(['无人机周末营']);
      expect(await index.mend()).toBe(0);

      await withMeiliUnreachable(t, async () => {
        const fallback = await search(`q=${encodeURIComponent('量子')}`);
        expect(fallback).toMatchObject({ degraded: true, total: 1 });
        expect(fallback.hits[0]).toMatchObject({ offeringId: quantum.offeringId, days: [day(2)] });
        expect(fallback.hits[0].highlight).toBeUndefined();
        expect(await titles(`campaign=${cityWide}&district=${NANSHAN}`)).toEqual(['银河摄影夜']);
        expect(await titles(`campaign=${cityWide}&theme=astronomy`)).toEqual(['银河摄影夜']);
        expect(await titles(`campaign=${cityWide}&from=${day(3)}`)).toEqual(['银河摄影夜']);
        expect((await search(`q=${encodeURIComponent("%' OR 1=1 --")}`)).total).toBe(0);
        // Taking an event out waits for Meilisearch in the outbox.
        await t
          .http()
          .delete(v1(`/campaigns/${cityWide}/events/${stars.offeringId}`))
          .set(bearer(operator))
          .expect(204);
        expect(await t.app.get(OutboxRunner).drain('campaign_event')).toBe(0);
      });
      await db.query(`UPDATE outbox SET next_attempt_at = now() WHERE aggregate_type = 'campaign_event'`);
      expect(await t.app.get(OutboxRunner).drain('campaign_event')).toBe(1);
      expect(await titles(`campaign=${cityWide}`)).toEqual(['量子物理开放日']);
      await post(operator, `/campaigns/${cityWide}/events`, {
        offeringId: stars.offeringId,
        themes: ['astronomy'],
      }).expect(201);
      expect(await t.app.get(OutboxRunner).drain('campaign_event')).toBe(1);
    });

    it('are booked as any offering, and counted in the campaign figures by district', async () => {
      const [visitor, other] = await visitorAccounts(t, 2);
      const [slot] = await db.query(`SELECT id FROM slots WHERE offering_id = $1`, [quantum.offeringId]);
      const booked = await book(t, visitor, bookingBody(slot.id)).expect(201);
      await book(t, other, bookingFor(slot.id, 7)).expect(201);
      await openForCheckIn(t, slot.id);
      await post(operator, '/check-ins', { code: booked.body.code }).expect(200);

      const stats = await get(city, `/campaigns/${cityWide}/stats`).expect(200);
      expect(stats.body).toMatchObject({
        campaignId: cityWide,
        totals: { events: 2, venues: 2, slots: 2, places: 100, bookings: 2, peopleBooked: 2, visitorsCheckedIn: 1 },
        districts: [
          { code: FUTIAN, name: '福田区', events: 1, slots: 1, bookings: 2, visitorsCheckedIn: 1 },
          { code: NANSHAN, name: '南山区', events: 1, slots: 1, bookings: 0, visitorsCheckedIn: 0 },
        ],
      });
      await get(futianAdmin, `/campaigns/${cityWide}/stats`).expect(200);
      await get(family, `/campaigns/${cityWide}/stats`).expect(404);
      await get(operator, `/campaigns/${cityWide}/stats`).expect(404);
      await get(futianAdmin, `/campaigns/${futianOnly}/stats`).expect(200);
      await get(nanshanAdmin, `/campaigns/${futianOnly}/stats`).expect(404);
      const csv = await get(city, `/campaigns/${cityWide}/stats?format=csv`).expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.text).toContain('合计 Total');
      expect(csv.text).toContain('福田区');
      const xlsx = await get(city, `/campaigns/${cityWide}/stats?format=xlsx`).expect(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    });

    it('tell the operators of the events taking part when called off; the events stay bookable', async () => {
      await post(operator, `/campaigns/${futianOnly}/events`, { offeringId: quantum.offeringId }).expect(201);
      const notices = async (who: SignedIn) =>
        (await db.query(
          `SELECT payload->>'text' AS text FROM outbox
            WHERE aggregate_type = 'notification' AND aggregate_id = $1 AND topic = 'campaign.cancelled'`,
          [who.user.id],
        )) as { text: string }[];
      await post(futianAdmin, `/campaigns/${futianOnly}/cancel`).expect(200);
      const [notice, ...more] = await notices(operator);
      expect(more).toEqual([]);
      expect(notice.text).toContain('「福田科技活动周」已取消');
      expect(notice.text).toContain('「量子物理开放日」');
      expect(notice.text).toContain('stay open for booking');
      // Another organisation's operator and the administrators hear nothing of it.
      expect(await notices(operator2)).toEqual([]);
      expect(await notices(futianAdmin)).toEqual([]);
      const [offering] = await db.query(`SELECT status FROM offerings WHERE id = $1`, [quantum.offeringId]);
      expect(offering.status).toBe('active');
    });
  });
});
