import { AttachmentService } from './attachments/service.js';
import { ApiTokenService } from './auth/api-token-service.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { AccountRepository, ApiTokenRepository } from './auth/repository.js';
import { AuthService, dummyPasswordHash } from './auth/service.js';
import type { AppContext } from './context.js';
import { ConversationService } from './conversation/service.js';
import { ProblemError } from './http/errors.js';
import { Mailbox, mailboxDirectory } from './notifications/mailbox.js';
import { OutboxAdmin, OutboxAdminRepository } from './notifications/outbox-admin.js';
import { OutboxRepository } from './notifications/outbox-repository.js';
import { NotificationSettingsService } from './notifications/settings.js';
import { mailSettings } from './notifications/ticket-mail.js';
import { RateLimiter } from './rate-limit/limiter.js';
import { StaffRepository } from './staff/repository.js';
import { StaffService } from './staff/service.js';
import { QueueService } from './tickets/queue.js';
import { TicketService } from './tickets/service.js';

/**
 * The composition root: every service built once, from the context, with its repositories passed in. Routes
 * receive this object (each declares the slice it uses); nothing else constructs a service.
 */
export function createServices(context: AppContext) {
  const tickets = new TicketService(context);
  const mailbox = new Mailbox(mailboxDirectory(context.config.dataDir));
  void dummyPasswordHash(); // computed now, so the first unknown address signing in is not slower than the rest
  return {
    context,
    tickets,
    queue: new QueueService(context, tickets),
    conversation: new ConversationService(context.prisma, context.now, mailSettings(context.config), (tx, ticketId, status, actor, reply, at) =>
      tickets.changeStatusWithReply(tx, ticketId, status, actor, reply, at),
    ),
    attachments: new AttachmentService(context.prisma),
    auth: new AuthService(
      new AccountRepository(context.prisma),
      new LoginThrottle(new RateLimiter(context.prisma, context.now)),
      context.config.sessionTtlHours,
      context.now,
    ),
    apiTokens: new ApiTokenService(new ApiTokenRepository(context.prisma), context.now),
    staff: new StaffService(new StaffRepository(context.prisma)),
    notificationSettings: new NotificationSettingsService(context.prisma, context.now),
    outboxAdmin: new OutboxAdmin(new OutboxAdminRepository(context.prisma), new OutboxRepository(context.prisma), context.now),
    mailbox: (): Mailbox => {
      if (context.config.mail.smtpUrl) throw new ProblemError('mailbox_disabled');
      return mailbox;
    },
  };
}

export type Services = ReturnType<typeof createServices>;
