import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseTarget } from '../../src/db/database.js';
import { applyMigrations } from '../../src/db/migrations.js';
import type { Logger } from '../../src/logger.js';
import { silentLogger } from './logger.js';

export const usingPostgres = Boolean(process.env.TEST_DATABASE_URL);

export type TestDatabase = { target: DatabaseTarget; open(logger?: Logger): Promise<Database>; drop(): Promise<void> };

/**
 * A database of the test file's own: a fresh PostgreSQL database created next to TEST_DATABASE_URL's when it is
 * set, otherwise an in-memory PGlite. PGlite is one connection per instance, so `open` may be called once for it;
 * PostgreSQL allows several `open`s (several "replicas" on one database).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    return { target: { kind: 'pglite' }, open: (logger = silentLogger) => openDatabase({ kind: 'pglite' }, logger), drop: async () => {} };
  }
  const name = `handover_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const target: DatabaseTarget = { kind: 'postgresql', url: url.toString(), poolSize: 5 };
  return {
    target,
    open: (logger = silentLogger) => openDatabase(target, logger),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A migrated database for route tests; `close` closes and drops it. */
export async function migratedDatabase(logger: Logger = silentLogger): Promise<{ db: Database; close(): Promise<void> }> {
  const testDb = await createTestDatabase();
  const db = await testDb.open(logger);
  await applyMigrations(db, silentLogger);
  return {
    db,
    async close() {
      await db.close();
      await testDb.drop();
    },
  };
}
