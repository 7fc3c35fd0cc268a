// Rebuilds the whole search index from the database and the built site:   npm run search:reindex
// With Meilisearch (MEILI_URL) it rebuilds the shared index while the servers keep running; they pick up its new
// position from the database. With the embedded engine it writes a fresh snapshot under DATA_DIR/search, which a
// server reads at its next start: stop the server first (with the embedded database only one process may open it,
// and a running server would overwrite the snapshot with its own).
import cliProgress from 'cli-progress';
import { ConfigError, loadConfig } from '../server/src/config.js';
import { createContext } from '../server/src/context.js';
import { openDatabase } from '../server/src/db/database.js';
import { migrationStatus, readMigrations } from '../server/src/db/migrations.js';
import { databaseTarget } from '../server/src/db/target.js';
import { createLogger } from '../server/src/logger.js';
import { RateLimiter } from '../server/src/rate-limit/limiter.js';
import { RateLimitRepository } from '../server/src/rate-limit/repository.js';
import { createSearch } from '../server/src/search/index.js';

async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger({ ...config, logLevel: 'warn' });
  const db = await openDatabase(databaseTarget(config), logger);
  try {
    const status = await migrationStatus(db, readMigrations());
    if (status.pending.length > 0) {
      process.stderr.write(`handover search:reindex: migrations not applied (${status.pending.join(', ')}); start the server once or run npm run db:migrate\n`);
      return 1;
    }
    const context = createContext({ config, db, logger });
    const search = createSearch(context, new RateLimiter(new RateLimitRepository(db.prisma), context.now), { persist: true });
    const bars = new cliProgress.MultiBar({ format: ' {what} [{bar}] {value}/{total}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 5000 }, cliProgress.Presets.shades_classic);
    const shown = new Map<string, cliProgress.SingleBar>();
    const started = Date.now();
    await search.indexer.rebuildAll((done, total, what) => {
      const label = what === 'tickets' ? 'tickets' : 'pages  ';
      const bar = shown.get(what) ?? bars.create(total, 0, { what: label });
      shown.set(what, bar);
      bar.setTotal(total);
      bar.update(done, { what: label });
    });
    bars.stop();
    await search.snapshot?.flush();
    const health = await search.engine.health();
    const documents = health.ok ? health.documents : 0;
    console.log(`Search index rebuilt (${search.engine.kind}): ${documents} documents in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    await search.close();
    return 0;
  } finally {
    await db.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`handover search:reindex: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
