import { MIGRATIONS } from '@kepu/migrations';
import { types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { KepuConfig } from '../config/config';
import { DatabaseLogger } from './typeorm-logger';

// A DATE is a calendar day, not an instant: keep `YYYY-MM-DD` rather than a Date at the server's
// local midnight, whose day depends on the server's timezone. Arrays of dates alike.
types.setTypeParser(types.builtins.DATE, (value) => value);
type TypeId = Parameters<typeof types.setTypeParser>[0];
types.setTypeParser(1182 as TypeId /* date[] */, types.getTypeParser(1009 as TypeId /* text[] */));

/** The one place that says how Kepu talks to Postgres: the app, the worker, the CLI and tests use it. */
export function dataSourceOptions(config: KepuConfig): DataSourceOptions {
  if (!config.database.url) throw new Error('database.url is not set: start the embedded runtime or set DATABASE_URL');
  return {
    type: 'postgres',
    url: config.database.url,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into Postgres 13+: no extension, so no superuser needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logger: new DatabaseLogger(),
    logging: ['error', 'warn', 'migration'],
    maxQueryExecutionTime: 1_000,
    extra: {
      max: 10,
      application_name: 'kepu',
      // Fail fast instead of hanging when Postgres is unreachable or a query runs away.
      connectionTimeoutMillis: 5_000,
      statement_timeout: 30_000,
      idle_in_transaction_session_timeout: 60_000,
    },
  };
}

/** Any constant works; it only has to be the same for every Kepu process sharing a database. */
const MIGRATION_LOCK_KEY = 4_400_300;

/**
 * Applies pending migrations with a short-lived connection and returns the names applied. Several
 * API replicas start at once in production, so they queue on an advisory lock: the first migrates,
 * the others then find nothing to do.
 */
export async function runMigrations(config: KepuConfig): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
