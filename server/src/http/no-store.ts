import type { RequestHandler } from 'express';

/** For answers that are personal or secret (tickets, staff, tokens): never kept by a browser or a proxy. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};
