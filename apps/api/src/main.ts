import 'reflect-metadata';
import { ConfigError, KepuConfig, loadConfig, runMigrations, stopOnSignals } from '@kepu/core';
import { RunningServices, startServices } from '@kepu/runtime';
import { Logger } from 'nestjs-pino';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
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
  let app: NestFastifyApplication | undefined;
  // Registered before anything starts, so a Ctrl-C during start-up stops what did start.
  stopOnSignals(async (signal) => {
    process.stderr.write(`${signal} received: draining requests, then stopping\n`);
    await app?.close();
    await services?.stop();
  });
  try {
    services = await startServices(config);
    const applied = await runMigrations(services.config);
    if (process.argv[2] === 'migrate') {
      process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
      await services.stop();
      return;
    }
    app = await createApiApp(services.config);
    const logger = app.get(Logger);
    if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`, 'Bootstrap');

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
