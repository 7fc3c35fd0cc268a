import type { AppContext } from '../context.js';
import { clientAddress } from '../http/client-address.js';
import { negotiateLocale, type Locale } from '../http/locale.js';
import { defineRoutes } from '../http/route-spec.js';
import { admitAccessLinkRequest, issueAccessLink, type AccessLinkDeps } from './access-links.js';
import type { QueueService } from './queue.js';
import { AccessLinkAccepted, RequesterPage } from './queue-views.js';
import { AccessLinkBody, AddressConfirmationBody, AddressConfirmed, PageQuery } from './schemas.js';
import { confirmRequesterAddress, type AddressConfirmationDeps } from './address-confirmation.js';
import { ticketExamples } from './examples.js';

const accepted: Record<Locale, (minutes: number) => string> = {
  'zh-Hans': (minutes) => `如果此邮箱提交过工单，我们已向其发送查看全部工单的链接，${minutes} 分钟内有效。`,
  en: (minutes) => `If this address has filed tickets, a link to all of them is on its way. It works for ${minutes} minutes.`,
};

export type AccessLinkRouteServices = { context: AppContext; queue: QueueService; accessLinks: AccessLinkDeps; addressConfirmation: AddressConfirmationDeps };

/** "E-mail me links to my tickets", the list that link opens, and confirming a P1's address. */
export const accessLinkRoutes = defineRoutes<AccessLinkRouteServices>([
  {
    method: 'post',
    path: '/access-links',
    operationId: 'requestAccessLink',
    summary: 'E-mail me links to my tickets',
    summaryZh: '通过邮件获取我的全部工单链接',
    description:
      'Always 202 with the same body, whether or not the address has tickets. If it has, a link that opens all of them ' +
      'is e-mailed to it (never returned here). Limited per client address and per e-mail address.',
    descriptionZh: '无论该地址是否有工单，都返回同样正文的 202。如果有，会向该地址发送一个能打开全部工单的链接（不会在这里返回）。按客户端地址和邮箱地址限制频率。',
    tag: 'tickets',
    audience: ['anyone'],
    examples: ticketExamples.requestAccessLink,
    body: { schema: AccessLinkBody },
    responses: { 202: { description: 'Accepted.', descriptionZh: '已受理。', schema: AccessLinkAccepted } },
    problems: ['validation_failed', 'rate_limited'],
    handler: async (req, res, { context, accessLinks }) => {
      const { email } = AccessLinkBody.parse(req.body);
      await admitAccessLinkRequest(accessLinks, email, clientAddress(req));
      // Answered before the lookup: how long it takes must not tell whether the address has tickets.
      context.background.run(() => issueAccessLink(accessLinks, email));
      const locale = negotiateLocale(req.get('accept-language'));
      res.status(202).set('Content-Language', locale).json({ message: accepted[locale](context.config.magicLinkTtlMinutes) });
    },
  },
  {
    method: 'post',
    path: '/address-confirmations',
    operationId: 'confirmRequesterAddress',
    summary: 'Confirm the requester’s e-mail address (P1 paging)',
    summaryZh: '确认提交人的邮箱地址（P1 值班通知）',
    description:
      'With the token from the acknowledgement e-mail of a P1 filed from an address not known yet. The address counts ' +
      'as confirmed from then on (its later P1s page the on-call list at once), and this ticket pages the on-call ' +
      'list now if it is still an open P1. The token works once, for 7 days. Limited per client address.',
    descriptionZh: '使用从未知地址提交的 P1 工单“已收到”邮件中的令牌。此后该地址视为已确认（它以后提交的 P1 工单会立即通知值班人员）；如果这个工单仍是未解决的 P1，现在就通知值班人员。令牌只能使用一次，有效期 7 天。按客户端地址限制频率。',
    tag: 'tickets',
    audience: ['anyone'],
    examples: ticketExamples.confirmRequesterAddress,
    body: { schema: AddressConfirmationBody },
    responses: { 200: { description: 'Confirmed.', descriptionZh: '已确认。', schema: AddressConfirmed } },
    problems: ['validation_failed', 'not_found', 'link_expired', 'rate_limited'],
    handler: async (req, res, { addressConfirmation }) => {
      const { token } = AddressConfirmationBody.parse(req.body);
      res.json(await confirmRequesterAddress(addressConfirmation, token, clientAddress(req)));
    },
  },
  {
    method: 'get',
    path: '/my/tickets',
    operationId: 'listMyTickets',
    summary: "The requester's tickets",
    summaryZh: '我提交的工单',
    description: 'With the magic link from the e-mail as bearer token: every ticket filed from that address.', descriptionZh: '以邮件中的魔法链接令牌作为 Bearer 令牌：返回从该地址提交的全部工单。',
    tag: 'tickets',
    audience: ['requester'],
    examples: ticketExamples.listMyTickets,
    query: PageQuery,
    responses: { 200: { description: 'One page, most recently updated first.', descriptionZh: '一页，最近更新的在前。', schema: RequesterPage } },
    problems: ['unauthenticated', 'forbidden', 'link_expired', 'validation_failed'],
    handler: async (req, res, { queue }) => {
      res.json(await queue.listRequesterTickets(req.actor, PageQuery.parse(req.query)));
    },
  },
]);
