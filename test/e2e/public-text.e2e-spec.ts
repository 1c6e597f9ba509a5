import { MeiliClient, OutboxRelay, ResourceIndex } from '@kepu/search';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDraft, publish, validCreditCode } from '../support/register';
import { admissionBody, createOffering, putHours, scheduledVenue } from '../support/schedule';
import { signUp } from '../support/codes';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

describe('public text that changes without review', () => {
  let t: TestApp;
  let operator: SignedIn, futian: SignedIn, nanshan: SignedIn, city: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    [operator, futian, nanshan, city] = await Promise.all(
      ['operator', 'futian-admin', 'nanshan-admin', 'city-admin'].map((w) => signIn(t, `${w}@demo.kepu`)),
    );
    await t.app.get(ResourceIndex).reindex();
  });
  afterAll(() => t.close());

  /** A new organisation in Futian, its applicant (now its operator) and one published venue of it. */
  async function organisationWithVenue(name: string) {
    const login = `u${randomBytes(5).toString('hex')}@example.com`;
    const applicant = await signUp(t, login, '机构申请人');
    const org = await t
      .http()
      .post('/api/v1/organisations')
      .set(bearer(applicant))
      .send({ name, kind: 'ngo', creditCode: validCreditCode(), regionCode: '440304' })
      .expect(201);
    const venue = await createDraft(t, applicant);
    await publish(t, venue, applicant, city);
    return { applicant, organisationId: org.body.id as string, venue };
  }

  const rename = (who: SignedIn, organisationId: string, name: string) =>
    t.http().patch(`/api/v1/organisations/${organisationId}`).set(bearer(who)).send({ name }).expect(200);
  const venueAs = async (venue: string, who?: SignedIn) => {
    const request = t.http().get(`/api/v1/resources/${venue}`);
    return (await (who ? request.set(bearer(who)) : request).expect(200)).body.organisation;
  };
  /** The organisation's name in the venue's search document, once the outbox has been relayed. */
  const indexedOrganisation = async (venue: string) => {
    await t.app.get(OutboxRelay).drain();
    const document = await t.app
      .get(MeiliClient)
      .request<{ organisation: string }>('GET', `/indexes/${t.app.get(ResourceIndex).name}/documents/${venue}`);
    return document.organisation;
  };

  it('keeps showing the verified name after a rename, until an administrator verifies the new one', async () => {
    const { applicant, organisationId, venue } = await organisationWithVenue('福田少年科学社');
    await t.http().post(`/api/v1/organisations/${organisationId}/verify`).set(bearer(futian)).expect(201);
    expect(await venueAs(venue)).toEqual({ id: organisationId, name: '福田少年科学社', verified: true });

    const renamed = await rename(applicant, organisationId, '福田少年科学社（加微信 kepu-prize 领奖）');
    expect(renamed.body).toMatchObject({
      name: '福田少年科学社（加微信 kepu-prize 领奖）',
      verified: false,
      verifiedAt: null,
      verifiedName: '福田少年科学社',
    });
    // The public sees the verified name, without the badge; members and admins see the new name too.
    expect(await venueAs(venue)).toEqual({ id: organisationId, name: '福田少年科学社', verified: false });
    for (const insider of [applicant, futian]) {
      expect(await venueAs(venue, insider)).toEqual({
        id: organisationId,
        name: '福田少年科学社（加微信 kepu-prize 领奖）',
        verified: false,
        verifiedName: '福田少年科学社',
      });
    }
    expect(await indexedOrganisation(venue)).toBe('福田少年科学社');
    const [audit] = await t.app.get(DataSource).query(
      `SELECT actor_account_id AS "actorId", details FROM audit_log
          WHERE action = 'organisation.update' AND subject_id = $1 ORDER BY id DESC LIMIT 1`,
      [organisationId],
    );
    expect(audit).toEqual({
      actorId: applicant.user.id,
      details: {
        fields: ['name'],
        unverified: true,
        name: { before: '福田少年科学社', after: '福田少年科学社（加微信 kepu-prize 领奖）' },
      },
    });

    // A second rename before verification: the public still sees the name last verified.
    await rename(applicant, organisationId, '福田青少年科学社');
    expect((await venueAs(venue)).name).toBe('福田少年科学社');

    const verified = await t
      .http()
      .post(`/api/v1/organisations/${organisationId}/verify`)
      .set(bearer(futian))
      .expect(201);
    expect(verified.body).toMatchObject({ name: '福田青少年科学社', verified: true, verifiedName: '福田青少年科学社' });
    expect(await venueAs(venue)).toEqual({ id: organisationId, name: '福田青少年科学社', verified: true });
    expect(await indexedOrganisation(venue)).toBe('福田青少年科学社');
  });

  it('shows an organisation never verified under whatever name it has, as before', async () => {
    const { applicant, organisationId, venue } = await organisationWithVenue('南头科普小站');
    const renamed = await rename(applicant, organisationId, '南头科普驿站');
    expect(renamed.body).toMatchObject({ verified: false, verifiedName: null });
    expect(await venueAs(venue)).toEqual({ id: organisationId, name: '南头科普驿站', verified: false });
    expect(await indexedOrganisation(venue)).toBe('南头科普驿站');
  });

  it('lists offering titles and descriptions changed on a published venue to its administrators', async () => {
    const { resourceId, offeringId } = await scheduledVenue(t, operator, city);
    const patch = (body: object) =>
      t.http().patch(`/api/v1/offerings/${offeringId}`).set(bearer(operator)).send(body).expect(200);
    await patch({ title: '免费领取奖品', description: '扫码添加客服微信' });
    await patch({ capacity: 80 }); // not text: not listed
    await t.http().post(`/api/v1/offerings/${offeringId}/archive`).set(bearer(operator)).expect(200);
    // On a venue not yet published, the text is reviewed with the venue's first application.
    const draft = await createDraft(t, operator);
    await putHours(t, operator, draft);
    await createOffering(t, operator, draft, admissionBody({ title: '未公开的项目' }));

    const changes = async (who: SignedIn) =>
      (await t.http().get('/api/v1/resources/public-text-changes').set(bearer(who)).expect(200)).body;
    const listed = await changes(futian);
    const venueName = (await t.http().get(`/api/v1/resources/${resourceId}`).expect(200)).body.name;
    const operatorAsActor = { id: operator.user.id, displayName: '科学馆运营人员（演示）' };
    expect(listed.items.slice(0, 2)).toEqual([
      {
        at: expect.any(String),
        resource: { id: resourceId, name: venueName, status: 'published' },
        actor: operatorAsActor,
        about: { type: 'offering', id: offeringId, title: '免费领取奖品' },
        changes: [
          { field: 'title', before: '常设展厅参观', after: '免费领取奖品' },
          { field: 'description', before: '', after: '扫码添加客服微信' },
        ],
      },
      {
        at: expect.any(String),
        resource: { id: resourceId, name: venueName, status: 'published' },
        actor: operatorAsActor,
        about: { type: 'offering', id: offeringId, title: '常设展厅参观' },
        changes: [{ field: 'title', before: null, after: '常设展厅参观' }],
      },
    ]);
    expect(JSON.stringify(listed.items)).not.toContain('未公开的项目');
    expect((await changes(city)).items[0]).toEqual(listed.items[0]);
    // Another district's administrators see their own venues' changes only.
    expect(
      (await changes(nanshan)).items.filter((item: { resource: { id: string } }) => item.resource.id === resourceId),
    ).toEqual([]);
    await t.http().get('/api/v1/resources/public-text-changes').set(bearer(operator)).expect(403);

    // The venue's history has them too, for its operators and reviewers.
    const history = (await t.http().get(`/api/v1/resources/${resourceId}/history`).set(bearer(operator)).expect(200))
      .body;
    expect(history.filter((entry: { action: string }) => entry.action === 'resource.public_text_changed')).toHaveLength(
      2,
    );
  });
});
