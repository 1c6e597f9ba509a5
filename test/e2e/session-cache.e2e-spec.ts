import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/app.factory';
import { bookingBody, visitorAccounts } from '../support/booking';
import { bearer, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The session cache (docs/identity.md, "Sessions"): two API processes' worth of apps on one
 * database, each keeping sessions in memory, each told by Postgres when an account's sessions,
 * roles or standing change, whichever process (or plain SQL) changed them.
 */
describe('Session cache across API processes', () => {
  let a: TestApp;
  let b: NestFastifyApplication;
  let db: DataSource;
  const apps = () => [a.app, b];

  beforeAll(async () => {
    a = await startTestApp(undefined, { env: { SESSION_CACHE_SECONDS: '300' } });
    b = await createApiApp(a.config, { logDestination: new Writable({ write: (_chunk, _encoding, done) => done() }) });
    await b.init();
    await b.getHttpAdapter().getInstance().ready();
    db = a.app.get(DataSource);
  });

  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const me = (app: NestFastifyApplication, who: SignedIn) =>
    request(app.getHttpServer()).get('/api/v1/auth/me').set(bearer(who));
  const suspendedList = (app: NestFastifyApplication, who: SignedIn) =>
    request(app.getHttpServer()).get('/api/v1/accounts/suspended').set(bearer(who));

  /** Until every app answers `status`: a change reaches the others when Postgres delivers its notice. */
  async function untilEveryApp(call: (app: NestFastifyApplication) => request.Test, status: number): Promise<void> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const answers = await Promise.all(apps().map((app) => call(app)));
      if (answers.every((res) => res.status === status)) return;
      if (Date.now() > deadline) {
        throw new Error(`expected ${status} everywhere, got ${answers.map((res) => res.status).join(', ')}`);
      }
      await new Promise((wait) => setTimeout(wait, 20));
    }
  }

  /** Signed in, and remembered by both apps (the first request of a process starts its listener). */
  async function cachedVisitor(options?: { verified: boolean }): Promise<SignedIn> {
    const [visitor] = await visitorAccounts(a, 1, options);
    await untilEveryApp((app) => me(app, visitor), 200);
    // Keeps answering from memory once the session is gone without a notice: triggers off for this change.
    await untilCached(visitor);
    return visitor;
  }

  /** Waits until both apps hold the session: a revocation nobody is told of no longer reaches them. */
  async function untilCached(visitor: SignedIn): Promise<void> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      await Promise.all(apps().map((app) => me(app, visitor)));
      const stillServed = await silently(
        `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE account_id = $1`,
        [visitor.user.id],
      ).then(async () => {
        const answers = await Promise.all(apps().map((app) => me(app, visitor)));
        return answers.every((res) => res.status === 200);
      });
      await silently(`UPDATE sessions SET expires_at = now() + interval '1 day' WHERE account_id = $1`, [
        visitor.user.id,
      ]);
      if (stillServed) return;
      if (Date.now() > deadline) throw new Error('the apps never kept the session');
      await new Promise((wait) => setTimeout(wait, 20));
    }
  }

  /** A change without its notice, as if it were missed: only what the cache remembers still lets the caller in. */
  async function silently(sql: string, params: unknown[]): Promise<void> {
    await db.transaction(async (tx) => {
      await tx.query(`SET LOCAL session_replication_role = replica`);
      await tx.query(sql, params);
    });
  }

  it('answers from memory while nothing changed', async () => {
    const visitor = await cachedVisitor();
    await silently(`UPDATE sessions SET revoked_at = now() WHERE account_id = $1`, [visitor.user.id]);
    for (const app of apps()) await me(app, visitor).expect(200);
  });

  it('logout in one process ends the session in every process', async () => {
    const visitor = await cachedVisitor();
    await request(b.getHttpServer()).post('/api/v1/auth/logout').set(bearer(visitor)).expect(204);
    await untilEveryApp((app) => me(app, visitor), 401);
  });

  it('a role granted or taken by SQL applies to the next requests everywhere', async () => {
    const visitor = await cachedVisitor();
    await untilEveryApp((app) => suspendedList(app, visitor), 403);
    await db.query(`INSERT INTO role_grants (account_id, role) VALUES ($1, 'system_admin')`, [visitor.user.id]);
    await untilEveryApp((app) => suspendedList(app, visitor), 200);
    await db.query(`DELETE FROM role_grants WHERE account_id = $1 AND role = 'system_admin'`, [visitor.user.id]);
    await untilEveryApp((app) => suspendedList(app, visitor), 403);
  });

  it('a suspended account is refused everywhere, a verified one may book everywhere', async () => {
    const suspended = await cachedVisitor();
    await db.query(`UPDATE accounts SET status = 'suspended', suspended_at = now() WHERE id = $1`, [suspended.user.id]);
    await untilEveryApp((app) => me(app, suspended), 401);

    const unverified = await cachedVisitor({ verified: false });
    const tryBooking = (app: NestFastifyApplication) =>
      request(app.getHttpServer())
        .post('/api/v1/bookings')
        .set(bearer(unverified))
        .set('Idempotency-Key', randomUUID())
        .send(bookingBody(randomUUID()));
    await untilEveryApp(tryBooking, 403);
    await db.query(`UPDATE accounts SET verified_at = now() WHERE id = $1`, [unverified.user.id]);
    // Past the verified check: no such slot.
    await untilEveryApp(tryBooking, 404);
  });

  it('forgets everything while it cannot hear changes, and remembers again once it listens', async () => {
    const visitor = await cachedVisitor();
    await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                     WHERE application_name = 'kepu-sessions' AND datname = current_database()`);
    // Without a listener a change could go unheard: nothing is answered from memory.
    await silently(`UPDATE sessions SET revoked_at = now() WHERE account_id = $1`, [visitor.user.id]);
    await untilEveryApp((app) => me(app, visitor), 401);

    const next = await cachedVisitor();
    await silently(`UPDATE sessions SET revoked_at = now() WHERE account_id = $1`, [next.user.id]);
    for (const app of apps()) await me(app, next).expect(200);
  });
});
