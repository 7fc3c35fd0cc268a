import { UploadBudget } from './http/upload-budget.js';
import type { Config } from './config.js';
import type { Database, PrismaClient } from './db/database.js';
import type { Logger } from './logger.js';
import { BackgroundTasks } from './shared/background.js';

/** What every feature's routes and services are built from. Tests build one with their own database and clock. */
export type AppContext = {
  config: Config;
  db: Database;
  prisma: PrismaClient;
  logger: Logger;
  /** The clock, injectable so SLA and expiry rules can be tested without waiting. */
  now: () => Date;
  /** Bytes of uploads this process holds at once, shared by every route that reads files. */
  uploads: UploadBudget;
  /** Work started by a request and finished after its answer; shutdown waits for it. */
  background: BackgroundTasks;
};

export function createContext(deps: { config: Config; db: Database; logger: Logger; now?: () => Date; background?: BackgroundTasks }): AppContext {
  return {
    config: deps.config,
    db: deps.db,
    prisma: deps.db.prisma,
    logger: deps.logger,
    now: deps.now ?? (() => new Date()),
    uploads: new UploadBudget(deps.config.uploadMemoryBudgetBytes),
    background: deps.background ?? new BackgroundTasks((error) => deps.logger.error({ err: error }, 'background task failed')),
  };
}
