import { DEMO_ORGANISATIONS } from '@kepu/demo';
import { MANAGE_MEMBERS } from '@kepu/identity';
import { randomBytes } from 'node:crypto';
import { entryFor as on, publicRead, shared, v1 } from './matrix';
import type { Entry, Outcomes, Who } from './matrix';
import { pngImage, resourceBody, validCreditCode } from './register';
import { bearer, SignedIn } from './sessions';
import type { TestApp } from './test-app';

interface Context {
  t: TestApp;
  sessions: Record<Exclude<Who, 'anonymous'>, SignedIn>;
  newAccount: () => Promise<{ id: string; login: string }>;
}

const MUSEUM = DEMO_ORGANISATIONS.scienceMuseum;

/**
 * The register's rows of the authorization matrix. Resources belong to the demo science museum
 * (Futian, `operator`); `operator2` runs another organisation; the Nanshan admin is "another
 * district". Rows that change a resource take a fresh one per call; rows that only read share one.
 */
export function registerEntries(context: () => Context): Entry[] {
  const call = async (who: SignedIn, method: 'post' | 'patch', path: string, body: object = {}) => {
    const res = await context().t.http()[method](v1(path)).set(bearer(who)).send(body);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const draft = async (content = {}) =>
    (await call(context().sessions.operator, 'post', '/resources', resourceBody(content))).id as string;
  const submitted = async (content = {}) => {
    const id = await draft(content);
    await call(context().sessions.operator, 'post', `/resources/${id}/submit`);
    return id;
  };
  const atCityStage = async () => {
    const id = await submitted();
    await call(context().sessions.futianAdmin, 'post', `/resources/${id}/review`, { decision: 'approve' });
    return id;
  };
  const published = async (content = {}) => {
    const id = await submitted(content);
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
  const sharedDraft = shared(draft);
  const sharedPublished = shared(published);
  const sharedPhoto = shared(() => upload('photo'));
  const sharedShownPhoto = shared(async () => {
    const photo = await upload('photo');
    await published({ photos: [{ mediaId: photo }] });
    return photo;
  });
  const sharedEvidence = shared(() => upload('evidence'));
  const onResource = (
    method: Entry['method'],
    suffix: string,
    note: string,
    state: () => Promise<string>,
    action: string | undefined,
    outcomes: Outcomes,
    body?: object,
  ) =>
    on(method, `/resources/{id}${suffix}`, note, {
      action,
      prepare: async () => ({ path: v1(`/resources/${await state()}${suffix}`), body }),
      ...outcomes,
    });
  /**
   * Its region's administrators (Futian's and the city's) may, unless `also` says otherwise; its
   * operators are refused; anyone else is told nothing.
   */
  const moderators = (also: Outcomes['expect'] = {}): Outcomes => ({
    expect: { anonymous: 401, operator: 403, futianAdmin: 200, cityAdmin: 200, ...also },
    others: 404,
  });
  /** The museum's insiders (its operators, Futian's and the city's admins) get `status`; others are told nothing. */
  const insiders = (status: number, anonymous = 401): Outcomes => ({
    expect: { anonymous, operator: status, futianAdmin: status, cityAdmin: status },
    others: 404,
  });
  /** The museum's operators; the administrators above it are refused, anyone else told nothing. */
  const operators: Outcomes = {
    expect: { anonymous: 401, operator: 200, futianAdmin: 403, cityAdmin: 403 },
    others: 404,
  };
  /** Any administrator (lists and imports are scoped to their regions); nobody else. */
  const administrators: Outcomes = {
    expect: { anonymous: 401, futianAdmin: 200, nanshanAdmin: 200, cityAdmin: 200 },
    others: 403,
  };

  return [
    publicRead('/regions'),
    publicRead('/regions/{code}', '/regions/440304'),
    publicRead('/regions/cities'),
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
      expect: { anonymous: 401, cityAdmin: 201, systemAdmin: 201 },
      others: 403,
    }),
    on('PATCH', '/regions/{code}', 'Futian: the city admin above it, not its own admin', {
      action: 'region.update',
      prepare: async () => ({ path: v1('/regions/440304'), body: { nameEn: 'Futian' } }),
      expect: { anonymous: 401, cityAdmin: 200, systemAdmin: 200 },
      others: 403,
    }),
    publicRead('/vocabularies'),

    on('POST', '/organisations', 'anyone signed in (an applicant becomes its operator, an admin does not)', {
      action: 'organisation.create',
      prepare: async () => ({ path: v1('/organisations'), body: organisationBody(), caller: 'fresh account' }),
      expect: { anonymous: 401 },
      others: 201,
    }),
    on('GET', '/organisations', 'operators and administrators (each sees their own)', {
      action: 'organisation.list',
      prepare: async () => ({ path: v1('/organisations') }),
      expect: {
        anonymous: 401,
        family: 403,
        family2: 403,
        school: 403,
        school2: 403,
        community: 403,
        volunteer: 403,
      },
      others: 200,
    }),
    on('GET', '/organisations/{id}', 'the science museum: its members and the admins above it', {
      action: 'organisation.read',
      prepare: async () => ({ path: v1(`/organisations/${MUSEUM}`) }),
      ...insiders(200),
    }),
    on('PATCH', '/organisations/{id}', 'the science museum: its operators and admins', {
      action: 'organisation.update',
      prepare: async () => ({ path: v1(`/organisations/${MUSEUM}`), body: { contactEmail: 'desk@example.org' } }),
      ...insiders(200),
    }),
    on('POST', '/organisations/{id}/verify', 'the science museum: admins of its region', {
      action: 'organisation.verify',
      prepare: async () => ({ path: v1(`/organisations/${MUSEUM}/verify`) }),
      expect: { anonymous: 401, operator: 403, futianAdmin: 201, cityAdmin: 201 },
      others: 404,
    }),
    on('GET', '/organisations/{id}/members', 'the science museum', {
      prepare: async () => ({ path: v1(`/organisations/${MUSEUM}/members`) }),
      ...insiders(200),
    }),
    on('GET', '/organisations/{id}/invitations', 'the science museum', {
      prepare: async () => ({ path: v1(`/organisations/${MUSEUM}/invitations`) }),
      ...insiders(200),
    }),
    on('POST', '/organisations/{id}/members', 'invite an operator to the science museum: admins of its region', {
      action: MANAGE_MEMBERS,
      prepare: async () => ({
        path: v1(`/organisations/${MUSEUM}/members`),
        body: { login: (await context().newAccount()).login, role: 'operator' },
      }),
      expect: { anonymous: 401, operator: 403, futianAdmin: 201, cityAdmin: 201 },
      others: 404,
    }),

    publicRead('/resources', '/resources', 'published resources: public'),
    on('GET', '/resources', 'other statuses: administrators', {
      action: 'resource.list_all_statuses',
      prepare: async () => ({ path: v1('/resources?status=suspended') }),
      ...administrators,
    }),
    on('POST', '/resources', 'operators list for their organisation', {
      action: 'resource.create',
      prepare: async () => ({ path: v1('/resources'), body: resourceBody() }),
      expect: { anonymous: 401, operator: 201, operator2: 201 },
      others: 403,
    }),
    on('POST', '/resources', 'for the science museum: its operators only', {
      prepare: async () => ({ path: v1(`/resources?organisationId=${MUSEUM}`), body: resourceBody() }),
      expect: { anonymous: 401, operator: 201 },
      others: 403,
    }),
    on('GET', '/resources/review-queue', 'administrators', {
      action: 'resource.review_queue',
      prepare: async () => ({ path: v1('/resources/review-queue') }),
      ...administrators,
    }),
    on('GET', '/resources/public-text-changes', 'administrators (their regions)', {
      prepare: async () => ({ path: v1('/resources/public-text-changes') }),
      ...administrators,
    }),
    onResource(
      'GET',
      '',
      'a draft (public route: anonymous callers too are told nothing)',
      sharedDraft,
      'resource.read_private',
      insiders(200, 404),
    ),
    onResource('GET', '', 'a published resource', sharedPublished, undefined, { others: 200 }),
    onResource('PATCH', '', 'a draft: its operators', draft, 'resource.edit', operators, { transport: '公交' }),
    onResource('GET', '/working-copy', 'a draft', sharedDraft, undefined, insiders(200)),
    onResource('GET', '/history', 'a draft', sharedDraft, undefined, insiders(200)),
    onResource('POST', '/submit', 'a draft: its operators', draft, undefined, operators),
    onResource(
      'POST',
      '/review',
      'district stage: admins of its district and the city',
      submitted,
      'resource.review',
      moderators({ systemAdmin: 200 }),
      { decision: 'approve' },
    ),
    onResource(
      'POST',
      '/review',
      'city stage: city admins only',
      atCityStage,
      undefined,
      moderators({ futianAdmin: 403 }),
      { decision: 'approve' },
    ),
    onResource('POST', '/suspend', 'published: admins of its region', published, 'resource.moderate', moderators(), {
      reason: 'matrix',
    }),
    onResource('POST', '/withdraw', 'published: admins of its region', published, undefined, moderators(), {
      reason: 'matrix',
    }),
    onResource('POST', '/restore', 'suspended: admins of its region', suspended, undefined, moderators()),
    // Duplicates and merging (docs/register.md): admins of the region of each resource involved.
    onResource(
      'GET',
      '/duplicates',
      'published: admins of its region',
      sharedPublished,
      'resource.moderate',
      moderators(),
    ),
    on('POST', '/resources/{id}/duplicates/{otherId}/dismiss', 'published, beside another: admins of its region', {
      action: 'resource.moderate',
      prepare: async () => ({
        path: v1(`/resources/${await sharedPublished()}/duplicates/${await published()}/dismiss`),
      }),
      ...moderators(),
    }),
    on('POST', '/resources/{id}/merge', 'published into another published: admins of both regions', {
      action: 'resource.moderate',
      prepare: async () => ({
        path: v1(`/resources/${await published()}/merge`),
        body: { into: await sharedPublished(), reason: 'matrix' },
      }),
      ...moderators(),
    }),
    on('GET', '/accreditations/expiring', 'administrators (their regions)', {
      action: 'accreditation.expiring',
      prepare: async () => ({ path: v1('/accreditations/expiring') }),
      ...administrators,
    }),
    onResource('POST', '/confirm', 'published: its operators', sharedPublished, 'resource.confirm', operators),
    // Aliases (docs/search.md): public like the resource; its region's administrators keep them.
    onResource('GET', '/aliases', 'a published resource', sharedPublished, undefined, { others: 200 }),
    onResource('GET', '/aliases', 'a draft', sharedDraft, undefined, insiders(200, 404)),
    onResource('PUT', '/aliases', 'published: admins of its region', published, 'resource.edit_aliases', moderators(), {
      aliases: ['矩阵别名'],
    }),
    on('GET', '/resources/stale', 'administrators (their regions)', {
      action: 'resource.stale_queue',
      prepare: async () => ({ path: v1('/resources/stale') }),
      ...administrators,
    }),

    on('POST', '/media', 'a photo for the science museum: its operators and the admins above it', {
      action: 'media.upload',
      prepare: async () => ({
        path: v1(`/media?organisationId=${MUSEUM}`),
        file: { name: 'p.png', content: pngImage() },
      }),
      ...insiders(201),
    }),
    on('GET', '/media/{id}', 'a photo a published resource shows: public', {
      prepare: async () => ({ path: v1(`/media/${await sharedShownPhoto()}`) }),
      others: 200,
    }),
    on('GET', '/media/{id}', 'a photo nothing published shows (public route: anonymous callers are told nothing)', {
      prepare: async () => ({ path: v1(`/media/${await sharedPhoto()}`) }),
      ...insiders(200, 404),
    }),
    on('GET', '/media/{id}', 'evidence: the organisation and its admins', {
      action: 'media.read_evidence',
      prepare: async () => ({ path: v1(`/media/${await sharedEvidence()}`) }),
      ...insiders(200),
    }),

    publicRead('/census/template', '/census/template?format=csv'),
    on('POST', '/census/import', 'administrators (rows only in their regions)', {
      action: 'census.import',
      prepare: async () => ({
        path: v1('/census/import?dryRun=1'),
        file: { name: 'c.csv', content: Buffer.from('名称,类型,区域代码,地址,纬度,经度,运营机构,统一社会信用代码\n') },
      }),
      ...administrators,
    }),
    on('GET', '/census/export', 'Futian: its admins and the city', {
      action: 'census.manage',
      prepare: async () => ({ path: v1('/census/export?region=440304') }),
      expect: { anonymous: 401, futianAdmin: 200, cityAdmin: 200 },
      others: 403,
    }),
  ];
}
