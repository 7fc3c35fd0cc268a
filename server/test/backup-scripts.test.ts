import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprintTables } from '../../scripts/drill/fingerprint.js';
import { loadDrillData } from '../../scripts/drill/demo-data.js';
import { databaseBeside, onServer, withClient } from '../../scripts/drill/postgres.js';
import { longestGapMinutes } from '../../scripts/drill/schedule.js';
import { openDatabase } from '../src/db/database.js';
import { applyMigrations } from '../src/db/migrations.js';
import { root } from './support/deploy.js';
import { silentLogger } from './support/logger.js';

const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl) process.stderr.write('notice: TEST_DATABASE_URL is unset, so backup.sh and restore.sh are not run against PostgreSQL\n');

function script(name: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync('bash', [path.join(root, 'scripts', name), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
}

const fingerprintOf = (url: string) =>
  withClient(url, (client) => fingerprintTables(async <Row>(sql: string) => (await client.query(sql)).rows as Row[]));

describe('every operator script', () => {
  it.each(['backup.sh', 'restore.sh', 'rollback.sh', 'deploy.sh'])('%s explains itself with --help', (name) => {
    const result = script(name, ['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage/);
    expect(result.stdout).toMatch(/Exit codes/);
  });

  it('refuses clearly when a variable is missing', () => {
    const backup = script('backup.sh', [], { DATABASE_URL: '' });
    expect(backup.status).toBe(2);
    expect(backup.stderr).toMatch(/DATABASE_URL is not set/);
    const restore = script('restore.sh', ['--file', 'x.dump', '--database', 'h'], { DATABASE_URL: '' });
    expect(restore.stderr).toMatch(/DATABASE_URL is not set/);
    const deploy = script('deploy.sh', ['kubernetes', '--env-file', '/nonexistent/.env']);
    expect(deploy.status).toBe(2);
    expect(deploy.stderr).toMatch(/no settings file/);
  });

  it('refuses clearly when a tool is missing', () => {
    // A PATH with bash and coreutils but neither pg_dump, kubectl nor helm.
    const bin = mkdtempSync(path.join(tmpdir(), 'handover-path-'));
    for (const tool of ['bash', 'date', 'mkdir', 'cut', 'sed', 'grep', 'cat', 'dirname']) {
      const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
      spawnSync('ln', ['-s', found, path.join(bin, tool)]);
    }
    const env = { PATH: bin, DATABASE_URL: 'postgresql://u@127.0.0.1/h' };
    const backup = spawnSync(path.join(bin, 'bash'), [path.join(root, 'scripts/backup.sh')], { encoding: 'utf8', env });
    expect(backup.status).toBe(3);
    expect(backup.stderr).toMatch(/needs 'pg_dump'/);
    const rollback = spawnSync(path.join(bin, 'bash'), [path.join(root, 'scripts/rollback.sh'), 'app', '--helm'], { encoding: 'utf8', env });
    expect(rollback.status).toBe(3);
    expect(rollback.stderr).toMatch(/needs 'helm'/);
    rmSync(bin, { recursive: true, force: true });
  });

  it('rollback.sh app undoes the rollout to the given revision and waits for it (kubectl stands in: no cluster here)', () => {
    const bin = mkdtempSync(path.join(tmpdir(), 'handover-kubectl-'));
    const calls = path.join(bin, 'calls');
    writeFileSync(path.join(bin, 'kubectl'), `#!/bin/sh\necho "$*" >> ${calls}\n`);
    chmodSync(path.join(bin, 'kubectl'), 0o755);
    const result = script('rollback.sh', ['app', '-n', 'support', '--to', '7'], { PATH: `${bin}:${process.env.PATH}` });
    expect(result.status).toBe(0);
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([
      '-n support rollout history deployment/handover',
      '-n support rollout undo deployment/handover --to-revision=7',
      '-n support rollout status deployment/handover --timeout=10m',
    ]);
    expect(script('rollback.sh', ['app', '--to', 'previous']).status).toBe(2);
    rmSync(bin, { recursive: true, force: true });
  });

  it('rollback.sh db --cnpg-cluster writes a recovery cluster for the requested time', () => {
    const result = script('rollback.sh', ['db', '--to-time', '2026-12-01 08:30:00+00', '--cnpg-cluster', 'prod-db', '--dry-run']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ {2}name: prod-db-pitr-\d{14}$/m);
    expect(result.stdout).toContain('targetTime: "2026-12-01 08:30:00+00"');
    expect(result.stdout).toMatch(/source: prod-db$/m);
  });
});

describe('the drill helpers', () => {
  it('reads the data at risk of a schedule as its longest gap', () => {
    expect(longestGapMinutes('0 2 * * *')).toBe(24 * 60);
    expect(longestGapMinutes('0 */6 * * *')).toBe(6 * 60);
    expect(longestGapMinutes('30 1 * * 1-5')).toBe(3 * 24 * 60); // Friday to Monday
    expect(() => longestGapMinutes('0 2 * *')).toThrow(/five-field/);
  });

  it('tells which table differs, and how', () => {
    const before = [
      { table: 'tickets', rows: 2, md5: 'a' },
      { table: 'attachments', rows: 1, md5: 'b' },
    ];
    expect(compareFingerprints(before, before)).toEqual([]);
    expect(compareFingerprints(before, [{ table: 'tickets', rows: 2, md5: 'c' }])).toEqual([
      'tickets: same 2 rows but different content',
      'attachments: missing',
    ]);
  });
});

describe.runIf(adminUrl)('backup.sh and restore.sh against PostgreSQL', () => {
  const source = databaseBeside(adminUrl ?? 'postgresql://x/x', 'handover_test_backup_live');
  const restored = databaseBeside(adminUrl ?? 'postgresql://x/x', 'handover_test_backup_restored');
  const dir = mkdtempSync(path.join(tmpdir(), 'handover-backups-'));
  let dump: string;

  beforeAll(async () => {
    await onServer(adminUrl!, `CREATE DATABASE "${source.name}"`);
    const db = await openDatabase({ kind: 'postgresql', url: source.url, poolSize: 2 }, silentLogger);
    await applyMigrations(db, silentLogger);
    await db.close();
    await loadDrillData(source.url, 300);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const name of [source.name, restored.name]) await onServer(adminUrl!, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('writes a custom-format dump and a checksum beside it, and expires dumps past the retention', () => {
    const old = path.join(dir, 'handover-20260101T020000Z.dump');
    writeFileSync(old, 'old');
    writeFileSync(`${old}.sha256`, 'x  handover-20260101T020000Z.dump\n');
    const day = 24 * 3600;
    const aged = Date.now() / 1000 - 31 * day;
    utimesSync(old, aged, aged);
    utimesSync(`${old}.sha256`, aged, aged);
    const recent = path.join(dir, 'handover-20261120T020000Z.dump');
    writeFileSync(recent, 'recent');
    const result = script('backup.sh', ['--dir', dir], { DATABASE_URL: source.url, BACKUP_RETENTION_DAYS: '30' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    dump = /wrote (\S+)/.exec(result.stdout)![1]!;
    expect(readFileSync(dump).subarray(0, 5).toString()).toBe('PGDMP'); // pg_dump's custom format
    expect(spawnSync('sha256sum', ['-c', `${path.basename(dump)}.sha256`], { cwd: dir }).status).toBe(0);
    expect(result.stdout).toContain(`expired ${old}`);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(readdirSync(dir).some((f) => f.endsWith('.partial'))).toBe(false);
  });

  it('restores into a new database that equals the original table by table', async () => {
    const result = script('restore.sh', ['--file', dump, '--database', restored.name], { DATABASE_URL: adminUrl });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('checksum ok');
    expect(compareFingerprints(await fingerprintOf(source.url), await fingerprintOf(restored.url))).toEqual([]);
  });

  it('refuses to overwrite an existing database without --force, and replaces it with --force', async () => {
    const refused = script('restore.sh', ['--file', dump, '--database', restored.name], { DATABASE_URL: adminUrl });
    expect(refused.status).toBe(4);
    expect(refused.stderr).toMatch(/exists; refusing to overwrite/);
    await withClient(restored.url, (c) => c.query("DELETE FROM outbox_messages WHERE status = 'dead'"));
    const forced = script('restore.sh', ['--file', dump, '--database', restored.name, '--force'], { DATABASE_URL: adminUrl });
    expect(forced.status, forced.stderr).toBe(0);
    expect(compareFingerprints(await fingerprintOf(source.url), await fingerprintOf(restored.url))).toEqual([]);
  });

  it('refuses a dump whose checksum does not match, or that has none, before touching any database', () => {
    const tampered = path.join(dir, 'tampered.dump');
    const bytes = readFileSync(dump);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    writeFileSync(tampered, bytes);
    writeFileSync(`${tampered}.sha256`, readFileSync(`${dump}.sha256`, 'utf8').replace(path.basename(dump), 'tampered.dump'));
    const target = databaseBeside(adminUrl!, 'handover_test_backup_never');
    const result = script('restore.sh', ['--file', tampered, '--database', target.name], { DATABASE_URL: adminUrl });
    expect(result.status).toBe(5);
    expect(result.stderr).toMatch(/checksum mismatch/);
    mkdirSync(path.join(dir, 'lonely'));
    writeFileSync(path.join(dir, 'lonely', 'a.dump'), bytes);
    expect(script('restore.sh', ['--file', path.join(dir, 'lonely', 'a.dump'), '--database', target.name], { DATABASE_URL: adminUrl }).status).toBe(5);
    const exists = spawnSync('psql', [adminUrl!, '-Atc', `SELECT count(*) FROM pg_database WHERE datname = '${target.name}'`], { encoding: 'utf8' });
    expect(exists.stdout.trim()).toBe('0');
  });
});
