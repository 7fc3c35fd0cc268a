import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class DirectoryLockedError extends Error {
  constructor(directory: string, pid: number) {
    super(
      `The embedded database in ${directory} is in use by process ${pid}. ` +
        'Stop that process, or give this one another DATA_DIR, or set DATABASE_URL to share a PostgreSQL database.',
    );
    this.name = 'DirectoryLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A pid file beside (not inside: PostgreSQL owns that) the data directory: refuses a second live process,
 * takes over after one that died.
 */
export function acquireDirectoryLock(directory: string): { release(): void } {
  mkdirSync(path.dirname(directory), { recursive: true });
  const file = `${directory}.pid`;
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      throw new DirectoryLockedError(directory, holder);
    }
    writeFileSync(file, String(process.pid));
  }
  return { release: () => rmSync(file, { force: true }) };
}
