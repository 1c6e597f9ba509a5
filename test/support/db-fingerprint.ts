import { DataSource } from 'typeorm';

/** Per table, a hash of all its rows: two equal fingerprints mean no row was added, changed or removed. */
export type Fingerprint = Map<string, string>;

/**
 * Fingerprints every table of the public schema except the given ones, and only the rows outside
 * `ignoredRows` (a SQL condition per table) and the columns outside `ignoredColumns` where given.
 * Cheap on a test database: one query.
 */
export async function fingerprinter(
  db: DataSource,
  {
    ignoredTables,
    ignoredRows,
    ignoredColumns = {},
  }: { ignoredTables: string[]; ignoredRows: Record<string, string>; ignoredColumns?: Record<string, string[]> },
): Promise<() => Promise<Fingerprint>> {
  const tables: { name: string }[] = await db.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT table_name = ANY($1)
      ORDER BY table_name`,
    [ignoredTables],
  );
  const sql = tables
    .map(({ name }) => {
      const where = ignoredRows[name] ? `WHERE NOT (${ignoredRows[name]})` : '';
      const columns = ignoredColumns[name]?.map((column) => `'${column}'`).join(', ');
      const row = columns ? `(to_jsonb(t) - ARRAY[${columns}])::text` : 't::text';
      return `SELECT '${name}' AS name, md5(coalesce(string_agg(${row}, ',' ORDER BY ${row}), '')) AS hash
                FROM "${name}" t ${where}`;
    })
    .join(' UNION ALL ');
  return async () => {
    const rows: { name: string; hash: string }[] = await db.query(sql);
    return new Map(rows.map((row) => [row.name, row.hash]));
  };
}

/** The tables whose rows differ between two fingerprints. */
export const changedTables = (before: Fingerprint, after: Fingerprint): string[] =>
  [...before.keys()].filter((name) => before.get(name) !== after.get(name));
