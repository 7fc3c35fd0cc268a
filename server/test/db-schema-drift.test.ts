import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { diffMigrationsToSchema, hasStatements } from '../../scripts/db/schema-engine.js';

// Runs Prisma's schema engine (WebAssembly) against in-memory PGlite: no PostgreSQL, no network.
const root = fileURLToPath(new URL('../../', import.meta.url));
const migrationsDir = path.join(root, 'prisma', 'migrations');
const schemaPath = path.join(root, 'prisma', 'schema.prisma');

describe('the committed migrations produce exactly the schema in prisma/schema.prisma', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'handover-drift-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('leaves no statement to migrate (else run `npm run db:new-migration -- <name>`)', async () => {
    const sql = await diffMigrationsToSchema({ migrationsDir, schemaPath });
    expect(hasStatements(sql), `pending SQL:\n${sql}`).toBe(false);
  });

  // Proves the check above can fail: a field no migration adds must show up as SQL.
  it('reports a field that no migration adds', async () => {
    const schema = readFileSync(schemaPath, 'utf8');
    const changed = schema.replace('  @@map("users")', '  driftProbe String?\n\n  @@map("users")');
    expect(changed).not.toBe(schema);
    const changedPath = path.join(scratch, 'schema.prisma');
    writeFileSync(changedPath, changed);

    const sql = await diffMigrationsToSchema({ migrationsDir, schemaPath: changedPath });
    expect(hasStatements(sql)).toBe(true);
    expect(sql).toMatch(/ALTER TABLE "users" ADD COLUMN\s+"driftProbe" TEXT;/);
  });
});
