import type { Express } from 'express';
import { createApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { readMigrations } from '../../src/db/migrations.js';
import type { Logger } from '../../src/logger.js';
import { silentLogger } from './logger.js';

/** The production defaults, with the site and public address tests expect, plus any overrides. */
export function testConfig(env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ PUBLIC_URL: 'https://support.example.com', SITE_DIR: '/nonexistent-site', DEMO_DATA: 'false', ...env });
}

export function testApp(db: Database, options: { config?: Config; logger?: Logger; now?: () => Date } = {}): Express {
  return createApp({
    config: options.config ?? testConfig(),
    logger: options.logger ?? silentLogger,
    db,
    migrations: readMigrations(),
    now: options.now,
  });
}
