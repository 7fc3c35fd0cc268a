import { spawnSync } from 'node:child_process';
import { mkdirSync, chownSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/drill/postgres.js';
import { openDatabase } from '../src/db/database.js';
import { applyMigrations } from '../src/db/migrations.js';
import { root } from './support/deploy.js';
import { silentLogger } from './support/logger.js';
import {
  asPostgres,
  pgBin,
  postgresOwnedTempDir,
  postgresUid,
  removeDir,
  serverBinariesPresent,
  startCluster,
  type Cluster,
} from './support/pg-cluster.js';

/**
 * Point-in-time recovery the PostgreSQL way, for real: a throwaway cluster with WAL archiving, a base backup, tickets
 * written before and after a noted moment, and a copy recovered to that moment by scripts/rollback.sh.
 */
const present = serverBinariesPresent();
if (!present) {
  if (process.env.CI === 'true') throw new Error(`PostgreSQL server binaries are missing in ${pgBin}; CI must have them`);
  process.stderr.write(`notice: no PostgreSQL server binaries in ${pgBin}; the point-in-time recovery test is skipped\n`);
}

async function query<Row>(url: string, sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

const fileTicket = (url: string, subject: string) =>
  query(
    url,
    `INSERT INTO tickets (id, subject, description, priority, category, requester_email, requester_name, updated_at)
     VALUES (gen_random_uuid(), $1, 'written by the PITR test', 'P2', 'data', 'pitr@example.com', 'PITR', now())`,
    [subject],
  );

describe.runIf(present)('point-in-time recovery from a base backup and archived WAL', () => {
  let dir: string;
  const clusters: Cluster[] = [];
  beforeAll(() => {
    dir = postgresOwnedTempDir('handover-pitr-');
  });
  afterAll(() => {
    for (const cluster of clusters) cluster.stop();
    if (dir) removeDir(dir);
  });

  it('recovers a copy to a noted time with exactly the tickets committed before it', async () => {
    const archive = path.join(dir, 'wal-archive');
    mkdirSync(archive);
    if (process.getuid?.() === 0) chownSync(archive, postgresUid().uid, postgresUid().gid);
    asPostgres('initdb', ['-D', path.join(dir, 'primary'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    const primary = startCluster(path.join(dir, 'primary'), await freePort(), dir, {
      wal_level: 'replica',
      archive_mode: 'on',
      archive_command: `'test ! -f ${archive}/%f && cp %p ${archive}/%f'`,
      fsync: 'off',
    });
    clusters.push(primary);
    await query(primary.url(), 'CREATE DATABASE handover');
    const db = await openDatabase({ kind: 'postgresql', url: primary.url('handover'), poolSize: 2 }, silentLogger);
    await applyMigrations(db, silentLogger);
    await db.close();

    asPostgres('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', path.join(dir, 'base'), '--checkpoint=fast']);

    for (const subject of ['before-1', 'before-2', 'before-3']) await fileTicket(primary.url('handover'), subject);
    const [{ noted }] = (await query<{ noted: string }>(primary.url(), 'SELECT clock_timestamp()::text AS noted')) as [{ noted: string }];
    await new Promise((resolve) => setTimeout(resolve, 50)); // the next commits must carry a later timestamp
    for (const subject of ['after-1', 'after-2']) await fileTicket(primary.url('handover'), subject);

    // Close the current WAL segment and wait until the archiver has copied it: that is the data at risk.
    const [{ segment }] = (await query<{ segment: string }>(primary.url(), 'SELECT pg_walfile_name(pg_switch_wal()) AS segment')) as [{ segment: string }];
    for (let i = 0; i < 200; i += 1) {
      const [{ last }] = (await query<{ last: string | null }>(primary.url(), 'SELECT last_archived_wal AS last FROM pg_stat_archiver')) as [{ last: string | null }];
      if (last && last >= segment) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const restoredDir = path.join(dir, 'restored');
    const prepared = asPostgres('bash', [
      path.join(root, 'scripts/rollback.sh'), 'db', '--to-time', noted,
      '--base-backup', path.join(dir, 'base'), '--wal-archive', archive, '--target-dir', restoredDir,
    ]);
    expect(prepared).toContain(`recovers to ${noted}`);
    const restored = startCluster(restoredDir, await freePort(), dir);
    clusters.push(restored);
    for (let i = 0; i < 200; i += 1) {
      const [{ recovering }] = (await query<{ recovering: boolean }>(restored.url(), 'SELECT pg_is_in_recovery() AS recovering')) as [{ recovering: boolean }];
      if (!recovering) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const subjects = async (cluster: Cluster) =>
      (await query<{ subject: string }>(cluster.url('handover'), 'SELECT subject FROM tickets ORDER BY subject')).map((r) => r.subject);
    expect(await subjects(restored)).toEqual(['before-1', 'before-2', 'before-3']);
    expect(await subjects(primary)).toEqual(['after-1', 'after-2', 'before-1', 'before-2', 'before-3']);
    // The copy is a primary of its own: it takes writes (and the original is untouched by them).
    await fileTicket(restored.url('handover'), 'after-recovery');
    expect(await subjects(primary)).not.toContain('after-recovery');
  });

  it('refuses to prepare a recovery into a directory that exists, or without a base backup', () => {
    const script = path.join(root, 'scripts/rollback.sh');
    const run = (...args: string[]) => spawnSync('bash', [script, 'db', ...args], { encoding: 'utf8', env: { ...process.env, PATH: `${pgBin}:${process.env.PATH}` } });
    const exists = run('--to-time', '2026-12-01 08:00:00+00', '--base-backup', dir, '--wal-archive', dir, '--target-dir', dir);
    expect(exists.status).toBe(2);
    const noBase = run('--to-time', '2026-12-01 08:00:00+00', '--base-backup', path.join(dir, 'nothing'), '--wal-archive', dir, '--target-dir', path.join(dir, 'x'));
    expect(noBase.stderr).toMatch(/not a base backup/);
    const badTime = run('--to-time', 'yesterday-ish', '--base-backup', dir, '--wal-archive', dir, '--target-dir', path.join(dir, 'y'));
    expect(badTime.stderr).toMatch(/is not a time/);
  });
});
