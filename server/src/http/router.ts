import { Router, type RequestHandler } from 'express';
import { ProblemError } from './errors.js';
import { methodNotAllowed } from './problem.js';
import type { Audience, Route } from './route-spec.js';

/** `/tickets/{number}` as Express writes it: `/tickets/:number`. */
export function expressPath(openApiPath: string): string {
  return openApiPath.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
}

/**
 * The audience check every route gets from its declaration: nobody reaches a handler outside the declared
 * audience. Finer checks (which ticket, session only) stay in the services.
 */
export function audienceGuard(audience: Audience[]): RequestHandler {
  return (req, _res, next) => {
    if (audience.includes('anyone')) return next();
    const actor = req.actor;
    if (actor.kind === 'anonymous') throw new ProblemError('unauthenticated');
    const allowed =
      actor.kind === 'staff'
        ? audience.includes('staff') || (audience.includes('admin') && actor.role === 'admin')
        : audience.includes(actor.kind);
    if (!allowed) {
      const adminsOnly = actor.kind === 'staff' && audience.includes('admin');
      throw new ProblemError('forbidden', adminsOnly ? { detail: 'Administrators only.' } : {});
    }
    next();
  };
}

const streamHead: RequestHandler = (_req, res) => {
  res.status(200).type('text/event-stream').end();
};

/**
 * Builds the API's routers from the declarations: one Express route per path, its methods' handlers behind the
 * audience guard, 405 with Allow for any other method, and
 * the metrics label set from the declared path, so that errors are counted under the route that raised them.
 */
export function mountRoutes<S>(routes: Route<S>[], services: S, prefix: string): { beforeActor: Router; afterActor: Router } {
  const routers = { beforeActor: Router(), afterActor: Router() };
  const byPath = new Map<string, Route<S>[]>();
  for (const route of routes) {
    if (route.beforeActor && !(route.audience.length === 1 && route.audience[0] === 'anyone')) {
      throw new Error(`${route.operationId}: a route that runs before the caller is known must be open to anyone`);
    }
    const key = `${route.beforeActor ? 'before' : 'after'} ${route.path}`;
    byPath.set(key, [...(byPath.get(key) ?? []), route]);
  }
  for (const [key, declared] of byPath) {
    const path = expressPath(declared[0]!.path);
    const router = key.startsWith('before') ? routers.beforeActor : routers.afterActor;
    const chain = router.route(path);
    const label: RequestHandler = (_req, res, next) => {
      res.locals.routeLabel = `${prefix}${path}`;
      next();
    };
    const methods = new Set<string>();
    for (const route of declared) {
      if (methods.has(route.method)) throw new Error(`${route.method.toUpperCase()} ${route.path} is declared twice`);
      methods.add(route.method);
      const handler: RequestHandler = async (req, res) => {
        await route.handler(req, res, services);
      };
      const guard = route.beforeActor ? [] : audienceGuard(route.audience);
      // HEAD of a stream would otherwise open it and, with no body to send, never end.
      if (route.stream) chain.head(label, guard, streamHead);
      chain[route.method](label, guard, handler);
    }
    const allow = [...methods].flatMap((m) => (m === 'get' ? ['GET', 'HEAD'] : [m.toUpperCase()]));
    chain.all(label, methodNotAllowed(allow.join(', ')));
  }
  return routers;
}
