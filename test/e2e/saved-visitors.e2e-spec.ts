import { BookingPersonalData } from '@kepu/booking/booking-personal-data';
import { DataSource } from 'typeorm';
import { book, bookableEvent, bookingBody, IDS, idNumberFor, visitorAccounts } from '../support/booking';
import { bearer, signIn, SignedIn } from '../support/sessions';
import { startTestApp, TestApp } from '../support/test-app';

/** People an account books for (常用参观人, docs/booking-rules.md, "People I book for"). */
describe('saved visitors', () => {
  let t: TestApp;
  let db: DataSource;
  let operator: SignedIn, city: SignedIn;

  const save = (who: SignedIn, person: object) => t.http().post('/api/v1/saved-visitors').set(bearer(who)).send(person);
  const listOf = async (who: SignedIn) =>
    (await t.http().get('/api/v1/saved-visitors').set(bearer(who)).expect(200)).body as {
      id: string;
      name: string;
      documentNumber: string | null;
    }[];

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [operator, city] = await Promise.all(['operator', 'city-admin'].map((who) => signIn(t, `${who}@demo.kepu`)));
  });
  afterAll(() => t.close());

  it('keeps people sealed, shows their documents masked, and refuses a bad or repeated one at its field', async () => {
    const [child] = await visitorAccounts(t, 1);
    const mother = await save(child, { name: '王秀英', category: 'senior', idNumber: IDS.senior }).expect(201);
    expect(mother.body).toMatchObject({
      name: '王秀英',
      category: 'senior',
      documentType: 'id_card',
      documentNumber: '1101**********002X',
      birthDate: '1949-12-31',
    });
    const friend = await save(child, {
      name: 'Jane Doe',
      category: 'adult',
      documentType: 'passport',
      documentNumber: 'C01X00T47',
      documentCountry: 'GBR',
    }).expect(201);
    expect(friend.body).toMatchObject({ documentType: 'passport', documentCountry: 'GBR', birthDate: null });
    expect((await listOf(child)).map((p) => p.name)).toEqual(['王秀英', 'Jane Doe']);

    const [row] = await db.query(`SELECT name, document FROM saved_visitors WHERE id = $1`, [mother.body.id]);
    expect(row.name.toString('latin1')).not.toContain('王');
    expect(row.document.toString('latin1')).not.toContain(IDS.senior);

    const again = await save(child, { name: '王秀英', category: 'senior', idNumber: IDS.senior.toLowerCase() });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('SAVED_VISITOR_EXISTS');
    const badNumber = await save(child, { name: '李四', category: 'adult', idNumber: '440305199001010019' });
    expect(badNumber.status).toBe(400);
    expect(badNumber.body).toMatchObject({ code: 'INVALID_ID_NUMBER', details: [{ field: 'idNumber' }] });
    const wrongCategory = await save(child, { name: '李四', category: 'child', idNumber: IDS.parent });
    expect(wrongCategory.body).toMatchObject({ code: 'VISITOR_CATEGORY_MISMATCH', details: [{ field: 'category' }] });
  });

  it('books them by id, with their documents as kept, and only for their own account', async () => {
    const event = await bookableEvent(t, operator, city, { realName: true });
    const [child, stranger] = await visitorAccounts(t, 2);
    const mother = (await save(child, { name: '王秀英', category: 'senior', idNumber: IDS.senior }).expect(201)).body;
    const booked = await book(
      t,
      child,
      bookingBody(event.slotIds[0], { visitors: [{ name: '王秀英', category: 'senior', savedVisitorId: mother.id }] }),
    ).expect(201);
    expect(booked.body.visitors).toEqual([
      expect.objectContaining({ name: '王秀英', idNumber: '1101**********002X', documentType: 'id_card' }),
    ]);
    // The document is the person's: booked once that day at the venue, by whoever.
    const twice = await book(
      t,
      stranger,
      bookingBody(event.slotIds[0], { visitors: [{ name: '王秀英', category: 'senior', idNumber: IDS.senior }] }),
    ).expect(409);
    expect(twice.body.code).toBe('ID_ALREADY_BOOKED');

    const notTheirs = await book(
      t,
      stranger,
      bookingBody(event.slotIds[1] ?? event.slotIds[0], {
        visitors: [{ name: '王秀英', category: 'senior', savedVisitorId: mother.id }],
      }),
    ).expect(400);
    expect(notTheirs.body).toMatchObject({
      code: 'SAVED_VISITOR_UNKNOWN',
      details: [{ field: 'visitors.0.savedVisitorId' }],
    });
    const both = await book(
      t,
      child,
      bookingBody(event.slotIds[0], {
        visitors: [{ name: '王秀英', category: 'senior', savedVisitorId: mother.id, idNumber: IDS.senior }],
      }),
    ).expect(400);
    expect(both.body.code).toBe('INVALID_ID_NUMBER');
  });

  it('deletes a person at once, only for their account, and keeps at most twenty', async () => {
    const [owner, other] = await visitorAccounts(t, 2);
    const kept = (await save(owner, { name: '张三', category: 'adult', idNumber: IDS.parent }).expect(201)).body;
    await t.http().delete(`/api/v1/saved-visitors/${kept.id}`).set(bearer(other)).expect(404);
    await t.http().delete(`/api/v1/saved-visitors/${kept.id}`).set(bearer(owner)).expect(204);
    await t.http().delete(`/api/v1/saved-visitors/${kept.id}`).set(bearer(owner)).expect(404);
    expect(await db.query(`SELECT 1 FROM saved_visitors WHERE id = $1`, [kept.id])).toEqual([]);

    for (let n = 0; n < 20; n++) {
      await save(owner, { name: `访客${n}`, category: 'adult', idNumber: idNumberFor(n) }).expect(201);
    }
    const full = await save(owner, { name: '访客20', category: 'adult', idNumber: idNumberFor(20) }).expect(409);
    expect(full.body.code).toBe('SAVED_VISITORS_FULL');
    expect(await listOf(other)).toEqual([]);
  });

  it("are part of the account's data: exported masked, erased with the account", async () => {
    const [owner] = await visitorAccounts(t, 1);
    await save(owner, { name: '王秀英', category: 'senior', idNumber: IDS.senior }).expect(201);
    const data = t.app.get(BookingPersonalData);
    const sections = await data.exportFor(owner.user.id);
    expect(sections.find((s) => s.name === 'savedVisitors')?.data).toEqual([
      expect.objectContaining({ name: '王秀英', documentNumber: '1101**********002X' }),
    ]);
    await db.transaction((tx) => data.erase(owner.user.id, tx));
    expect(await db.query(`SELECT 1 FROM saved_visitors WHERE account_id = $1`, [owner.user.id])).toEqual([]);
  });
});
