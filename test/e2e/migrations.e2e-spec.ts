import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@kepu/migrations';
import { dataSourceOptions, PersonalDataCipher, runMigrations } from '@kepu/core';
import { contactPhoneHash } from '@kepu/register';
import { OutboxRelay, ResourceIndex } from '@kepu/search';
import { startTestApp, createTestDatabase, testConfig } from '../support/test-app';

/** A migrated database of its own, opened with the app's own data source options. */
async function withMigratedDatabase(use: (dataSource: DataSource) => Promise<void>): Promise<void> {
  const database = await createTestDatabase();
  const dataSource = new DataSource(dataSourceOptions(testConfig(database.url)));
  await dataSource.initialize();
  try {
    await use(dataSource);
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}

describe('migrations', () => {
  it('match the entities: the schema builder finds nothing to change (drift fails CI)', async () => {
    const t = await startTestApp();
    try {
      const pending = await t.app.get(DataSource).driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('revert cleanly and apply again', () =>
    withMigratedDatabase(async (dataSource) => {
      for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const [{ count }] = await dataSource.query(
        `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(count).toBe(0);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name));
    }));

  it('run once when several replicas start on an empty database at the same moment', async () => {
    const database = await createTestDatabase({ empty: true });
    try {
      const config = testConfig(database.url);
      const results = await Promise.all([1, 2, 3].map(() => runMigrations(config)));
      expect(results.flat()).toEqual(MIGRATIONS.map((m) => new m().name));
      expect(results.filter((applied) => applied.length === 0)).toHaveLength(2);
    } finally {
      await database.drop();
    }
  });

  it('seed the Shenzhen region tree with GB/T 2260 codes', () =>
    withMigratedDatabase(async (dataSource) => {
      const districts: { code: string; name: string; level: string }[] = await dataSource.query(
        `SELECT code, name, level FROM regions WHERE parent_code = '440300' ORDER BY code`,
      );
      expect(districts.map((d) => `${d.code} ${d.name}`)).toEqual([
        '440300-DP 大鹏新区',
        '440303 罗湖区',
        '440304 福田区',
        '440305 南山区',
        '440306 宝安区',
        '440307 龙岗区',
        '440308 盐田区',
        '440309 龙华区',
        '440310 坪山区',
        '440311 光明区',
      ]);
      const below: { code: string }[] = await dataSource.query(
        `SELECT code FROM regions WHERE path LIKE (SELECT path FROM regions WHERE code = '440300') || '/%'`,
      );
      expect(below).toHaveLength(10);
      await expect(
        dataSource.query(
          `INSERT INTO regions (code, name, level, parent_code, path) VALUES ('12345', 'x', 'district', '440300', 'x')`,
        ),
      ).rejects.toThrow(/check constraint/);
    }));

  it("fill the facet values of search's fallback copy as the relay writes them", async () => {
    const t = await startTestApp();
    try {
      await t.app.get(ResourceIndex).reindex();
      await t.app.get(OutboxRelay).drain();
      const db = t.app.get(DataSource);
      const facetValues = async () =>
        (
          await db.query(`SELECT resource_id AS id, facet_values AS "values" FROM search_fallback ORDER BY resource_id`)
        ).map(({ id, values }: { id: string; values: string[] }) => ({ id, values: [...values].sort() }));
      const written = await facetValues();
      expect(written.length).toBeGreaterThan(10);
      const filling = MIGRATIONS.findIndex((m) => new m().name === 'SearchFallbackSpeed1795550000000');
      for (let i = MIGRATIONS.length; i > filling; i--) await db.undoLastMigration({ transaction: 'each' });
      await db.runMigrations({ transaction: 'each' });
      expect(await facetValues()).toEqual(written);
    } finally {
      await t.close();
    }
  });

  it('seal the contact phones of organisations stored before, and open them again when reverted', async () => {
    const database = await createTestDatabase({ empty: true });
    const config = testConfig(database.url);
    const cipher = new PersonalDataCipher(config.privacy.key!);
    const sealing = MIGRATIONS.findIndex((m) => new m().name === 'OrganisationContactPhones1795510000100');
    const open = async (migrations: typeof MIGRATIONS) => {
      const dataSource = new DataSource({ ...dataSourceOptions(config), migrations });
      await dataSource.initialize();
      return dataSource;
    };
    const phone = '13812345678';
    try {
      const before = await open(MIGRATIONS.slice(0, sealing));
      try {
        await before.runMigrations({ transaction: 'each' });
        await before.query(
          `INSERT INTO organisations (name, kind, credit_code, region_code, contact_phone)
           VALUES ('有电话的机构', 'ngo', '52440304MJ0000001A', '440304', $1),
                  ('没有电话的机构', 'ngo', '52440304MJ0000002A', '440304', NULL)`,
          [phone],
        );
      } finally {
        await before.destroy();
      }
      const after = await open(MIGRATIONS);
      try {
        await after.runMigrations({ transaction: 'each' });
        const rows: { name: string; sealed: Buffer | null; hash: Buffer | null; clear: boolean }[] = await after.query(
          `SELECT name, contact_phone_sealed AS sealed, contact_phone_hash AS hash,
                  position($1::text IN row_to_json(o)::text) > 0
                    OR position(convert_to($1::text, 'UTF8') IN coalesce(contact_phone_sealed, ''::bytea)) > 0 AS clear
             FROM organisations o ORDER BY credit_code`,
          [phone],
        );
        expect(rows).toEqual([
          { name: '有电话的机构', sealed: expect.any(Buffer), hash: contactPhoneHash(cipher, phone), clear: false },
          { name: '没有电话的机构', sealed: null, hash: null, clear: false },
        ]);
        expect(cipher.decrypt(rows[0].sealed!)).toBe(phone);
        const [{ count }] = await after.query(
          `SELECT count(*)::int AS count FROM information_schema.columns WHERE table_name = 'organisations' AND column_name = 'contact_phone'`,
        );
        expect(count).toBe(0);

        for (let i = MIGRATIONS.length; i > sealing; i--) await after.undoLastMigration({ transaction: 'each' });
        expect(await after.query(`SELECT name, contact_phone FROM organisations ORDER BY credit_code`)).toEqual([
          { name: '有电话的机构', contact_phone: phone },
          { name: '没有电话的机构', contact_phone: null },
        ]);
      } finally {
        await after.destroy();
      }
    } finally {
      await database.drop();
    }
  });
});
