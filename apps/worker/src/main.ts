import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, stopOnSignals } from '@kepu/core';
import { loadAppConfig } from '@kepu/runtime';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadAppConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  if (!config.database.url) {
    // Two launchers on one data directory would fight over it: embedded mode hosts the worker in the API.
    process.stderr.write(
      'The standalone worker needs DATABASE_URL (external mode). In embedded mode `npm start` runs the worker inside the API.\n',
    );
    process.exit(1);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const logger = app.get(Logger);
  stopOnSignals(async (signal) => {
    logger.log(`${signal} received: finishing the running job, then stopping`, 'Bootstrap');
    await app.close();
  });
  logger.log('Kepu worker started', 'Bootstrap');
}

void bootstrap();
