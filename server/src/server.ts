import type { Server } from 'node:http';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { databaseTarget } from './db/target.js';
import { applyMigrations, readMigrations } from './db/migrations.js';
import { boundPort, closeGracefully, listen } from './http/lifecycle.js';
import { siteIsBuilt } from './http/site.js';
import { createContext } from './context.js';
import { seedDemoData, showDemoCredentials } from './demo/seed.js';
import { startMaintenance } from './maintenance.js';
import { createServices, type Services } from './services.js';
import { ensureInitialAdmin } from './staff/bootstrap.js';
import type { Logger } from './logger.js';
import { BackgroundTasks } from './shared/background.js';

export type RunningServer = { url: string; server: Server; db: Database; stop(): Promise<void> };


/** Opens the database, brings its schema up to date, and listens. Anything failing leaves nothing open. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const target = databaseTarget(config);
  const db = await openDatabase(target, logger);
  const background = new BackgroundTasks((error) => logger.error({ err: error }, 'background task failed'));
  let server: Server;
  let services: Services | undefined;
  let stopMaintenance: (() => Promise<void>) | undefined;
  try {
    logger.info({ database: target.kind === 'pglite' ? `pglite:${target.directory}` : 'postgresql' }, 'database open');
    const migrations = readMigrations();
    const applied = await applyMigrations(db, logger, migrations);
    logger.info({ applied: applied.length, total: migrations.length }, 'database schema up to date');
    const context = createContext({ config, db, logger, background });
    // The one composition root of the process: the app, the demo data and the background workers share it.
    services = createServices(context, { persistSearch: true });
    await ensureInitialAdmin(context);
    if (config.demoData) {
      const credentials = await seedDemoData(services);
      if (credentials) {
        const shown = showDemoCredentials(credentials, { publicUrl: config.publicUrl, dataDir: config.dataDir });
        // Where, never what: the passwords themselves stay out of the log.
        logger.info(shown.to === 'file' ? { file: shown.path } : {}, shown.to === 'file' ? 'demo passwords written to a file only you can read' : 'demo passwords shown on the terminal');
      }
    }
    stopMaintenance = startMaintenance(services);
    if (!siteIsBuilt(config.siteDir)) {
      logger.warn({ siteDir: config.siteDir }, 'no built site found; only the API is served (run `npm run build`)');
    }
    server = await listen(createApp({ config, logger, db, migrations, services }), config.port, config.host);
  } catch (error) {
    await stopMaintenance?.();
    await db.close().catch(() => undefined);
    throw error;
  }
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${boundPort(server)}`;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      const draining = closeGracefully(server, config.shutdownTimeoutMs);
      // Console event streams never finish by themselves: end them, and their browsers reconnect to another replica.
      await services?.live.close();
      const outcome = await draining;
      logger.info({ outcome }, 'http server closed');
      await background.idle();
      await stopMaintenance?.();
      await db.close();
      logger.info('database closed');
    })());
  return { url, server, db, stop };
}
