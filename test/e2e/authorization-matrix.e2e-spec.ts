/**
 * Every endpoint × every caller (CALLERS: anonymous, two visitors, two schools, two operators, the
 * owning and another district's administrator, the city administrator, a community worker and a
 * volunteer; the system administrator where an entry names it), with the expected status. Three
 * guards keep it complete: every
 * operation in the OpenAPI document needs an entry, every entry states an outcome for every
 * caller, and every policy action must be exercised by one. Add entries here when you add an
 * endpoint or an action.
 */
import { DEMO_ORGANISATIONS } from '@kepu/demo';
import { AccountsService, PolicyService, Role } from '@kepu/identity';
import { TokensService } from '@kepu/identity/tokens.service';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { casesOf, publicRead } from '../support/matrix';
import type { Entry, Outcomes, Prepared, Who } from '../support/matrix';
import { otherSchoolTeacher } from '../support/groups';
import { bookingEntries } from '../support/matrix-booking';
import { statsEntries } from '../support/matrix-stats';
import { outreachEntries } from '../support/matrix-outreach';
import { campaignEntries } from '../support/matrix-campaigns';
import { groupEntries } from '../support/matrix-group';
import { identityEntries } from '../support/matrix-identity';
import { registerEntries } from '../support/matrix-register';
import { scheduleEntries } from '../support/matrix-schedule';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

