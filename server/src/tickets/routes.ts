import { z } from 'zod';
import { readBodyWithFiles, uploadLimits } from '../attachments/multipart.js';
import { prepareAttachments, storeAttachments } from '../attachments/service.js';
import type { AppContext } from '../context.js';
import { clientAddress } from '../http/client-address.js';
import { defineRoutes, type Route } from '../http/route-spec.js';
import { QueueService } from './queue.js';
import { BulkResult, QueuePage, StatusCounts } from './queue-views.js';
import { BulkUpdateBody, CountsQuery, FileTicketBody, QueueQuery, TicketParams, UpdateTicketBody, type FileTicketInput } from './schemas.js';
import { TicketService } from './service.js';
import { FiledTicket, PublicTicketDetail, StaffTicket } from './views.js';
import { ticketExamples } from './examples.js';

export type TicketRouteServices = { context: AppContext; tickets: TicketService; queue: QueueService };

type Handler = Route<TicketRouteServices>['handler'];

/** Multipart carries the ticket as JSON in its `ticket` part, beside one `files` part per log or screenshot. */
const fileTicket: Handler = async (req, res, { context, tickets }) => {
  // The ticket is validated and the rate limits counted before any file is read.
  let input: FileTicketInput | undefined;
  const { files } = await readBodyWithFiles(req, uploadLimits(context.config, context.uploads), {
    jsonField: 'ticket',
    beforeFiles: async (body) => {
      input = FileTicketBody.parse(body);
      await tickets.admitFiling(input, req.actor, clientAddress(req));
    },
  });
  const attachments = prepareAttachments(files); // refuses a bad file before any database work
  const filed = await tickets.fileTicket(input!, req.actor, {
    admitted: true,
    alsoInTransaction: async (tx, ticket) => {
      await storeAttachments(tx, { ticket, messageId: null, actor: req.actor, attachments, at: context.now() });
    },
  });
  res.status(201).location(`/api/v1/tickets/${filed.number}`).json(filed);
};

const TicketView = z.union([StaffTicket, PublicTicketDetail]);
const tag = 'tickets';

