import type { CreateSavedReplyInput } from '../saved-replies/schemas.js';

/**
 * Demo saved replies, shared with the whole team: the three a support desk uses most. Each says the same in both
 * languages; the requester's language picks one when it is filled in for a ticket.
 */
export const demoSavedReplies: CreateSavedReplyInput[] = [
  {
    name: '索取日志 Ask for logs',
    scope: 'shared',
    status: 'pending',
    bodyZh:
      '{{requester.name}}，您好：\n\n' +
      '为了查明 {{ticket.number}}「{{ticket.subject}}」的原因，请把问题出现前后各 30 分钟的应用日志作为附件回复给我们，' +
      '并告诉我们问题大约在什么时间出现、影响了哪些用户。\n\n' +
      '收到日志后我们会继续分析。\n\n{{agent.name}}',
    bodyEn:
      'Hello {{requester.name}},\n\n' +
      'To find the cause of {{ticket.number}} "{{ticket.subject}}", please reply with the application logs from 30 minutes ' +
      'before to 30 minutes after the problem as attachments, and tell us roughly when it happened and which users it affected.\n\n' +
      'We will carry on as soon as we have them.\n\n{{agent.name}}',
  },
  {
    name: '已修复，请确认 Fixed, please confirm',
    scope: 'shared',
    status: 'resolved',
    bodyZh:
      '{{requester.name}}，您好：\n\n' +
      '{{ticket.number}}「{{ticket.subject}}」的问题已经修复。请验证一下：问题解决了，请在工单页面点击“问题已解决，关闭工单”；' +
      '问题仍然存在，请在同一页面重新打开工单，并说明您看到的情况。\n\n' +
      '找不到工单的链接时，可以在 {{tracking.link}} 用提交时的邮箱重新获取。\n\n{{agent.name}}',
    bodyEn:
      'Hello {{requester.name}},\n\n' +
      '{{ticket.number}} "{{ticket.subject}}" is fixed. Please check: if the problem is solved, choose "Problem solved: close the ticket" ' +
      'on the ticket’s page; if it is still there, reopen the ticket on the same page and tell us what you see.\n\n' +
      'If you cannot find the ticket’s link, get it again at {{tracking.link}} with the address you filed from.\n\n{{agent.name}}',
  },
  {
    name: '问候 Greeting',
    scope: 'shared',
    status: null,
    bodyZh:
      '{{requester.name}}，您好！\n\n' +
      '我是 {{agent.name}}，负责处理您的工单 {{ticket.number}}。我们已经开始分析，有进展会第一时间告诉您。',
    bodyEn:
      'Hello {{requester.name}},\n\n' +
      'I am {{agent.name}} and I am looking after your ticket {{ticket.number}}. We have started on it and will tell you as soon as we know more.',
  },
];
