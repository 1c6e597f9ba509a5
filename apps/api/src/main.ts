import 'reflect-metadata';
import { ConfigError, runMigrations, stopOnSignals } from '@kepu/core';
import { RunningServices, startServices, AppConfig, loadAppConfig } from '@kepu/runtime';
import { Logger } from 'nestjs-pino';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { generateSyntheticRegister } from '@kepu/demo';
import { NestFactory } from '@nestjs/core';
import { RegionsService } from '@kepu/register';
import { ResourceIndex } from '@kepu/search';
import { createApiApp } from './app.factory';
import { ApiModule } from './app.module';

/** Prints one line and exits: how a misconfigured deployment should fail. */
function exitWithConfigError(error: ConfigError): never {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

/** `npm run demo:generate -- --count N`: a large synthetic register for benchmarks, demo mode only. */
async function generateDemo(config: AppConfig): Promise<void> {
  const flag = process.argv.indexOf('--count');
  const count = flag > 0 ? Number(process.argv[flag + 1]) : 100_000;
  if (!Number.isInteger(count) || count < 1 || count > 2_000_000) {
    throw new ConfigError('--count must be a whole number from 1 to 2,000,000');
  }
  if (!config.demo) throw new ConfigError('Synthetic data goes into demo databases only: set KEPU_DEMO=1');
  const startedAt = Date.now();
  const made = await generateSyntheticRegister(config.database.url as string, count);
  process.stdout.write(
    `Generated ${made.resources} synthetic resources and ${made.organisations} organisations in ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n`,
  );
}

/** `npm run regions:add -- 110000`: a province or city and its districts from GB/T 2260 (docs/regions.md). */
async function addRegions(config: AppConfig): Promise<void> {
  const code = process.argv[3] ?? '';
  if (!/^[0-9]{6}$/.test(code))
    throw new ConfigError('Give the 6-digit code of a province or city: npm run regions:add -- 110000');
  const context = await NestFactory.createApplicationContext(ApiModule.forRoot({ ...config, inlineWorker: false }), {
    logger: ['error', 'warn'],
  });
  try {
    const added = await context.get(RegionsService).addFromCatalogue(code);
    if (!added) throw new ConfigError(`${code} is not a province or city in GB/T 2260`);
    process.stdout.write(
      added.length
        ? `Added ${added.length} regions:\n${added.map((r) => `  ${r.code} ${r.name} (${r.nameEn}, ${r.level})`).join('\n')}\n`
        : `Nothing to add: ${code} and everything below it are already there.\n`,
    );
  } finally {
    await context.close();
  }
}

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadAppConfig();
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
    const command = process.argv[2];
    if (command === 'migrate') {
      process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
      await services.stop();
      return;
    }
    if (command === 'search-reindex') {
      // No HTTP and no relay: a one-off rebuild next to (or instead of) a running site.
      const context = await NestFactory.createApplicationContext(
        ApiModule.forRoot({ ...services.config, inlineWorker: false }),
        { logger: ['error', 'warn'] },
      );
      const { documents, seconds } = await context.get(ResourceIndex).reindex();
      process.stdout.write(
        `Reindexed ${documents} resources in ${seconds.toFixed(1)} s and swapped the new index in\n`,
      );
      await context.close();
      await services.stop();
      return;
    }
    if (command === 'regions-add') {
      await addRegions(services.config);
      await services.stop();
      return;
    }
    if (command === 'generate-demo') {
      await generateDemo(services.config);
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
    if (error instanceof ConfigError) {
      await services?.stop();
      exitWithConfigError(error);
    }
    process.stderr.write(
      `Kepu failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    await services?.stop();
    process.exit(1);
  }
}

void bootstrap();
