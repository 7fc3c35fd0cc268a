import { readFileSync } from 'node:fs';
import express, { Router, type Express } from 'express';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { Migration } from './db/migrations.js';
import { healthRoutes } from './health/routes.js';
import { createMetrics, type Metrics } from './http/metrics.js';
import { notFound, problemHandler } from './http/problem.js';
import { requestLogger } from './http/request-log.js';
import { securityHeaders } from './http/security-headers.js';
import { serveSite } from './http/site.js';
import type { Logger } from './logger.js';

export type AppDeps = {
  config: Pick<Config, 'publicUrl' | 'siteDir'>;
  logger: Logger;
  db: Database;
  /** The committed migrations, read once at start: /ready compares the database against them. */
  migrations: Migration[];
  metrics?: Metrics;
};

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

function apiRoutes(publicUrl: string): Router {
  const api = Router();
  api.use(express.json({ limit: '1mb' }));
  api.get('/', (_req, res) => {
    res.json({ name: 'Handover', version, documentation: `${publicUrl}/docs/api` });
  });
  api.use(notFound);
  return api;
}

/** Builds the whole HTTP application. Never listens: main.ts does, and tests use supertest on it. */
export function createApp(deps: AppDeps): Express {
  const metrics = deps.metrics ?? createMetrics();
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.use(requestLogger(deps.logger));
  app.use(metrics.observeRequests);
  app.use(securityHeaders);
  app.use(healthRoutes({ db: deps.db, migrations: deps.migrations, metrics }));
  app.use('/api/v1', apiRoutes(deps.config.publicUrl));
  app.use('/api', notFound);
  app.use(serveSite(deps.config.siteDir, { default: 'zh-Hans', others: ['en'] }));
  app.use(notFound);
  app.use(problemHandler(deps.config.publicUrl));
  return app;
}
