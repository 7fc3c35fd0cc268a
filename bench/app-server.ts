// The real application in a process of its own, so the load generator never competes with it on one event loop.
// Started by run.ts with BENCH_APP_DATABASE_URL; reports its port over IPC and stops on SIGTERM.
// With BENCH_SMTP_URL it also sends the outbox's e-mail there, polling every BENCH_MAIL_POLL_MS, woken on commit
// unless BENCH_MAIL_WAKE=0.
import { createApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { createContext } from '../server/src/context.js';
import { openDatabase } from '../server/src/db/database.js';
import { readMigrations } from '../server/src/db/migrations.js';
import { boundPort, listen } from '../server/src/http/lifecycle.js';
import { createLogger } from '../server/src/logger.js';
import { startNotifications } from '../server/src/notifications/index.js';
import { databaseTarget } from '../server/src/db/target.js';

const config = loadConfig({
  DATABASE_URL: process.env.BENCH_APP_DATABASE_URL,
  DATABASE_POOL_SIZE: process.env.BENCH_POOL_SIZE,
  LOG_LEVEL: 'silent',
  PUBLIC_URL: 'http://127.0.0.1',
  SITE_DIR: process.env.BENCH_SITE_DIR ?? '/nonexistent-site', // the console bench serves the built site
  DEMO_DATA: 'false',
  SMTP_URL: process.env.BENCH_SMTP_URL,
  UPLOAD_MEMORY_BUDGET_BYTES: process.env.BENCH_UPLOAD_BUDGET,
});
const logger = createLogger(config);
const db = await openDatabase(databaseTarget(config), logger);
// createApp alone: no maintenance workers, whose background writes would only add noise. The e-mail benchmark
// adds the one worker it measures, the server's own startNotifications, with the poll interval it names and with
// or without the wake-up on commit (BENCH_MAIL_WAKE).
const stopMail = config.mail.smtpUrl
  ? startNotifications(createContext({ config, db, logger }), {
      options: { pollIntervalMs: Number(process.env.BENCH_MAIL_POLL_MS) },
      wakeOnCommit: process.env.BENCH_MAIL_WAKE !== '0',
    })
  : undefined;
const server = await listen(createApp({ config, logger, db, migrations: readMigrations() }), 0, '127.0.0.1');
process.send!({ port: boundPort(server) });

process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(
    () =>
      void (async () => {
        await stopMail?.();
        await db.close();
        process.exit(0);
      })(),
  );
});
