import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { bookableEvent, bookingFor, visitorAccounts } from '../support/booking';
import { decideGroupVisit, groupEvent, groupRequestBody, requestGroupVisit } from '../support/groups';
import { zipBomb } from '../support/hostile-sheets';
import { KepuProcess, killStartedProcesses, startApi } from '../support/kepu-processes';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/** Resident memory of a process now and at its peak (VmHWM), in MB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/**
 * The built API as its own processes on one database: rate limits hold across replicas, and a
 * burst of zip bombs neither takes the process's memory nor disturbs bookings.
 */
describe('abuse of the public surface against the built API', () => {
  let t: TestApp;
  let operator: SignedIn, city: SignedIn, school: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    [operator, city, school] = await Promise.all(
      ['operator', 'city-admin', 'school'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
  });
  afterAll(async () => {
    await killStartedProcesses();
    await t?.close();
  });

  it('one budget for two API processes: the 21st booking attempt a minute is refused by either', async () => {
    const env = { ...t.env, RATE_LIMIT: 'on' };
    const apis: KepuProcess[] = await Promise.all([startApi(env), startApi(env)]);
    const [account] = await visitorAccounts(t, 1);
    const statuses: number[] = [];
    let refusal: request.Response | undefined;
    for (let i = 0; i < 21; i++) {
      const res = await request(apis[i % 2].url as string)
        .post('/api/v1/bookings')
        .set(bearer(account))
        .set('Idempotency-Key', randomUUID())
        .send({ slotId: randomUUID(), visitors: [{ name: '张三', category: 'adult' }], contactPhone: '13800138000' });
      statuses.push(res.status);
      if (res.status === 429) refusal = res;
    }
    expect(statuses).toEqual([...Array(20).fill(404), 429]);
    expect(refusal?.body).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      details: { retryAfterSeconds: expect.any(Number) },
    });
    expect(Number(refusal?.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('20 zip bombs at once from one teacher: each refused within seconds, memory under 1 GB, bookings unharmed', async () => {
    // No rate limit here, so every bomb reaches the sheet reader.
    const api = await startApi({ ...t.env, RATE_LIMIT: 'off' });
    const http = () => request(api.url as string);
    const { offeringId, slotIds } = await groupEvent(t, operator, city);
    const visit = (await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[0]])).expect(201)).body;
    await decideGroupVisit(t, operator, visit.id, { decision: 'approve' }).expect(200);
    const event = await bookableEvent(t, operator, city, { capacity: 500 });
    const families = await visitorAccounts(t, 40);
    const bomb = zipBomb(300);
    const before = memoryOf(api.pid);

    const bombs = Array.from({ length: 20 }, async () => {
      const started = Date.now();
      const res = await http()
        .put(`/api/v1/group-visits/${visit.id}/name-list`)
        .set(bearer(school))
        .attach('file', bomb, 'names.xlsx');
      return { status: res.status, code: res.body.code as string, ms: Date.now() - started };
    });
    const bookings = families.map((family, i) =>
      http()
        .post('/api/v1/bookings')
        .set(bearer(family))
        .set('Idempotency-Key', randomUUID())
        .send(bookingFor(event.slotIds[0], i))
        .then((res) => res.status),
    );
    const [refused, booked] = await Promise.all([Promise.all(bombs), Promise.all(bookings)]);
    const after = memoryOf(api.pid);

    expect(refused.every((r) => r.status >= 400 && r.status < 500)).toBe(true);
    // Refused from the zip's directory, or, past the parse gate's queue, told to come back.
    expect(refused.every((r) => ['SHEET_UNSAFE', 'UPLOAD_BUSY'].includes(r.code))).toBe(true);
    expect(refused.some((r) => r.code === 'SHEET_UNSAFE')).toBe(true);
    // A guard against inflating the bomb (300 MB of XML: tens of seconds and the memory bound), not
    // a speed figure: alone the slowest refusal is about 0.9 s, and a busy 2-core CI once took 2.007 s.
    expect(Math.max(...refused.map((r) => r.ms))).toBeLessThan(5_000);
    expect(booked.filter((s) => s >= 500)).toEqual([]);
    expect(booked.filter((s) => s === 201)).toHaveLength(40);
    expect(api.running()).toBe(true);
    expect(after.peak).toBeLessThan(1024);
    process.stdout.write(
      `API memory: ${before.rss.toFixed(0)} MB before, ${after.rss.toFixed(0)} MB after, peak ${after.peak.toFixed(0)} MB; ` +
        `slowest refusal ${Math.max(...refused.map((r) => r.ms))} ms\n`,
    );
  });
});
