/**
 * Writes apps/api/src/openapi/plugin-metadata.ts: what the @nestjs/swagger CLI plugin reads from the
 * source (DTO properties with their validators' limits, endpoints' response types, doc comments).
 * The build and the tests both compile without the plugin (tsc through nest build, SWC in Jest),
 * so the app loads this file instead (docs/api.md, "The OpenAPI document").
 * Run: npm run openapi:metadata          writes it
 *      npm run openapi:metadata -- --check   fails when the committed file is out of date (npm test)
 */
import { PluginMetadataGenerator } from '@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator';
import { ReadonlyVisitor } from '@nestjs/swagger/plugin';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const sourceDir = resolve(__dirname, '../src/openapi');
const committed = join(sourceDir, 'plugin-metadata.ts');
const check = process.argv.includes('--check');
const outputDir = check ? mkdtempSync(join(tmpdir(), 'kepu-openapi-')) : sourceDir;

new PluginMetadataGenerator().generate({
  visitors: [
    new ReadonlyVisitor({
      // Imports are written relative to the committed file, wherever the output goes.
      pathToSource: sourceDir,
      introspectComments: true,
      classValidatorShim: true,
      dtoFileNameSuffix: ['.dto.ts', '.entity.ts', '.views.ts'],
      controllerFileNameSuffix: ['.controller.ts'],
    }),
  ],
  outputDir,
  filename: 'plugin-metadata.ts',
  tsconfigPath: 'apps/api/tsconfig.app.json',
  printDiagnostics: false,
});

// The generator writes dynamic imports without extensions, which CommonJS under `module: node16`
// neither type-checks nor runs: plain requires load the same modules.
const generated = readFileSync(join(outputDir, 'plugin-metadata.ts'), 'utf8')
  .replace(/await import\(("[^"]+")\)/g, 'require($1)')
  .replace(/import\(("[^"]+")\)/g, 'Promise.resolve(require($1))');
const formatted = execFileSync(
  process.execPath,
  [require.resolve('prettier/bin/prettier.cjs'), '--stdin-filepath', relative(process.cwd(), committed)],
  { input: generated },
).toString();

if (check) {
  rmSync(outputDir, { recursive: true, force: true });
  if (formatted !== readFileSync(committed, 'utf8')) {
    process.stderr.write(
      `${relative(process.cwd(), committed)} is out of date with the DTOs and controllers: run npm run openapi:metadata and commit it\n`,
    );
    process.exit(1);
  }
} else {
  writeFileSync(committed, formatted);
}
