import { ResourceIndex } from '@kepu/search';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { book, bookableEvent, bookingFor, visitorAccounts } from '../support/booking';
import { eventually } from '../support/eventually';
import { killStartedProcesses, startApi, startWorker } from '../support/kepu-processes';
import { MailServer, startMailServer } from '../support/mail-server';
import { startMeiliProxy } from '../support/meili-proxy';
import { createDraft, publish } from '../support/register';
import { searchCopies, searchInSync } from '../support/search-index';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The built worker (and once the API) as child processes, SIGKILLed at chosen points of their
 * work; a fresh worker then takes over. The in-process API makes the changes (its worker is off)
 * and reads the results.
 */
describe('crashes of the process that relays the outbox', () => {
  let t: TestApp;
  let db: DataSource;
  let mail: MailServer;
  let operator: SignedIn, city: SignedIn;
  let slotId: string;

  beforeAll(async () => {
    mail = await startMailServer();
    t = await startTestApp((config) => config, { env: { SMTP_URL: mail.url, MAIL_FROM: 'Kepu <no-reply@kepu.test>' } });
    db = t.app.get(DataSource);
    [operator, city] = await Promise.all([signIn(t, 'operator@demo.kepu'), signIn(t, 'city-admin@demo.kepu')]);
    slotId = (await bookableEvent(t, operator, city)).slotIds[0];
  });
  afterAll(async () => {
    await killStartedProcesses();
    await t?.close();
    await mail?.close();
  });

  const pending = async (aggregateType: string): Promise<number> =>
    (
      await db.query(`SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL AND aggregate_type = $1`, [
        aggregateType,
      ])
    )[0].n;
  /** Pending rows that another transaction holds locked: a worker's batch in hand. */
  const claimed = async (aggregateType: string): Promise<number> =>
    (await pending(aggregateType)) -
    (
      await db.query(
        `SELECT count(*)::int AS n FROM (SELECT id FROM outbox WHERE processed_at IS NULL AND aggregate_type = $1
            FOR UPDATE SKIP LOCKED) free`,
        [aggregateType],
      )
    )[0].n;
  const messageIdOf = (row: { id: string; accountId: string }) => `<notification.${row.id}.${row.accountId}@kepu.test>`;
  /** The dev mailbox, the receiving end of the mailbox channel: how many confirmations each address got. */
  const confirmationsIn = async (emails: string[]) => {
    const messages: { kind: string; to: string }[] = (await t.http().get('/dev/mailbox').expect(200)).body;
    return Object.fromEntries(
      emails.map((to) => [to, messages.filter((m) => m.to === to && m.kind === 'booking.confirmed').length]),
    );
  };
  const emailsOf = async (accountIds: string[]): Promise<string[]> =>
    (await db.query(`SELECT email FROM accounts WHERE id = ANY($1) ORDER BY email`, [accountIds])).map(
      (row: { email: string }) => row.email,
    );

  it('applies every index update after a worker died holding a batch Meilisearch had already applied', async () => {
    // Changes queued while no worker runs, on top of the demo venues' publications.
    const ids: string[] = [];
    for (let n = 1; n <= 6; n++) {
      ids.push(await createDraft(t, operator, { name: `批次测试${n}号馆` }));
      await publish(t, ids[ids.length - 1], operator, city);
    }
    for (const [n, id] of ids.slice(0, 3).entries()) {
      await t
        .http()
        .patch(`/api/v1/resources/${id}`)
        .set(bearer(operator))
        .send({ name: `批次测试${n + 1}号馆二期` })
        .expect(200);
      await publish(t, id, operator, city);
    }
    await t.http().post(`/api/v1/resources/${ids[5]}/suspend`).set(bearer(city)).send({ reason: '闭馆' }).expect(200);
    const queued = await pending('resource');
    expect(queued).toBeGreaterThan(50);

    const proxy = await startMeiliProxy(t.config.search.url as string);
    try {
      // A worker's start-up drift check would rebuild the index whatever the outbox holds. Refusing
      // it here leaves the outbox as the only way for the index to come right.
      proxy.refuse((method, path) => method === 'POST' && path === '/indexes');
      const documents = `/indexes/${t.app.get(ResourceIndex).name}/documents`;
      const applied = proxy.holdNextAnswer((method, path) => method === 'POST' && path === documents);
      const first = await startWorker({ ...t.env, MEILI_URL: proxy.url });
      await applied;
      expect(await claimed('resource')).toBe(queued); // the whole queue is the batch in its hands
      await first.kill();
      expect(await pending('resource')).toBe(queued); // its batch rolled back: none marked done

      const second = await startWorker({ ...t.env, MEILI_URL: proxy.url });
      await eventually(async () => (await pending('resource')) === 0 && (await searchInSync(t)), {
        what: 'the index catching up',
      }).catch(() => undefined);
      await second.kill();
    } finally {
      await proxy.close();
    }
    const { register, index, fallback } = await searchCopies(t);
    expect(index).toEqual(register);
    expect(fallback).toEqual(register);
    const names = register.map((resource) => resource.name).filter((name) => name.startsWith('批次测试'));
    expect(names.sort()).toEqual([
      '批次测试1号馆二期',
      '批次测试2号馆二期',
      '批次测试3号馆二期',
      '批次测试4号馆',
      '批次测试5号馆',
    ]);
    expect(await pending('resource')).toBe(0);
  }, 90_000);

  it('sends every notification exactly once after a worker died between sending one and recording it', async () => {
    // What earlier workers' jobs queued (the register's reminders about demo venues) is not this test's.
    await db.query(
      `UPDATE outbox SET processed_at = now() WHERE aggregate_type = 'notification' AND processed_at IS NULL`,
    );
    const visitors = await visitorAccounts(t, 25);
    for (const [n, visitor] of visitors.entries()) await book(t, visitor, bookingFor(slotId, n)).expect(201);
    const queued: { id: string; accountId: string }[] = await db.query(
      `SELECT id, aggregate_id AS "accountId" FROM outbox
        WHERE aggregate_type = 'notification' AND processed_at IS NULL ORDER BY id`,
    );
    expect(queued).toHaveLength(25);

    // Pins the worker between sending the tenth e-mail and recording it: the record's key is taken
    // by an uncommitted row here, so the worker's insert waits.
    const inDoubt = queued[9];
    const blocker = new Client({ connectionString: t.env.DATABASE_URL });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(
      `INSERT INTO notification_deliveries (outbox_id, channel, kind, account_id, recipient, subject, text)
       VALUES ($1, 'email', 'booking.confirmed', $2, '-', '-', '-')`,
      [inDoubt.id, inDoubt.accountId],
    );
    const first = await startWorker(t.env);
    const recording = async (): Promise<number[]> =>
      (
        await db.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database()
              AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO "notification_deliveries"%'`,
        )
      ).map((row: { pid: number }) => row.pid);
    await eventually(
      async () => mail.received.some((m) => m.messageId === messageIdOf(inDoubt)) && (await recording()).length === 1,
      { what: 'the worker waiting to record the e-mail it sent' },
    );
    expect(await claimed('notification')).toBe(20); // mid-batch: the first twenty are in its hands
    const [orphan] = await recording();
    await first.kill();
    // Postgres would finish the dead worker's waiting insert once the lock is free (a session
    // waiting on a lock does not notice its client is gone): end that session too, so the record
    // is lost with the worker, as when the process dies before its insert reaches the server.
    await db.query(`SELECT pg_terminate_backend($1)`, [orphan]);
    await blocker.query('ROLLBACK');
    await blocker.end();
    expect(mail.received.map((m) => m.messageId)).toEqual(queued.slice(0, 10).map(messageIdOf));

    const second = await startWorker(t.env);
    await eventually(async () => (await pending('notification')) === 0, { what: 'the queue drained' });
    await second.kill();

    // At the SMTP server each e-mail arrived once, except the one in doubt: sent again, with the
    // same Message-ID, so a mailbox that drops repeated Message-IDs shows it once too.
    const accepted = mail.acceptedTimes();
    expect(queued.map((row) => accepted.get(messageIdOf(row)))).toEqual(queued.map((row) => (row === inDoubt ? 2 : 1)));
    expect(mail.received).toHaveLength(26);
    // The dev mailbox's deliveries are records themselves: exactly one each.
    const emails = await emailsOf(visitors.map((v) => v.user.id));
    expect(await confirmationsIn(emails)).toEqual(Object.fromEntries(emails.map((email) => [email, 1])));
  }, 90_000);

  it('sends the confirmation exactly once when the API died after the booking, with its e-mail in flight', async () => {
    const api = await startApi({ ...t.env, KEPU_WORKER: 'inline' });
    const [visitor] = await visitorAccounts(t, 1);
    const inFlight = mail.holdNext();
    const res = await request(api.url as string)
      .post('/api/v1/bookings')
      .set(bearer(visitor))
      .set('Idempotency-Key', randomUUID())
      .send(bookingFor(slotId, 900))
      .expect(201);
    // The API's own worker is sending the confirmation; the API dies before the server answers.
    const email = await inFlight;
    await api.kill();
    email.answer(false);
    const [booking] = await db.query(`SELECT status FROM bookings WHERE code = $1`, [res.body.code]);
    expect(booking).toEqual({ status: 'confirmed' });
    const [row] = await db.query(
      `SELECT id, aggregate_id AS "accountId", processed_at AS "processedAt" FROM outbox
        WHERE topic = 'booking.confirmed' AND aggregate_id = $1`,
      [visitor.user.id],
    );
    expect(row.processedAt).toBeNull();

    const worker = await startWorker(t.env);
    await eventually(async () => (await pending('notification')) === 0, { what: 'the confirmation sent' });
    await worker.kill();
    expect(mail.acceptedTimes().get(messageIdOf(row))).toBe(1);
    const [address] = await emailsOf([visitor.user.id]);
    expect(await confirmationsIn([address])).toEqual({ [address]: 1 });
  }, 60_000);
});
