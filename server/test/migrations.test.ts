import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { applyMigrations, MigrationError, migrationStatus, readMigrations, type Migration } from '../src/db/migrations.js';
import { createTestDatabase, usingPostgres, type TestDatabase } from './support/database.js';
import { silentLogger } from './support/logger.js';

const migration = (name: string, sql: string): Migration => ({
  name,
  sql,
  checksum: createHash('sha256').update(sql).digest('hex'),
});

const first = migration('20260101000000_first', 'CREATE TABLE widgets (id int PRIMARY KEY, label text NOT NULL);');
const second = migration('20260102000000_second', 'ALTER TABLE widgets ADD COLUMN colour text;');
const broken = migration(
  '20260103000000_broken',
  'CREATE TABLE gadgets (id int PRIMARY KEY);\nALTER TABLE widgets ADD COLUMN colour text;', // column exists: fails
);

async function tableExists(db: Database, table: string): Promise<boolean> {
  const [row] = await db.withConnection((c) => c.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [table]));
  return row!.found;
}

async function recorded(db: Database) {
  return db.withConnection((c) =>
    c.query<{ migration_name: string; checksum: string; applied_steps_count: number; finished_at: Date | null }>(
      'SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    ),
  );
}

describe('applying migrations', () => {
  const opened: Database[] = [];
  let testDb: TestDatabase | undefined;
  const open = async () => {
    const db = await testDb!.open();
    opened.push(db);
    return db;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.close()));
    await testDb?.drop();
    testDb = undefined;
  });

  it('applies the committed migrations to an empty database and records them as Prisma does', async () => {
    testDb = await createTestDatabase();
    const db = await open();
    const committed = readMigrations();
    expect(committed.length).toBeGreaterThan(0);
    expect(await applyMigrations(db, silentLogger)).toEqual(committed.map((m) => m.name));
    const rows = await recorded(db);
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(
      committed.map((m) => [m.name, m.checksum, 1]),
    );
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
    expect(await tableExists(db, 'users')).toBe(true);
    expect(await migrationStatus(db, committed)).toEqual({ applied: committed.length, pending: [] });
  });

  it('applies only what is new on the next start', async () => {
    testDb = await createTestDatabase();
    const db = await open();
    expect(await applyMigrations(db, silentLogger, [first])).toEqual([first.name]);
    expect(await applyMigrations(db, silentLogger, [first])).toEqual([]);
    expect(await applyMigrations(db, silentLogger, [first, second])).toEqual([second.name]);
    expect((await recorded(db)).map((r) => r.migration_name)).toEqual([first.name, second.name]);
  });

  it('rolls a failing migration back whole, names it, and lets a fixed one apply later', async () => {
    testDb = await createTestDatabase();
    const db = await open();
    const attempt = applyMigrations(db, silentLogger, [first, second, broken]);
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(/Migration 20260103000000_broken failed: .*colour/);
    expect(await tableExists(db, 'gadgets')).toBe(false);
    expect((await recorded(db)).map((r) => r.migration_name)).toEqual([first.name, second.name]);
    expect(await migrationStatus(db, [first, second, broken])).toEqual({ applied: 2, pending: [broken.name] });

    const fixed = migration(broken.name, 'CREATE TABLE gadgets (id int PRIMARY KEY);');
    expect(await applyMigrations(db, silentLogger, [first, second, fixed])).toEqual([broken.name]);
    expect(await tableExists(db, 'gadgets')).toBe(true);
  });

  it('refuses to go on past a migration another tool left unfinished', async () => {
    testDb = await createTestDatabase();
    const db = await open();
    await applyMigrations(db, silentLogger, [first]);
    await db.withConnection((c) =>
      c.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ('x', 'y', $1, now())`,
        [second.name],
      ),
    );
    await expect(applyMigrations(db, silentLogger, [first, second])).rejects.toThrow(
      /20260102000000_second failed: an earlier attempt did not finish/,
    );
  });

  it('reads migration files in name order with their sha256 checksums', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'handover-migrations-'));
    for (const [name, sql] of [['20260102000000_b', 'SELECT 2;'], ['20260101000000_a', 'SELECT 1;']]) {
      mkdirSync(path.join(dir, name!));
      writeFileSync(path.join(dir, name!, 'migration.sql'), sql!);
    }
    writeFileSync(path.join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');
    expect(readMigrations(dir)).toEqual([migration('20260101000000_a', 'SELECT 1;'), migration('20260102000000_b', 'SELECT 2;')]);
  });

  it.runIf(usingPostgres)('applies each migration once when two replicas start at the same moment', async () => {
    testDb = await createTestDatabase();
    const replicas = await Promise.all([open(), open(), open()]);
    const results = await Promise.all(replicas.map((db) => applyMigrations(db, silentLogger, [first, second])));
    expect(results.flat().sort()).toEqual([first.name, second.name]);
    expect((await recorded(replicas[0]!)).map((r) => r.migration_name)).toEqual([first.name, second.name]);
  });
});
