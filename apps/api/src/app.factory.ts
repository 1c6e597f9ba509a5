import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  correlationIdMiddleware,
  createValidationPipe,
  ErrorFilter,
  KepuConfig,
  translateBodyParserErrors,
} from '@kepu/core';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ApiModule, ApiModuleOptions } from './app.module';

export const API_PREFIX = 'api/v1';
/** JSON and form bodies above this get 413 PAYLOAD_TOO_LARGE; uploads get their own limits. */
export const BODY_LIMIT = '1mb';

/** Where `npm run build` puts the web app (apps/web), relative to the repository root. */
export const WEB_DIST = resolve('dist/web');

/**
 * The single-page app: its files, and index.html for any other GET outside /api so deep links
 * survive a reload. API paths never reach it, so their errors keep the API's error shape.
 */
function serveWebApp(app: NestExpressApplication): void {
  const index = join(WEB_DIST, 'index.html');
  app.useStaticAssets(WEB_DIST, { index: false, maxAge: '1h', immutable: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && !req.path.startsWith('/api/') && req.path !== '/api';
    if (!isPage || !existsSync(index)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** Builds the configured HTTP application (not yet listening): used by main.ts and by the e2e tests. */
export async function createApiApp(config: KepuConfig, options: ApiModuleOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, options), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.use(correlationIdMiddleware);
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: true });
  app.use(translateBodyParserErrors);
  app.set('trust proxy', 'loopback, uniquelocal');
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Map tiles come from configurable third-party hosts; everything else is our own origin.
          'img-src': ["'self'", 'data:', 'blob:', 'https:'],
          'style-src': ["'self'", "'unsafe-inline'"],
        },
      },
    }),
  );
  serveWebApp(app);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());

  const openApi = new DocumentBuilder()
    .setTitle('Kepu API · 科普资源名录')
    .setDescription('Register, search, map and booking of science-popularization resources.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs-json',
  });
  return app;
}
