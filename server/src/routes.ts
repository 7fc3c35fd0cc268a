import { z } from 'zod';
import { attachmentRoutes } from './attachments/routes.js';
import { authRoutes } from './auth/routes.js';
import type { AppContext } from './context.js';
import { conversationRoutes } from './conversation/routes.js';
import { docsSubscriptionRoutes } from './docs-subscriptions/routes.js';
import { defineRoutes, type Route } from './http/route-spec.js';
import { adminMailRoutes } from './notifications/admin-routes.js';
import { notificationRoutes } from './notifications/settings-routes.js';
import { version } from './openapi/version.js';
import { savedReplyRoutes } from './saved-replies/routes.js';
import { searchRoutes } from './search/routes.js';
import { slaRoutes } from './sla/routes.js';
import { slaReportRoutes } from './sla/report-routes.js';
import type { Services } from './services.js';
import { staffRoutes } from './staff/routes.js';
import { supportRoutes } from './support/routes.js';
import { accessLinkRoutes } from './tickets/access-link-routes.js';
import { liveRoutes } from './tickets/live-routes.js';
import { presenceRoutes } from './tickets/presence-routes.js';
import { ticketRoutes } from './tickets/routes.js';

export const ApiIndex = z.object({ name: z.literal('Handover'), version: z.string(), documentation: z.url() });

/** The served OpenAPI document, with the configured categories (see openapi/specs.ts). */
type MetaServices = { context: AppContext; openApiDocument: () => unknown };

const metaRoutes = defineRoutes<MetaServices>([
  {
    method: 'get',
    path: '/',
    operationId: 'getApiIndex',
    summary: 'Name, version and documentation address of this API',
    summaryZh: '本 API 的名称、版本和文档地址',
    tag: 'meta',
    audience: ['anyone'],
    responses: { 200: { description: 'The API index.', schema: ApiIndex } },
    handler: (_req, res, { context }) => {
      res.json({ name: 'Handover', version, documentation: `${context.config.publicUrl}/docs/api` });
    },
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
    handler: (_req, res, { openApiDocument }) => {
      res.json(openApiDocument());
    },
  },
]);

/**
 * Every operation under /api/v1, each declared once beside its feature: the router is mounted from this list,
 * the OpenAPI document and the route-by-role test matrix are built from it.
 */
export const apiRoutes: Route<Services & MetaServices>[] = [
  ...metaRoutes,
  ...authRoutes,
  ...notificationRoutes,
  ...staffRoutes,
  ...supportRoutes,
  // Before ticketRoutes: /tickets/changes must be matched before /tickets/{number} is.
  ...liveRoutes,
  ...ticketRoutes,
  ...presenceRoutes,
  ...accessLinkRoutes,
  ...conversationRoutes,
  ...savedReplyRoutes,
  ...attachmentRoutes,
  ...adminMailRoutes,
  ...searchRoutes,
  ...slaRoutes,
  ...slaReportRoutes,
  ...docsSubscriptionRoutes,
];
