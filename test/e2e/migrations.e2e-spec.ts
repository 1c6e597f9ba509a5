import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@kepu/migrations';
import { dataSourceOptions, runMigrations } from '@kepu/core';
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
});
