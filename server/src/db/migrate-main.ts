import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { databaseTarget } from './target.js';
import { openDatabase } from './database.js';
import { applyMigrations } from './migrations.js';

/** `npm run db:migrate`: applies pending migrations to the configured database (DATABASE_URL or DATA_DIR) and exits. */
try {
  const config = loadConfig();
  const logger = createLogger(config);
  const db = await openDatabase(databaseTarget(config), logger);
  try {
    const applied = await applyMigrations(db, logger);
    logger.info({ applied }, applied.length ? 'migrations applied' : 'database already up to date');
  } finally {
    await db.close();
  }
} catch (error) {
  process.stderr.write(`handover db:migrate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof ConfigError ? 78 : 1;
}
