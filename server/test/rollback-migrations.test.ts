import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { applyMigrations, migrationStatus, readMigrations, type Migration } from '../src/db/migrations.js';
import { createTestDatabase, usingPostgres, type TestDatabase } from './support/database.js';
import { root } from './support/deploy.js';
import { silentLogger } from './support/logger.js';
import { postTicket, ticketBody, ticketTestConfig } from './support/ticket-api.js';

/**
 * Rolling the application back leaves the database as the newer release migrated it. What we decided, and what
 * this file holds us to: the previous release STARTS and is ready on the newer schema (its runner applies what it
 * knows and ignores migrations it does not know), because migrations are expand-then-contract: a release only adds
 * (tables, nullable or defaulted columns, indexes, triggers); removing or renaming comes in a later release than the
 * one that stopped using the thing, marked with a "-- contract:" comment naming that release.
 */
const current = readMigrations();
// 0.2 (tickets) is the release before the current one; everything after it came with 0.3 (e-mail).
const previousRelease = '20261125200207_tickets';
const previous = current.filter((m) => m.name <= previousRelease);
const newer = current.filter((m) => m.name > previousRelease);

const appWith = (db: Database, migrations: Migration[]) =>
  createApp({ config: ticketTestConfig(), logger: silentLogger, db, migrations });

describe('rolling back to the previous release', () => {
  let testDb: TestDatabase | undefined;
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    await testDb?.drop();
    db = testDb = undefined;
  });
  const fresh = async () => {
    testDb = await createTestDatabase();
    db = await testDb.open();
    return db;
  };

  it('knows which migrations are newer than the previous release', () => {
    expect(previous.length).toBeGreaterThan(0);
    expect(newer.length).toBeGreaterThan(0);
  });

  it('starts the previous release on a database the current one migrated: nothing to apply, ready, tickets work', async () => {
    const database = await fresh();
    await applyMigrations(database, silentLogger, current);
    expect(await applyMigrations(database, silentLogger, previous)).toEqual([]);
    expect(await migrationStatus(database, previous)).toEqual({ applied: current.length, pending: [] });
    const app = appWith(database, previous);
    await request(app).get('/ready').expect(200);
    const filed = await postTicket(app, ticketBody()).expect(201);
    await request(app).get(`/api/v1/tickets/${filed.body.number}`).set('Authorization', `Bearer ${filed.body.trackingToken}`).expect(200);
  });

  it('keeps the current release out of traffic on a database the previous one left, naming what is missing', async () => {
    const database = await fresh();
    await applyMigrations(database, silentLogger, previous);
    const app = appWith(database, current);
    const notReady = await request(app).get('/ready').expect(503);
    for (const migration of newer) expect(notReady.body.detail).toContain(migration.name);
    expect(await applyMigrations(database, silentLogger, current)).toEqual(newer.map((m) => m.name));
    await request(app).get('/ready').expect(200);
  });

  it.each(newer.map((m) => [m.name, m] as const))('%s only expands the schema (or says which release it contracts)', (_, migration) => {
    const sql = migration.sql.replace(/--.*$/gm, (comment) => (comment.startsWith('-- contract:') ? comment : ''));
    const contracting = /\bDROP\s+(TABLE|COLUMN|TYPE)\b|\bRENAME\b|\bALTER\s+COLUMN\s+\S+\s+(SET\s+DATA\s+)?TYPE\b|\bSET\s+NOT\s+NULL\b/i.test(sql);
    if (contracting) expect(sql, 'a contracting step names the release that stopped using what it removes').toMatch(/-- contract: /);
    // A new NOT NULL column needs a default, or the previous release's INSERTs would fail.
    for (const [, column] of sql.matchAll(/ADD\s+COLUMN\s+("?\w+"?[^,;]*)/gi)) {
      if (/NOT NULL/i.test(column!)) expect(column, 'NOT NULL columns added later need a DEFAULT').toMatch(/DEFAULT/i);
    }
  });

  it.runIf(usingPostgres)('rollback.sh check names the applied migrations a release does not know', async () => {
    const database = await fresh();
    await applyMigrations(database, silentLogger, current);
    const url = (testDb!.target as { url: string }).url;
    const check = (rev: string) =>
      spawnSync('bash', [path.join(root, 'scripts/rollback.sh'), 'check', '--revision', rev], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: url } });
    expect(check('HEAD').stdout).toMatch(/has no migration that HEAD lacks/);
    const future = '29991231000000_from_a_newer_release';
    await database.withConnection((c) =>
      c.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, 'x', $2, now(), 1)`, [randomUUID(), future]),
    );
    const listed = check('HEAD');
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain(`  ${future}`);
  });
});
