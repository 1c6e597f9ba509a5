/**
 * Every endpoint × the roles that matter, with the expected status. Two guards keep it complete:
 * every operation in the OpenAPI document needs an entry, and every policy action must be
 * exercised by one. Add entries here when you add an endpoint or an action.
 */
import { DEMO_ORGANISATIONS } from '@kepu/demo';
import { AccountsService, PolicyService, Role } from '@kepu/identity';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Entry, Who } from '../support/matrix';
import { otherSchoolTeacher } from '../support/groups';
import { bookingEntries } from '../support/matrix-booking';
import { statsEntries } from '../support/matrix-stats';
import { groupEntries } from '../support/matrix-group';
import { registerEntries } from '../support/matrix-register';
import { scheduleEntries } from '../support/matrix-schedule';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

const SIGNED_IN: Record<Exclude<Who, 'anonymous' | 'systemAdmin' | 'school2'>, string> = {
  family: 'family@demo.kepu',
  school: 'school@demo.kepu',
  operator: 'operator@demo.kepu',
  operator2: 'operator2@demo.kepu',
  nanshanAdmin: 'nanshan-admin@demo.kepu',
  futianAdmin: 'futian-admin@demo.kepu',
  cityAdmin: 'city-admin@demo.kepu',
};

describe('authorization matrix', () => {
  let t: TestApp;
  const sessions = {} as Record<Exclude<Who, 'anonymous'>, SignedIn>;
  let accounts: AccountsService;
  let db: DataSource;

  const newAccount = async (
    grants: Parameters<AccountsService['provision']>[0]['grants'] = [{ role: Role.Visitor }],
  ) => {
    const login = `m${randomBytes(6).toString('hex')}@example.com`;
    const account = await accounts.provision({
      login,
      password: 'matrix-test-passphrase',
      displayName: 'matrix',
      grants,
    });
    return { id: account.id, login };
  };
  const grantOf = async (accountId: string, role: Role) =>
    (await db.query(`SELECT id FROM role_grants WHERE account_id = $1 AND role = $2`, [accountId, role]))[0]
      .id as string;

  beforeAll(async () => {
    t = await startTestApp();
    accounts = t.app.get(AccountsService);
    db = t.app.get(DataSource);
    // A region outside Shenzhen, to show a city admin's reach ends at the city.
    await db.query(`
      INSERT INTO regions (code, gb_code, name, name_en, level, parent_code, path) VALUES
        ('110000', '110000', '北京市', 'Beijing', 'province', NULL, '110000'),
        ('110100', '110100', '北京市辖区', 'Beijing', 'city', '110000', '110000/110100'),
        ('110105', '110105', '朝阳区', 'Chaoyang', 'district', '110100', '110000/110100/110105')`);
    for (const [who, login] of Object.entries(SIGNED_IN))
      sessions[who as keyof typeof SIGNED_IN] = await signIn(t, login);
    const admin = await newAccount([{ role: Role.SystemAdmin }]);
    sessions.systemAdmin = await signIn(t, admin.login, 'matrix-test-passphrase');
    sessions.school2 = await otherSchoolTeacher(t);
  });
  afterAll(() => t.close());

  const grantRoute = (note: string, grant: object, expect: Entry['expect']): Entry => ({
    method: 'POST',
    route: '/api/v1/accounts/{id}/roles',
    action: 'role.grant',
    note,
    prepare: async () => ({ path: `/api/v1/accounts/${(await newAccount()).id}/roles`, body: grant }),
    expect,
  });
  const revokeRoute = (
    note: string,
    grants: Parameters<typeof newAccount>[0],
    role: Role,
    expect: Entry['expect'],
  ): Entry => ({
    method: 'DELETE',
    route: '/api/v1/accounts/{id}/roles/{grantId}',
    action: 'role.revoke',
    note,
    prepare: async () => {
      const { id } = await newAccount(grants);
      return { path: `/api/v1/accounts/${id}/roles/${await grantOf(id, role)}` };
    },
    expect,
  });

  const entries: Entry[] = [
    {
      method: 'GET',
      route: '/api/v1/health',
      note: 'public',
      prepare: async () => ({ path: '/api/v1/health' }),
      expect: { anonymous: 200, family: 200 },
    },
    {
      method: 'POST',
      route: '/api/v1/auth/register',
      note: 'public',
      prepare: async () => ({
        path: '/api/v1/auth/register',
        body: {
          login: `r${randomBytes(6).toString('hex')}@example.com`,
          password: 'register-passphrase',
          displayName: 'x',
        },
      }),
      expect: { anonymous: 201 },
    },
    {
      method: 'POST',
      route: '/api/v1/auth/login',
      note: 'public',
      prepare: async () => ({
        path: '/api/v1/auth/login',
        body: { login: 'family@demo.kepu', password: 'kepu-demo-2026' },
      }),
      expect: { anonymous: 200 },
    },
    {
      method: 'POST',
      route: '/api/v1/auth/refresh',
      note: 'public, but only with a valid refresh token',
      prepare: async () => ({
        path: '/api/v1/auth/refresh',
        body: { refreshToken: (await signIn(t, 'family@demo.kepu')).refreshToken },
      }),
      expect: { anonymous: 200 },
    },
    {
      method: 'POST',
      route: '/api/v1/auth/logout',
      note: 'own session',
      prepare: async () => ({ path: '/api/v1/auth/logout', session: await signIn(t, 'school@demo.kepu') }),
      expect: { anonymous: 401, school: 204 },
    },
    {
      method: 'GET',
      route: '/api/v1/auth/me',
      note: 'any signed-in account',
      prepare: async () => ({ path: '/api/v1/auth/me' }),
      expect: {
        anonymous: 401,
        family: 200,
        school: 200,
        operator: 200,
        nanshanAdmin: 200,
        cityAdmin: 200,
        systemAdmin: 200,
      },
    },
    {
      method: 'POST',
      route: '/api/v1/auth/password',
      note: 'own password (wrong current password: authorized, then refused as bad input)',
      prepare: async () => ({
        path: '/api/v1/auth/password',
        body: { currentPassword: 'not-the-current-one', newPassword: 'a-new-long-passphrase' },
      }),
      expect: { anonymous: 401, family: 400, operator: 400 },
    },
    {
      method: 'GET',
      route: '/api/v1/accounts/lookup',
      action: 'account.lookup',
      note: 'administrators only',
      prepare: async () => ({ path: '/api/v1/accounts/lookup?login=family@demo.kepu' }),
      expect: {
        anonymous: 401,
        family: 403,
        school: 403,
        operator: 403,
        nanshanAdmin: 200,
        futianAdmin: 200,
        cityAdmin: 200,
        systemAdmin: 200,
      },
    },
    {
      method: 'GET',
      route: '/api/v1/accounts/{id}',
      action: 'account.read',
      note: "the family's account: itself and role managers; to others it does not exist",
      prepare: async () => ({ path: `/api/v1/accounts/${sessions.family.user.id}` }),
      expect: {
        anonymous: 401,
        family: 200,
        school: 404,
        operator: 404,
        nanshanAdmin: 404,
        cityAdmin: 200,
        systemAdmin: 200,
      },
    },
    grantRoute(
      'district admin of Nanshan: the city admin appoints inside the city',
      { role: 'district_admin', regionCode: '440305' },
      {
        anonymous: 401,
        family: 403,
        operator: 403,
        nanshanAdmin: 403,
        futianAdmin: 403,
        cityAdmin: 201,
        systemAdmin: 201,
      },
    ),
    grantRoute(
      'district admin in Beijing: outside the Shenzhen city admin',
      { role: 'district_admin', regionCode: '110105' },
      { cityAdmin: 403, systemAdmin: 201 },
    ),
    grantRoute(
      'city admin: system admin only',
      { role: 'city_admin', regionCode: '440300' },
      { cityAdmin: 403, systemAdmin: 201 },
    ),
    grantRoute(
      'operator of the science museum (Futian): the admins of its region',
      { role: 'operator', organisationId: DEMO_ORGANISATIONS.scienceMuseum },
      { operator: 403, nanshanAdmin: 404, futianAdmin: 201, cityAdmin: 201, systemAdmin: 201 },
    ),
    grantRoute(
      'teacher of a museum: only verified schools have teachers',
      { role: 'school', organisationId: DEMO_ORGANISATIONS.scienceMuseum },
      { futianAdmin: 403, systemAdmin: 403 },
    ),
    grantRoute('system admin', { role: 'system_admin' }, { cityAdmin: 403, systemAdmin: 201 }),
    revokeRoute('district admin of Nanshan', [{ role: Role.DistrictAdmin, regionCode: '440305' }], Role.DistrictAdmin, {
      anonymous: 401,
      family: 403,
      nanshanAdmin: 403,
      futianAdmin: 403,
      cityAdmin: 204,
      systemAdmin: 204,
    }),
    revokeRoute('city admin', [{ role: Role.CityAdmin, regionCode: '440300' }], Role.CityAdmin, {
      cityAdmin: 403,
      systemAdmin: 204,
    }),
    {
      method: 'DELETE',
      route: '/api/v1/accounts/{id}/roles/{grantId}',
      note: 'a grant that is not there',
      prepare: async () => ({
        path: `/api/v1/accounts/${sessions.family.user.id}/roles/00000000-0000-4000-8000-000000000000`,
      }),
      expect: { cityAdmin: 404, systemAdmin: 404 },
    },
  ];

  entries.push(...registerEntries(() => ({ t, sessions, newAccount })));
  entries.push(...scheduleEntries(() => ({ t, sessions })));
  entries.push(...bookingEntries(() => ({ t, sessions })));
  entries.push(...groupEntries(() => ({ t, sessions })));
  entries.push(...statsEntries(() => ({ t })));
  entries.push(
    {
      method: 'GET',
      route: '/api/v1/search',
      note: 'public',
      prepare: async () => ({ path: '/api/v1/search?q=kexueguan' }),
      expect: { anonymous: 200, family: 200 },
    },
    {
      method: 'GET',
      route: '/api/v1/search/suggest',
      note: 'public',
      prepare: async () => ({ path: '/api/v1/search/suggest?q=kx' }),
      expect: { anonymous: 200 },
    },
    {
      method: 'GET',
      route: '/api/v1/web-config',
      note: 'public',
      prepare: async () => ({ path: '/api/v1/web-config' }),
      expect: { anonymous: 200 },
    },
    {
      method: 'GET',
      route: '/api/v1/map/features',
      note: 'public',
      prepare: async () => ({ path: '/api/v1/map/features?district=440305' }),
      expect: { anonymous: 200, family: 200 },
    },
  );

  const cases = entries.flatMap((entry) =>
    Object.entries(entry.expect).map(
      ([who, status]) =>
        [`${entry.method} ${entry.route} (${entry.note}) as ${who} → ${status}`, entry, who as Who, status] as const,
    ),
  );

  it.each(cases)('%s', async (_name, entry, who, status) => {
    const prepared = await entry.prepare();
    const session = who === 'anonymous' ? undefined : (prepared.session ?? sessions[who]);
    let request = t.http()[entry.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](prepared.path);
    if (session) request = request.set(bearer(session));
    if (prepared.headers) request = request.set(prepared.headers);
    if (prepared.file) request = request.attach('file', prepared.file.content, prepared.file.name);
    const res = prepared.body ? await request.send(prepared.body) : await request;
    expect({ status: res.status, code: res.body?.code }).toMatchObject({ status });
    if (status === 401) expect(res.body.code).toMatch(/^(UNAUTHORIZED|TOKEN_INVALID)$/);
    if (status === 403) expect(res.body.code).toBe('FORBIDDEN');
  });

  it('covers every operation of the API', async () => {
    const spec = (await t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = new Set(entries.map((e) => `${e.method} ${e.route}`));
    expect(operations.filter((op) => !covered.has(op))).toEqual([]);
  });

  it('exercises every policy action', () => {
    const exercised = new Set(entries.map((e) => e.action).filter(Boolean));
    expect(
      t.app
        .get(PolicyService)
        .actions()
        .filter((action) => !exercised.has(action)),
    ).toEqual([]);
  });
});
