import { OutboxRunner } from '@kepu/core';
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

    mail.state.failing = true;
    const booking = await book(t, family, bookingBody(slotIds[0])).expect(201);
    await runner.drain('notification');
    const db = t.app.get(DataSource);
    const channels = async () =>
      (
        await db.query(
          `SELECT channel FROM notification_deliveries WHERE kind = 'booking.confirmed' AND account_id = $1 ORDER BY channel`,
          [family.user.id],
        )
      ).map((r: { channel: string }) => r.channel);
    // The mailbox and the SMS went; e-mail failed and waits with backoff.
    expect(await channels()).toEqual(['mailbox', 'sms']);
    const [pending] = await db.query(
      `SELECT attempts, last_error FROM outbox WHERE topic = 'booking.confirmed' AND aggregate_id = $1`,
      [family.user.id],
    );
    expect(pending).toMatchObject({ attempts: 1, last_error: expect.stringContaining('mailbox unavailable') });

    mail.state.failing = false;
    await db.query(`UPDATE outbox SET next_attempt_at = now() WHERE topic = 'booking.confirmed'`);
    await runner.drain('notification');
    expect(await channels()).toEqual(['email', 'mailbox', 'sms']);
    expect(mail.received).toHaveLength(1);
    expect(mail.received[0].to).toEqual(['family@demo.kepu']);
    expect(mail.received[0].raw).toContain(booking.body.code);
    // A Message-ID of its own that every attempt repeats, so a receiver can drop a repeat after a crash.
    const [{ id: outboxId }] = await db.query(
      `SELECT id FROM outbox WHERE topic = 'booking.confirmed' AND aggregate_id = $1`,
      [family.user.id],
    );
    expect(mail.received[0].messageId).toBe(`<notification.${outboxId}.${family.user.id}@kepu.test>`);

    // The SMS went to the log, its number masked.
    const sms = t.logs.find((line) => line.includes('SMS to'));
    expect(sms).toContain('138****8000');
    expect(t.logs.join('\n')).not.toContain('13800138000');
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
