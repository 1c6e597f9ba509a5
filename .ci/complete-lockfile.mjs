#!/usr/bin/env node
// The npm registry reachable from our machines lacks many platform-specific optional binaries
// (e.g. @swc/core-darwin-arm64), so `npm install` leaves them out of package-lock.json and
// `npm ci` (npm ≥ 11.6.2, npm/cli#8805) then rejects the lockfile as out of sync. This records
// each declared-but-unrecorded optional dependency as an optional entry, as a lockfile written
// where the registry has them would. npm skips them at install time on platforms they do not fit.
// Run after any dependency change: npm run lock:complete
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;

function resolvesTo(parentPath, name) {
  // Node's lookup: nested under the parent first, then each enclosing node_modules, then the root.
  for (let base = parentPath; base; base = base.slice(0, Math.max(0, base.lastIndexOf('/node_modules/')))) {
    if (packages[`${base}/node_modules/${name}`]) return true;
    if (!base.includes('/node_modules/')) break;
  }
  return Boolean(packages[`node_modules/${name}`]);
}

for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (path === '' || resolvesTo(path, name)) continue;
    packages[`node_modules/${name}`] = {
      version,
      ...(entry.dev || entry.devOptional ? { dev: true } : {}),
      optional: true,
    };
    added++;
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added ? `Recorded ${added} optional platform packages in ${file}.` : `${file} is complete.`);
