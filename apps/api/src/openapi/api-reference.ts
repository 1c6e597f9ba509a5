import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { WEB_DIST } from '../web-app';

/**
 * Scalar's browser build, served from this server (no CDN). `npm run build` copies it beside the
 * web app, so production images carry the file without the package's dependencies.
 */
const SCALAR_SCRIPT = join(WEB_DIST, 'api-reference.js');

const PAGE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Kepu API · 科普资源名录</title>
  </head>
  <body>
    <div id="app"></div>
    <script src="/api/docs/scalar.js"></script>
    <script src="/api/docs/start.js"></script>
  </body>
</html>
`;

/** In a file of its own: the Content-Security-Policy allows no inline script. */
const START = `Scalar.createApiReference('#app', { url: '/api/docs-json', withDefaultFonts: false });\n`;

/**
 * The API reference at /api/docs: Scalar reading /api/docs-json, whose description opens with the
 * guide (api-guide.ts).
 */
export function serveApiReference(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/api/docs', (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  fastify.get('/api/docs/start.js', (_request, reply) => reply.type('text/javascript; charset=utf-8').send(START));
  fastify.get('/api/docs/scalar.js', (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('Cache-Control', 'public, max-age=86400')
      .send(createReadStream(SCALAR_SCRIPT)),
  );
}
