import path from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { DirectoryLockedError } from './directory-lock.js';
import { backupEmbedded, defaultBackupName, EmbeddedBackupError, restoreEmbedded } from './embedded-backup.js';

const usage = `Usage:
  npm run backup:embedded [-- --file FILE]           back up DATA_DIR/pglite to FILE (default ./backups/handover-embedded-<time>.tar.gz) and FILE.sha256
  npm run restore:embedded -- --file FILE [--force]  check FILE.sha256, then restore FILE into DATA_DIR/pglite

Stop the server first: both refuse while it runs. --force replaces an existing database (kept beside it, renamed).
For PostgreSQL (DATABASE_URL set) use scripts/backup.sh and scripts/restore.sh.
Exit codes: 0 done, 1 failed, 2 bad usage or setting, 4 a database exists (no --force), 5 checksum mismatch, 75 server running.`;

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) throw new EmbeddedBackupError(`${name} needs a value`, 2);
  return value;
}

try {
  const [command, ...args] = process.argv.slice(2);
  if (!command || args.includes('--help') || command === '--help' || command === '-h') {
    process.stdout.write(`${usage}\n`);
    process.exit(command ? 0 : 2);
  }
  const config = loadConfig();
  if (config.databaseUrl) {
    throw new EmbeddedBackupError('DATABASE_URL is set: this is the embedded database tool; use scripts/backup.sh and scripts/restore.sh.', 2);
  }
  const started = Date.now();
  if (command === 'backup') {
    const file = path.resolve(option(args, '--file') ?? path.join('backups', defaultBackupName()));
    const result = await backupEmbedded(config.dataDir, file);
    process.stdout.write(`backup:embedded: wrote ${result.file} (${result.bytes} bytes) in ${((Date.now() - started) / 1000).toFixed(2)}s, sha256 ${result.sha256}\n`);
  } else if (command === 'restore') {
    const file = option(args, '--file');
    if (!file) throw new EmbeddedBackupError('--file is required', 2);
    const { replaced } = await restoreEmbedded(path.resolve(file), config.dataDir, { force: args.includes('--force') });
    if (replaced) process.stdout.write(`restore:embedded: the previous database is kept in ${replaced}\n`);
    process.stdout.write(`restore:embedded: restored ${file} into ${config.dataDir} in ${((Date.now() - started) / 1000).toFixed(2)}s\n`);
  } else {
    throw new EmbeddedBackupError(`unknown command ${command} (backup or restore)`, 2);
  }
} catch (error) {
  process.stderr.write(`handover embedded backup: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode =
    error instanceof EmbeddedBackupError ? error.exitCode : error instanceof ConfigError ? 78 : error instanceof DirectoryLockedError ? 75 : 1;
}
