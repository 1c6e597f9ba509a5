import { addDays, isoWeekday, shanghaiToday } from '@kepu/schedule';
import { DataSource } from 'typeorm';
import { admissionBody, openVenue } from '../support/schedule';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The rules the operator's offering form sets beyond the contract: the days of the week an offering
 * runs, the age range, and the refusals a person reads next to the field, in either language.
 */
describe('offering rules the operator sets', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn;
  let resourceId: string;
  const today = shanghaiToday();

  const post = (body: object, language = 'zh-CN') =>
    t
      .http()
      .post(`/api/v1/resources/${resourceId}/offerings`)
      .set(bearer(operator))
      .set('Accept-Language', language)
      .send(body);
  /** The ISO weekdays of an offering's slots over the next two weeks. */
  const slotWeekdays = async (offeringId: string) => {
    const rows: { day: string }[] = await db.query(
      `SELECT DISTINCT (starts_at AT TIME ZONE 'Asia/Shanghai')::date::text AS day FROM slots
        WHERE offering_id = $1 AND starts_at < now() + interval '14 days'`,
      [offeringId],
    );
    return [...new Set(rows.map(({ day }) => isoWeekday(day)))].sort();
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    const city = await signIn(t, 'city-admin@demo.kepu');
    operator = await signIn(t, 'operator@demo.kepu');
    resourceId = await openVenue(t, operator, city);
  });
  afterAll(() => t.close());

  it('runs an offering on the weekdays chosen, keeps them sorted, and answers them back', async () => {
    const created = await post(admissionBody({ title: '周末工作坊', weekdays: [7, 6, 6], minAge: 6, maxAge: 12 }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ weekdays: [6, 7], minAge: 6, maxAge: 12 });
    expect(await slotWeekdays(created.body.id)).toEqual([6, 7]);

    // Every day of the week is no limit: stored as none, and the museum's open days come back.
    const changed = await t
      .http()
      .patch(`/api/v1/offerings/${created.body.id}`)
      .set(bearer(operator))
      .send({ weekdays: [1, 2, 3, 4, 5, 6, 7] })
      .expect(200);
    expect(changed.body.weekdays).toBeNull();
    expect(await slotWeekdays(created.body.id)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('clears an age limit and fixed start times with null, and keeps refusing null where a default holds', async () => {
    const created = await post(admissionBody({ title: '定时讲解', minAge: 6, startTimes: ['10:00'] })).expect(201);
    const patch = (body: object) =>
      t.http().patch(`/api/v1/offerings/${created.body.id}`).set(bearer(operator)).send(body);
    const cleared = await patch({ minAge: null, startTimes: null }).expect(200);
    expect(cleared.body).toMatchObject({ minAge: null, startTimes: null });
    expect((await patch({ slotMinutes: null }).expect(400)).body.details).toEqual([
      expect.objectContaining({ field: 'slotMinutes' }),
    ]);
  });

  it('refuses a weekday that is not one, naming the field', async () => {
    const res = await post(admissionBody({ weekdays: [0, 8] }));
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'weekdays' }] });
  });

  it('lets dates name an event’s days, whatever weekdays say', async () => {
    const day = addDays(today, 9);
    const created = await post(
      admissionBody({ kind: 'event', dates: [day], startTimes: ['19:30'], weekdays: [isoWeekday(day) === 1 ? 2 : 1] }),
    ).expect(201);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM slots WHERE offering_id = $1`, [created.body.id]);
    expect(n).toBe(1);
  });

  it('says what an event lacks at the field it belongs to, in Chinese and English', async () => {
    const noDates = await post(admissionBody({ kind: 'event', startTimes: ['19:30'] }));
    expect(noDates.body).toMatchObject({
      code: 'EVENT_NEEDS_DATES',
      details: [
        {
          field: 'dates',
          messages: [{ 'zh-CN': '专场活动请至少选择一个日期', en: 'An event needs at least one date' }],
        },
      ],
    });
    const noTimes = await post(admissionBody({ kind: 'event', dates: [addDays(today, 9)] }), 'en');
    expect(noTimes.body.details).toEqual([expect.objectContaining({ field: 'startTimes' })]);
    expect(noTimes.body.details[0].messages[0].en).toContain('start times');
  });

  it('explains an age range upside down and a slot length that does not fit the hours, in words', async () => {
    const ages = await post(admissionBody({ minAge: 12, maxAge: 6 }));
    expect(ages.body).toMatchObject({ code: 'INVALID_AGE_RANGE', details: [{ field: 'minAge' }] });
    expect(ages.body.details[0].messages[0]['zh-CN']).toBe('最小年龄（12 岁）不能大于最大年龄（6 岁）');
    const length = await post(admissionBody({ title: '长场次', slotMinutes: 45 }));
    expect(length.body).toMatchObject({ code: 'SLOT_LENGTH_MISMATCH', details: [{ field: 'slotMinutes' }] });
    expect(length.body.details[0].messages[0]['zh-CN']).toMatch(
      /^“长场次”每场 45 分钟，排不满开放时段 \d\d:\d\d–\d\d:\d\d/,
    );
  });
});
