import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { signUp, TEST_PASSWORD } from '../support/codes';
import { v1 } from '../support/matrix';
import {
  communityWorker,
  memberOf,
  NANSHAN,
  providerOperator,
  publishedMenuItem,
  shanghaiDay,
} from '../support/outreach';
import { binary } from '../support/register';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';
import { unzip } from '../support/zip';

type Member = Awaited<ReturnType<typeof memberOf>>;
const ISO_SHANGHAI = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
const ERASED_NAME = '已注销用户';

/**
 * Outreach's part of a person's rights over their data (PIPL): a volunteer's profile, attendance
 * and hours, the orders a teacher or community worker placed and the activities a volunteer leads
 * are in their export; deleting the account deletes the profile and keeps the hours and the
 * organisations' orders and activities.
 */
describe('outreach and personal data', () => {
  let t: TestApp;
  let db: DataSource;
  let nanshanAdmin: SignedIn;
  /** The orderer of the activities, and the provider (a volunteer team) delivering them. */
  let community: Member, provider: Member;
  /** A volunteer of the team who leads one activity; a worker of the community who orders. */
  let volunteer: SignedIn, orderer: SignedIn;
  /** Past (volunteer signed in and out) and coming (volunteer joined), both led by the volunteer. */
  let pastActivity: string, comingActivity: string;
  let itemId: string;

  const exportOf = async (who: SignedIn) => {
    const res = await t.http().get(v1('/auth/me/export')).set(bearer(who)).buffer(true).parse(binary).expect(200);
    const files = await unzip(res.body as Buffer);
    return { data: JSON.parse(files['my-data.json']), hoursCsv: files['volunteerHours.csv'] };
  };
  const read = async (who: { accessToken: string }, path: string) =>
    (await t.http().get(v1(path)).set(bearer(who)).expect(200)).body;
  const deleteAccount = (who: SignedIn) =>
    t.http().delete(v1('/auth/me')).set(bearer(who)).send({ password: TEST_PASSWORD });
  const grant = (who: SignedIn, role: string, organisationId: string) =>
    db.query(`INSERT INTO role_grants (account_id, role, organisation_id) VALUES ($1, $2, $3)`, [
      who.user.id,
      role,
      organisationId,
    ]);
  /** An order of the community held by the provider, with its activity, straight in the database. */
  const activity = async (status: string, startsInDays: number, completed: boolean) => {
    const [order] = await db.query(
      `INSERT INTO outreach_orders (menu_item_id, orderer_id, ordered_by, topic, audience, headcount, address,
         latitude, longitude, region_code, window_from, window_to, status, provider_id, dispatched_at, taken_at)
       VALUES ($1, $2, $3, '趣味科学秀进社区', 'families', 80, '深圳市南山区粤海街道科技园社区党群服务中心',
         22.5407, 113.9512, $4, $5, $6, $7, $8, now(), now()) RETURNING id`,
      [
        itemId,
        community.organisationId,
        community.user.id,
        NANSHAN,
        shanghaiDay(startsInDays - 5),
        shanghaiDay(startsInDays + 5),
        status,
        provider.organisationId,
      ],
    );
    const [row] = await db.query(
      `INSERT INTO outreach_activities (order_id, provider_id, starts_at, ends_at, lead_id, sign_code,
         people_reached, completed_at)
       VALUES ($1, $2, now() + $4 * interval '1 day', now() + $4 * interval '1 day' + interval '100 minutes', $3,
         '123456', CASE WHEN $5 THEN 85 END, CASE WHEN $5 THEN now() END) RETURNING id`,
      [order.id, provider.organisationId, volunteer.user.id, startsInDays, completed],
    );
    return row.id as string;
  };
  /** A volunteer's attendance, signed in and out when `creditedMinutes` is given. */
  const attend = (activityId: string, accountId: string, creditedMinutes?: number) =>
    db.query(
      `INSERT INTO outreach_activity_volunteers (activity_id, account_id, team_id, signed_in_at, signed_out_at,
         credited_minutes)
       SELECT a.id, $2, a.provider_id, CASE WHEN $3::int IS NOT NULL THEN a.starts_at END,
              CASE WHEN $3::int IS NOT NULL THEN a.starts_at + $3::int * interval '1 minute' END, $3::int
         FROM outreach_activities a WHERE a.id = $1`,
      [activityId, accountId, creditedMinutes ?? null],
    );
  const attendance = (accountId: string) =>
    db.query(
      `SELECT activity_id AS "activityId", credited_minutes AS "creditedMinutes"
         FROM outreach_activity_volunteers WHERE account_id = $1`,
      [accountId],
    );

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    nanshanAdmin = await signIn(t, 'nanshan-admin@demo.kepu');
    [community, provider] = await Promise.all([communityWorker(t), providerOperator(t)]);
    itemId = await publishedMenuItem(t, provider);
    const tag = randomBytes(4).toString('hex');
    volunteer = await signUp(t, `volunteer-${tag}@test.kepu`, '李志愿');
    orderer = await signUp(t, `orderer-${tag}@test.kepu`, '周社工');
    await grant(volunteer, 'volunteer', provider.organisationId);
    await grant(orderer, 'community', community.organisationId);
    pastActivity = await activity('completed', -3, true);
    comingActivity = await activity('confirmed', 8, false);
    await attend(pastActivity, volunteer.user.id, 95);
    await attend(comingActivity, volunteer.user.id);
    // Another volunteer of the same activity: theirs, not in this export.
    await attend(pastActivity, (await memberOf(t, provider.organisationId, 'volunteer')).user.id, 100);
  });
  afterAll(() => t.close());

  it('exports the volunteer profile, attendance with credited minutes, hand-added hours (volunteerHours.csv) and activities led', async () => {
    const profile = { realName: '李明', skills: ['天文', '讲解'], districtCodes: [NANSHAN] };
    await t.http().put(v1('/volunteers/me/profile')).set(bearer(volunteer)).send(profile).expect(200);
    await t
      .http()
      .post(v1(`/volunteers/${volunteer.user.id}/hours`))
      .set(bearer(nanshanAdmin))
      .send({ teamId: provider.organisationId, minutes: 120, reason: '按纸质签到表补录', activityId: pastActivity })
      .expect(201);

    const { data, hoursCsv } = await exportOf(volunteer);
    expect(data.volunteerProfile).toEqual(profile);
    const hours = data.volunteerHours;
    expect(hours.totals).toEqual({ creditedMinutes: 95, manualMinutes: 120, activities: 1 });
    expect(hours.teams).toEqual([{ id: provider.organisationId, name: expect.any(String) }]);
    expect(hours.activities).toHaveLength(2);
    expect(hours.activities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          activityId: pastActivity,
          orderStatus: 'completed',
          title: '趣味科学秀',
          signedInAt: expect.stringMatching(ISO_SHANGHAI),
          signedOutAt: expect.stringMatching(ISO_SHANGHAI),
          creditedMinutes: 95,
        }),
        expect.objectContaining({ activityId: comingActivity, signedInAt: null, creditedMinutes: null }),
      ]),
    );
    expect(hours.manualEntries).toEqual([
      expect.objectContaining({ minutes: 120, reason: '按纸质签到表补录', handAdded: true, activityId: pastActivity }),
    ]);

    const [header, ...rows] = (hoursCsv as string).trim().split('\n');
    expect(header).toContain('来源 Source');
    expect(header).toContain('计入分钟 Minutes credited');
    expect(rows).toHaveLength(3);
    const signed = rows.filter((row) => row.startsWith('签到'));
    expect(signed).toEqual([expect.stringContaining('趣味科学秀'), expect.stringContaining('趣味科学秀')]);
    // Latest first: the coming activity, not credited yet, then the past one's 95 minutes.
    expect(signed.map((row) => row.split(',')[6])).toEqual(['', '95']);
    expect(rows.find((row) => row.startsWith('补录'))).toContain('按纸质签到表补录,,,,120,');

    const led = data.outreachActivitiesLed as { id: string }[];
    expect(led.map((a) => a.id)).toEqual([comingActivity, pastActivity]);
    expect(led[1]).toEqual({
      id: pastActivity,
      orderId: expect.any(String),
      title: '趣味科学秀',
      topic: '趣味科学秀进社区',
      orderer: expect.any(String),
      orderStatus: 'completed',
      startsAt: expect.stringMatching(ISO_SHANGHAI),
      endsAt: expect.stringMatching(ISO_SHANGHAI),
      completedAt: expect.stringMatching(ISO_SHANGHAI),
    });
    expect(data.outreachOrders).toEqual([]);
  });

  it('exports the orders a community worker placed, and nothing of volunteering', async () => {
    const placed = await t
      .http()
      .post(v1('/outreach/orders'))
      .set(bearer(orderer))
      .send({
        menuItemId: itemId,
        audience: 'primary',
        headcount: 60,
        address: '深圳市南山区粤海街道科技园社区党群服务中心',
        latitude: 22.5407,
        longitude: 113.9512,
        regionCode: NANSHAN,
        windowFrom: shanghaiDay(10),
        windowTo: shanghaiDay(30),
      })
      .expect(201);

    const { data, hoursCsv } = await exportOf(orderer);
    expect(data.outreachOrders).toEqual([
      {
        id: placed.body.id,
        topic: '趣味科学秀',
        orderer: placed.body.orderer.name,
        status: 'submitted',
        windowFrom: shanghaiDay(10),
        windowTo: shanghaiDay(30),
        orderedAt: placed.body.createdAt,
        cancelledAt: null,
      },
    ]);
    expect(data.volunteerProfile).toBeNull();
    expect(data.volunteerHours).toMatchObject({ activities: [], manualEntries: [], teams: [] });
    expect(data.outreachActivitiesLed).toEqual([]);
    expect((hoursCsv as string).trim().split('\n')).toHaveLength(1);
  });

  it("deleting a volunteer's account deletes the profile and coming joins, and keeps the hours and the activities they led", async () => {
    const manualHours = () =>
      db.query(`SELECT id, minutes FROM volunteer_manual_hours WHERE account_id = $1`, [volunteer.user.id]);
    const manualBefore = await manualHours();
    expect(manualBefore).toHaveLength(1);
    await deleteAccount(volunteer).expect(204);

    expect(await db.query(`SELECT 1 FROM volunteer_profiles WHERE account_id = $1`, [volunteer.user.id])).toEqual([]);
    // Signed hours count in the statistics; the coming activity no longer expects them.
    expect(await attendance(volunteer.user.id)).toEqual([{ activityId: pastActivity, creditedMinutes: 95 }]);
    expect(await manualHours()).toEqual(manualBefore);

    // The provider's activities keep their lead, under the erased name, and the real name is gone.
    const past = await read(provider, `/outreach/activities/${pastActivity}`);
    expect(past.leadName).toBe(ERASED_NAME);
    expect(past.volunteers.map((v: { name: string }) => v.name)).toContain(ERASED_NAME);
    expect(JSON.stringify(past)).not.toContain('李明');
    const coming = await read(provider, `/outreach/activities/${comingActivity}`);
    expect(coming).toMatchObject({ leadId: volunteer.user.id, leadName: ERASED_NAME, volunteerCount: 0 });
  });

  it("deleting an orderer's account leaves the community's orders as they were", async () => {
    const placed = () =>
      db.query(`SELECT id, status, topic FROM outreach_orders WHERE ordered_by = $1`, [orderer.user.id]);
    const [before] = await placed();
    await deleteAccount(orderer).expect(204);
    expect(await placed()).toEqual([before]);
    expect(await read(nanshanAdmin, `/outreach/orders/${before.id}`)).toMatchObject({
      id: before.id,
      status: 'submitted',
      topic: '趣味科学秀',
    });
  });
});
