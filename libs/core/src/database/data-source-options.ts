import { MIGRATIONS } from '@kepu/migrations';
import { types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { KepuConfig } from '../config/config';
import { provideMigrationCipher } from '../privacy/migration-cipher';
import { DatabaseLogger } from './typeorm-logger';

// A DATE is a calendar day, not an instant: keep `YYYY-MM-DD` rather than a Date at the server's
// local midnight, whose day depends on the server's timezone. Arrays of dates alike.
types.setTypeParser(types.builtins.DATE, (value) => value);
type TypeId = Parameters<typeof types.setTypeParser>[0];
types.setTypeParser(1182 as TypeId /* date[] */, types.getTypeParser(1009 as TypeId /* text[] */));

/** The one place that says how Kepu talks to Postgres: the app, the worker, the CLI and tests use it. */
export function dataSourceOptions(config: KepuConfig): DataSourceOptions {
  if (!config.database.url) throw new Error('database.url is not set: start the embedded runtime or set DATABASE_URL');
  provideMigrationCipher(config.privacy.key);
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
      // Fail fast instead of hanging when Postgres is unreachable or a query runs away. No client-side
      // query_timeout: pg would leave the timed-out query running on a connection TypeORM returns to
      // the pool, and it would cut short the advisory lock waits that lift statement_timeout on purpose.
      // A server that stops answering altogether is the request timeout's to bound.
      connectionTimeoutMillis: config.database.connectTimeoutSeconds * 1000,
      statement_timeout: config.database.statementTimeoutSeconds * 1000,
      idle_in_transaction_session_timeout: 60_000,
    },
  };
}

/** Any constant works; it only has to be the same for every Kepu process sharing a database. */
export const ADVISORY_LOCKS = { migrations: 4_400_300, searchRebuild: 4_400_301 } as const;

/**
 * Runs `work` while this connection holds a session-level advisory lock, so the same job in another
 * process (a replica, the worker, the CLI) waits for it instead of racing it. Waiting may take longer
 * than the statement timeout, which is lifted on this one connection for the wait.
 */
export async function withAdvisoryLock<T>(dataSource: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SET statement_timeout = 0');
    await lock.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    }
  } finally {
    await lock.query('RESET statement_timeout').catch(() => undefined);
    await lock.release();
  }
}

/**
 * Applies pending migrations with a short-lived connection and returns the names applied. Several
 * API replicas start at once in production, so they queue on an advisory lock: the first migrates,
 * the others then find nothing to do.
 */
export async function runMigrations(config: KepuConfig): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  try {
    const applied = await withAdvisoryLock(dataSource, ADVISORY_LOCKS.migrations, () =>
      dataSource.runMigrations({ transaction: 'each' }),
    );
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
