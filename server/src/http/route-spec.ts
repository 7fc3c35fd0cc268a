import type { z } from 'zod';

/** Who may call a route; the OpenAPI document and the route-by-role test matrix both read it. */
export type Audience = 'anyone' | 'staff' | 'admin' | 'ticket-link' | 'requester';

/**
 * One API operation, described with the same zod schemas the route parses with, so the OpenAPI document
 * (server/src/openapi/) cannot drift from the code. Each feature exports its list beside its routes.
 */
export type RouteSpec = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI form, relative to /api/v1: `/tickets/{number}`. */
  path: string;
  operationId: string;
  summary: string;
  /** The summary in Simplified Chinese, for the site's Chinese API reference. */
  summaryZh?: string;
  description?: string;
  tag: string;
  audience: Audience[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: { schema: z.ZodType; contentTypes?: ('application/json' | 'multipart/form-data')[] };
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
  /** Problem codes this operation may answer with, beyond the ones every operation may. */
  problems?: string[];
};
