/**
 * Writes the API's contract from the code, without a database: docs/openapi.json (the OpenAPI
 * document, as GET /api/docs-json serves it) and apps/web/src/lib/api/schema.ts (its types, which
 * the web app's client is typed with). Run after npm run openapi:metadata.
 * Run: npm run openapi:document            writes both
 *      npm run openapi:document -- --check   fails when either committed file is out of date (npm test)
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { loadAppConfig } from '@kepu/runtime';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { prefixRoutes } from '../src/app.factory';
import { ApiModule } from '../src/app.module';
import { loadOpenApiModels, openApiDocument } from '../src/openapi/openapi-document';

const root = resolve(__dirname, '../../..');
const DOCUMENT = resolve(root, 'docs/openapi.json');
const CLIENT_TYPES = resolve(root, 'apps/web/src/lib/api/schema.ts');

/** As Prettier writes it, so the committed files pass `prettier --check`. */
const formatted = (path: string, text: string) =>
  execFileSync(process.execPath, [require.resolve('prettier/bin/prettier.cjs'), '--stdin-filepath', path], {
    input: text,
    // The document outgrew execFileSync's default 1 MB of output.
    maxBuffer: 64 * 1024 * 1024,
  }).toString();

async function main() {
  // Preview: modules and routes without any provider, so no database or search engine is needed.
  const config = loadAppConfig({
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://preview@127.0.0.1:1/preview',
    JWT_SECRET: 'preview-only-never-signs-anything-preview',
    PERSONAL_DATA_KEY: '0'.repeat(64),
    KEPU_WORKER: 'off',
    KEPU_DEMO: '0',
  });
  const app = await NestFactory.create(ApiModule.forRoot(config), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  prefixRoutes(app);
  await loadOpenApiModels();
  const document = openApiDocument(app);
  await app.close();

  const types = astToString(
    await openapiTS(JSON.parse(JSON.stringify(document)), { exportType: true, defaultNonNullable: false }),
  );
  const outputs: [string, string][] = [
    [DOCUMENT, formatted(DOCUMENT, JSON.stringify(document))],
    [
      CLIENT_TYPES,
      formatted(
        CLIENT_TYPES,
        `// Generated from docs/openapi.json by npm run openapi:document: do not edit.\n${types}`,
      ),
    ],
  ];
  if (!process.argv.includes('--check')) {
    for (const [path, text] of outputs) writeFileSync(path, text);
    return;
  }
  const stale = outputs
    .filter(([path, text]) => readFileSync(path, 'utf8') !== text)
    .map(([path]) => relative(root, path));
  if (stale.length) {
    process.stderr.write(`${stale.join(' and ')} out of date with the code: run npm run openapi:document and commit\n`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
