/**
 * An OpenAPI-driven fuzz of every operation: random, boundary and hostile path parameters, query
 * parameters, bodies and headers, sent anonymously and as a user who may call the operation. Every
 * answer must be below 500; every 4xx must have the one error shape; and a batch of requests that
 * were all refused (or only read) must leave the database as it found it. Requests go in through
 * Fastify's inject: the whole server (parsers, hooks, guards, pipes, filters) without sockets.
 *
 * Each run draws a seed (or takes FUZZ_SEED) and prints it with any failure: the same seed sends
 * the same requests; FUZZ_ONLY (a regular expression) picks operations by `METHOD /route`. FUZZ_RUNS
 * sets the requests per operation and caller.
 */
import { addDays, shanghaiToday } from '@kepu/schedule';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { book, bookableEvent, bookingBody, idNumberFor, visitorAccounts } from '../support/booking';
import { changedTables, fingerprinter, Fingerprint } from '../support/db-fingerprint';
import { classList, groupEvent, groupRequestBody, nameListFile, requestGroupVisit } from '../support/groups';
import {
  describeRequest,
  FuzzRequest,
  FuzzWorld,
  OpenApiDocument,
  operationsOf,
  OWN_TOKEN,
  requestArbitrary,
} from '../support/openapi-fuzz';
import { pngImage, resourceBody, uploadPhoto } from '../support/register';
import { admissionBody, museumHours } from '../support/schedule';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const RUNS = Number(process.env.FUZZ_RUNS ?? 24);
/** Only the operations (`METHOD /route`) this matches: to replay one operation's requests. */
const ONLY = new RegExp(process.env.FUZZ_ONLY ?? '');
/** Requests between two fingerprints: smaller batches pin a state change down, larger ones run faster. */
const BATCH = 12;

/**
 * What a refused request may still write, and why. Everything else must stay exactly as it was.
 * Keep this short: each entry is a place a bug could hide.
 */
const IGNORED_TABLES = [
  // A refused write's answer is stored under its Idempotency-Key, so a retry gets the same refusal.
  'idempotency_keys',
  // A failed sign-in counts towards its address's back-off on that login.
  'login_attempts',
];
const IGNORED_ROWS = {
  // A failed sign-in is audited, and so is a person's data export (a read that hands out everything
  // about them, as a thief with their session would); any other audit row a read or refusal leaves is a bug.
  audit_log: `action IN ('auth.sign_in_failed', 'account.export')`,
};
const IGNORED_COLUMNS = {
  // A wrong code counts towards the code's few guesses, refused or not: that is the guard on it.
  verification_codes: ['attempts'],
};

type Caller = 'anonymous' | 'family' | 'school' | 'operator' | 'cityAdmin' | 'systemAdmin' | 'visitor';
type DemoCaller = Exclude<Caller, 'anonymous' | 'visitor'>;

const DEMO_LOGINS: Record<DemoCaller, string> = {
  family: 'family@demo.kepu',
  school: 'school@demo.kepu',
  operator: 'operator@demo.kepu',
  cityAdmin: 'city-admin@demo.kepu',
  systemAdmin: 'admin@demo.kepu',
};

