#!/usr/bin/env node
// `npm start`: build whatever is missing or stale, then run the server in this same process, so that signals
// sent to `npm start` reach the server and it can shut down gracefully.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ensure = fileURLToPath(new URL('./ensure-built.mjs', import.meta.url));
const built = spawnSync(process.execPath, [ensure], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
await import('../dist/server/main.js');
