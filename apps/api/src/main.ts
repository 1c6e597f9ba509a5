import 'reflect-metadata';
import { ConfigError, KepuConfig, loadConfig, runMigrations } from '@kepu/core';
import { RunningServices, startServices } from '@kepu/runtime';
import { Logger } from 'nestjs-pino';
import { createApiApp } from './app.factory';

/** Prints one line and exits: how a misconfigured deployment should fail. */
function exitWithConfigError(error: ConfigError): never {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

async function bootstrap(): Promise<void> {
  let config: KepuConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWithConfigError(error);
    throw error;
  }

  const startedAt = Date.now();
  let services: RunningServices | undefined;
  try {
    services = await startServices(config);
    const applied = await runMigrations(services.config);
    if (process.argv[2] === 'migrate') {
      process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
      await services.stop();
      return;
    }
    const app = await createApiApp(services.config);
    const logger = app.get(Logger);
    if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`, 'Bootstrap');

    let stopping = false;
    const stop = async (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal} received: draining requests, then stopping the embedded services`, 'Bootstrap');
      setTimeout(() => process.exit(1), 30_000).unref();
      await app.close();
      await services?.stop();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);

    await app.listen(services.config.port, '0.0.0.0');
    const mode = services.launched.postgres || services.launched.meilisearch ? 'embedded' : 'external';
    logger.log(
      `Kepu is up in ${mode} mode after ${((Date.now() - startedAt) / 1000).toFixed(1)} s: http://localhost:${services.config.port}/ (API docs: /api/docs)`,
      'Bootstrap',
    );
  } catch (error) {
    process.stderr.write(
      `Kepu failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    await services?.stop();
    process.exit(1);
  }
}

void bootstrap();
