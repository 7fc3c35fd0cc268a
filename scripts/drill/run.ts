// `npm run drill`: the disaster-recovery drill against PostgreSQL. Backs up a live database full of tickets with
// scripts/backup.sh, restores it with scripts/restore.sh into a fresh database, proves the copy equal table by table,
// starts the server on the copy, reads a ticket through the API, and reports RTO and RPO.
// DRILL_DATABASE_URL (or TEST_DATABASE_URL) names the server and a role with CREATEDB; DRILL_TICKETS the size.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { parseAllDocuments } from 'yaml';
import { openDatabase } from '../../server/src/db/database.js';
import { applyMigrations } from '../../server/src/db/migrations.js';
import { loadDrillData } from './demo-data.js';
import { compareFingerprints, fingerprintTables, type TableFingerprint } from './fingerprint.js';
import { databaseBeside, onServer, root, runScript, startServerProcess, waitFor200, withClient } from './postgres.js';
import { longestGapMinutes } from './schedule.js';

const adminUrl = process.env.DRILL_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const ticketCount = Number(process.env.DRILL_TICKETS ?? 3000);

const say = (line: string) => process.stdout.write(`drill: ${line}\n`);
const seconds = (from: number) => (performance.now() - from) / 1000;

function configuredSchedules(): { dumpSchedule: string; archiveTimeout: string; baseBackups: string } {
  const read = (file: string) => parseAllDocuments(readFileSync(path.join(root, file), 'utf8')).map((doc) => doc.toJS());
  const [cron] = read('deploy/k8s/backup-cronjob.yaml');
  const [cluster] = read('deploy/k8s/cnpg/cluster.yaml');
  const [scheduled] = read('deploy/k8s/cnpg/scheduled-backup.yaml');
  return {
    dumpSchedule: cron.spec.schedule,
    archiveTimeout: cluster.spec.postgresql.parameters.archive_timeout,
    baseBackups: scheduled.spec.schedule,
  };
}

const fingerprintOf = (url: string) =>
  withClient(url, (client) => fingerprintTables(async <Row>(sql: string) => (await client.query(sql)).rows as Row[]));

async function main(): Promise<void> {
  const source = databaseBeside(adminUrl, 'handover_drill_live');
  const restored = databaseBeside(adminUrl, 'handover_drill_restored');
  const work = mkdtempSync(path.join(tmpdir(), 'handover-drill-'));
  try {
    await onServer(adminUrl, `CREATE DATABASE "${source.name}"`);
    const db = await openDatabase({ kind: 'postgresql', url: source.url, poolSize: 2 }, pino({ level: 'silent' }));
    try {
      await applyMigrations(db, pino({ level: 'silent' }));
    } finally {
      await db.close();
    }
    const data = await loadDrillData(source.url, ticketCount);
    const before = await fingerprintOf(source.url);
    const count = (table: string) => before.find((print) => print.table === table)?.rows ?? 0;
    say(`live database ${source.name}: ${count('tickets')} tickets, ${count('attachments')} attachments, ` +
      `${count('messages')} messages, ${count('outbox_messages')} outbox rows`);

    const backupDir = path.join(work, 'backups');
    const backup = runScript('backup.sh', ['--dir', backupDir], { ...process.env, DATABASE_URL: source.url });
    if (backup.status !== 0) throw new Error(`backup.sh failed (${backup.status}):\n${backup.stdout}${backup.stderr}`);
    const dump = /wrote (\S+)/.exec(backup.stdout)?.[1];
    if (!dump) throw new Error(`backup.sh did not say what it wrote:\n${backup.stdout}`);
    say(`backup: ${path.basename(dump)}, ${(statSync(dump).size / 1e6).toFixed(1)} MB, ${backup.seconds.toFixed(2)} s`);

    const restore = runScript('restore.sh', ['--file', dump, '--database', restored.name], { ...process.env, DATABASE_URL: adminUrl });
    if (restore.status !== 0) throw new Error(`restore.sh failed (${restore.status}):\n${restore.stdout}${restore.stderr}`);
    say(`restore into ${restored.name}: ${restore.seconds.toFixed(2)} s`);

    const verifyStarted = performance.now();
    const after: TableFingerprint[] = await fingerprintOf(restored.url);
    const problems = compareFingerprints(before, after);
    if (problems.length > 0) throw new Error(`the restored copy differs:\n  ${problems.join('\n  ')}`);
    say(`verify: ${after.length} tables, row counts and checksums of every table match (${seconds(verifyStarted).toFixed(2)} s)`);

    const startStarted = performance.now();
    const server = await startServerProcess({
      ...process.env,
      DATABASE_URL: restored.url,
      DATA_DIR: path.join(work, 'data'),
      SITE_DIR: path.join(work, 'no-site'),
      DEMO_DATA: 'false',
      SMTP_URL: '',
    });
    let startSeconds: number;
    try {
      const ready = await (await waitFor200(`${server.url}/ready`, 60_000)).json();
      startSeconds = seconds(startStarted);
      const ticket = await fetch(`${server.url}/api/v1/tickets/HO-${data.probe.number}`, {
        headers: { Authorization: `Bearer ${data.probe.token}` },
      });
      const body = (await ticket.json()) as { subject?: string };
      if (ticket.status !== 200 || body.subject !== data.probe.subject) {
        throw new Error(`HO-${data.probe.number} through the API: ${ticket.status} ${JSON.stringify(body)}`);
      }
      say(`server on the restored copy: /ready ${JSON.stringify(ready)} after ${startSeconds.toFixed(2)} s; ` +
        `HO-${data.probe.number} read with its tracking link`);
    } catch (error) {
      process.stderr.write(server.output());
      throw error;
    } finally {
      const code = await server.stop();
      if (code !== 0) process.stderr.write(`drill: the server exited with ${code}\n${server.output()}`);
    }

    const schedules = configuredSchedules();
    const dumpGap = longestGapMinutes(schedules.dumpSchedule);
    say(`RTO measured: restore ${restore.seconds.toFixed(2)} s + server ready ${startSeconds.toFixed(2)} s = ` +
      `${(restore.seconds + startSeconds).toFixed(2)} s for ${ticketCount} tickets (backup took ${backup.seconds.toFixed(2)} s)`);
    say(`RPO of the configured schedule: nightly dumps "${schedules.dumpSchedule}" (deploy/k8s/backup-cronjob.yaml) ` +
      `lose up to ${dumpGap / 60} h; with WAL archiving (deploy/k8s/cnpg, archive_timeout ${schedules.archiveTimeout}, ` +
      `base backups "${schedules.baseBackups}") up to ${schedules.archiveTimeout}`);
    say('passed');
  } finally {
    rmSync(work, { recursive: true, force: true });
    for (const name of [source.name, restored.name]) {
      await onServer(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    }
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(`drill: FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
