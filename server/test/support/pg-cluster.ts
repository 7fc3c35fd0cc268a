import { spawnSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const pgBin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;

/** initdb refuses to run as root: as root, the server binaries run as the postgres user. */
export function asPostgres(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const fullEnv = { ...process.env, ...env, PATH: `${pgBin}:${process.env.PATH}` };
  const result = asRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', 'env', `PATH=${fullEnv.PATH}`, command, ...args], { encoding: 'utf8', env: fullEnv })
    : spawnSync(command, args, { encoding: 'utf8', env: fullEnv });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

export function postgresUid(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('there is no postgres user to run the throwaway cluster as');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

export function serverBinariesPresent(): boolean {
  return ['initdb', 'pg_ctl', 'pg_basebackup', 'pg_controldata'].every((b) => existsSync(path.join(pgBin, b)));
}

/** A temporary directory the postgres user owns (cleaned by the caller). */
export function postgresOwnedTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  if (asRoot) {
    const { uid, gid } = postgresUid();
    chownSync(dir, uid, gid);
  }
  return dir;
}

export type Cluster = { dataDir: string; port: number; url(database?: string): string; stop(): void };

/** Starts a cluster on `dataDir` with its own port; `settings` go into postgresql.auto.conf first. */
export function startCluster(dataDir: string, port: number, socketDir: string, settings: Record<string, string> = {}): Cluster {
  const lines = Object.entries({ port: String(port), listen_addresses: "'127.0.0.1'", unix_socket_directories: `'${socketDir}'`, ...settings });
  appendFileSync(path.join(dataDir, 'postgresql.auto.conf'), lines.map(([k, v]) => `${k} = ${v}\n`).join(''));
  asPostgres('pg_ctl', ['-D', dataDir, '-l', `${dataDir}.log`, '-w', '-t', '60', 'start']);
  return {
    dataDir,
    port,
    url: (database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop: () => {
      try {
        asPostgres('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      } catch {
        // already stopped
      }
    },
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
