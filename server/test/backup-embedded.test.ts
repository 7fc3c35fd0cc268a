import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, waitFor200 } from '../../scripts/drill/postgres.js';
import { compareFingerprints, fingerprintTables, type TableFingerprint } from '../../scripts/drill/fingerprint.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { DirectoryLockedError } from '../src/db/directory-lock.js';
import { backupEmbedded, embeddedDirectory, restoreEmbedded } from '../src/db/embedded-backup.js';
import { applyMigrations } from '../src/db/migrations.js';
import { testApp } from './support/app.js';
import { root } from './support/deploy.js';
import { silentLogger } from './support/logger.js';
import { createTicket, type TestTicket } from './support/tickets.js';

const fingerprintOf = (db: Database) =>
  db.withConnection((c) => fingerprintTables(<Row>(sql: string) => c.query<Row>(sql)));

/** The compiled server (npm run build) is what an operator stops before a backup; without it those tests skip. */
const built = existsSync(path.join(root, 'dist/server/main.js'));

const open = (dataDir: string) => openDatabase({ kind: 'pglite', directory: embeddedDirectory(dataDir) }, silentLogger);

describe('backing up and restoring the embedded database', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'handover-embedded-'));
  const live = path.join(work, 'live');
  const file = path.join(work, 'backups', 'handover-embedded.tar.gz');
  let before: TableFingerprint[];
  let ticket: TestTicket;

  beforeAll(async () => {
    const db = await open(live);
    await applyMigrations(db, silentLogger);
    ticket = await createTicket(db.prisma);
    await db.prisma.attachment.create({
      data: { ticketId: ticket.id, filename: 'server.log', contentType: 'text/plain', size: 5, sha256: 'x', content: Buffer.from('hello') },
    });
    before = await fingerprintOf(db);
    await db.close();
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.runIf(built)('refuses while a server runs on the database', async () => {
    const server = await startServerProcess({ ...process.env, DATA_DIR: live, DATABASE_URL: '', DEMO_DATA: 'false', SITE_DIR: work });
    try {
      await waitFor200(`${server.url}/ready`, 60_000);
      await expect(backupEmbedded(live, path.join(work, 'while-running.tar.gz'))).rejects.toBeInstanceOf(DirectoryLockedError);
      await expect(restoreEmbedded(file, live, { force: true })).rejects.toThrow(); // no checksum file yet, or locked
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(existsSync(path.join(work, 'while-running.tar.gz'))).toBe(false);
  });

  it('writes the backup and its checksum once the server has stopped', async () => {
    const result = await backupEmbedded(live, file);
    expect(result.bytes).toBeGreaterThan(0);
    expect(readFileSync(`${file}.sha256`, 'utf8')).toBe(`${result.sha256}  handover-embedded.tar.gz\n`);
    expect(spawnSync('sha256sum', ['-c', 'handover-embedded.tar.gz.sha256'], { cwd: path.dirname(file) }).status).toBe(0);
    await expect(backupEmbedded(live, file)).rejects.toThrow(/exists already/);
  });

  it('restores into a new data directory that equals the original, and the server serves a ticket from it', async () => {
    const copy = path.join(work, 'copy');
    await restoreEmbedded(file, copy);
    const db = await open(copy);
    try {
      expect(compareFingerprints(before, await fingerprintOf(db))).toEqual([]);
      const answer = await request(testApp(db)).get(`/api/v1/tickets/${ticket.reference}`).set('Authorization', ticket.bearer).expect(200);
      expect(answer.body.subject).toBe('部署后无法登录');
      await request(testApp(db)).get('/ready').expect(200);
    } finally {
      await db.close();
    }
  });

  it('refuses to overwrite a database without --force, and keeps the old one beside it with --force', async () => {
    await expect(restoreEmbedded(file, live)).rejects.toThrow(/refusing to overwrite/);
    const { replaced } = await restoreEmbedded(file, live, { force: true });
    expect(replaced && existsSync(path.join(replaced, 'PG_VERSION'))).toBe(true);
    expect(readdirSync(live).filter((f) => f.startsWith('pglite.before-restore-'))).toHaveLength(1);
  });

  it('refuses a backup whose checksum does not match', async () => {
    const tampered = path.join(work, 'tampered.tar.gz');
    const bytes = readFileSync(file);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(tampered, bytes);
    writeFileSync(`${tampered}.sha256`, readFileSync(`${file}.sha256`));
    await expect(restoreEmbedded(tampered, path.join(work, 'never'))).rejects.toThrow(/Checksum mismatch/);
    expect(existsSync(path.join(work, 'never', 'pglite'))).toBe(false);
  });

  it.runIf(built)(
    'has a command line that says what it did and refuses PostgreSQL configurations',
    () => {
      const main = path.join(root, 'dist/server/db/embedded-backup-main.js');
      const env = { ...process.env, DATA_DIR: live, DATABASE_URL: '' };
      const backup = spawnSync(process.execPath, [main, 'backup', '--file', path.join(work, 'cli.tar.gz')], { encoding: 'utf8', env });
      expect(backup.status, backup.stderr).toBe(0);
      expect(backup.stdout).toMatch(/wrote .*cli\.tar\.gz/);
      const refused = spawnSync(process.execPath, [main, 'restore', '--file', path.join(work, 'cli.tar.gz')], { encoding: 'utf8', env });
      expect(refused.status).toBe(4);
      const postgres = spawnSync(process.execPath, [main, 'backup'], { encoding: 'utf8', env: { ...env, DATABASE_URL: 'postgresql://u@h/d' } });
      expect(postgres.status).toBe(2);
      expect(postgres.stderr).toMatch(/use scripts\/backup\.sh/);
    },
  );
});
