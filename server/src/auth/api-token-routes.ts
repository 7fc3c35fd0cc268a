import { defineRoutes } from '../http/route-spec.js';
import { staffOf } from './actor.js';
import type { ApiTokenService } from './api-token-service.js';
import { ApiTokenList, ApiTokenParams, CreateApiTokenBody, CreatedApiToken } from './schemas.js';
import { authExamples } from './examples.js';

/** Mounted at /auth/tokens: the caller's own personal API tokens. */
const tag = 'auth';

export const apiTokenRoutes = defineRoutes<{ apiTokens: ApiTokenService }>([
  {
    method: 'get',
    path: '/auth/tokens',
    operationId: 'listApiTokens',
    summary: 'My personal API tokens, newest first (revoked ones included; never the secret)',
    summaryZh: '我的个人 API 令牌，最新的在前（含已吊销的；从不返回密钥）',
    tag,
    audience: ['staff'],
    examples: authExamples.listApiTokens,
    responses: { 200: { description: 'The caller’s tokens.', descriptionZh: '调用方的令牌。', schema: ApiTokenList } },
    problems: ['unauthenticated', 'forbidden'],
    handler: async (req, res, { apiTokens }) => {
      res.json({ items: await apiTokens.list(staffOf(req.actor)) });
    },
  },
  {
    method: 'post',
    path: '/auth/tokens',
    operationId: 'createApiToken',
    summary: 'Create a personal API token; the secret is shown once',
    summaryZh: '创建个人 API 令牌；密钥只显示一次',
    description: 'Only from a signed-in console session (cookie and CSRF token), not with another API token.', descriptionZh: '只能在已登录的控制台会话中调用（Cookie 和 CSRF 令牌），不能用另一个 API 令牌调用。',
    tag,
    audience: ['staff'],
    examples: authExamples.createApiToken,
    credentials: 'session',
    body: { schema: CreateApiTokenBody },
    responses: { 201: { description: 'Created. Store `token` now: it cannot be shown again.', descriptionZh: '已创建。请立即保存 `token`：它不会再次显示。', schema: CreatedApiToken } },
    problems: ['validation_failed', 'unauthenticated', 'forbidden', 'csrf_failed'],
    handler: async (req, res, { apiTokens }) => {
      res.status(201).json(await apiTokens.create(staffOf(req.actor), CreateApiTokenBody.parse(req.body)));
    },
  },
  {
    method: 'delete',
    path: '/auth/tokens/{id}',
    operationId: 'revokeApiToken',
    summary: 'Revoke one of my API tokens',
    summaryZh: '吊销我的一个 API 令牌',
    tag,
    audience: ['staff'],
    examples: authExamples.revokeApiToken,
    params: ApiTokenParams,
    responses: { 204: { description: 'Revoked (again, if it already was).', descriptionZh: '已吊销（如果之前已吊销，则再次吊销）。' } },
    problems: ['validation_failed', 'unauthenticated', 'forbidden', 'csrf_failed', 'not_found'],
    handler: async (req, res, { apiTokens }) => {
      await apiTokens.revoke(staffOf(req.actor), ApiTokenParams.parse(req.params).id);
      res.status(204).end();
    },
  },
]);
