import { maskPhone, OutboxRunner } from '@kepu/core';
import { Notifier } from '@kepu/notify';
import { DataSource } from 'typeorm';
import { ALIYUN_CREDENTIALS, startAliyunFake } from '../support/sms-fakes/aliyun';
import { Behaviour, FakeGateway, SentSms } from '../support/sms-fakes/fake-gateway';
import { startTencentFake, TENCENT_CREDENTIALS } from '../support/sms-fakes/tencent';
import { startTestApp, TestApp } from '../support/test-app';

const SIGN_NAME = '科普深圳';
const TEMPLATES = { 'auth.code': 'SMS_480215001', 'invitation.sent': 'SMS_480215002' };

type Refusal = Extract<Behaviour, { answer: 'refuse' }>;

interface Provider {
  provider: 'aliyun' | 'tencent';
  start: () => Promise<FakeGateway>;
  credentials: { id: string; secret: string };
  /** Its settings besides the common ones. */
  env: Record<string, string>;
  /** A number as the provider receives it. */
  numberOf: (phone: string) => string;
  /** The auth.code template's variables as the provider receives them. */
  paramsOf: (code: string) => SentSms['params'];
  refusal: Refusal;
  rateLimit: Refusal;
  badSignature: string;
}

/** Each provider through its real SDK, against a local fake of its API that checks the signature. */
const PROVIDERS: Provider[] = [
  {
    provider: 'aliyun',
    start: startAliyunFake,
    credentials: ALIYUN_CREDENTIALS,
    env: { SMS_ACCESS_KEY_ID: ALIYUN_CREDENTIALS.id, SMS_ACCESS_KEY_SECRET: ALIYUN_CREDENTIALS.secret },
    numberOf: (phone: string) => phone,
    paramsOf: (code: string) => ({ code }),
    refusal: { answer: 'refuse', code: 'isv.MOBILE_NUMBER_ILLEGAL' },
    rateLimit: { answer: 'refuse', code: 'isv.BUSINESS_LIMIT_CONTROL' },
    badSignature: 'SignatureDoesNotMatch',
  },
  {
    provider: 'tencent',
    start: startTencentFake,
    credentials: TENCENT_CREDENTIALS,
    env: {
      SMS_SECRET_ID: TENCENT_CREDENTIALS.id,
      SMS_SECRET_KEY: TENCENT_CREDENTIALS.secret,
      SMS_SDK_APP_ID: '1400006666',
    },
    numberOf: (phone: string) => `+86${phone}`,
    paramsOf: (code: string) => [code],
    // Tencent reports a number's fate inside a 200 answer to the request.
    refusal: { answer: 'refuse', code: 'InvalidParameterValue.IncorrectPhoneNumber', perNumber: true },
    rateLimit: { answer: 'refuse', code: 'LimitExceeded.PhoneNumberOneHourLimit', perNumber: true },
    badSignature: 'AuthFailure.SignatureFailure',
  },
];

