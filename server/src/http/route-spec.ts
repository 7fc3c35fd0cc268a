import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { ProblemCode } from './errors.js';

/** Who may call a route; the router enforces it, and the OpenAPI document and the role matrix read it. */
export type Audience = 'anyone' | 'staff' | 'admin' | 'ticket-link' | 'requester' | 'trainee';

/**
 * One API operation, described with the same zod schemas the route parses with, so the OpenAPI document
 * (server/src/openapi/) cannot drift from the code.
 */
export type RouteSpec = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI form, relative to /api/v1: `/tickets/{number}`. The Express path is made from it. */
  path: string;
  operationId: string;
  summary: string;
  /** The summary in Simplified Chinese, for the site's Chinese API reference (server/test/api-translations.test.ts). */
  summaryZh?: string;
  description?: string;
  /** `description` in Simplified Chinese; required when there is a description. */
  descriptionZh?: string;
  tag: string;
  audience: Audience[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: {
    schema: z.ZodType;
    contentTypes?: ('application/json' | 'multipart/form-data')[];
    /** Multipart only: the part that carries the body as JSON; without it, each field is a text part of its own. */
    jsonPart?: string;
  };
  responses: Record<number, { description: string; descriptionZh?: string; schema?: z.ZodType; contentType?: string }>;
  /**
   * A realistic call and its answers, shown on the reference page (with curl and JavaScript snippets made from it)
   * and checked against the schemas by server/test/api-examples.test.ts. Keep the values in the feature's
   * examples.ts, beside its schemas. Problem answers get their examples from the error catalogue.
   */
  examples?: RouteExamples;
  /**
   * `session`: only a signed-in console session (cookie + X-CSRF-Token) may call it, not a bearer token, e.g.
   * minting API tokens. The OpenAPI document and the reference's snippets say so.
   */
  credentials?: 'session';
  /** Problem codes this operation may answer with, beyond the ones every operation may. */
  problems?: ProblemCode[];
  /**
   * The answer is a stream that stays open (server-sent events). The router answers HEAD with the head alone, the
   * OpenAPI document marks the operation `x-stream`, and tests that wait for a whole answer read only the head.
   */
  stream?: true;
};

export type RouteExamples = {
  /** Every path parameter. */
  params?: Record<string, string | number>;
  /** The query parameters of a typical call. */
  query?: Record<string, string | number | boolean | (string | number)[]>;
  /** The request body (for multipart: the JSON object sent in its named part). */
  body?: unknown;
  /** By status: the body of each success answer that has one. */
  responses: Record<number, unknown>;
};

/**
 * A route, declared once: its spec (from which the OpenAPI document and the role matrix are built) and its
 * handler, which gets the services it needs. `S` is the slice of the composition root's services the feature uses.
 */
export type Route<S> = RouteSpec & {
  handler: (req: Request, res: Response, services: S) => unknown;
  /**
   * Runs before the caller is resolved, so that a stale session cookie cannot get in the way: signing in, and
   * links whose token is the credential. Its audience must be `anyone`.
   */
  beforeActor?: boolean;
};

/** Declares a feature's routes; the identity function, there for the types. */
export function defineRoutes<S>(routes: Route<S>[]): Route<S>[] {
  return routes;
}
