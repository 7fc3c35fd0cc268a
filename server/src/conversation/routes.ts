import type { Request } from 'express';
import { readBodyWithFiles, uploadLimits, type UploadedFile, type UploadLimits } from '../attachments/multipart.js';
import type { AppContext } from '../context.js';
import { clientAddress } from '../http/client-address.js';
import { defineRoutes } from '../http/route-spec.js';
import { ProblemError } from '../http/errors.js';
import type { ConversationService } from './service.js';
import { ConversationView, MessageInput, MessageRequestBody, MessageView, TicketParams } from './schemas.js';
import { conversationExamples } from './examples.js';

/**
 * A reply arrives as JSON, or as multipart/form-data with the same fields when it carries files. Its text fields
 * are validated, and `admit` (the rate limits) runs, before any file is read.
 */
async function readMessage(req: Request, limits: UploadLimits, admit: () => Promise<void>): Promise<{ input: MessageInput; files: UploadedFile[] }> {
  const { body, files } = await readBodyWithFiles(req, limits, {
    beforeFiles: async (early) => {
      MessageInput.parse(early);
      await admit();
    },
  });
  return { input: MessageInput.parse(body), files };
}

export type ConversationRouteServices = { context: AppContext; conversation: ConversationService };

export const conversationRoutes = defineRoutes<ConversationRouteServices>([
  {
    method: 'get',
    path: '/tickets/{number}/messages',
    operationId: 'listTicketMessages',
    summary: 'The conversation of a ticket, oldest first, with the files of each message',
    summaryZh: '工单的对话记录（按时间先后）及每条消息的附件',
    description:
      'Staff see public replies and internal notes; the holder of the ticket’s tracking link or of a magic link ' +
      'for the requester’s address sees public replies only. A ticket the caller may not see answers 404.',
    descriptionZh: '支持人员能看到公开回复和内部备注；工单跟踪链接或提交人邮箱“我的工单”链接的持有人只能看到公开回复。调用方无权查看的工单返回 404。',
    tag: 'conversation',
    audience: ['staff', 'ticket-link', 'requester'],
    examples: conversationExamples.listTicketMessages,
    params: TicketParams,
    responses: { 200: { description: 'The conversation.', descriptionZh: '会话。', schema: ConversationView } },
    problems: ['unauthenticated', 'not_found', 'link_expired'],
    handler: async (req, res, { conversation }) => {
      const { number } = TicketParams.parse(req.params);
      res.json(await conversation.listConversation(req.actor, number));
    },
  },
  {
    method: 'post',
    path: '/tickets/{number}/messages',
    operationId: 'addTicketMessage',
    summary: 'Add a public reply, or (staff) an internal note, optionally with files',
    summaryZh: '添加公开回复或（仅客服）内部备注，可附带文件',
    description:
      'JSON, or multipart/form-data with the same fields plus one `files` part per file. Files are typed by their ' +
      'content (text, JSON, PNG, JPEG, GIF, WebP, PDF, ZIP, gzip); programs and scripts are refused whatever their ' +
      'name. If any file is refused, nothing of the message is stored. A customer reply to a pending ticket ' +
      'moves it to open. Customer replies are limited per ticket and per client address; a burst of them makes one e-mail to staff. The first public staff reply sets the first-response time. Staff may add `status` ' +
      '(pending or resolved) to a public reply to move the ticket in the same step: the customer then gets one ' +
      'e-mail quoting the reply. A move the workflow forbids answers `invalid_transition` and stores nothing.',
    descriptionZh: 'JSON，或带相同字段的 multipart/form-data，每个文件另加一个 `files` 部分。文件按内容判定类型（文本、JSON、PNG、JPEG、GIF、WebP、PDF、ZIP、gzip）；程序和脚本无论文件名如何都会被拒绝。只要有一个文件被拒绝，这条消息的任何内容都不保存。客户回复待客户反馈的工单时，工单转为处理中。客户回复按工单和客户端地址限制频率；连续的多条回复只给支持人员发一封邮件。支持人员的第一条公开回复确定首次响应时间。支持人员可以在公开回复中加上 `status`（pending 或 resolved），一步完成工单状态的变更：客户随后只收到一封引用该回复的邮件。工作流不允许的状态变更返回 `invalid_transition`，不保存任何内容。',
    tag: 'conversation',
    audience: ['staff', 'ticket-link', 'requester'],
    examples: conversationExamples.addTicketMessage,
    params: TicketParams,
    body: { schema: MessageRequestBody, contentTypes: ['application/json', 'multipart/form-data'] },
    responses: { 201: { description: 'The message as stored, with its files.', descriptionZh: '保存后的消息及其文件。', schema: MessageView } },
    problems: [
      'unauthenticated',
      'forbidden',
      'csrf_failed',
      'not_found',
      'link_expired',
      'rate_limited',
      'server_busy',
      'ticket_closed',
      'invalid_transition',
      'version_conflict',
      'malformed_multipart',
      'empty_attachment',
      'too_many_attachments',
      'payload_too_large',
      'attachment_too_large',
      'unsupported_media_type',
      'attachment_type_not_allowed',
    ],
    handler: async (req, res, { context, conversation }) => {
      const { number } = TicketParams.parse(req.params);
      // Who may post is settled before a possibly large upload is read.
      const ticket = await conversation.ticketFor(req.actor, number);
      const limits = uploadLimits(context.config, context.uploads);
      const { input, files } = await readMessage(req, limits, () => conversation.admitReply(req.actor, ticket, clientAddress(req)));
      if (input.status !== undefined && input.visibility === 'internal') {
        throw new ProblemError('validation_failed', {
          errors: [{ field: 'status', code: 'not_with_note', message: 'a status can be set with a public reply only' }],
        });
      }
      const message =
        input.visibility === 'internal'
          ? await conversation.addInternalNote(req.actor, ticket, input.body, files)
          : await conversation.addReply(req.actor, ticket, input.body, files, input.status);
      res.status(201).json(message);
    },
  },
]);
