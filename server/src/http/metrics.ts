import type { Request, RequestHandler } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export type Metrics = { registry: Registry; observeRequests: RequestHandler; expose: RequestHandler };

/**
 * The route label is the Express route pattern (`/api/v1/tickets/:id`), never the raw path, so that
 * ids and tokens cannot explode the series count or leak into the metrics. Requests answered by the static
 * site count as `site`; anything else unmatched as `unmatched`.
 */
function routeLabel(req: Request): string {
  // Set by the API's router from the declared path: req.baseUrl has lost its mount prefix by the time an error
  // reaches the error handler, so it cannot be rebuilt here.
  if (typeof req.res?.locals.routeLabel === 'string') return req.res.locals.routeLabel;
  if (req.route?.path) return `${req.baseUrl}${String(req.route.path)}`;
  return 'unmatched';
}

/** One registry per app, so tests can build several apps in one process. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from request to response finished, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  const observeRequests: RequestHandler = (req, res, next) => {
    const stop = duration.startTimer();
    res.once('finish', () => {
      stop({ method: req.method, route: routeLabel(req), status_code: String(res.statusCode) });
    });
    next();
  };

  const expose: RequestHandler = async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  };

  return { registry, observeRequests, expose };
}