/** Who may legitimately call a route (the authorization matrix has the details); the first match wins. */
const LEGITIMATE_CALLERS: [RegExp, Caller][] = [
  // A throwaway account: logging out and changing the password end its sessions.
  [/^\/api\/v1\/auth\//, 'visitor'],
  [/^\/api\/v1\/bookings/, 'family'],
  [/^\/api\/v1\/group-visits\/\{id\}\/decision$/, 'operator'],
  [/^\/api\/v1\/(group-visits|group-agreements\/\{id\}\/sign$)/, 'school'],
  [
    /^\/api\/v1\/(group-agreements|check-ins|slots|media|offerings|resources(\/\{id\}(\/(opening-hours|offerings|group-feedback|working-copy|history|submit).*)?)?$)/,
    'operator',
  ],
  [/^\/api\/v1\/calendar\//, 'systemAdmin'],
  [/./, 'cityAdmin'],
];
const legitimateCaller = (route: string): Caller =>
  (LEGITIMATE_CALLERS.find(([pattern]) => pattern.test(route)) as [RegExp, Caller])[1];

/** Operations that hash a password or draw an image on every call: fewer runs keep the file fast. */
const SLOW_OPERATIONS = new Set([
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/register',
  'POST /api/v1/auth/password',
  'GET /api/v1/bookings/{id}/qr',
]);

interface Failure {
  operation: string;
  caller: Caller;
  problem: string;
}

describe('OpenAPI-driven fuzz', () => {
  let t: TestApp;
  let db: DataSource;
  const sessions = {} as Record<Exclude<Caller, 'anonymous'>, SignedIn>;
  let world: FuzzWorld;
  let validBodies: Record<string, unknown>;
  let fingerprint: () => Promise<Fingerprint>;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    for (const [who, login] of Object.entries(DEMO_LOGINS)) sessions[who as DemoCaller] = await signIn(t, login);
    [sessions.visitor] = await visitorAccounts(t, 1);

    // Things that exist, so that requests naming them get past 404 into validation and the rules.
    const { operator, cityAdmin, school, family } = sessions;
    const event = await bookableEvent(t, operator, cityAdmin);
    const booked = await book(t, family, bookingBody(event.slotIds[0]));
    const group = await groupEvent(t, operator, cityAdmin);
    const visit = await requestGroupVisit(
      t,
      school,
      groupRequestBody(group.offeringId, group.slotIds.slice(0, 1), { students: 20, teachers: 1 }),
    );
    const organisationOf = async (who: SignedIn) =>
      (await db.query(`SELECT organisation_id AS id FROM role_grants WHERE account_id = $1`, [who.user.id]))[0]
        .id as string;
    const today = shanghaiToday();
    const agreementBody = {
      resourceId: group.resourceId,
      schoolId: await organisationOf(school),
      startsOn: today,
      endsOn: addDays(today, 180),
      visitQuota: 4,
    };
    const agreement = await t.http().post('/api/v1/group-agreements').set(bearer(operator)).send(agreementBody);
    for (const [what, res] of Object.entries({ booked, visit, agreement })) {
      if (res.status !== 201) throw new Error(`fixture ${what}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    const [{ grantId }] = await db.query(`SELECT id AS "grantId" FROM role_grants WHERE account_id = $1`, [
      sessions.visitor.user.id,
    ]);
    // The register as exported is what an import takes; a few rows keep each import quick.
    const exported = await t.http().get('/api/v1/census/export?region=440304&format=csv').set(bearer(cityAdmin));

    const pathValues: Record<string, string[]> = {
      resources: [event.resourceId, group.resourceId],
      offerings: [event.offeringId, group.offeringId],
      slots: [...event.slotIds, ...group.slotIds],
      bookings: [booked.body.id],
      'group-visits': [visit.body.id],
      'group-agreements': [agreement.body.id],
      // The throwaway account only: a granted or revoked role must not change who the other callers are.
      accounts: [sessions.visitor.user.id],
      roles: [grantId],
      organisations: [await organisationOf(operator), agreementBody.schoolId],
      regions: ['440304', '440300'],
      media: [await uploadPhoto(t, operator)],
      calendar: ['2026', '2027'],
    };
    world = {
      doc: (await t.http().get('/api/docs-json').expect(200)).body as OpenApiDocument,
      pathValues: (segment) => pathValues[segment] ?? [],
      ids: Object.values(pathValues)
        .flat()
        .filter((value) => /^[0-9a-f-]{36}$/.test(value)),
      regionCodes: ['440304', '440305', '440300', '440000', '110105'],
      logins: [...Object.values(DEMO_LOGINS), '13800138000', 'nobody@example.com'],
      today,
      files: [
        { name: 'photo.png', contentType: 'image/png', content: pngImage(4, 3) },
        {
          name: 'names.xlsx',
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          content: await nameListFile(classList(20, 1)),
        },
        {
          name: 'census.csv',
          contentType: 'text/csv',
          content: Buffer.from(exported.text.split('\n').slice(0, 4).join('\n')),
        },
      ],
    };
    // Bodies the API takes (the document does not describe every field): mutated, they go deeper.
    validBodies = {
      'POST /api/v1/bookings': bookingBody(event.slotIds[0], {
        visitors: [{ name: '李四', category: 'adult', idNumber: idNumberFor(7) }],
      }),
      'POST /api/v1/check-ins': { code: booked.body.code },
      'POST /api/v1/group-visits': groupRequestBody(group.offeringId, group.slotIds),
      'POST /api/v1/group-agreements': agreementBody,
      'POST /api/v1/resources': resourceBody(),
      'PUT /api/v1/resources/{id}/opening-hours': museumHours(),
      'POST /api/v1/resources/{id}/opening-hours/preview': museumHours(),
      'POST /api/v1/resources/{id}/offerings': admissionBody(),
      'PATCH /api/v1/offerings/{id}': { capacity: 80 },
      'POST /api/v1/auth/login': { login: DEMO_LOGINS.family, password: 'not-the-password' },
    };
    fingerprint = await fingerprinter(db, {
      ignoredTables: IGNORED_TABLES,
      ignoredRows: IGNORED_ROWS,
      ignoredColumns: IGNORED_COLUMNS,
    });
  }, 120_000);
  afterAll(() => t?.close());

  const send = (request: FuzzRequest, caller: Caller) => {
    const headers = { ...request.headers };
    if (caller !== 'anonymous')
      headers.authorization = headers.authorization.replace(OWN_TOKEN, sessions[caller].accessToken);
    return t.app.inject({ method: request.method as 'GET', url: request.url, headers, payload: request.payload });
  };

  /** What the server logged about a 5xx: the error that escaped. */
  const loggedError = (correlationId: unknown) => {
    const line = t.logs.find((l) => l.includes('Unhandled error') && l.includes(String(correlationId)));
    const err = line && (JSON.parse(line) as { err?: { type: string; message: string; stack?: string } }).err;
    return err ? `\n    logged: ${err.message.slice(0, 300)} ${err.stack?.split('\n').slice(1, 4).join(' ')}` : '';
  };

  /** A caller whose session a successful request ended (logout, password change) signs in again. */
  const renewSession = async (caller: Caller): Promise<boolean> => {
    if (caller === 'anonymous') return false;
    if ((await t.http().get('/api/v1/auth/me').set(bearer(sessions[caller]))).status === 200) return false;
    sessions[caller] = caller === 'visitor' ? (await visitorAccounts(t, 1))[0] : await signIn(t, DEMO_LOGINS[caller]);
    return true;
  };

  it('answers every operation below 500, refuses in the one error shape, and changes nothing when it refuses', async () => {
    const failures: Failure[] = [];
    const operations = operationsOf(world.doc).filter((op) => ONLY.test(`${op.method} ${op.route}`));
    let sent = 0;
    let before = await fingerprint();
    for (const op of operations) {
      const operation = `${op.method} ${op.route}`;
      for (const caller of ['anonymous', legitimateCaller(op.route)] as Caller[]) {
        const requests = fc.sample(requestArbitrary(world, op, caller !== 'anonymous', validBodies[operation]), {
          seed: SEED ^ fc.hash(`${operation} as ${caller}`),
          numRuns: SLOW_OPERATIONS.has(operation) ? Math.ceil(RUNS / 3) : RUNS,
        });
        for (let start = 0; start < requests.length; start += BATCH) {
          const batch = requests.slice(start, start + BATCH);
          const statuses: number[] = [];
          for (const request of batch) {
            const response = await send(request, caller);
            sent++;
            statuses.push(response.statusCode);
            const problem = problemWith(request, response);
            if (problem) {
              const logged = response.statusCode >= 500 ? loggedError(response.headers['x-request-id']) : '';
              failures.push({ operation, caller, problem: `${problem}${logged}\n    ${describeRequest(request)}` });
            }
          }
          const after = await fingerprint();
          const changed = changedTables(before, after);
          const onlyReadOrRefused = op.method === 'GET' || statuses.every((s) => s >= 400 && s < 500);
          if (changed.length && onlyReadOrRefused) {
            failures.push({
              operation,
              caller,
              problem: `changed ${changed.join(', ')}, though every request was ${op.method === 'GET' ? 'a read' : 'refused'} (${statuses.join(' ')}):\n    ${batch.map(describeRequest).join('\n    ')}`,
            });
          }
          before = statuses.some((s) => s < 300) && (await renewSession(caller)) ? await fingerprint() : after;
        }
      }
    }
    console.log(`fuzz: ${sent} requests to ${operations.length} operations, FUZZ_SEED=${SEED}`);
    if (failures.length) {
      throw new Error(
        `${failures.length} problems. Replay with FUZZ_SEED=${SEED}, and FUZZ_ONLY='^METHOD /route$' for one operation ` +
          `(the same requests; earlier operations' writes are then missing):\n` +
          failures.map((f) => `- ${f.operation} as ${f.caller}: ${f.problem}`).join('\n'),
      );
    }
  }, 600_000);
});

/** Why an answer breaks the contract: a 5xx, or a 4xx without the one error shape. */
function problemWith(
  request: FuzzRequest,
  response: { statusCode: number; body: string; headers: Record<string, unknown> },
): string | undefined {
  const { statusCode } = response;
  if (statusCode >= 500) return `${statusCode}: ${response.body.slice(0, 300)}`;
  if (statusCode < 400) return undefined;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(response.body);
  } catch {
    return `${statusCode} without a JSON body: ${response.body.slice(0, 200)}`;
  }
  const messages = body.messages as Record<string, unknown> | undefined;
  const zh = messages?.['zh-CN'];
  const en = messages?.en;
  const language = request.headers['accept-language'];
  // Chinese unless asked for English first; for other preferences either language will do.
  const expected = language === undefined ? [zh] : language.startsWith('en') ? [en] : [zh, en];
  const wrong = [
    body.statusCode !== statusCode && 'statusCode',
    !/^[A-Z][A-Z0-9_]+$/.test(String(body.code)) && 'code',
    (typeof zh !== 'string' || !/\p{Script=Han}/u.test(zh)) && 'messages.zh-CN',
    (typeof en !== 'string' || !/^[\x20-\x7e–—’…]+$/.test(en)) && 'messages.en',
    !expected.includes(body.message) && 'message',
    (typeof body.correlationId !== 'string' || body.correlationId !== response.headers['x-request-id']) &&
      'correlationId',
    // Details echo the caller's own field names; the rest must not show the server's insides.
    /QueryFailedError|SyntaxError|TypeError|RangeError|node_modules|\bat .+:\d+:\d+/.test(
      JSON.stringify({ ...body, details: undefined }),
    ) && 'leaks internals',
  ].filter(Boolean);
  return wrong.length
    ? `${statusCode} ${body.code}: bad ${wrong.join(', ')}: ${response.body.slice(0, 300)}`
    : undefined;
}
