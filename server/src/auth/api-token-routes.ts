import { Router } from 'express';
import { noStore } from '../http/no-store.js';
import type { AppContext } from '../context.js';
import type { RouteSpec } from '../http/route-spec.js';
import { staffOf } from './actor.js';
import { ApiTokenService } from './api-token-service.js';
import { ApiTokenRepository } from './repository.js';
import { ApiTokenList, ApiTokenParams, CreateApiTokenBody, CreatedApiToken } from './schemas.js';

/** Mounted at /auth/tokens: the caller's own personal API tokens. */
export function apiTokenRoutes(context: AppContext): Router {
  const service = new ApiTokenService(new ApiTokenRepository(context.prisma), context.now);
  const router = Router();
  router.use(noStore);
  router.get('/', async (req, res) => {
    res.json({ items: await service.list(staffOf(req.actor)) });
  });
  router.post('/', async (req, res) => {
    const actor = staffOf(req.actor);
    const created = await service.create(actor, CreateApiTokenBody.parse(req.body));
    res.status(201).set('Cache-Control', 'no-store').json(created);
  });
  router.delete('/:id', async (req, res) => {
    const actor = staffOf(req.actor);
    await service.revoke(actor, ApiTokenParams.parse(req.params).id);
    res.status(204).end();
  });
  return router;
}

const tag = 'auth';

export const apiTokenRouteSpecs: RouteSpec[] = [
  {
    method: 'get',
    path: '/auth/tokens',
    operationId: 'listApiTokens',
    summary: 'My personal API tokens, newest first (revoked ones included; never the secret)',
    summaryZh: '我的个人 API 令牌，最新的在前（含已吊销的；从不返回密钥）',
    tag,
    audience: ['staff'],
    responses: { 200: { description: 'The caller’s tokens.', schema: ApiTokenList } },
    problems: ['unauthenticated', 'forbidden'],
  },
  {
    method: 'post',
    path: '/auth/tokens',
    operationId: 'createApiToken',
    summary: 'Create a personal API token; the secret is shown once',
    summaryZh: '创建个人 API 令牌；密钥只显示一次',
    description: 'Only from a signed-in console session (cookie and CSRF token), not with another API token.',
    tag,
    audience: ['staff'],
    body: { schema: CreateApiTokenBody },
    responses: { 201: { description: 'Created. Store `token` now: it cannot be shown again.', schema: CreatedApiToken } },
    problems: ['validation_failed', 'unauthenticated', 'forbidden', 'csrf_failed'],
  },
  {
    method: 'delete',
    path: '/auth/tokens/{id}',
    operationId: 'revokeApiToken',
    summary: 'Revoke one of my API tokens',
    summaryZh: '吊销我的一个 API 令牌',
    tag,
    audience: ['staff'],
    params: ApiTokenParams,
    responses: { 204: { description: 'Revoked (again, if it already was).' } },
    problems: ['validation_failed', 'unauthenticated', 'forbidden', 'csrf_failed', 'not_found'],
  },
];
