import express, { Router, type Express } from 'express';
import { attachmentRoutes } from './attachments/routes.js';
import { CredentialRepository } from './auth/repository.js';
import { resolveActor } from './auth/resolve-actor.js';
import { authRoutes, loginRoutes } from './auth/routes.js';
import type { Config } from './config.js';
import { createContext, type AppContext } from './context.js';
import { conversationRoutes } from './conversation/routes.js';
import type { Database } from './db/database.js';
import type { Migration } from './db/migrations.js';
import { healthRoutes } from './health/routes.js';
import { openApiDocument, version } from './openapi/specs.js';
import { createMetrics, type Metrics } from './http/metrics.js';
import { notFound, problemHandler } from './http/problem.js';
import { adminMailRoutes } from './notifications/admin-routes.js';
import { registerOutboxMetrics } from './notifications/metrics.js';
import { notificationSettingsRoutes, unsubscribeRoutes } from './notifications/settings-routes.js';
import { requestLogger } from './http/request-log.js';
import { refuseUnstorableText } from './http/unstorable-text.js';
import { securityHeaders } from './http/security-headers.js';
import { serveSite } from './http/site.js';
import { ticketRoutes } from './tickets/routes.js';
import { staffRoutes } from './staff/routes.js';
import type { Logger } from './logger.js';
import type { BackgroundTasks } from './shared/background.js';

export type AppDeps = {
  config: Config;
  logger: Logger;
  db: Database;
  /** The committed migrations, read once at start: /ready compares the database against them. */
  migrations: Migration[];
  metrics?: Metrics;
  now?: () => Date;
  /** Shared with the process so shutdown can wait for work requests left running; else the app's own. */
  background?: BackgroundTasks;
};

function apiRoutes(context: AppContext): Router {
  const api = Router();
  api.use(express.json({ limit: '1mb' }));
  api.use(refuseUnstorableText);
  api.use('/auth', loginRoutes(context)); // before resolveActor: signing in must work whatever cookie the browser holds
  api.use('/notifications', unsubscribeRoutes(context)); // the link's token is the credential, as for signing in
  api.use(
    resolveActor({ credentials: new CredentialRepository(context.prisma), sessionTtlHours: context.config.sessionTtlHours, now: context.now }),
  );
  api.get('/', (_req, res) => {
    res.json({ name: 'Handover', version, documentation: `${context.config.publicUrl}/docs/api` });
  });
  api.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  api.use('/auth/me/notifications', notificationSettingsRoutes(context));
  api.use('/auth', authRoutes(context));
  api.use('/staff', staffRoutes(context));
  api.use(conversationRoutes(context));
  api.use(attachmentRoutes(context));
  api.use(ticketRoutes(context));
  api.use('/admin', adminMailRoutes(context));
  api.use(notFound);
  return api;
}

/** Builds the whole HTTP application. Never listens: main.ts does, and tests use supertest on it. */
export function createApp(deps: AppDeps): Express {
  const metrics = deps.metrics ?? createMetrics();
  const context = createContext(deps);
  registerOutboxMetrics(metrics.registry, context.prisma, context.logger);
  const app = express();
  // Tests wait on it instead of sleeping: `await app.locals.background.idle()`.
  app.locals.background = context.background;
  app.locals.uploads = context.uploads;
  app.disable('x-powered-by');
  if (deps.config.trustProxy) app.set('trust proxy', deps.config.trustProxy);
  app.set('etag', 'strong');
  app.use(requestLogger(deps.logger));
  app.use(metrics.observeRequests);
  app.use(securityHeaders(deps.config.publicUrl));
  app.use(healthRoutes({ db: deps.db, migrations: deps.migrations, metrics, metricsToken: deps.config.metricsToken }));
  app.use('/api/v1', apiRoutes(context));
  app.use('/api', notFound);
  app.use(serveSite(deps.config.siteDir, { default: 'zh-Hans', others: ['en'] }));
  app.use(notFound);
  app.use(problemHandler(deps.config.publicUrl));
  return app;
}
