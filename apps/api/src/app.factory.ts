import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import type { INestApplication } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import {
  AppError,
  assignCorrelationId,
  classifyError,
  CORRELATION_HEADER,
  CoreErrors,
  createValidationPipe,
  ErrorFilter,
  KepuConfig,
  holdsMalformedText,
  nestsDeeperThan,
  toErrorBody,
} from '@kepu/core';
import type { AppConfig } from '@kepu/runtime';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { ApiModule, ApiModuleOptions } from './app.module';
import { serveApiReference } from './openapi/api-reference';
import { loadOpenApiModels, openApiDocument } from './openapi/openapi-document';
import { limitRequestTime } from './request-timeout';
import { serveWebApp } from './web-app';

export const API_PREFIX = 'api/v1';
/** Bodies above this get 413 PAYLOAD_TOO_LARGE; uploads will get their own per-route limits. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** No request body nests deeper than a few levels; far deeper ones would overflow the stack of validation. */
export const BODY_MAX_DEPTH = 32;

/**
 * Fastify, not Express: on this machine Nest on Fastify served 3.5× the requests of Nest on
 * Express with a third of the p99 latency (npm run bench:http; figures in docs/benchmarks.md, "HTTP adapters").
 */
function createAdapter(config: KepuConfig): FastifyAdapter {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: (req: IncomingMessage) => assignCorrelationId(req),
    requestIdHeader: false,
    trustProxy: ['127.0.0.1', '::1', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
    // What Fastify refuses before routing (an undecodable URL, an over-long path parameter) never
    // reaches Nest's filter: it gets the one error shape here.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const { definition } = classifyError(error);
      void reply
        .header(CORRELATION_HEADER, request.id)
        .code(definition.status)
        .send(
          toErrorBody(definition, { correlationId: request.id, acceptLanguage: request.headers['accept-language'] }),
        );
    },
  });
  const fastify = adapter.getInstance();
  // Fastify's own JSON parser (prototype-poisoning safe), with its errors named by our code.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) =>
    parseJson(request, body as string, (error, value) => {
      if (error) return done(new AppError(CoreErrors.MALFORMED_JSON));
      if (nestsDeeperThan(value, BODY_MAX_DEPTH)) return done(new AppError(CoreErrors.BODY_TOO_DEEP));
      if (holdsMalformedText(value)) return done(new AppError(CoreErrors.MALFORMED_TEXT));
      done(null, value);
    }),
  );
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header(CORRELATION_HEADER, request.id);
    // The check-in page uses the camera and "near me" the location; nothing else may ask for devices.
    reply.header('Permissions-Policy', 'camera=(self), geolocation=(self), microphone=(), payment=(), usb=()');
    done();
  });
  // A signed-in answer (bookings, ID numbers masked or not) must never sit in a shared or browser cache.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (request.headers.authorization && !reply.hasHeader('cache-control')) reply.header('Cache-Control', 'no-store');
    done(null, payload);
  });
  limitRequestTime(fastify, config.requestTimeoutSeconds * 1000);
  return adapter;
}

/** The demo mailbox is a developer's page, outside the versioned API. */
export const prefixRoutes = (app: INestApplication) => app.setGlobalPrefix(API_PREFIX, { exclude: ['dev/mailbox'] });

/** Builds the configured HTTP application (not yet listening): used by main.ts and by the e2e tests. */
export async function createApiApp(config: AppConfig, options: ApiModuleOptions = {}): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.forRoot(config, options),
    createAdapter(config),
    {
      bufferLogs: true,
      bodyParser: false, // ours is registered on the adapter above
    },
  );
  app.useLogger(app.get(Logger));
  // No CORS: the web app is served from the API's own origin, and tokens travel in the
  // Authorization header (never in cookies), so other origins can neither read answers nor ride a session.
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        // Map tiles come from configurable third-party hosts; everything else is our own origin.
        'img-src': ["'self'", 'data:', 'blob:', 'https:'],
        'style-src': ["'self'", "'unsafe-inline'"],
      },
    },
  });

  // Answers are compressed (brotli or gzip, from 1 KB): a venue's two-week calendar is 56 KB of JSON
  // and 5 KB compressed, and a phone on a slow network waits for bytes, not for the server. BREACH
  // needs a secret that rides along on requests an attacker can make the victim's browser send:
  // Kepu's tokens travel in the Authorization header, never in cookies, so no such request exists.
  await app.register(compress, { encodings: ['br', 'gzip'] });

  // Uploads (photos, census files) set their own size limits per route.
  await app.register(multipart);
  serveWebApp(app);
  prefixRoutes(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter(app.get(HttpAdapterHost)));

  await loadOpenApiModels();
  SwaggerModule.setup('api/docs', app, () => openApiDocument(app), { jsonDocumentUrl: 'api/docs-json', ui: false });
  serveApiReference(app);
  return app;
}
