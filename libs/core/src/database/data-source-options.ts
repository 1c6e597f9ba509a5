import { MIGRATIONS } from '@kepu/migrations';
import { DataSource, DataSourceOptions } from 'typeorm';
import { KepuConfig } from '../config/config';

/** The one place that says how Kepu talks to Postgres: the app, the worker, the CLI and tests use it. */
export function dataSourceOptions(config: KepuConfig): DataSourceOptions {
  if (!config.database.url) throw new Error('database.url is not set: start the embedded runtime or set DATABASE_URL');
  return {
    type: 'postgres',
    url: config.database.url,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'warn'],
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

/** Applies pending migrations with a short-lived connection; returns the names applied. */
export async function runMigrations(config: KepuConfig): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
