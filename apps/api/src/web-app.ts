import '@fastify/static'; // adds reply.sendFile to Fastify's types
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where `npm run build` puts the web app (apps/web), relative to the repository root; KEPU_WEB_DIST for a copy elsewhere. */
export const WEB_DIST = resolve(process.env.KEPU_WEB_DIST ?? 'dist/web');

/** The venue page's address, with the venue's id; anything else in that place gets the plain page. */
const VENUE_PAGE = /^\/venues\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?(?:\?|$)/;

type Manifest = Record<string, { file: string; imports?: string[]; css?: string[] }>;

/**
 * The files a page's code needs beyond the entry, from the build's manifest: its chunk, the chunks
 * it imports (not the entry, which the page already loads) and their styles.
 */
function pageFiles(manifest: Manifest, source: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || key === 'index.html' || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const style of chunk.css ?? []) styles.add(style);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(source);
  return { scripts: [...scripts], styles: [...styles] };
}

/** A `preload` link for an API answer the page will ask for with fetch (same origin, no credentials of its own). */
const answerPreload = (path: string) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${path}">`;

/** What every page asks for as it starts (lib/vocabularies.ts in the web app): the type names and the regions. */
const EVERY_PAGE_ANSWERS = ['/api/v1/vocabularies', '/api/v1/regions'];

/**
 * index.html with what the page will ask for named in its head, so that on a slow phone network the
 * browser fetches it beside the entry script instead of after it has run, a round trip or two
 * sooner (docs/web.md, "First page"): for every page the answers every page needs; for a venue
 * page also its code and styles and the venue's own answer. The venue's id is only written into
 * the page once it is known to be a UUID.
 */
function pages(html: string, manifest: Manifest): { any: string; venue: (venueId: string) => string } {
  const withHead = (links: string) => html.replace('</head>', `${links}</head>`);
  const everyPage = EVERY_PAGE_ANSWERS.map(answerPreload).join('');
  const { scripts, styles } = pageFiles(manifest, 'src/views/VenueView.vue');
  const venueCode = [
    ...scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
    ...styles.map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
  ].join('');
  return {
    any: withHead(everyPage),
    venue: (venueId) => withHead(`${everyPage}${venueCode}${answerPreload(`/api/v1/resources/${venueId}`)}`),
  };
}

/**
 * The single-page app: its built files, and index.html for any other GET outside /api so deep
 * links survive a reload. API paths fall through to Nest's not-found handling and its error shape.
 */
export function serveWebApp(app: NestFastifyApplication): void {
  if (!existsSync(join(WEB_DIST, 'index.html'))) return;
  const manifestPath = join(WEB_DIST, '.vite', 'manifest.json');
  const page = pages(
    readFileSync(join(WEB_DIST, 'index.html'), 'utf8'),
    // A build without its manifest (made before it was written) still serves, without the page's code named.
    existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : {},
  );
  // Hashed asset names change with their content; the build writes .br and .gz copies beside them.
  app.useStaticAssets({ root: WEB_DIST, wildcard: false, index: false, maxAge: '1h', preCompressed: true });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      if (request.url === '/api' || request.url.startsWith('/api/')) return reply.callNotFound();
      const venueId = VENUE_PAGE.exec(request.url)?.[1];
      return reply
        .header('Cache-Control', 'no-cache')
        .type('text/html; charset=utf-8')
        .send(venueId ? page.venue(venueId) : page.any);
    });
}
