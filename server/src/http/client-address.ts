import type { Request } from 'express';

/** The client as rate limits see it: behind a load balancer, `trust proxy` makes this the caller's address. */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
