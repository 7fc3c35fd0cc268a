import express, { Router, type Express } from 'express';
import { CredentialRepository } from './auth/repository.js';
import { resolveActor } from './auth/resolve-actor.js';
import type { Config } from './config.js';
import { createContext } from './context.js';
import type { Database } from './db/database.js';
import type { Migration } from './db/migrations.js';
import { healthRoutes } from './health/routes.js';
import { createMetrics, type Metrics } from './http/metrics.js';
import { noStore } from './http/no-store.js';
import { notFound, problemHandler } from './http/problem.js';
import { requestLogger } from './http/request-log.js';
import { mountRoutes } from './http/router.js';
import { securityHeaders } from './http/security-headers.js';
import { serveSite } from './http/site.js';
import { refuseUnstorableText } from './http/unstorable-text.js';
import type { Logger } from './logger.js';
import { registerOutboxMetrics } from './notifications/metrics.js';
import { openApiDocument } from './openapi/specs.js';
import { registerSearchMetrics, searchProbe } from './search/metrics.js';
import { registerSlaMetrics, slaProbe } from './sla/metrics.js';
import { apiRoutes } from './routes.js';
import { createServices, type Services } from './services.js';
import type { BackgroundTasks } from './shared/background.js';
import type { TicketSubscriber } from './tickets/pipeline.js';
import type { Curriculum } from './training/curriculum.js';

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
  /** The process's composition root (server.ts builds it once); tests let the app build its own. */
  services?: Services;
  /** Extra subscribers of the ticket change pipeline, for an app that builds its own services (tests). */
  ticketSubscribers?: TicketSubscriber[];
  /** A training curriculum instead of the shipped one, for an app that builds its own services (tests). */
  curriculum?: Curriculum;
};

const apiPrefix = '/api/v1';

/** /api/v1: every declared route (routes.ts), mounted once, with the caller resolved in between. */
function apiRouter(services: Services, metrics: Metrics): Router {
  const { context } = services;
  // The metrics registry is the app's (one per app, see createMetrics): the training check of /metrics reads it.
  const routeServices = { ...services, openApiDocument: () => openApiDocument(context.config.ticketCategories), metricsRegistry: metrics.registry };
  const { beforeActor, afterActor } = mountRoutes(apiRoutes, routeServices, apiPrefix);
  const api = Router();
  // API answers are personal or secret (tickets, staff, tokens): never kept by a browser or proxy, errors included.
  // A route may say otherwise for what is public (the support settings).
  api.use(noStore);
  api.use(express.json({ limit: '1mb' }));
  api.use(refuseUnstorableText);
  api.use(beforeActor); // signing in and token links: they must work whatever cookie the browser holds
  api.use(
    resolveActor({
      credentials: new CredentialRepository(context.prisma),
      sessionTtlHours: context.config.sessionTtlHours,
      traineeSessionTtlDays: context.config.training.sessionTtlDays,
      now: context.now,
    }),
  );
  api.use(afterActor);
  api.use(notFound);
  return api;
}

/** Builds the whole HTTP application. Never listens: main.ts does, and tests use supertest on it. */
export function createApp(deps: AppDeps): Express {
  const metrics = deps.metrics ?? createMetrics();
  const services = deps.services ?? createServices(createContext(deps), { ticketSubscribers: deps.ticketSubscribers, curriculum: deps.curriculum });
  const { context } = services;
  registerOutboxMetrics(metrics.registry, services.outbox, context.logger);
  registerSearchMetrics(metrics.registry, services.searchSetup, context.logger);
  registerSlaMetrics(metrics.registry, services.sla, context.logger);
  const app = express();
  // Tests wait on these instead of sleeping: `await app.locals.background.idle()`.
  app.locals.background = context.background;
  app.locals.uploads = context.uploads;
  // Tests bring the index up to date instead of waiting for the background poll: `await app.locals.search.catchUp()`.
  app.locals.search = services.searchSetup.indexer;
  app.disable('x-powered-by');
  if (deps.config.trustProxy !== undefined) app.set('trust proxy', deps.config.trustProxy);
  app.set('etag', 'strong');
  app.use(requestLogger(deps.logger));
  app.use(metrics.observeRequests);
  app.use(securityHeaders(deps.config.publicUrl));
  app.use(healthRoutes({ db: deps.db, migrations: deps.migrations, metrics, metricsToken: deps.config.metricsToken, probeSearch: searchProbe(services.searchSetup), probeSla: slaProbe(services.sla) }));
  app.use(apiPrefix, apiRouter(services, metrics));
  app.use('/api', notFound);
  app.use(serveSite(deps.config.siteDir, { default: 'zh-Hans', others: ['en'] }));
  app.use(notFound);
  app.use(problemHandler(deps.config.publicUrl));
  return app;
}
