#!/usr/bin/env node
// Builds the apps when the build is missing or older than any source, so `npm start` and `npm test`
// always run current code without paying for a rebuild when nothing changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['apps', 'libs', 'migrations', 'package-lock.json', 'nest-cli.json', 'tsconfig.json'];
const STAMP = join('dist', '.build-stamp');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
if (Math.max(...SOURCES.map(newestMtime)) > built) {
  console.log(built ? 'Sources changed: rebuilding…' : 'First start: building the apps (about 15 s)…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  mkdirSync('dist', { recursive: true });
  writeFileSync(STAMP, new Date().toISOString());
}
