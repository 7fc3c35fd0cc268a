import type { Config } from './config.js';
import type { Database, PrismaClient } from './db/database.js';
import type { Logger } from './logger.js';

/** What every feature's routes and services are built from. Tests build one with their own database and clock. */
export type AppContext = {
  config: Config;
  db: Database;
  prisma: PrismaClient;
  logger: Logger;
  /** The clock, injectable so SLA and expiry rules can be tested without waiting. */
  now: () => Date;
};

export function createContext(deps: { config: Config; db: Database; logger: Logger; now?: () => Date }): AppContext {
  return { config: deps.config, db: deps.db, prisma: deps.db.prisma, logger: deps.logger, now: deps.now ?? (() => new Date()) };
}
