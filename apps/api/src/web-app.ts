import '@fastify/static'; // adds reply.sendFile to Fastify's types
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where `npm run build` puts the web app (apps/web), relative to the repository root; KEPU_WEB_DIST for a copy elsewhere. */
export const WEB_DIST = resolve(process.env.KEPU_WEB_DIST ?? 'dist/web');

/**
 * The single-page app: its built files, and index.html for any other GET outside /api so deep
 * links survive a reload. API paths fall through to Nest's not-found handling and its error shape.
 */
export function serveWebApp(app: NestFastifyApplication): void {
  if (!existsSync(join(WEB_DIST, 'index.html'))) return;
  // Hashed asset names change with their content; the build writes .br and .gz copies beside them.
  app.useStaticAssets({ root: WEB_DIST, wildcard: false, index: false, maxAge: '1h', preCompressed: true });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      if (request.url === '/api' || request.url.startsWith('/api/')) return reply.callNotFound();
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html', WEB_DIST);
    });
}
