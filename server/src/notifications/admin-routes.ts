import { z } from 'zod';
import { staffOf } from '../auth/actor.js';
import type { ProblemCode } from '../http/errors.js';
import { defineRoutes, type RouteSpec } from '../http/route-spec.js';
import {
  MailboxMessage,
  MailboxPage,
  MailboxParams,
  MailboxQuery,
  OutboxItem,
  OutboxPage,
  OutboxParams,
  OutboxQuery,
} from './admin-schemas.js';
import type { Mailbox } from './mailbox.js';
import type { OutboxAdmin } from './outbox-admin.js';
import { notificationExamples } from './examples.js';

/** The embedded mailbox, or `mailbox_disabled` when SMTP is configured (nothing is written there then). */
export type MailboxAccess = () => Mailbox;

export type AdminMailRouteServices = { outboxAdmin: OutboxAdmin; mailbox: MailboxAccess };

const tag = 'mail';
const audience: RouteSpec['audience'] = ['admin'];
const everyAdminProblem: ProblemCode[] = ['unauthenticated', 'forbidden'];

/** The outbox with its dead letters, and the embedded mailbox. Administrators only. */
export const adminMailRoutes = defineRoutes<AdminMailRouteServices>([
  {
    method: 'get',
    path: '/admin/outbox',
    operationId: 'listOutbox',
    summary: 'Outgoing e-mail and its fate: waiting, being sent, sent, or dead letters',
    summaryZh: '外发邮件及其投递状态：等待、发送中、已发送或投递失败',
    description:
      'Newest first, paged by cursor (follow `nextCursor`), filtered by `status` and `kind`. `lastError` says why a ' +
      'message failed, e.g. the SMTP server’s reply. The message’s content (payload) is never shown: until it is ' +
      'sent it holds live tracking and sign-in links.',
    descriptionZh: '最新的在前，按游标分页（沿 `nextCursor` 翻页），可按 `status` 和 `kind` 筛选。`lastError` 说明邮件失败的原因，例如 SMTP 服务器的回复。从不显示邮件内容（payload）：发出之前其中含有有效的跟踪链接和登录链接。',
    tag,
    audience,
    examples: notificationExamples.listOutbox,
    query: OutboxQuery,
    responses: { 200: { description: 'One page of the outbox, with counts per status.', descriptionZh: '发件箱的一页，附各状态的数量。', schema: OutboxPage } },
    problems: everyAdminProblem,
    handler: async (req, res, { outboxAdmin }) => {
      res.json(await outboxAdmin.list(OutboxQuery.parse(req.query)));
    },
  },
  {
    method: 'get',
    path: '/admin/outbox/{id}',
    operationId: 'getOutboxMessage',
    summary: 'One outgoing e-mail',
    summaryZh: '单封外发邮件',
    description: 'The same fields as in the list; never the payload.', descriptionZh: '字段与列表中相同；从不包含邮件内容（payload）。',
    tag,
    audience,
    examples: notificationExamples.getOutboxMessage,
    params: OutboxParams,
    responses: { 200: { description: 'The outbox row.', descriptionZh: '发件箱行。', schema: OutboxItem } },
    problems: [...everyAdminProblem, 'not_found'],
    handler: async (req, res, { outboxAdmin }) => {
      res.json(await outboxAdmin.get(OutboxParams.parse(req.params).id));
    },
  },
  {
    method: 'post',
    path: '/admin/outbox/{id}/resend',
    operationId: 'resendOutboxMessage',
    summary: 'Send a dead letter again',
    summaryZh: '重新发送投递失败的邮件',
    description:
      'The message is due at once, with a fresh count of attempts and the same Message-ID, so a recipient who got ' +
      'an earlier attempt sees a repeat rather than a new e-mail. Fix the cause first (the address, the SMTP ' +
      'settings). Only a `dead` message can be resent (`not_resendable`, with its current status in `detail`).',
    descriptionZh: '邮件立即进入待发送，尝试次数重新计算，Message-ID 不变，因此收到过先前尝试的收件人看到的是重复邮件而不是新邮件。请先排除原因（地址、SMTP 设置）。只有 `dead` 的邮件可以重新发送（否则返回 `not_resendable`，`detail` 中给出当前状态）。',
    tag,
    audience,
    examples: notificationExamples.resendOutboxMessage,
    params: OutboxParams,
    responses: { 200: { description: 'The row, now pending.', descriptionZh: '该行，现在为待发送。', schema: OutboxItem } },
    problems: [...everyAdminProblem, 'csrf_failed', 'not_found', 'not_resendable'],
    handler: async (req, res, { outboxAdmin }) => {
      const { id } = OutboxParams.parse(req.params);
      const resent = await outboxAdmin.resend(id);
      req.log.info({ outboxId: id, kind: resent.kind, by: staffOf(req.actor).userId }, 'dead letter queued again by an administrator');
      res.json(resent);
    },
  },
  {
    method: 'get',
    path: '/admin/mailbox',
    operationId: 'listMailbox',
    summary: 'The embedded mailbox: e-mail written to DATA_DIR/mail when no SMTP server is configured',
    summaryZh: '内置邮箱：未配置 SMTP 时写入 DATA_DIR/mail 的邮件',
    description:
      'Newest first, paged with `before` (follow `nextBefore`). Only the headers are read. With `SMTP_URL` set ' +
      'nothing is written there and the mailbox answers `mailbox_disabled`.',
    descriptionZh: '最新的在前，用 `before` 分页（沿 `nextBefore` 翻页）。只读取邮件头。设置了 `SMTP_URL` 时不会写入这里，邮箱返回 `mailbox_disabled`。',
    tag,
    audience,
    examples: notificationExamples.listMailbox,
    query: MailboxQuery,
    responses: { 200: { description: 'One page of messages.', descriptionZh: '一页邮件。', schema: MailboxPage } },
    problems: [...everyAdminProblem, 'mailbox_disabled'],
    handler: async (req, res, { mailbox }) => {
      res.json(await mailbox().list(MailboxQuery.parse(req.query)));
    },
  },
  {
    method: 'get',
    path: '/admin/mailbox/{id}',
    operationId: 'getMailboxMessage',
    summary: 'One message of the embedded mailbox, parsed',
    summaryZh: '内置邮箱中的单封邮件（已解析）',
    description: 'Headers decoded (a Chinese subject reads as Chinese), with the text and HTML bodies.', descriptionZh: '解码后的邮件头（中文主题显示为中文），以及纯文本和 HTML 正文。',
    tag,
    audience,
    examples: notificationExamples.getMailboxMessage,
    params: MailboxParams,
    responses: { 200: { description: 'The message.', descriptionZh: '邮件。', schema: MailboxMessage } },
    problems: [...everyAdminProblem, 'not_found', 'mailbox_disabled'],
    handler: async (req, res, { mailbox }) => {
      res.json(await mailbox().read(MailboxParams.parse(req.params).id));
    },
  },
  {
    method: 'get',
    path: '/admin/mailbox/{id}/raw',
    operationId: 'downloadMailboxMessage',
    summary: 'One message of the embedded mailbox, as the .eml file',
    summaryZh: '下载内置邮箱中的单封邮件（.eml 文件）',
    description: 'Served as a download (Content-Disposition: attachment) to open in a mail client.', descriptionZh: '以下载方式提供（Content-Disposition: attachment），可在邮件客户端中打开。',
    tag,
    audience,
    examples: notificationExamples.downloadMailboxMessage,
    params: MailboxParams,
    responses: { 200: { description: 'The RFC 5322 message as written.', descriptionZh: '按原样写入的 RFC 5322 邮件。', schema: z.file(), contentType: 'message/rfc822' } },
    problems: [...everyAdminProblem, 'not_found', 'mailbox_disabled'],
    handler: async (req, res, { mailbox }) => {
      const { id } = MailboxParams.parse(req.params);
      const content = await mailbox().raw(id);
      res.set({ 'Content-Type': 'message/rfc822', 'Content-Disposition': `attachment; filename="${id}.eml"`, 'X-Content-Type-Options': 'nosniff' });
      res.send(content);
    },
  },
]);
