import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { acquireDirectoryLock } from './directory-lock.js';

/**
 * Backup and restore of the embedded (PGlite) database. PGlite is one process per data directory, so both take the
 * directory's lock: they refuse while the server runs, and a server cannot start half-way through a restore.
 * The backup is PGlite's own dump of the data directory (a gzipped tar), made through a clean open and close, so
 * it is consistent; restoring loads it into a new directory through PGlite and opens it once to prove it works.
 */

export class EmbeddedBackupError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'EmbeddedBackupError';
  }
}

export type BackupFile = { file: string; bytes: number; sha256: string };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function embeddedDirectory(dataDir: string): string {
  return path.join(dataDir, 'pglite');
}

export function defaultBackupName(now = new Date()): string {
  return `handover-embedded-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.tar.gz`;
}

export async function backupEmbedded(dataDir: string, file: string): Promise<BackupFile> {
  const directory = embeddedDirectory(dataDir);
  if (!existsSync(path.join(directory, 'PG_VERSION'))) {
    throw new EmbeddedBackupError(`There is no embedded database in ${directory} (check DATA_DIR).`, 2);
  }
  if (existsSync(file)) throw new EmbeddedBackupError(`${file} exists already; not overwriting a backup.`, 1);
  const lock = acquireDirectoryLock(directory); // throws DirectoryLockedError while the server runs
  try {
    const pglite = await PGlite.create(directory);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
    } finally {
      await pglite.close();
    }
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // Renamed into place when complete, as backup.sh does, so a crash never leaves a file that looks whole.
    writeFileSync(`${file}.partial`, bytes);
    renameSync(`${file}.partial`, file);
    const digest = sha256(bytes);
    writeFileSync(`${file}.sha256`, `${digest}  ${path.basename(file)}\n`);
    return { file, bytes: bytes.byteLength, sha256: digest };
  } finally {
    lock.release();
  }
}

/** Restores into DATA_DIR/pglite; an existing database is kept beside it (renamed) when `force` replaces it. */
export async function restoreEmbedded(file: string, dataDir: string, options: { force?: boolean } = {}): Promise<{ replaced?: string }> {
  if (!existsSync(file)) throw new EmbeddedBackupError(`No such backup: ${file}`, 2);
  if (!existsSync(`${file}.sha256`)) {
    throw new EmbeddedBackupError(`No checksum file ${file}.sha256; refusing to restore an unverified backup.`, 5);
  }
  const bytes = new Uint8Array(readFileSync(file));
  const expected = readFileSync(`${file}.sha256`, 'utf8').split(/\s+/)[0];
  const actual = sha256(bytes);
  if (expected !== actual) {
    throw new EmbeddedBackupError(`Checksum mismatch for ${file} (expected ${expected}, got ${actual}); not restoring.`, 5);
  }
  const directory = embeddedDirectory(dataDir);
  const lock = acquireDirectoryLock(directory);
  try {
    let replaced: string | undefined;
    if (existsSync(directory)) {
      if (!options.force) {
        throw new EmbeddedBackupError(
          `${directory} holds a database; refusing to overwrite it (pass --force to replace it; the old one is kept beside it).`,
          4,
        );
      }
      replaced = `${directory}.before-restore-${Date.now()}`;
      renameSync(directory, replaced);
    }
    const pglite = await PGlite.create({ dataDir: directory, loadDataDir: new Blob([bytes]) });
    try {
      await pglite.query('SELECT 1');
    } finally {
      await pglite.close();
    }
    return { replaced };
  } finally {
    lock.release();
  }
}
