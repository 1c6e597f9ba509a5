import { DEMO_ORGANISATIONS } from '@kepu/demo';
import { MANAGE_MEMBERS } from '@kepu/identity';
import { randomBytes } from 'node:crypto';
import { entryFor as on, v1 } from './matrix';
import type { Entry, Who } from './matrix';
import { pngImage, resourceBody, validCreditCode } from './register';
import { bearer, signIn, SignedIn } from './sessions';
import type { TestApp } from './test-app';

interface Context {
  t: TestApp;
  sessions: Record<Exclude<Who, 'anonymous'>, SignedIn>;
  newAccount: () => Promise<{ id: string; login: string }>;
}

const MUSEUM = DEMO_ORGANISATIONS.scienceMuseum;

/**
 * The register's rows of the authorization matrix. Resources belong to the demo science museum
 * (Futian, `operator`); `operator2` runs another organisation; the Nanshan admin is "another district".
 */
export function registerEntries(context: () => Context): Entry[] {
  const call = async (who: SignedIn, method: 'post' | 'patch', path: string, body: object = {}) => {
    const res = await context().t.http()[method](v1(path)).set(bearer(who)).send(body);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const draft = async () =>
    (await call(context().sessions.operator, 'post', '/resources', resourceBody())).id as string;
  const submitted = async () => {
    const id = await draft();
    await call(context().sessions.operator, 'post', `/resources/${id}/submit`);
    return id;
  };
  const atCityStage = async () => {
    const id = await submitted();
    await call(context().sessions.futianAdmin, 'post', `/resources/${id}/review`, { decision: 'approve' });
    return id;
  };
  const published = async () => {
    const id = await submitted();
    await call(context().sessions.cityAdmin, 'post', `/resources/${id}/review`, { decision: 'approve' });
    return id;
  };
  const suspended = async () => {
    const id = await published();
    await call(context().sessions.futianAdmin, 'post', `/resources/${id}/suspend`, { reason: 'matrix' });
    return id;
  };
  const upload = async (purpose: 'photo' | 'evidence') => {
    const res = await context()
      .t.http()
      .post(v1(`/media?purpose=${purpose}`))
      .set(bearer(context().sessions.operator))
      .attach('file', purpose === 'photo' ? pngImage() : Buffer.from('%PDF-1.4\n%%EOF'), 'f');
    return res.body.id as string;
  };
  const organisationBody = () => ({
    name: '矩阵机构',
    kind: 'ngo',
    creditCode: validCreditCode(),
    regionCode: '440305',
  });
  const visitor = async () => signIn(context().t, (await context().newAccount()).login, 'matrix-test-passphrase');
  const onResource = (
    method: Entry['method'],
    suffix: string,
    note: string,
    state: () => Promise<string>,
    action: string | undefined,
    expect: Entry['expect'],
    body?: object,
  ) =>
    on(method, `/resources/{id}${suffix}`, note, {
      action,
      prepare: async () => ({ path: v1(`/resources/${await state()}${suffix}`), body }),
      expect,
    });

  return [
    on('GET', '/regions', 'public', { prepare: async () => ({ path: v1('/regions') }), expect: { anonymous: 200 } }),
    on('GET', '/regions/{code}', 'public', {
      prepare: async () => ({ path: v1('/regions/440305') }),
      expect: { anonymous: 200 },
    }),
    on('POST', '/regions', 'a functional area of Shenzhen: its city admin', {
      action: 'region.create',
      prepare: async () => ({
        path: v1('/regions'),
        body: {
          code: `440300-${[...randomBytes(6)].map((b) => 'ABCDEFGHJKLMNPQRTUWXY'[b % 21]).join('')}`,
          name: '矩阵测试区',
          level: 'functional_area',
          parentCode: '440300',
        },
      }),
      expect: { anonymous: 401, family: 403, operator: 403, nanshanAdmin: 403, cityAdmin: 201, systemAdmin: 201 },
    }),
    on('PATCH', '/regions/{code}', 'Nanshan: the city admin above it', {
      action: 'region.update',
      prepare: async () => ({ path: v1('/regions/440305'), body: { nameEn: 'Nanshan' } }),
      expect: { anonymous: 401, family: 403, nanshanAdmin: 403, futianAdmin: 403, cityAdmin: 200, systemAdmin: 200 },
    }),
    on('GET', '/vocabularies', 'public', {
      prepare: async () => ({ path: v1('/vocabularies') }),
      expect: { anonymous: 200 },
    }),

    on('POST', '/organisations', 'anyone signed in may apply (a fresh visitor: applying makes them its operator)', {
      action: 'organisation.create',
      prepare: async () => ({ path: v1('/organisations'), body: organisationBody(), session: await visitor() }),
      expect: { anonymous: 401, family: 201 },
    }),
    on('POST', '/organisations', 'administrators register one on its behalf', {
      prepare: async () => ({ path: v1('/organisations'), body: organisationBody() }),
      expect: { nanshanAdmin: 201, cityAdmin: 201 },
    }),
    on('GET', '/organisations', 'members and administrators', {
      action: 'organisation.list',
      prepare: async () => ({ path: v1('/organisations') }),
      expect: { anonymous: 401, family: 403, school: 403, operator: 200, nanshanAdmin: 200, cityAdmin: 200 },
    }),
    on('GET', '/organisations/{id}', 'the science museum: its members and the admins above it', {
      action: 'organisation.read',
      prepare: async () => ({ path: v1(`/organisations/${MUSEUM}`) }),
      expect: {
        anonymous: 401,
        family: 404,
        operator: 200,
        operator2: 404,
        nanshanAdmin: 404,
        futianAdmin: 200,
        cityAdmin: 200,
      },
    }),
    on('PATCH', '/organisations/{id}', 'the science museum: its operators and admins', {
      action: 'organisation.update',
      prepare: async () => ({ path: v1(`/organisations/${MUSEUM}`), body: { contactEmail: 'desk@example.org' } }),
      expect: { anonymous: 401, family: 404, operator: 200, operator2: 404, nanshanAdmin: 404, futianAdmin: 200 },
    }),
    on('POST', '/organisations/{id}/verify', 'the science museum: admins of its region', {
      action: 'organisation.verify',
      prepare: async () => ({ path: v1(`/organisations/${MUSEUM}/verify`) }),
      expect: { anonymous: 401, family: 404, operator: 403, nanshanAdmin: 404, futianAdmin: 201, cityAdmin: 201 },
    }),
    on('GET', '/organisations/{id}/members', 'the science museum', {
      prepare: async () => ({ path: v1(`/organisations/${MUSEUM}/members`) }),
      expect: { anonymous: 401, family: 404, operator: 200, operator2: 404, futianAdmin: 200 },
    }),
    on('POST', '/organisations/{id}/members', 'invite an operator to the science museum', {
      action: MANAGE_MEMBERS,
      prepare: async () => ({
        path: v1(`/organisations/${MUSEUM}/members`),
        body: { login: (await context().newAccount()).login, role: 'operator' },
      }),
      expect: { anonymous: 401, family: 404, operator: 403, nanshanAdmin: 404, futianAdmin: 201, cityAdmin: 201 },
    }),

    on('GET', '/resources', 'published resources: public', {
      prepare: async () => ({ path: v1('/resources') }),
      expect: { anonymous: 200, family: 200 },
    }),
    on('GET', '/resources', 'other statuses: administrators', {
      action: 'resource.list_all_statuses',
      prepare: async () => ({ path: v1('/resources?status=suspended') }),
      expect: { anonymous: 401, family: 403, operator: 403, nanshanAdmin: 200, cityAdmin: 200 },
    }),
    on('POST', '/resources', 'operators list for their organisation', {
      action: 'resource.create',
      prepare: async () => ({ path: v1('/resources'), body: resourceBody() }),
      expect: {
        anonymous: 401,
        family: 403,
        school: 403,
        nanshanAdmin: 403,
        cityAdmin: 403,
        operator: 201,
        operator2: 201,
      },
    }),
    on('POST', '/resources', 'for another organisation: refused', {
      prepare: async () => ({ path: v1(`/resources?organisationId=${MUSEUM}`), body: resourceBody() }),
      expect: { operator2: 403, futianAdmin: 403 },
    }),
    on('GET', '/resources/review-queue', 'administrators', {
      action: 'resource.review_queue',
      prepare: async () => ({ path: v1('/resources/review-queue') }),
      expect: { anonymous: 401, family: 403, operator: 403, nanshanAdmin: 200, cityAdmin: 200 },
    }),
    onResource('GET', '', 'a draft', draft, 'resource.read_private', {
      anonymous: 404,
      family: 404,
      operator: 200,
      operator2: 404,
      nanshanAdmin: 404,
      futianAdmin: 200,
      cityAdmin: 200,
    }),
    onResource('GET', '', 'a published resource', published, undefined, { anonymous: 200, operator2: 200 }),
    onResource(
      'PATCH',
      '',
      'a draft: its operators',
      draft,
      'resource.edit',
      {
        anonymous: 401,
        family: 404,
        operator: 200,
        operator2: 404,
        nanshanAdmin: 404,
        futianAdmin: 403,
        cityAdmin: 403,
      },
      { transport: '公交' },
    ),
    onResource('GET', '/working-copy', 'a draft', draft, undefined, {
      anonymous: 401,
      family: 404,
      operator: 200,
      operator2: 404,
      nanshanAdmin: 404,
      futianAdmin: 200,
    }),
    onResource('GET', '/history', 'a draft', draft, undefined, {
      anonymous: 401,
      family: 404,
      operator: 200,
      operator2: 404,
      futianAdmin: 200,
      cityAdmin: 200,
    }),
    onResource('POST', '/submit', 'a draft: its operators', draft, undefined, {
      anonymous: 401,
      family: 404,
      operator: 200,
      operator2: 404,
      futianAdmin: 403,
    }),
    onResource(
      'POST',
      '/review',
      'district stage: admins of its district and the city',
      submitted,
      'resource.review',
      {
        anonymous: 401,
        family: 404,
        operator: 403,
        operator2: 404,
        nanshanAdmin: 404,
        futianAdmin: 200,
        cityAdmin: 200,
        systemAdmin: 200,
      },
      { decision: 'approve' },
    ),
    onResource(
      'POST',
      '/review',
      'city stage: city admins only',
      atCityStage,
      undefined,
      { futianAdmin: 403, nanshanAdmin: 404, cityAdmin: 200 },
      { decision: 'approve' },
    ),
    onResource(
      'POST',
      '/suspend',
      'published: admins of its region',
      published,
      'resource.moderate',
      {
        anonymous: 401,
        family: 404,
        operator: 403,
        operator2: 404,
        nanshanAdmin: 404,
        futianAdmin: 200,
        cityAdmin: 200,
      },
      { reason: 'matrix' },
    ),
    onResource(
      'POST',
      '/withdraw',
      'published: admins of its region',
      published,
      undefined,
      { operator: 403, nanshanAdmin: 404, futianAdmin: 200 },
      { reason: 'matrix' },
    ),
    onResource('POST', '/restore', 'suspended: admins of its region', suspended, undefined, {
      anonymous: 401,
      operator: 403,
      nanshanAdmin: 404,
      futianAdmin: 200,
    }),
    on('GET', '/accreditations/expiring', 'administrators (their regions)', {
      action: 'accreditation.expiring',
      prepare: async () => ({ path: v1('/accreditations/expiring') }),
      expect: { anonymous: 401, family: 403, operator: 403, nanshanAdmin: 200, cityAdmin: 200 },
    }),

    on('POST', '/media', 'a photo for the science museum', {
      action: 'media.upload',
      prepare: async () => ({
        path: v1(`/media?organisationId=${MUSEUM}`),
        file: { name: 'p.png', content: pngImage() },
      }),
      expect: { anonymous: 401, family: 404, operator: 201, operator2: 404, nanshanAdmin: 404, futianAdmin: 201 },
    }),
    on('GET', '/media/{id}', 'a photo: public', {
      prepare: async () => ({ path: v1(`/media/${await upload('photo')}`) }),
      expect: { anonymous: 200 },
    }),
    on('GET', '/media/{id}', 'evidence: the organisation and its admins', {
      action: 'media.read_evidence',
      prepare: async () => ({ path: v1(`/media/${await upload('evidence')}`) }),
      expect: { anonymous: 401, family: 404, operator: 200, operator2: 404, nanshanAdmin: 404, futianAdmin: 200 },
    }),

    on('GET', '/census/template', 'public', {
      prepare: async () => ({ path: v1('/census/template?format=csv') }),
      expect: { anonymous: 200 },
    }),
    on('POST', '/census/import', 'administrators (rows only in their regions)', {
      action: 'census.import',
      prepare: async () => ({
        path: v1('/census/import?dryRun=1'),
        file: { name: 'c.csv', content: Buffer.from('名称,类型,区域代码,地址,纬度,经度,运营机构,统一社会信用代码\n') },
      }),
      expect: { anonymous: 401, family: 403, operator: 403, nanshanAdmin: 200, cityAdmin: 200 },
    }),
    on('GET', '/census/export', 'Nanshan: its admins and the city', {
      action: 'census.manage',
      prepare: async () => ({ path: v1('/census/export?region=440305') }),
      expect: { anonymous: 401, family: 403, operator: 403, nanshanAdmin: 200, futianAdmin: 403, cityAdmin: 200 },
    }),
  ];
}
