// The real application in a process of its own, so the load generator never competes with it on one event loop.
// Started by run.ts with BENCH_APP_DATABASE_URL; reports its port over IPC and stops on SIGTERM.
import { createApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { openDatabase } from '../server/src/db/database.js';
import { readMigrations } from '../server/src/db/migrations.js';
import { boundPort, listen } from '../server/src/http/lifecycle.js';
import { createLogger } from '../server/src/logger.js';
import { databaseTarget } from '../server/src/server.js';

const config = loadConfig({
  DATABASE_URL: process.env.BENCH_APP_DATABASE_URL,
  DATABASE_POOL_SIZE: process.env.BENCH_POOL_SIZE,
  LOG_LEVEL: 'silent',
  PUBLIC_URL: 'http://127.0.0.1',
  SITE_DIR: '/nonexistent-site',
  DEMO_DATA: 'false',
});
const logger = createLogger(config);
const db = await openDatabase(databaseTarget(config), logger);
// createApp alone: no maintenance workers, whose background writes would only add noise.
const server = await listen(createApp({ config, logger, db, migrations: readMigrations() }), 0, '127.0.0.1');
process.send!({ port: boundPort(server) });

process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => void db.close().then(() => process.exit(0)));
});
