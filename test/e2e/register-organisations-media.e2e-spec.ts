import { PersonalDataCipher } from '@kepu/core';
import { DEMO_ORGANISATIONS } from '@kepu/demo';
import { contactPhoneHash } from '@kepu/register';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { pngImage, uploadPhoto, validCreditCode } from '../support/register';
import { signUp } from '../support/codes';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

describe('organisations, membership and media', () => {
  let t: TestApp;
  let operator: SignedIn, operator2: SignedIn, futian: SignedIn, nanshan: SignedIn, family: SignedIn;
  const register = async () => {
    const login = `u${randomBytes(5).toString('hex')}@example.com`;
    return { login, session: await signUp(t, login, '申请人') };
  };

  beforeAll(async () => {
    t = await startTestApp();
    [operator, operator2, futian, nanshan, family] = await Promise.all(
      ['operator', 'operator2', 'futian-admin', 'nanshan-admin', 'family'].map((w) => signIn(t, `${w}@demo.kepu`)),
    );
  });
  afterAll(() => t.close());

  it('lets anyone apply for an organisation, becoming its operator, and the district admin verify it', async () => {
    const applicant = await register();
    const body = {
      name: '福田青少年创客空间',
      kind: 'ngo',
      creditCode: validCreditCode(),
      regionCode: '440304',
      contactPhone: '13812345678',
    };
    const created = await t.http().post('/api/v1/organisations').set(bearer(applicant.session)).send(body).expect(201);
    expect(created.body).toMatchObject({ verified: false, contactPhone: '138****5678' });
    const id = created.body.id;
    // The applicant now operates it (roles are re-read on every request).
    const me = await t.http().get('/api/v1/auth/me').set(bearer(applicant.session)).expect(200);
    expect(me.body.grants).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: 'operator', organisationId: id })]),
    );

    const again = await t
      .http()
      .post('/api/v1/organisations')
      .set(bearer(family))
      .send({ ...body, name: '别的名字' });
    expect([again.status, again.body.code]).toEqual([409, 'CREDIT_CODE_TAKEN']);
    const bad = await t
      .http()
      .post('/api/v1/organisations')
      .set(bearer(family))
      .send({ ...body, creditCode: '91350100M000100Y44' });
    expect([bad.status, bad.body.code, bad.body.details[0].field]).toEqual([400, 'INVALID_CREDIT_CODE', 'creditCode']);

    await t.http().post(`/api/v1/organisations/${id}/verify`).set(bearer(nanshan)).expect(404);
    await t.http().post(`/api/v1/organisations/${id}/verify`).set(bearer(applicant.session)).expect(403);
    expect(
      (await t.http().post(`/api/v1/organisations/${id}/verify`).set(bearer(futian)).expect(201)).body.verified,
    ).toBe(true);
    const listed = await t.http().get('/api/v1/organisations?verified=1&q=创客').set(bearer(futian)).expect(200);
    expect(listed.body.items.map((o: { id: string }) => o.id)).toEqual([id]);
    expect((await t.http().get('/api/v1/organisations?q=创客').set(bearer(nanshan)).expect(200)).body.total).toBe(0);

    // Changing who it legally is asks for verification again.
    const moved = await t
      .http()
      .patch(`/api/v1/organisations/${id}`)
      .set(bearer(applicant.session))
      .send({ kind: 'enterprise' })
      .expect(200);
    expect(moved.body.verified).toBe(false);
  });

  it('keeps contact phones sealed at rest, with their lookup hash, and shows them masked', async () => {
    const applicant = await register();
    const mobile = '13912345678';
    const created = await t
      .http()
      .post('/api/v1/organisations')
      .set(bearer(applicant.session))
      .send({
        name: '福田密封测试协会',
        kind: 'ngo',
        creditCode: validCreditCode(),
        regionCode: '440304',
        contactPhone: mobile,
      })
      .expect(201);
    const id: string = created.body.id;
    const db = t.app.get(DataSource);
    const cipher = t.app.get(PersonalDataCipher);
    // No column of the row holds the number, as text or as bytes; the clear column is gone.
    const stored = async () =>
      (
        await db.query(
          `SELECT o.contact_phone_sealed AS sealed, o.contact_phone_hash AS hash,
                  position($2::text IN row_to_json(o)::text) > 0 AS "inText",
                  position(convert_to($2::text, 'UTF8') IN coalesce(o.contact_phone_sealed, ''::bytea)) > 0 AS "inBytes"
             FROM organisations o WHERE o.id = $1`,
          [id, mobile],
        )
      )[0] as { sealed: Buffer | null; hash: Buffer | null; inText: boolean; inBytes: boolean };
    const sealed = await stored();
    expect([sealed.inText, sealed.inBytes]).toEqual([false, false]);
    expect(cipher.decrypt(sealed.sealed!)).toBe(mobile);
    expect(sealed.hash).toEqual(contactPhoneHash(cipher, mobile));
    const columns: { column_name: string }[] = await db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'organisations' AND column_name LIKE 'contact_phone%' ORDER BY 1`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['contact_phone_hash', 'contact_phone_sealed']);

    // Read back masked, by its operator and by the district's admin, alone and in lists.
    const read = (who: SignedIn) => t.http().get(`/api/v1/organisations/${id}`).set(bearer(who)).expect(200);
    expect((await read(applicant.session)).body.contactPhone).toBe('139****5678');
    expect((await read(futian)).body.contactPhone).toBe('139****5678');
    const listed = await t.http().get('/api/v1/organisations?q=密封测试').set(bearer(futian)).expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ id, contactPhone: '139****5678' })]);

    // A change is sealed afresh (a landline is not masked); a change to something else keeps it; null clears it.
    const landline = '0755-83261234';
    const patch = (body: object) =>
      t.http().patch(`/api/v1/organisations/${id}`).set(bearer(applicant.session)).send(body).expect(200);
    expect((await patch({ contactPhone: landline })).body.contactPhone).toBe(landline);
    const changed = await stored();
    expect(cipher.decrypt(changed.sealed!)).toBe(landline);
    expect(changed.hash).toEqual(contactPhoneHash(cipher, '075583261234'));
    expect((await patch({ contactName: '王老师' })).body.contactPhone).toBe(landline);
    expect((await stored()).sealed).toEqual(changed.sealed);
    expect((await patch({ contactPhone: null })).body.contactPhone).toBeNull();
    expect(await stored()).toMatchObject({ sealed: null, hash: null });

    // The demo organisations' phones went in through the cipher too.
    const [{ clear }] = await db.query(
      `SELECT count(*)::int AS clear FROM organisations WHERE is_demo AND contact_phone_sealed IS NULL`,
    );
    expect(clear).toBe(0);
    const museum = await t.http().get(`/api/v1/organisations/${DEMO_ORGANISATIONS.scienceMuseum}`).set(bearer(futian));
    expect(museum.body.contactPhone).toBe('0755-83261025');
  });

  it('keeps a school’s 学校标识码: schools only, one organisation each, verified again when it changes', async () => {
    const applicant = await register();
    const body = { name: '福田测试小学', kind: 'school', creditCode: validCreditCode(), regionCode: '440304' };
    const notSchool = await t
      .http()
      .post('/api/v1/organisations')
      .set(bearer(applicant.session))
      .send({ ...body, kind: 'ngo', schoolCode: '2144030499' });
    expect([notSchool.status, notSchool.body.code]).toEqual([400, 'SCHOOL_CODE_NOT_A_SCHOOL']);
    const malformed = await t
      .http()
      .post('/api/v1/organisations')
      .set(bearer(applicant.session))
      .send({ ...body, schoolCode: '21440304' });
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
    const created = await t
      .http()
      .post('/api/v1/organisations')
      .set(bearer(applicant.session))
      .send({ ...body, schoolCode: '2144030499' })
      .expect(201);
    expect(created.body).toMatchObject({ kind: 'school', schoolCode: '2144030499', verified: false });
    const taken = await t
      .http()
      .post('/api/v1/organisations')
      .set(bearer(family))
      .send({ ...body, creditCode: validCreditCode(), schoolCode: '2144030412' });
    expect([taken.status, taken.body.code]).toEqual([409, 'SCHOOL_CODE_TAKEN']);
    await t.http().post(`/api/v1/organisations/${created.body.id}/verify`).set(bearer(futian)).expect(201);
    const changed = await t
      .http()
      .patch(`/api/v1/organisations/${created.body.id}`)
      .set(bearer(applicant.session))
      .send({ schoolCode: '2144030498' })
      .expect(200);
    expect(changed.body).toMatchObject({ schoolCode: '2144030498', verified: false });
  });

  it('lets the admin of its district invite operators and teachers of verified schools, who accept', async () => {
    const staff = await register();
    const add = (who: SignedIn, org: string, role: string) =>
      t.http().post(`/api/v1/organisations/${org}/members`).set(bearer(who)).send({ login: staff.login, role });
    expect((await add(nanshan, DEMO_ORGANISATIONS.scienceMuseum, 'operator')).status).toBe(404);
    expect((await add(operator, DEMO_ORGANISATIONS.scienceMuseum, 'operator')).status).toBe(403);
    expect((await add(futian, DEMO_ORGANISATIONS.scienceMuseum, 'school')).body.code).toBe('NOT_A_VERIFIED_SCHOOL');
    const asOperator = await add(futian, DEMO_ORGANISATIONS.scienceMuseum, 'operator').expect(201);
    expect((await add(futian, DEMO_ORGANISATIONS.scienceMuseum, 'operator')).body.code).toBe(
      'INVITATION_ALREADY_PENDING',
    );
    const asTeacher = await add(futian, DEMO_ORGANISATIONS.school, 'school').expect(201);
    for (const invitation of [asOperator, asTeacher]) {
      await t
        .http()
        .post(`/api/v1/invitations/${invitation.body.id}/accept`)
        .set(bearer(staff.session))
        .send({})
        .expect(200);
    }
    expect((await add(futian, DEMO_ORGANISATIONS.scienceMuseum, 'operator')).body.code).toBe('ROLE_ALREADY_GRANTED');
    const members = (
      await t
        .http()
        .get(`/api/v1/organisations/${DEMO_ORGANISATIONS.scienceMuseum}/members`)
        .set(bearer(operator))
        .expect(200)
    ).body;
    expect(members.map((m: { email: string }) => m.email)).toEqual(
      expect.arrayContaining(['operator@demo.kepu', staff.login]),
    );
    await t
      .http()
      .get(`/api/v1/organisations/${DEMO_ORGANISATIONS.scienceMuseum}/members`)
      .set(bearer(operator2))
      .expect(404);
    // A login without an account is invited all the same: it may register and then accept.
    const unknown = await t
      .http()
      .post(`/api/v1/organisations/${DEMO_ORGANISATIONS.school}/members`)
      .set(bearer(futian))
      .send({ login: 'nobody@example.com', role: 'school' });
    expect([unknown.status, unknown.body.status]).toEqual([201, 'pending']);
  });

  it('stores photos checked by content and refuses what is not an image or too large', async () => {
    const id = await uploadPhoto(t, operator);
    // Not public until a published resource shows it (test/e2e/media-privacy.e2e-spec.ts).
    const photo = await t.http().get(`/api/v1/media/${id}`).set(bearer(operator)).expect(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(photo.body, pngImage())).toBe(0);
    const stored = await t.app.get(DataSource).query(`SELECT width, height, size_bytes FROM media WHERE id = $1`, [id]);
    expect(stored).toEqual([{ width: 2, height: 1, size_bytes: pngImage().length }]);

    const upload = (file: Buffer, name: string, query = '') =>
      t
        .http()
        .post(`/api/v1/media${query}`)
        .set(bearer(operator))
        .attach('file', file, { filename: name, contentType: 'image/png' });
    const fake = await upload(Buffer.from('<?php echo "hi"; ?>'), 'evil.png');
    expect([fake.status, fake.body.code]).toEqual([415, 'UNSUPPORTED_FILE_TYPE']);
    const truncated = await upload(pngImage().subarray(0, 12), 'half.png');
    expect(truncated.body.code).toBe('UNSUPPORTED_FILE_TYPE');
    const huge = await upload(Buffer.concat([pngImage(), Buffer.alloc(10 * 1024 * 1024)]), 'huge.png');
    expect([huge.status, huge.body.code]).toEqual([413, 'UPLOAD_TOO_LARGE']);
    const none = await t.http().post('/api/v1/media').set(bearer(operator)).send({});
    expect(none.body.code).toBe('FILE_REQUIRED');
    const multipart = (contentType: string, body: string) =>
      t.http().post('/api/v1/media').set(bearer(operator)).set('Content-Type', contentType).send(body);
    const noBoundary = await multipart('multipart/form-data', '--x\r\n');
    expect([noBoundary.status, noBoundary.body.code]).toEqual([400, 'UPLOAD_MALFORMED']);
    const cutShort = await multipart(
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\x89PNG',
    );
    expect([cutShort.status, cutShort.body.code]).toEqual([400, 'UPLOAD_MALFORMED']);
    // A PDF is evidence, not a photo.
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
    expect((await upload(pdf, 'cert.pdf')).body.code).toBe('UNSUPPORTED_FILE_TYPE');
    const evidence = await upload(pdf, 'cert.pdf', '?purpose=evidence').expect(201);
    // Evidence is for the organisation and the admins above it only.
    await t.http().get(`/api/v1/media/${evidence.body.id}`).expect(401);
    await t.http().get(`/api/v1/media/${evidence.body.id}`).set(bearer(operator2)).expect(404);
    await t.http().get(`/api/v1/media/${evidence.body.id}`).set(bearer(futian)).expect(200);
    // Uploading for another organisation: to an outsider it is not there.
    expect(
      (
        await t
          .http()
          .post(`/api/v1/media?organisationId=${DEMO_ORGANISATIONS.observatory}`)
          .set(bearer(operator))
          .attach('file', pngImage(), 'x.png')
      ).status,
    ).toBe(404);
    expect((await t.http().post('/api/v1/media').set(bearer(family)).attach('file', pngImage(), 'x.png')).status).toBe(
      403,
    );
  });

  it('lists accreditations expiring within 60 days for the admin’s regions only', async () => {
    const city = await signIn(t, 'city-admin@demo.kepu');
    const all = (await t.http().get('/api/v1/accreditations/expiring').set(bearer(city)).expect(200)).body;
    expect(all.length).toBeGreaterThan(0);
    for (const item of all) expect(item.daysLeft).toBeLessThanOrEqual(60);
    const futianOnly = (await t.http().get('/api/v1/accreditations/expiring?days=366').set(bearer(futian)).expect(200))
      .body;
    for (const item of futianOnly) expect(item.regionCode).toBe('440304');
    await t.http().get('/api/v1/accreditations/expiring').set(bearer(operator)).expect(403);
  });

  it('adds regions as data: a city admin adds districts to its own city only', async () => {
    const city = await signIn(t, 'city-admin@demo.kepu');
    const district = { code: '440399', name: '测试新区', level: 'district', parentCode: '440300' };
    await t.http().post('/api/v1/regions').set(bearer(futian)).send(district).expect(403);
    await t.http().post('/api/v1/regions').set(bearer(city)).send(district).expect(201);
    expect((await t.http().post('/api/v1/regions').set(bearer(city)).send(district)).body.code).toBe('REGION_EXISTS');
    expect(
      (
        await t
          .http()
          .post('/api/v1/regions')
          .set(bearer(city))
          .send({ ...district, code: '440398', parentCode: '440305' })
      ).body.code,
    ).toBe('REGION_PARENT_INVALID');
    await t
      .http()
      .post('/api/v1/regions')
      .set(bearer(city))
      .send({ code: '120000', name: '天津市', level: 'province' })
      .expect(403);
    const regions = (await t.http().get('/api/v1/regions').expect(200)).body;
    expect(regions.find((r: { code: string }) => r.code === '440399')).toMatchObject({
      parentCode: '440300',
      level: 'district',
    });
  });
});
