import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logger.js';
import type { Database, SqlConnection } from './database.js';

/** Same key as `prisma migrate deploy`, so our runner and Prisma's never migrate one database at once. */
const advisoryLockKey = 72707369;

/** Both server/src/db and dist/server/db sit three levels below the project root. */
export const defaultMigrationsDir = fileURLToPath(new URL('../../../prisma/migrations', import.meta.url));

export type Migration = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Migration ${migration} failed: ${reason}`, options);
    this.name = 'MigrationError';
  }
}

/** The committed migrations, oldest first. Names start with a UTC timestamp, so name order is apply order. */
export function readMigrations(dir = defaultMigrationsDir): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

// Prisma's own bookkeeping table, column for column, so `prisma migrate status|deploy` read what we wrote.
const createBookkeeping = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

async function appliedMigrations(connection: SqlConnection): Promise<AppliedRow[]> {
  return connection.query<AppliedRow>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
  );
}

/**
 * Applies every committed migration the database lacks, each in its own transaction, under an advisory lock.
 * A failing migration is rolled back whole and stops the run: the database stays as the last good migration
 * left it. Returns the names applied by this call (empty when another replica got there first).
 */
export async function applyMigrations(db: Database, logger: Logger, migrations = readMigrations()): Promise<string[]> {
  return db.withConnection(async (connection) => {
    await connection.query('SELECT pg_advisory_lock($1)', [advisoryLockKey]);
    try {
      await connection.exec(createBookkeeping);
      const applied = await appliedMigrations(connection);
      const unfinished = applied.find((row) => row.finished_at === null && row.rolled_back_at === null);
      if (unfinished) {
        throw new MigrationError(
          unfinished.migration_name,
          'an earlier attempt did not finish (recorded by another tool). Repair the database, then mark it with ' +
            '`npx prisma migrate resolve --rolled-back <name>` or `--applied <name>`.',
        );
      }
      const done = new Map(applied.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row]));
      for (const migration of migrations) {
        const previous = done.get(migration.name);
        if (previous && previous.checksum !== migration.checksum) {
          logger.warn({ migration: migration.name }, 'migration file changed after it was applied; it is not re-run');
        }
      }
      const pending = migrations.filter((m) => !done.has(m.name));
      for (const migration of pending) await applyOne(connection, migration, logger);
      return pending.map((m) => m.name);
    } finally {
      await connection.query('SELECT pg_advisory_unlock($1)', [advisoryLockKey]);
    }
  });
}

async function applyOne(connection: SqlConnection, migration: Migration, logger: Logger): Promise<void> {
  const started = Date.now();
  await connection.exec('BEGIN');
  try {
    await connection.exec(migration.sql);
    await connection.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, $4, now(), 1)`,
      [randomUUID(), migration.checksum, migration.name, new Date(started)],
    );
    await connection.exec('COMMIT');
  } catch (error) {
    await connection.exec('ROLLBACK').catch(() => undefined);
    throw new MigrationError(migration.name, error instanceof Error ? error.message : String(error), { cause: error });
  }
  logger.info({ migration: migration.name, ms: Date.now() - started }, 'migration applied');
}

export type MigrationStatus = { applied: number; pending: string[] };

/** What /ready reports. Cheap: one indexed read of a small table. */
export async function migrationStatus(db: Database, migrations: Migration[]): Promise<MigrationStatus> {
  const rows = await db.withConnection(async (connection) => {
    const [table] = await connection.query<{ exists: boolean }>(
      `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`,
    );
    if (!table?.exists) return [];
    return connection.query<{ migration_name: string }>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
  });
  const done = new Set(rows.map((row) => row.migration_name));
  return { applied: done.size, pending: migrations.filter((m) => !done.has(m.name)).map((m) => m.name) };
}