/** The ticket routes (access links and address confirmation are in access-link-routes.ts). */
export const ticketRoutes = defineRoutes<TicketRouteServices>([
  {
    method: 'post',
    path: '/tickets',
    operationId: 'fileTicket',
    summary: 'File a ticket',
    summaryZh: '提交工单',
    description:
      'Anyone may file. The answer carries the tracking token and link once; only a hash is kept. Without a staff API token, ' +
      'filing is limited per client address and per requester e-mail. To attach logs, send multipart/form-data with ' +
      'this JSON object in a part named `ticket` and one `files` part per file (typed by content; programs refused). ' +
      'A form opened from a docs page ("ask about this page") sends that page as `context`; the ticket shows it to staff and to the customer.',
    descriptionZh: '任何人都可以提交。响应中只出现一次跟踪令牌和跟踪链接；服务器只保存哈希值。不带支持人员 API 令牌时，按客户端地址和提交人邮箱限制提交频率。要附加日志，请发送 multipart/form-data：把这个 JSON 对象放在名为 `ticket` 的部分中，每个文件一个 `files` 部分（按内容判定类型；拒绝程序文件）。从文档页面打开的表单（“就此页提问”）把该页面作为 `context` 发送；工单会把它显示给支持人员和客户。',
    tag,
    audience: ['anyone'],
    examples: ticketExamples.fileTicket,
    body: { schema: FileTicketBody, contentTypes: ['application/json', 'multipart/form-data'], jsonPart: 'ticket' },
    responses: { 201: { description: 'Filed.', descriptionZh: '已提交。', schema: FiledTicket } },
    problems: [
      'validation_failed',
      'malformed_json',
      'rate_limited',
      'server_busy',
      'malformed_multipart',
      'empty_attachment',
      'too_many_attachments',
      'attachment_too_large',
      'unsupported_media_type',
      'attachment_type_not_allowed',
    ],
    handler: fileTicket,
  },
  {
    method: 'get',
    path: '/tickets',
    operationId: 'listTickets',
    summary: 'The staff queue',
    summaryZh: '员工工单队列',
    description: 'Filtered, sorted and paged by cursor (follow `nextCursor`).', descriptionZh: '可筛选、排序，按游标分页（沿 `nextCursor` 翻页）。',
    tag,
    audience: ['staff'],
    examples: ticketExamples.listTickets,
    query: QueueQuery,
    responses: { 200: { description: 'One page of the queue.', descriptionZh: '队列的一页。', schema: QueuePage } },
    problems: ['unauthenticated', 'forbidden', 'validation_failed'],
    handler: async (req, res, { queue }) => {
      res.json(await queue.listQueue(req.actor, QueueQuery.parse(req.query)));
    },
  },
  {
    method: 'get',
    path: '/tickets/counts',
    operationId: 'countTickets',
    summary: 'Tickets per status',
    summaryZh: '各状态的工单数',
    description: 'Takes the queue filters except status.', descriptionZh: '接受除 status 以外的队列筛选条件。',
    tag,
    audience: ['staff'],
    examples: ticketExamples.countTickets,
    query: CountsQuery,
    responses: { 200: { description: 'Counts per status and in total.', descriptionZh: '各状态的数量及合计。', schema: StatusCounts } },
    problems: ['unauthenticated', 'forbidden', 'validation_failed'],
    handler: async (req, res, { queue }) => {
      res.json(await queue.countByStatus(req.actor, CountsQuery.parse(req.query)));
    },
  },
  {
    method: 'post',
    path: '/tickets/bulk',
    operationId: 'bulkUpdateTickets',
    summary: 'Change status, assignee, priority or tags of many tickets',
    summaryZh: '批量修改工单的状态、处理人、优先级或标签',
    description:
      'Each ticket changes on its own through the workflow, in a transaction of its own; failures are reported per ticket. ' +
      '`tags.add` and `tags.remove` change each ticket’s own tags and keep the others; a ticket that would end up with more ' +
      'than 10 is refused (`validation_failed`) and left as it was.',
    descriptionZh: '每个工单各自通过工作流、在各自的事务中修改；失败按工单逐一报告。`tags.add` 和 `tags.remove` 只改动每个工单上的这些标签，保留其他标签；修改后标签会超过 10 个的工单会被拒绝（`validation_failed`），保持原样。',
    tag,
    audience: ['staff'],
    examples: ticketExamples.bulkUpdateTickets,
    body: { schema: BulkUpdateBody },
    responses: { 200: { description: 'One outcome per ticket.', descriptionZh: '每个工单一项结果。', schema: BulkResult } },
    problems: ['unauthenticated', 'forbidden', 'validation_failed'],
    handler: async (req, res, { queue }) => {
      res.json(await queue.bulkUpdate(req.actor, BulkUpdateBody.parse(req.body)));
    },
  },
  {
    method: 'get',
    path: '/tickets/{number}',
    operationId: 'getTicket',
    summary: 'Read a ticket',
    summaryZh: '查看工单',
    description: "Staff get the whole ticket and timeline; the ticket's link holders get the customer's view.", descriptionZh: '支持人员得到完整的工单和时间线；该工单链接的持有人得到客户视图。',
    tag,
    audience: ['staff', 'ticket-link', 'requester'],
    examples: ticketExamples.getTicket,
    params: TicketParams,
    responses: { 200: { description: 'The ticket.', descriptionZh: '工单。', schema: TicketView } },
    problems: ['unauthenticated', 'link_expired', 'not_found'],
    handler: async (req, res, { tickets }) => {
      res.json(await tickets.getTicket(req.actor, TicketParams.parse(req.params).number));
    },
  },
  {
    method: 'get',
    path: '/my/ticket',
    operationId: 'getLinkedTicket',
    summary: 'Read the ticket a tracking link opens',
    summaryZh: '查看跟踪链接对应的工单',
    description: 'With the tracking token from the e-mail as bearer token: the customer’s view of that one ticket, so a page holding only the link learns its number.', descriptionZh: '以邮件中的跟踪令牌作为 Bearer 令牌：返回该工单的客户视图，使只持有链接的页面能得知工单编号。',
    tag,
    audience: ['ticket-link'],
    examples: ticketExamples.getLinkedTicket,
    responses: { 200: { description: 'The ticket, as its requester sees it.', descriptionZh: '提交人看到的工单。', schema: PublicTicketDetail } },
    problems: ['unauthenticated', 'forbidden', 'link_expired'],
    handler: async (req, res, { tickets }) => {
      res.json(await tickets.getLinkedTicket(req.actor));
    },
  },
  {
    method: 'patch',
    path: '/tickets/{number}',
    operationId: 'updateTicket',
    summary: 'Change a ticket',
    summaryZh: '修改工单',
    description: 'Send the version you read; if someone changed the ticket since, the answer is version_conflict.', descriptionZh: '发送你读取时的版本号；如果此后有人修改了工单，返回 version_conflict。',
    tag,
    audience: ['staff'],
    examples: ticketExamples.updateTicket,
    params: TicketParams,
    body: { schema: UpdateTicketBody },
    responses: { 200: { description: 'The changed ticket.', descriptionZh: '修改后的工单。', schema: StaffTicket } },
    problems: ['unauthenticated', 'forbidden', 'not_found', 'validation_failed', 'version_conflict', 'invalid_transition'],
    handler: async (req, res, { tickets }) => {
      const { number } = TicketParams.parse(req.params);
      res.json(await tickets.updateTicket(req.actor, number, UpdateTicketBody.parse(req.body)));
    },
  },
  {
    method: 'post',
    path: '/tickets/{number}/confirm',
    operationId: 'confirmResolution',
    summary: 'Confirm the resolution',
    summaryZh: '确认问题已解决',
    description: 'The customer agrees the problem is solved; the resolved ticket closes.', descriptionZh: '客户确认问题已解决；已解决的工单随即关闭。',
    tag,
    audience: ['ticket-link', 'requester'],
    examples: ticketExamples.confirmResolution,
    params: TicketParams,
    responses: { 200: { description: 'The closed ticket.', descriptionZh: '已关闭的工单。', schema: PublicTicketDetail } },
    problems: ['unauthenticated', 'forbidden', 'link_expired', 'not_found', 'invalid_transition', 'version_conflict'],
    handler: async (req, res, { tickets }) => {
      res.json(await tickets.confirmResolution(req.actor, TicketParams.parse(req.params).number));
    },
  },
  {
    method: 'post',
    path: '/tickets/{number}/reopen',
    operationId: 'reopenTicket',
    summary: 'Reopen a ticket',
    summaryZh: '重新打开工单',
    description: 'A resolved or closed ticket returns to open (while its link is valid).', descriptionZh: '已解决或已关闭的工单回到处理中（在链接有效期内）。',
    tag,
    audience: ['ticket-link', 'requester', 'staff'],
    examples: ticketExamples.reopenTicket,
    params: TicketParams,
    responses: { 200: { description: 'The reopened ticket.', descriptionZh: '重新打开的工单。', schema: TicketView } },
    problems: ['unauthenticated', 'link_expired', 'not_found', 'invalid_transition', 'version_conflict'],
    handler: async (req, res, { tickets }) => {
      res.json(await tickets.reopenTicket(req.actor, TicketParams.parse(req.params).number));
    },
  },
]);
