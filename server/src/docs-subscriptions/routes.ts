import { clientAddress } from '../http/client-address.js';
import { negotiateLocale, type Locale } from '../http/locale.js';
import { defineRoutes } from '../http/route-spec.js';
import { docsSubscriptionExamples } from './examples.js';
import { ConfirmBody, SubscribeAccepted, SubscribeBody, SubscriptionConfirmed, SubscriptionSummary } from './schemas.js';
import type { DocsSubscriptionService } from './service.js';

const accepted: Record<Locale, string> = {
  'zh-Hans': '请查收邮件：点击邮件中的确认链接后订阅才会生效，此前我们不会发送其他邮件。',
  en: 'Check your inbox: the subscription starts once you follow the link in the e-mail, and nothing else is sent before.',
};

export type DocsSubscriptionRouteServices = { docsSubscriptions: DocsSubscriptionService };

/** Subscribing to docs sections (double opt-in) and the administrators' counts. Unsubscribing: /notifications/unsubscribe. */
export const docsSubscriptionRoutes = defineRoutes<DocsSubscriptionRouteServices>([
  {
    method: 'post',
    path: '/docs-subscriptions',
    operationId: 'subscribeToDocs',
    summary: 'Ask for e-mail digests of the pages changed in docs sections (sends a confirmation link)',
    summaryZh: '订阅文档栏目的变更摘要邮件（先发送确认链接）',
    description:
      'Always 202 with the same body, whether or not the address already subscribed. A confirmation link is e-mailed ' +
      '(valid DOCS_CONFIRM_TTL_HOURS hours); nothing else is sent until it is followed. Confirming replaces the ' +
      'address’s earlier subscription in the same language. Limited per client address and per e-mail address.',
    descriptionZh:
      '无论该邮箱是否已订阅，都返回 202 和相同的正文。向该邮箱发送确认链接（有效期 `DOCS_CONFIRM_TTL_HOURS` 小时），' +
      '点击之前不会发送其他邮件。确认后，同一邮箱在同一语言下原有的订阅被取代。按客户端地址和邮箱地址限制频率。',
    tag: 'docs-subscriptions',
    audience: ['anyone'],
    body: { schema: SubscribeBody },
    responses: { 202: { description: 'Accepted; the confirmation e-mail is queued.', descriptionZh: '已受理；确认邮件已放入发件箱。', schema: SubscribeAccepted } },
    examples: docsSubscriptionExamples.subscribeToDocs,
    problems: ['validation_failed', 'rate_limited'],
    // Anonymous by nature: a staff session cookie in the same browser must not ask for its CSRF token here.
    beforeActor: true,
    handler: async (req, res, { docsSubscriptions }) => {
      const body = SubscribeBody.parse(req.body);
      await docsSubscriptions.subscribe(body, clientAddress(req));
      const locale = negotiateLocale(req.get('accept-language'));
      res.status(202).set('Content-Language', locale).json({ message: accepted[locale] });
    },
  },
  {
    method: 'post',
    path: '/docs-subscriptions/confirm',
    operationId: 'confirmDocsSubscription',
    summary: 'Confirm a docs subscription with the token from its confirmation e-mail',
    summaryZh: '用确认邮件中的令牌确认文档订阅',
    description:
      'The token works once. Digests list the changes made after this moment, weekly or daily, and only when something ' +
      'changed. An unknown, used or expired token answers `link_expired`.',
    descriptionZh:
      '令牌只能使用一次。摘要按周或按天列出此刻之后的变更，只在有变更时发送。未知、已使用或已过期的令牌返回 `link_expired`。',
    tag: 'docs-subscriptions',
    audience: ['anyone'],
    body: { schema: ConfirmBody },
    responses: { 200: { description: 'Confirmed.', descriptionZh: '已确认。', schema: SubscriptionConfirmed } },
    examples: docsSubscriptionExamples.confirmDocsSubscription,
    problems: ['validation_failed', 'link_expired'],
    // The token is the credential: a stale cookie in the browser must not get in the way.
    beforeActor: true,
    handler: async (req, res, { docsSubscriptions }) => {
      const { token } = ConfirmBody.parse(req.body);
      res.json(await docsSubscriptions.confirm(token));
    },
  },
  {
    method: 'get',
    path: '/admin/docs-subscriptions',
    operationId: 'getDocsSubscriptionSummary',
    summary: 'How many readers subscribe to docs digests, by status, section and frequency',
    summaryZh: '文档摘要订阅的数量（按状态、栏目和频率）',
    description: 'Counts only: no address is listed.',
    descriptionZh: '只有数量，不列出任何邮箱地址。',
    tag: 'docs-subscriptions',
    audience: ['admin'],
    responses: { 200: { description: 'The counts.', descriptionZh: '订阅数量。', schema: SubscriptionSummary } },
    examples: docsSubscriptionExamples.getDocsSubscriptionSummary,
    problems: ['unauthenticated', 'forbidden'],
    handler: async (_req, res, { docsSubscriptions }) => {
      res.json(await docsSubscriptions.summary());
    },
  },
]);
