import type { Express } from 'express';
import { pino } from 'pino';
import { createApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { readMigrations } from '../../src/db/migrations.js';
import type { Logger } from '../../src/logger.js';
import type { BackgroundTasks } from '../../src/shared/background.js';
import type { Curriculum } from '../../src/training/curriculum.js';
import { silentLogger } from './logger.js';

/** The production defaults, with the site and public address tests expect, plus any overrides. */
export function testConfig(env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ PUBLIC_URL: 'https://support.example.com', SITE_DIR: '/nonexistent-site', DEMO_DATA: 'false', ...env });
}

/** Silent, unless TEST_LOG_ERRORS is set: then unexpected errors (the ones behind a 500) go to stderr. */
const defaultLogger = process.env.TEST_LOG_ERRORS ? pino({ level: 'error' }, pino.destination(2)) : silentLogger;

export function testApp(
  db: Database,
  options: { config?: Config; logger?: Logger; now?: () => Date; background?: BackgroundTasks; curriculum?: Curriculum } = {},
): Express {
  return createApp({
    config: options.config ?? testConfig(),
    logger: options.logger ?? defaultLogger,
    db,
    migrations: readMigrations(),
    now: options.now,
    background: options.background,
    curriculum: options.curriculum,
  });
}
