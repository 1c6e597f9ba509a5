/**
 * The booking benchmark's load generator: a process of its own, forked by booking.bench.ts, so no
 * request is sent, timed or parsed on the API's event loop (nor on the orchestrator's). It takes
 * one command at a time over IPC and answers with its figures:
 * - rush: N requests at one slot all at once, over connections opened beforehand, exact latencies;
 * - sustained: autocannon for a number of seconds, each request a new (account, slot) pair;
 * - raw: the booking's SQL from bare `pg` clients, as many as the API's pool holds.
 * Everything it sends is a function of its inputs (no randomness in what is booked by whom).
 */
import autocannon from 'autocannon';
import { createCipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import { Client } from 'pg';
import { serveLoadCommands } from './load-process';

export const BOOKING_PATH = '/api/v1/bookings';
/** Given, not the account's own (the accounts have none): kept unproven, never texted. */
export const CONTACT_PHONE = '13800138000';
const SCOPE = 'POST /bookings';
const REQUEST_TIMEOUT_MS = 60_000;

// ---------------------------------------------------------------------------------------------
// Who books: deterministic real-name families
// ---------------------------------------------------------------------------------------------

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const DAY_MS = 86_400_000;

/**
 * A valid mainland ID number (GB 11643) for the n-th person born from `firstBirthday` on: a
 * thousand sequence numbers per birthday, then the next day. Distinct for every n, so each
 * family of the run passes the one-booking-per-ID-per-venue-per-day rule.
 */
export function idNumber(n: number, firstBirthday: string): string {
  const born = new Date(Date.parse(`${firstBirthday}T00:00:00Z`) + Math.floor(n / 1000) * DAY_MS);
  const first17 = `440305${born.toISOString().slice(0, 10).replaceAll('-', '')}${String(n % 1000).padStart(3, '0')}`;
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** The n-th family: a parent (born 1980 onwards) and a child (born 2016 onwards), both with ID numbers. */
export function family(n: number) {
  return [
    { name: `家长${n}`, idNumber: idNumber(n, '1980-01-01'), category: 'adult' as const },
    { name: `孩子${n}`, idNumber: idNumber(n, '2016-01-01'), category: 'child' as const },
  ];
}

/**
 * The k-th booking of a sustained run: account k mod A, slot (k + ⌊k / A⌋) mod S. Requests in flight
 * together belong to different accounts and slots (no queue on one account's lock), and the first
 * A × S requests are all different (account, slot) pairs when A + 1 and S share no factor.
 */
export function pairing(k: number, accounts: number, slots: number) {
  return { account: k % accounts, slot: (k + Math.floor(k / accounts)) % slots };
}

const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
export const pairsCovered = (accounts: number, slots: number) => gcd(accounts + 1, slots) === 1;

// ---------------------------------------------------------------------------------------------
// Commands and answers
// ---------------------------------------------------------------------------------------------

export interface RushCommand {
  type: 'rush';
  /**
   * API base addresses, taken in turn (round robin): request i goes to the API pairing(i, accounts,
   * APIs) names, so consecutive requests alternate and one account's requests reach every API.
   */
  targets: string[];
  /** Bearer tokens; request i is sent by tokens[i % tokens.length]. */
  tokens: string[];
  slotId: string;
  requests: number;
  /** Family number of request 0. */
  firstFamily: number;
  keyPrefix: string;
}

export interface SustainedCommand {
  type: 'sustained';
  target: string;
  tokens: string[];
  slotIds: string[];
  seconds: number;
  connections: number;
  /** Pair number of the first request (see pairing), so two runs over the same slots book different pairs. */
  firstPair: number;
  firstFamily: number;
  keyPrefix: string;
}

export interface RawSlot {
  id: string;
  offeringId: string;
  resourceId: string;
  day: string;
}

export interface RawCommand {
  type: 'raw';
  /** `api`: what the API sends Postgres for one booking, statement for statement; `minimal`: the floor. */
  variant: 'api' | 'minimal';
  databaseUrl: string;
  clients: number;
  seconds: number;
  slots: RawSlot[];
  accountIds: string[];
  firstFamily: number;
}

export type LoadCommand = RushCommand | SustainedCommand | RawCommand;

export interface RushAnswer {
  target: number;
  status: number;
  /** The error code of a refusal (`SLOT_FULL`…), `socket: …` when no answer came. */
  code?: string;
  correlationId?: string;
  /** From this request's send to the end of its answer. */
  ms: number;
  /** When the answer ended, from the moment the first request was sent. */
  atMs: number;
}

export interface RushResult {
  answers: RushAnswer[];
  /** From the first request sent to the last: how long firing them all took. */
  sendSpreadMs: number;
  connectionsOpened: number;
  wallMs: number;
}

export interface SustainedResult {
  seconds: number;
  requests: number;
  confirmed: number;
  statuses: Record<string, number>;
  codes: Record<string, number>;
  errors: number;
  timeouts: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
}

export interface RawResult {
  seconds: number;
  clients: number;
  statementsPerBooking: number;
  attempts: number;
  confirmed: number;
  failed: Record<string, number>;
  latencyMs: { p50: number; p99: number; max: number };
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10 : 0;

// ---------------------------------------------------------------------------------------------
// Rush
// ---------------------------------------------------------------------------------------------

interface Sent {
  status: number;
  body: string;
  startedAt: number;
  endedAt: number;
  error?: string;
}

function send(
  agent: http.Agent,
  base: URL,
  method: string,
  path: string,
  headers: http.OutgoingHttpHeaders,
  body = '',
) {
  return new Promise<Sent>((resolve) => {
    const startedAt = performance.now();
    const done = (status: number, text: string, error?: string) =>
      resolve({ status, body: text, startedAt, endedAt: performance.now(), error });
    const req = http.request(
      { agent, host: base.hostname, port: base.port, method, path, headers: { ...headers, connection: 'keep-alive' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
        res.on('error', (error) => done(0, '', error.message));
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.on('error', (error) => done(0, '', error.message));
    req.end(body);
  });
}

async function rush(command: RushCommand): Promise<RushResult> {
  const bases = command.targets.map((target) => new URL(target));
  const agents = bases.map(
    () => new http.Agent({ keepAlive: true, keepAliveMsecs: 60_000, maxSockets: Infinity, maxFreeSockets: Infinity }),
  );
  const targetOf = (i: number) => pairing(i, command.tokens.length, bases.length).slot;
  try {
    // Every family's connection is open before the rush (as a proxy in front of the API holds
    // them), so the rush times requests, not a burst of TCP handshakes against the listen backlog.
    const opened = await Promise.all(
      Array.from({ length: command.requests }, (_v, i) =>
        send(agents[targetOf(i)], bases[targetOf(i)], 'GET', '/api/v1/bench-connect', {}),
      ),
    );
    const failedToOpen = opened.filter((o) => o.status === 0);
    if (failedToOpen.length) throw new Error(`${failedToOpen.length} connections failed: ${failedToOpen[0].error}`);
    const connectionsOpened = agents.reduce(
      (sum, agent) => sum + Object.values(agent.freeSockets).reduce((n, sockets) => n + (sockets?.length ?? 0), 0),
      0,
    );
    // Built first, so firing them is nothing but writes.
    const requests = Array.from({ length: command.requests }, (_v, i) => ({
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${command.tokens[i % command.tokens.length]}`,
        'idempotency-key': `${command.keyPrefix}-${command.firstFamily + i}`,
      },
      body: JSON.stringify({
        slotId: command.slotId,
        visitors: family(command.firstFamily + i),
        contactPhone: CONTACT_PHONE,
      }),
    }));
    const firedAt = performance.now();
    const pending = requests.map(({ headers, body }, i) =>
      send(agents[targetOf(i)], bases[targetOf(i)], 'POST', BOOKING_PATH, headers, body),
    );
    const sendSpreadMs = performance.now() - firedAt;
    const sent = await Promise.all(pending);
    const answers = sent.map((s, i): RushAnswer => {
      const answer: RushAnswer = {
        target: targetOf(i),
        status: s.status,
        ms: s.endedAt - s.startedAt,
        atMs: s.endedAt - firedAt,
      };
      if (s.status === 0) answer.code = `socket: ${s.error}`;
      else if (s.status !== 201) {
        try {
          const parsed = JSON.parse(s.body) as { code?: string; correlationId?: string };
          answer.code = parsed.code;
          answer.correlationId = parsed.correlationId;
        } catch {
          answer.code = 'unparsable';
        }
      }
      return answer;
    });
    return { answers, sendSpreadMs, connectionsOpened, wallMs: performance.now() - firedAt };
  } finally {
    for (const agent of agents) agent.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// Sustained
// ---------------------------------------------------------------------------------------------

async function sustained(command: SustainedCommand): Promise<SustainedResult> {
  let next = 0;
  const codes: Record<string, number> = {};
  const result = await autocannon({
    url: `${command.target}${BOOKING_PATH}`,
    connections: command.connections,
    duration: command.seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (request: autocannon.Request): autocannon.Request => {
          const k = next++;
          const { account, slot } = pairing(command.firstPair + k, command.tokens.length, command.slotIds.length);
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${command.tokens[account]}`,
              'idempotency-key': `${command.keyPrefix}-${command.firstFamily + k}`,
            },
            body: JSON.stringify({
              slotId: command.slotIds[slot],
              visitors: family(command.firstFamily + k),
              contactPhone: CONTACT_PHONE,
            }),
          };
        },
        onResponse: (status: number, body: string) => {
          if (status === 201) return;
          let code = String(status);
          try {
            code = (JSON.parse(body) as { code?: string }).code ?? code;
          } catch {
            // not JSON: the status says it
          }
          codes[code] = (codes[code] ?? 0) + 1;
        },
      },
    ],
  });
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count ?? 0]),
  );
  return {
    seconds: result.duration,
    requests: result.requests.total,
    confirmed: result['2xx'],
    statuses,
    codes,
    errors: result.errors,
    timeouts: result.timeouts,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Raw: the booking's SQL from bare pg clients
// ---------------------------------------------------------------------------------------------

/** Stand-ins for PersonalDataCipher: the same algorithms, a throwaway key. */
const SEAL_KEY = randomBytes(32);
const seal = (plain: string) => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', SEAL_KEY, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([1]), iv, cipher.getAuthTag(), body]);
};
const hashOf = (plain: string) => createHmac('sha256', SEAL_KEY).update(plain, 'utf8').digest();
const bookingCode = () => randomBytes(5).toString('hex').toUpperCase();

interface RawBooking {
  slot: RawSlot;
  accountId: string;
  key: string;
  visitors: ReturnType<typeof family>;
}

/** $1–$13 of the booking-and-visitors insert, as the service binds them. */
function insertParameters(b: RawBooking): unknown[] {
  const ids = b.visitors.map((v) => v.idNumber);
  return [
    bookingCode(),
    b.accountId,
    b.slot.id,
    b.slot.offeringId,
    b.slot.resourceId,
    b.slot.day,
    b.visitors.length,
    seal(CONTACT_PHONE),
    b.visitors.map((_v, i) => i),
    b.visitors.map((v) => v.name),
    b.visitors.map((v) => v.category),
    ids.map(seal),
    ids.map(hashOf),
  ];
}

/**
 * What BookingsService.create sends Postgres for one confirmed family booking: the rush gate's
 * read, then one transaction with the key's lock and lookup, the slot with its offering and venue
 * in one read, the account's locks with its phone, its limits, the booking and visitors in one
 * statement, the conditional seat update, the outbox row and the stored answer. Keep it in step
 * with the service when the service changes.
 */
const API_STATEMENTS = 12;
async function apiBooking(client: Client, b: RawBooking): Promise<boolean> {
  const body = { slotId: b.slot.id, visitors: b.visitors, contactPhone: CONTACT_PHONE };
  const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  const lock = createHash('sha256').update(`${b.accountId}\n${SCOPE}\n${b.key}`).digest().readBigInt64BE().toString();
  await client.query(
    `SELECT s.capacity - s.booked AS free, s.starts_at AS "startsAt",
            o.booking_opens_days_ahead AS "bookingOpensDaysAhead", o.booking_opens_at AS "bookingOpensAt",
            o.cutoff_minutes AS "cutoffMinutes",
            EXISTS (SELECT 1 FROM idempotency_keys k
                     WHERE k.account_id = $2 AND k.scope = $3 AND k.key = $4) AS seen
       FROM slots s JOIN offerings o ON o.id = s.offering_id
      WHERE s.id = $1 AND s.status = 'scheduled' AND o.status = 'active'`,
    [b.slot.id, b.accountId, SCOPE, b.key],
  );
  await client.query('START TRANSACTION');
  try {
    await client.query(`SELECT pg_try_advisory_xact_lock($1::bigint) AS locked`, [lock]);
    await client.query(
      `SELECT request_hash AS "requestHash", response_status AS "responseStatus", response_body AS "responseBody"
         FROM idempotency_keys
        WHERE account_id = $1 AND scope = $2 AND key = $3 AND expires_at > now()`,
      [b.accountId, SCOPE, b.key],
    );
    await client.query(
      `SELECT slot.*, offering.*, resource.*
         FROM slots slot
         JOIN offerings offering ON offering.id = slot.offering_id
         JOIN resources resource ON resource.id = offering.resource_id
        WHERE slot.id = $1`,
      [b.slot.id],
    );
    await client.query(
      `WITH account AS MATERIALIZED (
         SELECT id, phone_sealed, verified_at FROM accounts WHERE id = $1 FOR KEY SHARE
       )
       SELECT pg_advisory_xact_lock($2, hashtext(id::text)) AS locked,
              phone_sealed AS "phoneSealed", verified_at IS NOT NULL AS verified
         FROM account`,
      [b.accountId, 4_400_310],
    );
    const ids = b.visitors.map((v) => v.idNumber);
    await client.query(
      `SELECT (SELECT max(ends_at) FROM booking_bans WHERE account_id = $1 AND ends_at > now()) AS "accountBan",
              (SELECT max(ends_at) FROM booking_bans
                WHERE cardinality($2::bytea[]) > 0 AND id_hashes && $2::bytea[] AND ends_at > now()) AS "visitorBan",
              (SELECT count(*)::int FROM bookings b JOIN slots s ON s.id = b.slot_id
                WHERE b.account_id = $1 AND b.kind = 'individual' AND b.status IN ('confirmed', 'waitlisted')
                  AND s.ends_at > now()) AS active`,
      [b.accountId, ids.map(hashOf)],
    );
    const [row] = (
      await client.query(
        `WITH booking AS (
           INSERT INTO bookings (code, account_id, slot_id, offering_id, resource_id, visit_date, party_size, status,
                                 contact_phone, contact_phone_verified)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'confirmed', $8, $14)
           RETURNING id, created_at
         ), visitors AS (
           INSERT INTO booking_visitors (booking_id, position, name, category, id_number, id_hash, resource_id, visit_date)
           SELECT booking.id, t.position, t.name, t.category, t.id_number, t.id_hash, $5, $6
             FROM booking,
                  unnest($9::smallint[], $10::varchar[], $11::varchar[], $12::bytea[], $13::bytea[])
                    AS t(position, name, category, id_number, id_hash)
            ORDER BY t.id_hash
         )
         SELECT id, created_at AS "createdAt" FROM booking`,
        [...insertParameters(b), false],
      )
    ).rows as { id: string }[];
    const taken = await client.query(
      `UPDATE slots SET booked = booked + $2
        WHERE id = $1 AND status = 'scheduled' AND booked + $2 <= capacity
          AND NOT EXISTS (SELECT 1 FROM bookings w
                           WHERE w.slot_id = slots.id AND w.status = 'waitlisted' AND w.party_size <= slots.capacity)`,
      [b.slot.id, b.visitors.length],
    );
    if (taken.rowCount !== 1) {
      await client.query('ROLLBACK');
      return false;
    }
    await client.query(`INSERT INTO outbox (topic, aggregate_type, aggregate_id, payload) VALUES ($1, $2, $3, $4)`, [
      'booking.confirmed',
      'notification',
      b.accountId,
      JSON.stringify({ subject: `预约成功 ${row.id}`, text: '您的预约已确认'.repeat(8) }),
    ]);
    await client.query(
      `INSERT INTO idempotency_keys (account_id, scope, key, request_hash, response_status, response_body, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(hours => $7))
       ON CONFLICT (account_id, scope, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, response_status = EXCLUDED.response_status,
             response_body = EXCLUDED.response_body, created_at = now(), expires_at = EXCLUDED.expires_at`,
      [b.accountId, SCOPE, b.key, requestHash, 201, JSON.stringify({ result: { id: row.id, ...body } }), 24],
    );
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The floor: take the places, insert the booking and its visitors, nothing else. */
const MINIMAL_STATEMENTS = 4;
async function minimalBooking(client: Client, b: RawBooking): Promise<boolean> {
  await client.query('BEGIN');
  try {
    const taken = await client.query(
      `UPDATE slots SET booked = booked + $2 WHERE id = $1 AND status = 'scheduled' AND booked + $2 <= capacity`,
      [b.slot.id, b.visitors.length],
    );
    if (taken.rowCount !== 1) {
      await client.query('ROLLBACK');
      return false;
    }
    await client.query(
      `WITH booking AS (
         INSERT INTO bookings (code, account_id, slot_id, offering_id, resource_id, visit_date, party_size, status, contact_phone)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'confirmed', $8) RETURNING id
       )
       INSERT INTO booking_visitors (booking_id, position, name, category, id_number, id_hash, resource_id, visit_date)
       SELECT booking.id, t.position, t.name, t.category, t.id_number, t.id_hash, $5, $6
         FROM booking, unnest($9::smallint[], $10::varchar[], $11::varchar[], $12::bytea[], $13::bytea[])
                AS t(position, name, category, id_number, id_hash)`,
      insertParameters(b),
    );
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function raw(command: RawCommand): Promise<RawResult> {
  const book = command.variant === 'api' ? apiBooking : minimalBooking;
  const clients = await Promise.all(
    Array.from({ length: command.clients }, async () => {
      const client = new Client({ connectionString: command.databaseUrl, application_name: 'kepu-bench-raw' });
      await client.connect();
      return client;
    }),
  );
  let next = 0;
  let confirmed = 0;
  const failed: Record<string, number> = {};
  const times: number[] = [];
  const startedAt = performance.now();
  const until = startedAt + command.seconds * 1000;
  try {
    await Promise.all(
      clients.map(async (client) => {
        while (performance.now() < until) {
          const k = next++;
          const { account, slot } = pairing(k, command.accountIds.length, command.slots.length);
          const at = performance.now();
          try {
            const ok = await book(client, {
              slot: command.slots[slot],
              accountId: command.accountIds[account],
              key: `raw-${command.variant}-${command.firstFamily + k}`,
              visitors: family(command.firstFamily + k),
            });
            if (ok) confirmed++;
            else failed.full = (failed.full ?? 0) + 1;
          } catch (error) {
            const code = (error as { code?: string }).code ?? 'error';
            failed[code] = (failed[code] ?? 0) + 1;
          }
          times.push(performance.now() - at);
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  }
  const seconds = (performance.now() - startedAt) / 1000;
  times.sort((a, b) => a - b);
  return {
    seconds: Math.round(seconds * 100) / 100,
    clients: command.clients,
    statementsPerBooking: command.variant === 'api' ? API_STATEMENTS : MINIMAL_STATEMENTS,
    attempts: next,
    confirmed,
    failed,
    latencyMs: { p50: percentile(times, 50), p99: percentile(times, 99), max: percentile(times, 100) },
  };
}

// ---------------------------------------------------------------------------------------------
// The process
// ---------------------------------------------------------------------------------------------

const run = (command: LoadCommand): Promise<unknown> =>
  command.type === 'rush' ? rush(command) : command.type === 'sustained' ? sustained(command) : raw(command);

if (require.main === module) serveLoadCommands(run, 'booking-load.ts');
