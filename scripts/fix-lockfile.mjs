#!/usr/bin/env node
// The npm registry reachable from this project's machines lacks some platform builds that packages list as
// optional dependencies (e.g. @swc/html's darwin and win32 binaries). `npm install` skips them but keeps them
// declared in package-lock.json, and `npm ci` then refuses the lock file as out of sync. This drops optional
// dependencies that have no entry in the lock file. On a complete registry it changes nothing.
// Run after `npm install` changes dependencies: `npm run lockfile:fix`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const removed = [];
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    const nested = location ? `${location}/node_modules/${name}` : `node_modules/${name}`;
    if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) {
      delete entry.optionalDependencies[name];
      removed.push(`${location || '(root)'} -> ${name}`);
    }
  }
}
if (removed.length) writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(removed.length ? `Dropped unresolvable optional dependencies:\n  ${removed.join('\n  ')}` : 'package-lock.json: nothing to fix.');
