import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { Logger } from '../logger.js';
import { PrismaClient } from './generated/client.js';
import { acquireDirectoryLock } from './directory-lock.js';

export type { PrismaClient };

/** Raw SQL on one connection: what migrations and readiness need, and Prisma does not offer. */
export interface SqlConnection {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (a migration file), with no parameters. */
  exec(script: string): Promise<void>;
}

export interface Database {
  readonly kind: 'postgresql' | 'pglite';
  readonly prisma: PrismaClient;
  /** Lends one connection for session-scoped work: advisory locks, explicit transactions. */
  withConnection<T>(work: (connection: SqlConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'postgresql'; url: string; poolSize: number }
  /** `directory` undefined keeps the database in memory (tests). */
  | { kind: 'pglite'; directory?: string };

export async function openDatabase(target: DatabaseTarget, logger: Logger): Promise<Database> {
  return target.kind === 'postgresql' ? openPostgres(target, logger) : openPGlite(target.directory);
}

async function openPostgres(target: { url: string; poolSize: number }, logger: Logger): Promise<Database> {
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize, connectionTimeoutMillis: 10_000 });
  // Without a listener, an idle client dropped by the server (restart, failover) would crash the process.
  pool.on('error', (error) => logger.warn({ err: error }, 'idle PostgreSQL connection closed'));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: 'postgresql',
    prisma,
    async withConnection(work) {
      const client = await pool.connect();
      try {
        return await work({
          query: async (text, params) => (await client.query(text, params)).rows,
          exec: async (script) => void (await client.query(script)),
        });
      } finally {
        client.release();
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openPGlite(directory: string | undefined): Promise<Database> {
  // PGlite is one connection in this process; a second process on the same files would corrupt them.
  const lock = directory ? acquireDirectoryLock(directory) : undefined;
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(directory);
  } catch (error) {
    lock?.release();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const connection: SqlConnection = {
    query: async (text, params) => (await pglite.query(text, params)).rows as never[],
    exec: async (script) => void (await pglite.exec(script)),
  };
  // There is only one session, so lending it must be exclusive: two borrowers would share a transaction.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    kind: 'pglite',
    prisma,
    withConnection(work) {
      const turn = queue.then(() => work(connection));
      queue = turn.catch(() => undefined);
      return turn;
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      lock?.release();
    },
  };
}
