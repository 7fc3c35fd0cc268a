import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { attachmentRouteSpecs } from '../attachments/routes.js';
import { authRouteSpecs } from '../auth/routes.js';
import { conversationRouteSpecs } from '../conversation/routes.js';
import type { RouteSpec } from '../http/route-spec.js';
import { adminMailRouteSpecs } from '../notifications/admin-routes.js';
import { notificationRouteSpecs } from '../notifications/settings-routes.js';
import { staffRouteSpecs } from '../staff/routes.js';
import { ticketRouteSpecs } from '../tickets/routes.js';
import { buildOpenApiDocument, type OpenApiDocument } from './document.js';

export const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export const ApiIndex = z.object({ name: z.literal('Handover'), version: z.string(), documentation: z.url() });

const apiRootSpecs: RouteSpec[] = [
  {
    method: 'get',
    path: '/',
    operationId: 'getApiIndex',
    summary: 'Name, version and documentation address of this API',
    summaryZh: '本 API 的名称、版本和文档地址',
    tag: 'meta',
    audience: ['anyone'],
    responses: { 200: { description: 'The API index.', schema: ApiIndex } },
  },
  {
    method: 'get',
    path: '/openapi.json',
    operationId: 'getOpenApiDocument',
    summary: 'This OpenAPI 3.1 document',
    summaryZh: '本 OpenAPI 3.1 文档',
    tag: 'meta',
    audience: ['anyone'],
    responses: { 200: { description: 'The OpenAPI document.' } },
  },
];

/** Every operation under /api/v1. A feature's routes are listed here by the spec list exported beside them. */
export const routeSpecs: RouteSpec[] = [
  ...apiRootSpecs,
  ...authRouteSpecs,
  ...staffRouteSpecs,
  ...ticketRouteSpecs,
  ...conversationRouteSpecs,
  ...attachmentRouteSpecs,
  ...notificationRouteSpecs,
  ...adminMailRouteSpecs,
];

let cached: OpenApiDocument | undefined;
export function openApiDocument(): OpenApiDocument {
  return (cached ??= buildOpenApiDocument(routeSpecs, version));
}
