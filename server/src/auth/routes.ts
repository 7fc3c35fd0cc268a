import type { AppContext } from '../context.js';
import { clientAddress } from '../http/client-address.js';
import { defineRoutes } from '../http/route-spec.js';
import { staffOf } from './actor.js';
import type { ApiTokenService } from './api-token-service.js';
import { apiTokenRoutes } from './api-token-routes.js';
import { ChangePasswordBody, LoginBody, MeResponse, SessionResponse, UpdateMeBody } from './schemas.js';
import type { AuthService } from './service.js';
import { clearSessionCookie, presentedSessionToken, setSessionCookie } from './session-cookie.js';
import { authExamples } from './examples.js';

export type AuthRouteServices = { context: AppContext; auth: AuthService; apiTokens: ApiTokenService };

const tag = 'auth';

/** Signing in and out, who am I, my password, my API tokens. */
export const authRoutes = defineRoutes<AuthRouteServices>([
  {
    method: 'post',
    path: '/auth/login',
    operationId: 'login',
    summary: 'Sign in with e-mail address and password',
    summaryZh: '登录：邮箱地址和密码',
    description:
      'Sets the `ho_session` cookie (httpOnly, SameSite=Lax, Secure over https) and returns the CSRF token to send as ' +
      '`X-CSRF-Token` on every write made with the cookie. An unknown address, a wrong password and a deactivated ' +
      'account all answer the same `invalid_credentials`. Attempts are limited per client address and, for failures, ' +
      'per account; past the limit the answer is `rate_limited` with `Retry-After`.',
    descriptionZh: '设置 Cookie `ho_session`（httpOnly、SameSite=Lax，通过 https 访问时带 Secure），并返回 CSRF 令牌，使用该 Cookie 的每个写请求都要在 `X-CSRF-Token` 中带上它。未知地址、错误密码和已停用的账号都返回同样的 `invalid_credentials`。按客户端地址限制尝试次数，失败的尝试还按账号限制；超过限制返回带 `Retry-After` 的 `rate_limited`。',
    tag,
    audience: ['anyone'],
    examples: authExamples.login,
    body: { schema: LoginBody },
    responses: { 200: { description: 'Signed in; the session cookie is set.', descriptionZh: '已登录；已设置会话 Cookie。', schema: SessionResponse } },
    problems: ['validation_failed', 'invalid_credentials', 'rate_limited'],
    // Before the caller is resolved: a browser still holding an old or ended session cookie (without its CSRF
    // token) must be able to sign in again.
    beforeActor: true,
    handler: async (req, res, { context, auth }) => {
      const credentials = LoginBody.parse(req.body);
      const session = await auth.login(credentials, { address: clientAddress(req), replacing: presentedSessionToken(req) });
      setSessionCookie(res, session.sessionToken, context.config);
      res.json({ user: session.user, csrfToken: session.csrfToken } satisfies SessionResponse);
    },
  },
  {
    method: 'post',
    path: '/auth/logout',
    operationId: 'logout',
    summary: 'Sign out: end this session and clear its cookie',
    summaryZh: '退出登录：结束本会话并清除其 Cookie',
    tag,
    audience: ['anyone'],
    examples: authExamples.logout,
    credentials: 'session',
    responses: { 204: { description: 'Signed out (or was not signed in).', descriptionZh: '已退出登录（或本来就未登录）。' } },
    problems: ['csrf_failed'],
    handler: async (req, res, { context, auth }) => {
      if (req.actor.kind === 'staff') await auth.logout(req.actor);
      clearSessionCookie(res, context.config);
      res.status(204).end();
    },
  },
  {
    method: 'get',
    path: '/auth/me',
    operationId: 'getMe',
    summary: 'The signed-in staff member, and the CSRF token of the session',
    summaryZh: '当前登录的员工及会话的 CSRF 令牌',
    tag,
    audience: ['staff'],
    examples: authExamples.getMe,
    responses: { 200: { description: 'The signed-in staff member.', descriptionZh: '已登录的支持人员。', schema: MeResponse } },
    problems: ['unauthenticated', 'forbidden'],
    handler: async (req, res, { context, auth }) => {
      const actor = staffOf(req.actor);
      const me = await auth.me(actor);
      // The server slides the session's expiry on use; renewing the cookie's Max-Age keeps the browser in step.
      const token = actor.via === 'session' ? presentedSessionToken(req) : undefined;
      if (token) setSessionCookie(res, token, context.config);
      res.json(me);
    },
  },
  {
    method: 'patch',
    path: '/auth/me',
    operationId: 'updateMe',
    summary: 'Change one’s own language',
    summaryZh: '修改本人的语言',
    description: 'The language of the member’s e-mails and of the console links in them.', descriptionZh: '该成员收到的邮件及其中控制台链接所用的语言。',
    tag,
    audience: ['staff'],
    examples: authExamples.updateMe,
    body: { schema: UpdateMeBody },
    responses: { 200: { description: 'The member as changed.', descriptionZh: '修改后的成员。', schema: MeResponse } },
    problems: ['validation_failed', 'unauthenticated', 'forbidden', 'csrf_failed'],
    handler: async (req, res, { auth }) => {
      res.json(await auth.updateMe(staffOf(req.actor), UpdateMeBody.parse(req.body)));
    },
  },
  {
    method: 'post',
    path: '/auth/password',
    operationId: 'changePassword',
    summary: 'Change one’s own password; every other session of the account ends',
    summaryZh: '修改本人密码；该账号的其他会话全部结束',
    tag,
    audience: ['staff'],
    examples: authExamples.changePassword,
    body: { schema: ChangePasswordBody },
    responses: { 204: { description: 'Changed. API tokens keep working; revoke them separately.', descriptionZh: '已修改。API 令牌仍然有效，需另行吊销。' } },
    problems: ['validation_failed', 'unauthenticated', 'forbidden', 'csrf_failed', 'rate_limited'],
    handler: async (req, res, { auth }) => {
      await auth.changePassword(staffOf(req.actor), ChangePasswordBody.parse(req.body), { address: clientAddress(req) });
      res.status(204).end();
    },
  },
  ...apiTokenRoutes,
]);
