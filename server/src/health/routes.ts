import { Router } from 'express';
import type { Database } from '../db/database.js';
import type { Migration } from '../db/migrations.js';
import type { Metrics } from '../http/metrics.js';
import { methodNotAllowed } from '../http/problem.js';
import { checkReadiness } from './readiness.js';

/** Liveness, readiness and metrics: outside /api/v1 because orchestrators and scrapers expect them at the root. */
export function healthRoutes(deps: { db: Database; migrations: Migration[]; metrics: Metrics }): Router {
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
      res.set('Cache-Control', 'no-store').json(await checkReadiness(deps.db, deps.migrations));
    })
    .all(onlyGet);
  router.route('/metrics').get(deps.metrics.expose).all(onlyGet);
  return router;
}
