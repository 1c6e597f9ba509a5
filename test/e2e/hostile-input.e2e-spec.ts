import { PersonalDataPurgeJob } from '@kepu/booking';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { book, bookableEvent, bookingBody, IDS, missVisits, visitorAccounts } from '../support/booking';
import {
  decideGroupVisit,
  groupEvent,
  groupRequestBody,
  nameListFile,
  requestGroupVisit,
  uploadNameList,
} from '../support/groups';
import { entityExpansion, wideCsv, zipBomb } from '../support/hostile-sheets';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

const v1 = (path: string) => `/api/v1${path}`;

describe('hostile input on the public surface', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, city: SignedIn, school: SignedIn, nanshan: SignedIn;
  const tableCounts = async () =>
    (
      await db.query(
        `SELECT (SELECT count(*) FROM booking_visitors)::int AS visitors, (SELECT count(*) FROM resources)::int AS resources,
                (SELECT count(*) FROM audit_log)::int AS audit`,
      )
    )[0];

  beforeAll(async () => {
    // The production limits against hoarding, which other suites lift.
    t = await startTestApp((config) => config, {
      env: { BOOKING_MAX_ACTIVE: '5', BOOKING_MAX_CANCELLATIONS_PER_DAY: '3' },
    });
    db = t.app.get(DataSource);
    [operator, city, school, nanshan] = await Promise.all(
      ['operator', 'city-admin', 'school', 'nanshan-admin'].map((who) => signIn(t, `${who}@demo.kepu`)),
    );
  });
  afterAll(() => t.close());

  describe('files are read only after the caller may upload them', () => {
    let visitId: string;
    beforeAll(async () => {
      const { offeringId, slotIds } = await groupEvent(t, operator, city);
      visitId = (await requestGroupVisit(t, school, groupRequestBody(offeringId, [slotIds[0]])).expect(201)).body.id;
      await decideGroupVisit(t, operator, visitId, { decision: 'approve' }).expect(200);
    });

    it("a stranger's name list for any visit is 404 before its bytes are read, even a zip bomb", async () => {
      const [stranger] = await visitorAccounts(t, 1);
      const bomb = zipBomb(200);
      const before = await tableCounts();
      for (const id of [visitId, randomUUID()]) {
        const res = await uploadNameList(t, stranger, id, bomb).expect(404);
        expect(res.body.code).toBe('NOT_FOUND');
      }
      expect(await tableCounts()).toEqual(before);
    });

    it("the visit's teacher gets a clear refusal for a bomb, entities, a million columns or a wrong file", async () => {
      const before = await tableCounts();
      const refusal = async (file: Buffer, name = 'names.xlsx') => {
        const res = await t
          .http()
          .put(v1(`/group-visits/${visitId}/name-list`))
          .set(bearer(school))
          .attach('file', file, name);
        return [res.status, res.body.code];
      };
      expect(await refusal(zipBomb(200))).toEqual([422, 'SHEET_UNSAFE']);
      expect(await refusal(entityExpansion())).toEqual([422, 'SHEET_UNSAFE']);
      expect(await refusal(wideCsv(1_000_000), 'names.csv')).toEqual([413, 'SHEET_TOO_LARGE']);
      expect(await refusal(Buffer.alloc(3 * 1024 * 1024, 'a'), 'names.csv')).toEqual([413, 'UPLOAD_TOO_LARGE']);
      expect(await refusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]))).toEqual([400, 'SHEET_UNREADABLE']);
      expect(await tableCounts()).toEqual(before);
    });

    it('a role of __proto__ or constructor is a bad row, not a teacher and not a 500', async () => {
      const file = await nameListFile([
        ['学生甲', '__proto__', ''],
        ['学生乙', 'constructor', ''],
        ['学生丙', 'toString', ''],
      ]);
      const res = await uploadNameList(t, school, visitId, file).expect(422);
      expect(res.body.details.errors).toEqual(
        expect.arrayContaining(
          [2, 3, 4].map((row) => expect.objectContaining({ row, column: 'role', code: 'ROLE_INVALID' })),
        ),
      );
    });

    it("a visitor's photo upload is 403 before the file is read", async () => {
      const [visitor] = await visitorAccounts(t, 1);
      const res = await t
        .http()
        .post(v1('/media?purpose=photo'))
        .set(bearer(visitor))
        .attach('file', Buffer.alloc(9 * 1024 * 1024), 'big.png');
      expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN']);
    });

    it('a census import by a visitor is 403 before the file is read', async () => {
      const [visitor] = await visitorAccounts(t, 1);
      const res = await t
        .http()
        .post(v1('/census/import?dryRun=1'))
        .set(bearer(visitor))
        .attach('file', zipBomb(200), 'census.xlsx')
        .expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      const admin = await t
        .http()
        .post(v1('/census/import?dryRun=1'))
        .set(bearer(nanshan))
        .attach('file', zipBomb(200), 'census.xlsx');
      expect([admin.status, admin.body.code]).toEqual([422, 'SHEET_UNSAFE']);
    });
  });

  describe('formula-safe exports', () => {
    const FORMULA = '=HYPERLINK("http://evil.example","点我")';
    let resourceId: string;
    beforeAll(async () => {
      [{ id: resourceId }] = await db.query(
        `SELECT id FROM resources WHERE status = 'published' AND region_code = '440305' ORDER BY name LIMIT 1`,
      );
      await db.query(`UPDATE resources SET name = $2 WHERE id = $1`, [resourceId, FORMULA]);
      await db.query(
        `UPDATE resource_revisions SET content = jsonb_set(content, '{name}', to_jsonb($2::text))
          WHERE id = (SELECT published_revision_id FROM resources WHERE id = $1)`,
        [resourceId, FORMULA],
      );
    });

    it('the census CSV neutralises the cell', async () => {
      const csv = await t.http().get(v1('/census/export?region=440305&format=csv')).set(bearer(nanshan)).expect(200);
      expect(csv.text).toContain(`"'${FORMULA.replace(/"/g, '""')}"`);
      expect(csv.text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    });

    it('the statistics CSV neutralises venue names too', async () => {
      const csv = await t.http().get(v1('/stats/venues?region=440305&format=csv')).set(bearer(nanshan)).expect(200);
      expect(csv.text).toContain(`"'${FORMULA.replace(/"/g, '""')}"`);
      expect(csv.text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    });
  });

  describe('against hoarding and scalpers', () => {
    it('refuses a sixth upcoming booking until one is cancelled, also when sent at once', async () => {
      // Released two weeks ahead, so the furthest day is bookable at any hour of the test run.
      const release = { bookingOpensDaysAhead: 14 };
      const slots = await Promise.all([2, 3, 4, 5, 6, 7, 8].map((n) => bookableEvent(t, operator, city, release, n)));
      const [account] = await visitorAccounts(t, 1);
      const answers = await Promise.all(slots.map((s) => book(t, account, bookingBody(s.slotIds[0]))));
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([201, 201, 201, 201, 201, 409, 409]);
      const refused = answers.find((a) => a.status === 409);
      expect(refused?.body).toMatchObject({ code: 'TOO_MANY_ACTIVE_BOOKINGS', details: { limit: 5 } });
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM bookings WHERE account_id = $1 AND status = 'confirmed'`,
        [account.user.id],
      );
      expect(n).toBe(5);

      const first = answers.find((a) => a.status === 201);
      await t
        .http()
        .post(v1(`/bookings/${first?.body.id}/cancel`))
        .set(bearer(account))
        .expect(200);
      const again = slots[answers.indexOf(refused as (typeof answers)[number])];
      await book(t, account, bookingBody(again.slotIds[0])).expect(201);
    });

    it('allows three cancellations a day, then says to come back tomorrow', async () => {
      const slots = await Promise.all([2, 3, 4, 5].map((n) => bookableEvent(t, operator, city, {}, n)));
      const [account] = await visitorAccounts(t, 1);
      const ids: string[] = [];
      for (const s of slots) ids.push((await book(t, account, bookingBody(s.slotIds[0])).expect(201)).body.id);
      const cancel = (id: string) =>
        t
          .http()
          .post(v1(`/bookings/${id}/cancel`))
          .set(bearer(account));
      for (const id of ids.slice(0, 3)) await cancel(id).expect(200);
      const fourth = await cancel(ids[3]).expect(429);
      expect(fourth.body).toMatchObject({ code: 'CANCELLATION_LIMIT_REACHED', details: { limit: 3 } });
      const [{ status }] = await db.query(`SELECT status FROM bookings WHERE id = $1`, [ids[3]]);
      expect(status).toBe('confirmed');
      // The venue may still cancel it for the visitor.
      await t
        .http()
        .post(v1(`/bookings/${ids[3]}/cancel`))
        .set(bearer(operator))
        .expect(200);
    });

    it('a no-show ban follows the ID numbers to a fresh account, and ends with the ban', async () => {
      const events = await Promise.all([2, 3, 4].map((n) => bookableEvent(t, operator, city, { realName: true }, n)));
      const [account, fresh] = await visitorAccounts(t, 2);
      await missVisits(
        t,
        account,
        events.map((e) => e.slotIds[0]),
      );
      const next = await bookableEvent(t, operator, city, { realName: true });
      const refused = await book(t, fresh, bookingBody(next.slotIds[0])).expect(403);
      expect(refused.body.code).toBe('VISITOR_BANNED');
      expect(refused.body.details.until).toEqual(expect.any(String));
      // Someone else in the same fresh account is welcome.
      const other = bookingBody(next.slotIds[0], {
        visitors: [{ name: '李四', idNumber: IDS.senior, category: 'senior' }],
      });
      await book(t, fresh, other).expect(201);

      await db.query(`UPDATE booking_bans SET ends_at = now() - interval '1 second' WHERE account_id = $1`, [
        account.user.id,
      ]);
      await t.app.get(PersonalDataPurgeJob).run();
      const [{ hashes }] = await db.query(
        `SELECT cardinality(id_hashes) AS hashes FROM booking_bans WHERE account_id = $1`,
        [account.user.id],
      );
      expect(hashes).toBe(0);
    });
  });
});