const SIGNED_IN: Record<Exclude<Who, 'anonymous' | 'systemAdmin' | 'school2' | 'family2'>, string> = {
  family: 'family@demo.kepu',
  school: 'school@demo.kepu',
  operator: 'operator@demo.kepu',
  operator2: 'operator2@demo.kepu',
  nanshanAdmin: 'nanshan-admin@demo.kepu',
  futianAdmin: 'futian-admin@demo.kepu',
  cityAdmin: 'city-admin@demo.kepu',
  community: 'community@demo.kepu',
  volunteer: 'volunteer@demo.kepu',
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
      verified: true,
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
    sessions.family2 = await signIn(t, (await newAccount()).login, 'matrix-test-passphrase');
  });
  afterAll(() => t.close());

  const grantRoute = (note: string, grant: object, outcomes: Outcomes): Entry => ({
    method: 'POST',
    route: '/api/v1/accounts/{id}/roles',
    action: 'role.grant',
    note,
    prepare: async () => ({ path: `/api/v1/accounts/${(await newAccount()).id}/roles`, body: grant }),
    ...outcomes,
  });
  const revokeRoute = (
    note: string,
    grants: Parameters<typeof newAccount>[0],
    role: Role,
    outcomes: Outcomes,
  ): Entry => ({
    method: 'DELETE',
    route: '/api/v1/accounts/{id}/roles/{grantId}',
    action: 'role.revoke',
    note,
    prepare: async () => {
      const { id } = await newAccount(grants);
      return { path: `/api/v1/accounts/${id}/roles/${await grantOf(id, role)}` };
    },
    ...outcomes,
  });

  const entries: Entry[] = [
    publicRead('/health'),
    {
      method: 'GET',
      route: '/api/v1/metrics',
      note: "Prometheus' token (METRICS_TOKEN), never a session: search-cache e2e scrapes with it",
      prepare: async () => ({ path: '/api/v1/metrics' }),
      others: 401,
    },
    {
      method: 'POST',
      route: '/api/v1/auth/login',
      note: 'public',
      prepare: async () => ({
        path: '/api/v1/auth/login',
        body: { login: 'family@demo.kepu', password: 'kepu-demo-2026' },
      }),
      others: 200,
    },
    {
      method: 'POST',
      route: '/api/v1/auth/refresh',
      note: 'public, but only with a valid refresh token',
      prepare: async () => ({
        path: '/api/v1/auth/refresh',
        body: { refreshToken: (await signIn(t, 'family@demo.kepu')).refreshToken },
      }),
      others: 200,
    },
    {
      method: 'POST',
      route: '/api/v1/auth/logout',
      note: 'own session',
      prepare: async () => ({ path: '/api/v1/auth/logout', caller: 'fresh session' }),
      expect: { anonymous: 401 },
      others: 204,
    },
    {
      method: 'GET',
      route: '/api/v1/auth/me',
      note: 'any signed-in account',
      prepare: async () => ({ path: '/api/v1/auth/me' }),
      expect: { anonymous: 401, systemAdmin: 200 },
      others: 200,
    },
    {
      method: 'POST',
      route: '/api/v1/auth/password',
      note: 'own password (wrong current password: authorized, then refused as bad input)',
      prepare: async () => ({
        path: '/api/v1/auth/password',
        body: { currentPassword: 'not-the-current-one', newPassword: 'a-new-long-passphrase' },
      }),
      expect: { anonymous: 401 },
      others: 400,
    },
    ...[
      {
        login: 'family@demo.kepu',
        note: 'a visitor: every administrator finds them',
        found: { futianAdmin: 200, nanshanAdmin: 200, cityAdmin: 200 },
      },
      {
        login: 'operator@demo.kepu',
        note: 'an operator in Futian: Futian’s and the city’s administrators',
        found: { futianAdmin: 200, nanshanAdmin: 404, cityAdmin: 200 },
      },
      {
        login: 'nanshan-admin@demo.kepu',
        note: 'Nanshan’s administrator: Nanshan’s and the city’s',
        found: { futianAdmin: 404, nanshanAdmin: 200, cityAdmin: 200 },
      },
      {
        login: 'city-admin@demo.kepu',
        note: 'the city’s administrator: not the districts’',
        found: { futianAdmin: 404, nanshanAdmin: 404, cityAdmin: 200 },
      },
    ].map(({ login, note, found }): Entry => ({
      method: 'GET',
      route: '/api/v1/accounts/lookup',
      action: 'account.lookup',
      note: `${note} (administrators only)`,
      prepare: async () => ({ path: `/api/v1/accounts/lookup?login=${login}` }),
      expect: { anonymous: 401, ...found, systemAdmin: 200 },
      others: 403,
    })),
    {
      method: 'GET',
      route: '/api/v1/accounts/{id}',
      action: 'account.read',
      note: "the family's account: itself and every administrator; to others it does not exist",
      prepare: async () => ({ path: `/api/v1/accounts/${sessions.family.user.id}` }),
      expect: { anonymous: 401, family: 200, futianAdmin: 200, nanshanAdmin: 200, cityAdmin: 200, systemAdmin: 200 },
      others: 404,
    },
    {
      method: 'GET',
      route: '/api/v1/accounts/{id}',
      note: "the observatory's operator (Dapeng): itself and the city's administrators",
      prepare: async () => ({ path: `/api/v1/accounts/${sessions.operator2.user.id}` }),
      expect: { anonymous: 401, operator2: 200, cityAdmin: 200, systemAdmin: 200 },
      others: 404,
    },
    grantRoute(
      'district admin of Nanshan: the city admin appoints inside the city',
      { role: 'district_admin', regionCode: '440305' },
      { expect: { anonymous: 401, cityAdmin: 201, systemAdmin: 201 }, others: 403 },
    ),
    grantRoute(
      'district admin in Beijing: outside the Shenzhen city admin',
      { role: 'district_admin', regionCode: '110105' },
      { expect: { anonymous: 401, systemAdmin: 201 }, others: 403 },
    ),
    grantRoute(
      'city admin: system admin only',
      { role: 'city_admin', regionCode: '440300' },
      { expect: { anonymous: 401, systemAdmin: 201 }, others: 403 },
    ),
    grantRoute(
      'operator of the science museum (Futian): the admins of its region',
      { role: 'operator', organisationId: DEMO_ORGANISATIONS.scienceMuseum },
      {
        expect: { anonymous: 401, operator: 403, futianAdmin: 201, cityAdmin: 201, systemAdmin: 201 },
        others: 404,
      },
    ),
    grantRoute(
      'teacher of a museum: only verified schools have teachers',
      { role: 'school', organisationId: DEMO_ORGANISATIONS.scienceMuseum },
      { expect: { anonymous: 401, systemAdmin: 403 }, others: 403 },
    ),
    grantRoute('system admin', { role: 'system_admin' }, { expect: { anonymous: 401, systemAdmin: 201 }, others: 403 }),
    revokeRoute('district admin of Nanshan', [{ role: Role.DistrictAdmin, regionCode: '440305' }], Role.DistrictAdmin, {
      expect: { anonymous: 401, cityAdmin: 204, systemAdmin: 204 },
      others: 403,
    }),
    revokeRoute('city admin', [{ role: Role.CityAdmin, regionCode: '440300' }], Role.CityAdmin, {
      expect: { anonymous: 401, systemAdmin: 204 },
      others: 403,
    }),
    {
      method: 'DELETE',
      route: '/api/v1/accounts/{id}/roles/{grantId}',
      note: 'a grant that is not there',
      prepare: async () => ({
        path: `/api/v1/accounts/${sessions.family.user.id}/roles/00000000-0000-4000-8000-000000000000`,
      }),
      expect: { anonymous: 401, systemAdmin: 404 },
      others: 404,
    },
  ];

  entries.push(...identityEntries(() => ({ t, sessions, newAccount })));
  entries.push(...registerEntries(() => ({ t, sessions, newAccount })));
  entries.push(...scheduleEntries(() => ({ t, sessions })));
  entries.push(...bookingEntries(() => ({ t, sessions })));
  entries.push(...groupEntries(() => ({ t, sessions })));
  entries.push(...statsEntries(() => ({ t })));
  entries.push(...outreachEntries(() => ({ t, sessions })));
  entries.push(...campaignEntries(() => ({ t, sessions })));
  entries.push(
    publicRead('/search', '/search?q=kexueguan'),
    publicRead('/search/suggest', '/search/suggest?q=kx'),
    publicRead('/web-config'),
    publicRead('/map/features', '/map/features?district=440305'),
    publicRead('/open-data'),
    publicRead('/open-data/resources.csv'),
    publicRead('/open-data/resources.xlsx'),
    publicRead('/open-data/resources.geojson'),
  );

  /** A new account holding the same roles as the given one, for calls that would change it. */
  const twinOf = async (accountId: string) => {
    const [twin]: { id: string }[] = await db.query(
      `INSERT INTO accounts (email, display_name, password_hash, verified_at)
       SELECT 'twin-' || gen_random_uuid() || '@test.kepu', display_name, '!', verified_at FROM accounts WHERE id = $1
       RETURNING id`,
      [accountId],
    );
    await db.query(
      `INSERT INTO role_grants (account_id, role, region_code, organisation_id)
       SELECT $2, role, region_code, organisation_id FROM role_grants WHERE account_id = $1`,
      [accountId, twin.id],
    );
    return twin.id;
  };
  const sessionOf = async (who: Who, caller: Prepared['caller']) => {
    if (who === 'anonymous') return undefined;
    if (!caller) return sessions[who];
    const { id } = sessions[who].user;
    return t.app.get(TokensService).startSession(caller === 'fresh account' ? await twinOf(id) : id);
  };

  const cases = entries.flatMap((entry) =>
    casesOf(entry).map(
      ({ who, status }) =>
        [`${entry.method} ${entry.route} (${entry.note}) as ${who} → ${status ?? '?'}`, entry, who, status] as const,
    ),
  );

  it.each(cases)('%s', async (_name, entry, who, status) => {
    const prepared = await entry.prepare();
    const session = await sessionOf(who, prepared.caller);
    let request = t.http()[entry.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](prepared.path);
    if (session) request = request.set(bearer(session));
    if (prepared.headers) request = request.set(prepared.headers);
    if (prepared.file) request = request.attach('file', prepared.file.content, prepared.file.name);
    const res = prepared.body ? await request.send(prepared.body) : await request;
    if (status === undefined) throw new Error(`no expected outcome for ${who}, who got ${res.status}`);
    expect({ status: res.status, code: res.body?.code }).toMatchObject({ status });
    if (status === 401) expect(res.body.code).toMatch(/^(UNAUTHORIZED|TOKEN_INVALID)$/);
    if (status === 403) expect(res.body.code).toBe('FORBIDDEN');
    if (status === 404) expect(res.body.code).toBe(entry.notFoundCode ?? 'NOT_FOUND');
  });

  it('states an outcome for every caller of every entry', () => {
    const unstated = entries.flatMap((entry) =>
      casesOf(entry)
        .filter(({ status }) => status === undefined)
        .map(({ who }) => `${entry.method} ${entry.route} (${entry.note}) as ${who}`),
    );
    expect(unstated).toEqual([]);
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
