import type { Registry } from 'prom-client';
import { z } from 'zod';
import { attachmentRoutes } from './attachments/routes.js';
import { authRoutes } from './auth/routes.js';
import type { AppContext } from './context.js';
import { conversationRoutes } from './conversation/routes.js';
import { pageFeedbackRoutes } from './feedback/routes.js';
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
import { trainingLeadRoutes } from './training/lead-routes.js';
import { trainingRoutes } from './training/routes.js';

export const ApiIndex = z.object({ name: z.literal('Handover'), version: z.string(), documentation: z.url() });

/** The outline of the document; its paths and components are described by the OpenAPI 3.1 specification itself. */
const OpenApiDocumentShape = z.looseObject({
  openapi: z.literal('3.1.0').meta({ description: 'The OpenAPI version.', descriptionZh: 'OpenAPI 规范的版本。' }),
  info: z
    .looseObject({ title: z.string(), version: z.string() })
    .meta({ description: 'Title and version of this API.', descriptionZh: '本 API 的名称和版本。' }),
  paths: z.record(z.string(), z.unknown()).meta({ description: 'Every operation, by path.', descriptionZh: '全部接口，按路径排列。' }),
});

/** The served OpenAPI document, with the configured categories (see openapi/specs.ts). */
type MetaServices = { context: AppContext; openApiDocument: () => unknown; metricsRegistry?: Registry };

const metaRoutes = defineRoutes<MetaServices>([
  {
    method: 'get',
    path: '/',
    operationId: 'getApiIndex',
    summary: 'Name, version and documentation address of this API',
    summaryZh: '本 API 的名称、版本和文档地址',
    tag: 'meta',
    audience: ['anyone'],
    examples: { responses: { 200: { name: 'Handover', version: '0.9.0', documentation: 'https://support.example.com/docs/api' } } },
    responses: { 200: { description: 'The API index.', descriptionZh: 'API 索引。', schema: ApiIndex } },
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
    examples: {
      responses: { 200: { openapi: '3.1.0', info: { title: 'Handover API', version: '0.9.0' }, servers: [{ url: '/api/v1' }], paths: { '/tickets': { post: { operationId: 'fileTicket' } } } } },
    },
    responses: { 200: { description: 'The OpenAPI document.', descriptionZh: 'OpenAPI 文档。', schema: OpenApiDocumentShape } },
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
  ...trainingRoutes,
  ...trainingLeadRoutes,
  ...pageFeedbackRoutes,
  ...docsSubscriptionRoutes,
];
