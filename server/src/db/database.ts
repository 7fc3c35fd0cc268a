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
  /**
   * Calls `onNotify` with the payload of each NOTIFY on `channel` (sent by any process on the database, delivered at
   * its commit), and without one each time the listening connection is (re)established. A hint, never a guarantee:
   * a dropped connection is re-established, notifications sent meanwhile are lost, so listeners must also poll (a
   * call without a payload says when to catch up). Resolves to a function that stops listening.
   */
  listen(channel: string, onNotify: (payload?: string) => void): Promise<() => Promise<void>>;
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
    listen: (channel, onNotify) => listenPostgres(target.url, channel, onNotify, logger),
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
    async listen(channel, onNotify) {
      const stop = await pglite.listen(channel, (payload) => onNotify(payload));
      return async () => {
        if (!pglite.closed) await stop();
      };
    },
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

const reconnectDelayMs = 5_000;

/**
 * LISTEN on a connection of its own, outside the pool (it is held for as long as the process runs). When the
 * connection drops (a restart, a failover), it is opened again after a pause; callers poll meanwhile.
 */
async function listenPostgres(url: string, channel: string, onNotify: (payload?: string) => void, logger: Logger): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const scheduleReconnect = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch(() => undefined);
    }, reconnectDelayMs);
    retry.unref();
  };
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    const lost = (error?: Error) => {
      if (client !== next) return; // already handled
      client = undefined;
      void next.end().catch(() => undefined);
      if (stopped) return;
      logger.warn({ err: error, channel }, 'database notifications interrupted; reconnecting');
      scheduleReconnect();
    };
    next.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    });
    next.on('error', lost);
    next.on('end', () => lost());
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      lost(error as Error);
      throw error;
    }
    // Whatever was queued while no one listened is found by this wake-up rather than by the next poll.
    onNotify();
  };
  await connect().catch(() => undefined); // logged; retried in the background, and callers poll meanwhile
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const current = client;
    client = undefined;
    await current?.end().catch(() => undefined);
  };
}
