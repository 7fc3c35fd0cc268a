import { createHash, timingSafeEqual } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import type { Database } from '../db/database.js';
import type { Migration } from '../db/migrations.js';
import type { Metrics } from '../http/metrics.js';
import { ProblemError } from '../http/errors.js';
import { methodNotAllowed } from '../http/problem.js';
import { checkReadiness, type SearchProbe, type SlaProbe } from './readiness.js';

/**
 * With METRICS_TOKEN set, /metrics answers only a scraper that presents it (`Authorization: Bearer …`): the
 * numbers tell an outsider how busy the desk is and which routes fail. Without it, keep /metrics off the internet
 * at the proxy.
 */
function metricsAccess(token: string | undefined): RequestHandler {
  const expected = token ? createHash('sha256').update(`Bearer ${token}`).digest() : undefined;
  return (req, res, next) => {
    if (!expected) return next();
    const presented = createHash('sha256').update(req.get('authorization') ?? '').digest();
    if (timingSafeEqual(presented, expected)) return next();
    res.set('WWW-Authenticate', 'Bearer realm="metrics"');
    throw new ProblemError('unauthenticated', { detail: 'Send the METRICS_TOKEN as a bearer token.' });
  };
}

/** Liveness, readiness and metrics: outside /api/v1 because orchestrators and scrapers expect them at the root. */
export function healthRoutes(deps: { db: Database; migrations: Migration[]; metrics: Metrics; metricsToken?: string; probeSearch?: SearchProbe; probeSla?: SlaProbe }): Router {
  const router = Router();
  const onlyGet = methodNotAllowed('GET, HEAD');
  router
    .route('/health')
    .get((_req, res) => {
      res.set('Cache-Control', 'no-store').json({ status: 'ok' });
    })
    .all(onlyGet);
  router
    .route('/ready')
    .get(async (_req, res) => {
      res.set('Cache-Control', 'no-store').json(await checkReadiness(deps.db, deps.migrations, deps.probeSearch, deps.probeSla));
    })
    .all(onlyGet);
  router.route('/metrics').get(metricsAccess(deps.metricsToken), deps.metrics.expose).all(onlyGet);
  return router;
}