describe.each(PROVIDERS)('SMS through $provider', (provider) => {
  let t: TestApp;
  let fake: FakeGateway;
  let db: DataSource;

  beforeAll(async () => {
    fake = await provider.start();
    t = await startTestApp((config) => config, {
      env: {
        SMS_SENDER: provider.provider,
        SMS_SIGN_NAME: SIGN_NAME,
        SMS_TEMPLATES: Object.entries(TEMPLATES)
          .map((pair) => pair.join('='))
          .join(','),
        SMS_ENDPOINT: fake.url,
        SMS_TIMEOUT_SECONDS: '1',
        ...provider.env,
      },
    });
    db = t.app.get(DataSource);
    await t.app.get(OutboxRunner).drain();
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const drain = () => t.app.get(OutboxRunner).drain('notification');
  const requestCode = (phone: string) => t.http().post('/api/v1/auth/codes').send({ login: phone }).expect(202);
  /** The queued notifications to this phone's SMS channel, by their record (none while it waits). */
  const smsRecords = (phone: string): Promise<{ status: string; reason: string | null }[]> =>
    db.query(`SELECT status, reason FROM notification_deliveries WHERE channel = 'sms' AND recipient = $1`, [
      maskPhone(phone),
    ]);
  /** The outbox row of the latest code; `due` makes its retry due now, past the backoff. */
  const codeRow = async (): Promise<{ id: string; attempts: number; lastError: string | null; processed: boolean }> =>
    (
      await db.query(
        `SELECT id, attempts, last_error AS "lastError", processed_at IS NOT NULL AS processed
           FROM outbox WHERE topic = 'auth.code' ORDER BY id DESC LIMIT 1`,
      )
    )[0];
  const due = (id: string) => db.query(`UPDATE outbox SET next_attempt_at = now() WHERE id = $1`, [id]);
  const sentTo = (phone: string) => fake.received.filter((sms) => sms.phone === provider.numberOf(phone));

  it('sends a code with the template of its kind, the sign name and the code, and keeps it in the dev mailbox', async () => {
    const phone = '13900000001';
    await requestCode(phone);
    await drain();

    expect(fake.badRequests).toEqual([]);
    expect(fake.sent).toHaveLength(1);
    const [sms] = fake.sent;
    expect(sms).toMatchObject({
      phone: provider.numberOf(phone),
      signName: SIGN_NAME,
      templateId: TEMPLATES['auth.code'],
    });
    if (provider.provider === 'tencent') expect(sms.appId).toBe('1400006666');
    const code = Object.values(sms.params)[0];
    expect(code).toMatch(/^\d{6}$/);
    expect(sms.params).toEqual(provider.paramsOf(code));
    expect(await smsRecords(phone)).toEqual([{ status: 'sent', reason: null }]);

    // Demo mode: the same message is in the dev mailbox, found by the number.
    const mailbox = await t.http().get(`/dev/mailbox?to=${phone}`).expect(200);
    expect(mailbox.body).toEqual([
      expect.objectContaining({ kind: 'auth.code', to: maskPhone(phone), subject: expect.stringContaining(code) }),
    ]);
  });

  it('gives up a message the provider refuses, once, recording its reason', async () => {
    const phone = '13900000002';
    fake.plan.push(provider.refusal);
    await requestCode(phone);
    await drain();

    expect(await smsRecords(phone)).toEqual([
      { status: 'failed', reason: expect.stringContaining(provider.refusal.code) },
    ]);
    const row = await codeRow();
    expect(row).toMatchObject({ processed: true, lastError: null });
    await due(row.id);
    await drain();
    expect(sentTo(phone)).toHaveLength(1); // asked once, not again
  });

  it('gives up, without asking the gateway, a kind that has no template', async () => {
    const phone = '13900000003';
    await db.transaction((tx) =>
      t.app
        .get(Notifier)
        .send({ address: { phone }, kind: 'booking.reminder', subject: '明日参观提醒', text: '明日参观提醒' }, tx),
    );
    await drain();
    expect(await smsRecords(phone)).toEqual([{ status: 'failed', reason: 'no template for kind booking.reminder' }]);
    expect(sentTo(phone)).toEqual([]);
  });

  it('retries a rate limit and a timeout with backoff, then sends the same code', async () => {
    const phone = '13900000004';
    fake.plan.push(provider.rateLimit, { answer: 'hang' });
    await requestCode(phone);

    await drain();
    const limited = await codeRow();
    expect(limited).toMatchObject({
      attempts: 1,
      processed: false,
      lastError: expect.stringContaining(provider.rateLimit.code),
    });
    expect(await smsRecords(phone)).toEqual([]);

    await due(limited.id);
    await drain(); // the gateway never answers: the SDK's one-second timeout ends the wait
    expect(await codeRow()).toMatchObject({
      attempts: 2,
      processed: false,
      lastError: expect.stringContaining('did not answer'),
    });

    await due(limited.id);
    await drain();
    expect(await codeRow()).toMatchObject({ attempts: 3, processed: true });
    expect(await smsRecords(phone)).toEqual([{ status: 'sent', reason: null }]);
    const asked = sentTo(phone);
    expect(asked).toHaveLength(3);
    expect(new Set(asked.map((sms) => JSON.stringify(sms.params))).size).toBe(1);
    expect(fake.sent.at(-1)).toEqual(asked[2]);
  });

  it('is refused by the fake when the signature does not hold, and the message waits for a retry', async () => {
    const phone = '13900000005';
    fake.credentials.secret = 'not-the-secret-kepu-signs-with';
    await requestCode(phone);
    await drain();
    expect(fake.badRequests).toEqual([provider.badSignature]);
    expect(await codeRow()).toMatchObject({
      processed: false,
      lastError: expect.stringContaining(provider.badSignature),
    });

    fake.credentials.secret = provider.credentials.secret;
    await due((await codeRow()).id);
    await drain();
    expect(await smsRecords(phone)).toEqual([{ status: 'sent', reason: null }]);
  });
});
