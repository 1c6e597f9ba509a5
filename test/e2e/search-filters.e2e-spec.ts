import { DataSource } from 'typeorm';
import { addDays, shanghaiInstant, shanghaiToday } from '@kepu/schedule';
import { MeiliClient, OpenDatesJob, OutboxRelay, ResourceIndex } from '@kepu/search';
import { searchServedAgain } from '../support/search-index';
import { book, bookingBody, pinClockToMidday } from '../support/booking';
import { startMeiliProxy } from '../support/meili-proxy';
import { createDraft, publish } from '../support/register';
import { createOffering, putHours } from '../support/schedule';
import { bearer, SignedIn, signIn } from '../support/sessions';
import { testServices } from '../support/services';
import { startTestApp, TestApp } from '../support/test-app';

type Hit = { id: string };
type Body = { degraded: boolean; total: number; hits: Hit[]; facets: Record<string, Record<string, number>> };

const EVERY_DAY = { weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '09:00', close: '17:00' }], publicHolidays: 'open' };

/**
 * "Open today" and the concession filters, answered alike by Meilisearch and (through a proxy that
 * refuses searches) by the Postgres fallback; and a lab open day from publication to a booking.
 */
describe('search filters: open today and concessions', () => {
  let t: TestApp;
  let proxy: Awaited<ReturnType<typeof startMeiliProxy>>;
  let operator: SignedIn;
  let cityAdmin: SignedIn;
  let family: SignedIn;
  const today = () => shanghaiToday();
  const ids: Record<'open' | 'closed' | 'free' | 'noHours', string> = { open: '', closed: '', free: '', noHours: '' };

  const search = async (query: string) =>
    (await t.http().get(`/api/v1/search?district=440304&pageSize=100&${query}`).expect(200)).body as Body;
  const found = (body: Body) => new Set(body.hits.map((h) => h.id));
  const drain = () => t.app.get(OutboxRelay).drain();

  /** A published Futian venue of the operator's with these hours (none: no hours) and admission. */
  async function venue(name: string, hours: object | null, admission: object) {
    const id = await createDraft(t, operator, { name, admission });
    if (hours) await putHours(t, operator, id, hours as never);
    await publish(t, id, operator, cityAdmin);
    return id;
  }

  beforeAll(async () => {
    pinClockToMidday();
    proxy = await startMeiliProxy(testServices().meiliUrl);
    // No result cache: these tests hold the Postgres fallback's answers against Meilisearch's.
    t = await startTestApp((config) => ({ ...config, search: { ...config.search, url: proxy.url } }), {
      env: { SEARCH_CACHE_MB: '0' },
    });
    [operator, cityAdmin, family] = await Promise.all(
      ['operator', 'city-admin', 'family'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
    await t.app.get(ResourceIndex).reindex();
    const paid = (concessions: object[]) => ({
      free: false,
      prices: [{ label: '成人票', amountFen: 2000 }],
      concessions,
    });
    ids.open = await venue(
      '筛选测试天天开馆',
      EVERY_DAY,
      paid([
        { group: 'seniors', kind: 'free' },
        { group: 'students', kind: 'half_price' },
      ]),
    );
    ids.closed = await venue(
      '筛选测试今日闭馆',
      { ...EVERY_DAY, exceptions: [{ date: today(), closed: true, note: '设备检修' }] },
      paid([
        { group: 'disabled', kind: 'free' },
        { group: 'seniors', kind: 'half_price' },
      ]),
    );
    ids.free = await venue('筛选测试免费馆', EVERY_DAY, { free: true, prices: [], concessions: [] });
    ids.noHours = await venue('筛选测试未填开放时间', null, paid([{ group: 'students', kind: 'discount' }]));
    await drain();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await proxy?.close();
    jest.useRealTimers();
  });

  /** The same answers from Meilisearch and, with searches refused, from Postgres. */
  async function bothWays(check: (degraded: boolean) => Promise<void>) {
    await check(false);
    proxy.refuse((method, path) => path.endsWith('/search'));
    try {
      await check(true);
    } finally {
      proxy.refuse(() => false);
      await searchServedAgain(t);
    }
  }

  it("filters venues open on today's Shanghai date, from hours, exceptions and calendar, with a facet", () =>
    bothWays(async (degraded) => {
      const open = await search('openToday=true');
      expect(open.degraded).toBe(degraded);
      expect(found(open).has(ids.open)).toBe(true);
      expect(found(open).has(ids.free)).toBe(true);
      expect(found(open).has(ids.closed)).toBe(false);
      expect(found(open).has(ids.noHours)).toBe(false);
      const closed = await search('openToday=false');
      expect(found(closed).has(ids.closed)).toBe(true);
      expect(found(closed).has(ids.noHours)).toBe(true);
      expect(found(closed).has(ids.open)).toBe(false);
      const all = await search('');
      expect(all.facets.openToday).toEqual({ true: open.total, false: closed.total });
      expect(open.total + closed.total).toBe(all.total);
    }));

  it('filters by concession (free admission meets them all), with facet counts', () =>
    bothWays(async (degraded) => {
      const seniors = await search('concession=senior_free');
      expect(seniors.degraded).toBe(degraded);
      expect([ids.open, ids.free].every((id) => found(seniors).has(id))).toBe(true);
      expect(found(seniors).has(ids.closed)).toBe(false);
      const disabled = await search('concession=disabled_free');
      expect([ids.closed, ids.free].every((id) => found(disabled).has(id))).toBe(true);
      expect(found(disabled).has(ids.open)).toBe(false);
      const students = await search('concession=student_half');
      expect([ids.open, ids.free].every((id) => found(students).has(id))).toBe(true);
      // A discount is not half price.
      expect(found(students).has(ids.noHours)).toBe(false);
      // Every concession given must apply; repeated or comma-separated alike.
      for (const query of ['concession=senior_free&concession=disabled_free', 'concession=senior_free,disabled_free']) {
        const both = await search(query);
        expect(found(both).has(ids.free)).toBe(true);
        expect(found(both).has(ids.open) || found(both).has(ids.closed)).toBe(false);
      }
      const all = await search('');
      expect(all.facets.concession).toMatchObject({
        senior_free: seniors.total,
        disabled_free: disabled.total,
        student_half: students.total,
      });
      const openAndSeniors = await search('openToday=true&concession=senior_free');
      expect(found(openAndSeniors).has(ids.open)).toBe(true);
      expect(found(openAndSeniors).has(ids.closed)).toBe(false);
    }));

  it('refuses unknown concessions and non-flags with 400', async () => {
    for (const query of ['concession=vip_free', 'openToday=perhaps', `concession=${'senior_free,'.repeat(4)}x`]) {
      const res = await t.http().get(`/api/v1/search?${query}`).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('moves the open-dates window on each day with partial updates of the index and its fallback copy', async () => {
    const db = t.app.get(DataSource);
    const meili = t.app.get(MeiliClient);
    const index = t.app.get(ResourceIndex);
    const document = () =>
      meili.request<{ name: string; openDatesFrom: string; openDates: string[] }>(
        'GET',
        `/indexes/${index.name}/documents/${ids.closed}`,
      );
    expect((await document()).openDates).not.toContain(today());
    expect((await document()).openDates).toContain(addDays(today(), 1));

    // Three days on: the closure is behind, and the window starts on that day.
    const later = addDays(today(), 3);
    await t.app.get(OpenDatesJob).run(shanghaiInstant(later, 0));
    const moved = await document();
    expect(moved).toMatchObject({ name: '筛选测试今日闭馆', openDatesFrom: later });
    expect(moved.openDates[0]).toBe(later);
    expect(moved.openDates).toHaveLength(14);
    const [row] = await db.query(
      `SELECT open_dates_from::text AS "from", array_length(open_dates, 1) AS days FROM search_fallback WHERE resource_id = $1`,
      [ids.closed],
    );
    expect(row).toEqual({ from: later, days: 14 });
    // A second run that day finds every window current.
    expect(await index.refreshOpenDates(shanghaiInstant(later, 600))).toBe(0);

    await t.app.get(OpenDatesJob).run();
    expect((await document()).openDatesFrom).toBe(today());
    expect(found(await search('openToday=true')).has(ids.closed)).toBe(false);
  });

  it("takes a lab open day from a published research facility through search to a family's booking", async () => {
    const labId = await createDraft(t, operator, {
      name: '筛选测试开放实验室',
      type: 'research_facility',
      themes: ['life_science'],
      admission: { free: true, prices: [], concessions: [] },
    });
    await putHours(t, operator, labId, EVERY_DAY as never);
    await publish(t, labId, operator, cityAdmin);
    const date = addDays(today(), 2);
    const offering = await createOffering(t, operator, labId, {
      title: '基因实验室开放日',
      kind: 'lab_open_day',
      slotMinutes: 120,
      capacity: 30,
      dates: [date],
      startTimes: ['10:00', '14:00'],
    });
    await drain();

    await bothWays(async () => {
      const hits = found(await search('type=research_facility&openToday=true&bookable=true&concession=student_half'));
      expect(hits.has(labId)).toBe(true);
    });
    const text = await search(`q=${encodeURIComponent('开放实验室')}`);
    expect(found(text).has(labId)).toBe(true);

    const availability = await t
      .http()
      .get(`/api/v1/offerings/${offering.id}/availability?from=${date}&to=${date}`)
      .expect(200);
    const slots = (availability.body as { slotId: string; remaining: number }[]).map((s) => s.slotId);
    expect(slots).toHaveLength(2);
    const booked = await book(t, family, bookingBody(slots[0])).expect(201);
    expect(booked.body).toMatchObject({ status: 'confirmed' });
    const [{ n }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM bookings WHERE slot_id = $1 AND account_id = $2`, [
        slots[0],
        family.user.id,
      ]);
    expect(n).toBe(1);
    const mine = await t.http().get('/api/v1/bookings/mine').set(bearer(family)).expect(200);
    expect(JSON.stringify(mine.body)).toContain(booked.body.id);
  });
});
