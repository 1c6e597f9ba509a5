import { OutboxRunner, PersonalDataCipher } from '@kepu/core';
import { Notifier } from '@kepu/notify';
import { DataSource } from 'typeorm';
import { book, bookableEvent, bookingBody } from '../support/booking';
import { MailServer, startMailServer } from '../support/mail-server';
import { signIn } from '../support/sessions';
import request from 'supertest';
import { createAppWithoutDemo, startTestApp, TestApp } from '../support/test-app';

describe('notifications through SMTP, the dev mailbox and SMS', () => {
  let t: TestApp;
  let mail: MailServer;

  beforeAll(async () => {
    mail = await startMailServer();
    t = await startTestApp((config) => ({
      ...config,
      notify: { ...config.notify, smtpUrl: mail.url, mailFrom: 'Kepu <no-reply@kepu.test>' },
    }));
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('sends a booking confirmation once per channel, retrying only the channel that failed', async () => {
    const [operator, city, family] = await Promise.all(
      ['operator', 'city-admin', 'family'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
    const runner = t.app.get(OutboxRunner);
    await runner.drain();
    const { slotIds } = await bookableEvent(t, operator, city);

    // The family proves the contact phone with a code, which lands in the dev mailbox: only a
    // proven number is texted.
    await t.http().post('/api/v1/auth/codes').send({ login: '13800138000' }).expect(202);
    await runner.drain('notification');
    const [codeMessage] = (await t.http().get('/dev/mailbox?to=13800138000').expect(200)).body;
    expect(codeMessage).toMatchObject({ kind: 'auth.code', to: '138****8000' });
    const code = /\d{6}/.exec(codeMessage.subject)?.[0];

    mail.state.failing = true;
    const booking = await book(t, family, bookingBody(slotIds[0], { contactPhoneCode: code })).expect(201);
    expect(booking.body.contactPhoneVerified).toBe(true);
    await runner.drain('notification');
    const db = t.app.get(DataSource);
    const channels = async () =>
      (
        await db.query(
          `SELECT channel FROM notification_deliveries WHERE kind = 'booking.confirmed' AND account_id = $1 ORDER BY channel`,
          [family.user.id],
        )
      ).map((r: { channel: string }) => r.channel);
    // The mailbox (the e-mail's and the SMS's) and the SMS went; e-mail failed and waits with backoff.
    expect(await channels()).toEqual(['mailbox', 'mailbox_sms', 'sms']);
    const [pending] = await db.query(
      `SELECT attempts, last_error FROM outbox WHERE topic = 'booking.confirmed' AND aggregate_id = $1`,
      [family.user.id],
    );
    expect(pending).toMatchObject({ attempts: 1, last_error: expect.stringContaining('mailbox unavailable') });

    mail.state.failing = false;
    await db.query(`UPDATE outbox SET next_attempt_at = now() WHERE topic = 'booking.confirmed'`);
    await runner.drain('notification');
    expect(await channels()).toEqual(['email', 'mailbox', 'mailbox_sms', 'sms']);
    expect(mail.received).toHaveLength(1);
    expect(mail.received[0].to).toEqual(['family@demo.kepu']);
    expect(mail.received[0].raw).toContain(booking.body.code);
    // A Message-ID of its own that every attempt repeats, so a receiver can drop a repeat after a crash.
    const [{ id: outboxId }] = await db.query(
      `SELECT id FROM outbox WHERE topic = 'booking.confirmed' AND aggregate_id = $1`,
      [family.user.id],
    );
    expect(mail.received[0].messageId).toBe(`<notification.${outboxId}.${family.user.id}@kepu.test>`);

    // The log notes the SMS with its number masked, and never its text (a code may be in it).
    const sms = t.logs.find((line) => line.includes('SMS booking.confirmed to'));
    expect(sms).toContain('138****8000');
    expect(t.logs.some((line) => line.includes('SMS') && line.includes(booking.body.code))).toBe(false);
    expect(t.logs.join('\n')).not.toContain('13800138000');
  });

  it("texts an account's own phone only once its holder has proven it", async () => {
    const db = t.app.get(DataSource);
    const cipher = t.app.get(PersonalDataCipher);
    const [{ id }] = await db.query(
      `INSERT INTO accounts (email, phone_sealed, display_name) VALUES ('unproven@test.kepu', $1, '未验证') RETURNING id`,
      [cipher.encrypt('13600136000')],
    );
    const notify = () =>
      db.transaction((tx) =>
        t.app.get(Notifier).send({ accountId: id, kind: 'booking.banned', subject: '暂停预约', text: '暂停预约' }, tx),
      );
    const channels = async () =>
      (
        await db.query(
          `SELECT string_agg(channel, ',' ORDER BY channel) AS channels FROM notification_deliveries
            WHERE account_id = $1 GROUP BY outbox_id ORDER BY outbox_id`,
          [id],
        )
      ).map((r: { channels: string }) => r.channels);

    await notify();
    await t.app.get(OutboxRunner).drain('notification');
    await db.query(`UPDATE accounts SET verified_at = now() WHERE id = $1`, [id]);
    await notify();
    await t.app.get(OutboxRunner).drain('notification');
    // Before the account was verified its phone was not texted (nor shown in the mailbox); after, it was.
    expect(await channels()).toEqual(['email,mailbox', 'email,mailbox,mailbox_sms,sms']);
  });

  it('sends to a login that is no account, sealed in the outbox, and the dev mailbox finds it by number or address', async () => {
    const db = t.app.get(DataSource);
    await db.transaction(async (tx) => {
      for (const address of [{ email: 'newcomer@test.kepu' }, { phone: '13700137000' }]) {
        await t.app.get(Notifier).send(
          {
            address,
            kind: 'invitation.sent',
            subject: '邀请您加入科普',
            text: '邀请您加入',
            smsParams: { role: '运营' },
          },
          tx,
        );
      }
    });
    const queued: { payload: string }[] = await db.query(
      `SELECT payload::text FROM outbox WHERE topic = 'invitation.sent' AND processed_at IS NULL`,
    );
    expect(queued).toHaveLength(2);
    expect(queued.map((row) => row.payload).join()).not.toMatch(/newcomer|13700137000/);

    await t.app.get(OutboxRunner).drain('notification');
    const sent: { channel: string; accountId: string | null }[] = await db.query(
      `SELECT channel, account_id AS "accountId" FROM notification_deliveries WHERE kind = 'invitation.sent' ORDER BY channel`,
    );
    expect(sent).toEqual(['email', 'mailbox', 'mailbox_sms', 'sms'].map((channel) => ({ channel, accountId: null })));
    expect(mail.received.at(-1)?.to).toEqual(['newcomer@test.kepu']);
    for (const [to, shown] of [
      ['newcomer@test.kepu', 'newcomer@test.kepu'],
      ['%2B86%20137-0013-7000', '137****7000'],
    ]) {
      const found = await t.http().get(`/dev/mailbox?to=${to}`).expect(200);
      expect(found.body).toEqual([expect.objectContaining({ kind: 'invitation.sent', to: shown })]);
    }
  });
});

describe('the dev mailbox outside demo mode', () => {
  it('does not exist', async () => {
    const { app, close } = await createAppWithoutDemo();
    try {
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
      const res = await request(app.getHttpServer()).get('/dev/mailbox').expect(404);
      expect(res.body.code).toBe('ROUTE_NOT_FOUND');
    } finally {
      await close();
    }
  });
});
