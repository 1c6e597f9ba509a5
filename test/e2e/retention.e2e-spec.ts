import { OutboxPurgeJob, OutboxRunner } from '@kepu/core';
import { PersonalDataPurgeJob } from '@kepu/booking';
import { DeliveryPurgeJob } from '@kepu/notify';
import { SignInRecordsPurgeJob } from '@kepu/identity';
import { DataSource } from 'typeorm';
import { groupEvent, groupRequestBody, requestGroupVisit } from '../support/groups';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

const DAY = 86_400_000;

/** Each kind of personal record is erased once its time is up, and not a day earlier. */
describe('retention', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, city: SignedIn, school: SignedIn;
  const count = async (sql: string, params: unknown[] = []) =>
    (await db.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    operator = await signIn(t, 'operator@demo.kepu');
    city = await signIn(t, 'city-admin@demo.kepu');
    school = await signIn(t, 'school@demo.kepu');
  });
  afterAll(() => t.close());

  it("erases a group leader's phone 30 days after the visit", async () => {
    const { offeringId, slotIds, date } = await groupEvent(t, operator, city);
    const visit = await requestGroupVisit(t, school, groupRequestBody(offeringId, slotIds));
    expect(visit.status).toBe(201);
    const leaderPhone = () => db.query(`SELECT leader_phone FROM group_visits WHERE id = $1`, [visit.body.id]);

    const visitDay = new Date(`${date}T12:00:00+08:00`).getTime();
    await t.app.get(PersonalDataPurgeJob).run(new Date(visitDay + 29 * DAY));
    expect((await leaderPhone())[0].leader_phone).not.toBeNull();
    await t.app.get(PersonalDataPurgeJob).run(new Date(visitDay + 32 * DAY));
    expect((await leaderPhone())[0].leader_phone).toBeNull();
  });

  it('deletes delivered events and sent messages (texts, sealed phones) after 30 days, never undelivered ones', async () => {
    await t.app.get(OutboxRunner).drain();
    const [{ id: pending }] = await db.query(
      `INSERT INTO outbox (topic, aggregate_type, aggregate_id, payload, created_at)
       VALUES ('test.pending', 'test', 'x', '{}', now() - interval '90 days') RETURNING id`,
    );
    const delivered = await count(`outbox WHERE processed_at IS NOT NULL`);
    expect(delivered).toBeGreaterThan(0);

    const sent = await count(`notification_deliveries`);
    expect(sent).toBeGreaterThan(0);
    const purge = async (days: number) => {
      await t.app.get(OutboxPurgeJob).run(new Date(Date.now() + days * DAY));
      await t.app.get(DeliveryPurgeJob).run(new Date(Date.now() + days * DAY));
    };

    await purge(29);
    expect(await count(`outbox WHERE processed_at IS NOT NULL`)).toBe(delivered);
    expect(await count(`notification_deliveries`)).toBe(sent);
    await purge(31);
    expect(await count(`outbox WHERE processed_at IS NOT NULL`)).toBe(0);
    expect(await count(`notification_deliveries`)).toBe(0);
    expect(await count(`outbox WHERE id = $1`, [pending])).toBe(1);
    await db.query(`DELETE FROM outbox WHERE id = $1`, [pending]);
  });

  it('deletes ended sessions with their refresh tokens, and failed sign-ins that no longer count', async () => {
    const family = await signIn(t, 'family@demo.kepu');
    await t.http().post('/api/v1/auth/logout').set(bearer(family)).send({}).expect(204);
    await t
      .http()
      .post('/api/v1/auth/login')
      .send({ login: 'nobody@example.com', password: 'wrong-passphrase' })
      .expect(401);
    const live = await signIn(t, 'family@demo.kepu');
    const revoked = await count(`sessions WHERE revoked_at IS NOT NULL`);
    expect(revoked).toBeGreaterThan(0);
    expect(await count(`login_attempts`)).toBeGreaterThan(0);

    const job = t.app.get(SignInRecordsPurgeJob);
    await job.run(new Date(Date.now() + 60_000));
    expect(await count(`sessions WHERE revoked_at IS NOT NULL`)).toBe(revoked);
    expect(await count(`login_attempts`)).toBeGreaterThan(0);

    await job.run(new Date(Date.now() + 2 * DAY));
    expect(await count(`sessions WHERE revoked_at IS NOT NULL`)).toBe(0);
    expect(await count(`login_attempts`)).toBe(0);
    await t.http().get('/api/v1/auth/me').set(bearer(live)).expect(200);

    await job.run(new Date(Date.now() + 31 * DAY));
    expect(await count(`sessions WHERE id = $1`, [sessionOf(live)])).toBe(0);
    expect(
      await count(`refresh_tokens t JOIN sessions s ON s.id = t.session_id WHERE s.id = $1`, [sessionOf(live)]),
    ).toBe(0);
  });

  /** The session id inside an access token (its `sid` claim). */
  const sessionOf = (session: SignedIn) =>
    JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString()).sid as string;
});
