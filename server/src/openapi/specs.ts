import type { RouteSpec } from '../http/route-spec.js';
import { apiRoutes } from '../routes.js';
import { buildOpenApiDocument, withCategories, type OpenApiDocument } from './document.js';
import { version } from './version.js';

export { version };

/** The documented half of every route declaration: what the OpenAPI document and the role matrix read. */
export const routeSpecs: RouteSpec[] = apiRoutes.map(({ handler: _handler, beforeActor: _before, ...spec }) => spec);

let generic: OpenApiDocument | undefined;
const served = new Map<string, OpenApiDocument>();

/**
 * The OpenAPI document. Without categories it is the committed one (static/openapi.json, the site's API
 * reference); the server passes its configured categories, so an integrator reading the served document sees the
 * exact values `category` may take.
 */
export function openApiDocument(categories?: string[]): OpenApiDocument {
  generic ??= buildOpenApiDocument(routeSpecs, version);
  if (!categories) return generic;
  const key = categories.join(',');
  let document = served.get(key);
  if (!document) served.set(key, (document = withCategories(generic, categories)));
  return document;
}
