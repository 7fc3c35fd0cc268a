import { AttachmentRepository } from './attachments/repository.js';
import { AttachmentService } from './attachments/service.js';
import { ApiTokenService } from './auth/api-token-service.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { AccountRepository, ApiTokenRepository, CredentialRepository } from './auth/repository.js';
import { AuthService, dummyPasswordHash } from './auth/service.js';
import type { AppContext } from './context.js';
import { ConversationRepository } from './conversation/repository.js';
import { ConversationService } from './conversation/service.js';
import { PageFeedbackRepository } from './feedback/repository.js';
import { PageFeedbackService } from './feedback/service.js';
import { ProblemError } from './http/errors.js';
import { Mailbox, mailboxDirectory } from './notifications/mailbox.js';
import { mailSubscriber } from './notifications/mail-subscriber.js';
import { OutboxAdmin } from './notifications/outbox-admin.js';
import { OutboxAdminRepository } from './notifications/outbox-admin-repository.js';
import { OutboxRepository } from './notifications/outbox-repository.js';
import { NotificationSettingsService } from './notifications/settings.js';
import { NotificationSettingsRepository } from './notifications/settings-repository.js';
import { mailSettings, notifyMagicLink } from './notifications/ticket-mail.js';
import { RateLimiter } from './rate-limit/limiter.js';
import { RateLimitRepository } from './rate-limit/repository.js';
import { createSearch, searchSubscriber } from './search/index.js';
import type { SearchEngine } from './search/documents.js';
import { SlaAdminRepository } from './sla/admin-repository.js';
import { SlaClockRepository } from './sla/repository.js';
import { SlaService } from './sla/service.js';
import { SlaEscalationRepository } from './sla/escalation-repository.js';
import { SlaReportRepository } from './sla/report-repository.js';
import { SlaReportService } from './sla/report.js';
import type { EscalationDeps } from './sla/escalations.js';
import { slaSubscriber } from './sla/subscriber.js';
import { SavedReplyRepository } from './saved-replies/repository.js';
import { SavedReplyService } from './saved-replies/service.js';
import { StaffRepository } from './staff/repository.js';
import { StaffService } from './staff/service.js';
import { AccessLinkRepository } from './tickets/access-link-repository.js';
import type { AccessLinkDeps, DeliverAccessLink } from './tickets/access-links.js';
import type { AddressConfirmationDeps } from './tickets/address-confirmation.js';
import type { AutoCloseDeps } from './tickets/auto-close.js';
import { liveChannel, liveSubscriber } from './tickets/live.js';
import { LiveFeed } from './tickets/live-feed.js';
import { LiveRepository } from './tickets/live-repository.js';
import { formatTicketNumber } from './tickets/number.js';
import { TicketChanges, type TicketSubscriber } from './tickets/pipeline.js';
import { PresenceService } from './tickets/presence.js';
import { PresenceRepository } from './tickets/presence-repository.js';
import { QueueRepository } from './tickets/queue-repository.js';
import { QueueService } from './tickets/queue.js';
import { RecentChanges } from './tickets/recent-changes.js';
import { TicketRepository } from './tickets/repository.js';
import { seenSubscriber } from './tickets/seen.js';
import { SeenRepository } from './tickets/seen-repository.js';
import { TicketService } from './tickets/service.js';
import { shippedCurriculum, type Curriculum } from './training/curriculum.js';
import type { LessonChangeDeps } from './training/lesson-changes.js';
import { TrainingRepository } from './training/repository.js';
import { TrainingService } from './training/service.js';

export type ServiceOptions = {
  /** Subscribers of the ticket change pipeline beyond the built-in ones (the SLA clock, search; tests add theirs). */
  ticketSubscribers?: TicketSubscriber[];
  /** Keep the embedded search index in a snapshot under DATA_DIR (a running server); else in memory (tests). */
  persistSearch?: boolean;
  /** A search engine to use instead of the configured one (the contract tests). */
  searchEngine?: SearchEngine;
  /** The training curriculum instead of the one this release ships (tests). */
  curriculum?: Curriculum;
};

/**
 * The composition root: every repository and service built once, from the context, each service given the
 * repositories it uses. Routes receive this object (each declares the slice it uses), and so do the background
 * workers; nothing else constructs a service or reaches for the Prisma client.
 */
export function createServices(context: AppContext, options: ServiceOptions = {}) {
  const { config, prisma, now, logger } = context;
  const mail = mailSettings(config);
  const limiter = new RateLimiter(new RateLimitRepository(prisma), now);
  const ticketRepository = new TicketRepository(prisma);
  // The one change path: every change to a ticket reaches these subscribers inside its transaction. The SLA clocks
  // come first, so the e-mail rules that follow read due times as this change left them.
  const changes = new TicketChanges([slaSubscriber(), mailSubscriber(mail), seenSubscriber(), liveSubscriber(), searchSubscriber(), ...(options.ticketSubscribers ?? [])], {
    trackingLinkTtlDays: config.trackingLinkTtlDays,
  });
  const tickets = new TicketService({ config, tickets: ticketRepository, changes, seen: new SeenRepository(prisma), limiter, logger, now });
  const search = createSearch(context, limiter, { persist: options.persistSearch, engine: options.searchEngine });
  const liveRepository = new LiveRepository(prisma);
  const presence = new PresenceService({
    presence: new PresenceRepository(prisma),
    tickets: ticketRepository,
    announce: (number) => liveRepository.announce({ type: 'presence', number: formatTicketNumber(number) }),
    now,
  });
  const attachments = new AttachmentService(new AttachmentRepository(prisma), ticketRepository);
  const mailbox = new Mailbox(mailboxDirectory(config.dataDir));
  const outbox = new OutboxRepository(prisma);
  const deliverAccessLink: DeliverAccessLink = async (tx, email, url) => {
    await notifyMagicLink(tx, mail, { email, url, expiresInMinutes: config.magicLinkTtlMinutes }, now());
    // Operators see that links are asked for; neither the address nor the link is logged.
    logger.debug('access link issued; e-mail queued');
  };
  const accessLinks: AccessLinkDeps = { config, tickets: ticketRepository, links: new AccessLinkRepository(prisma), limiter, deliver: deliverAccessLink, logger, now };
  const addressConfirmation: AddressConfirmationDeps = { tickets: ticketRepository, changes, limiter, now };
  const autoClose: AutoCloseDeps = { tickets, repository: ticketRepository, changes, autoCloseDays: config.autoCloseDays, now, logger };
  const slaEscalations: EscalationDeps = { escalations: new SlaEscalationRepository(prisma), tickets: ticketRepository, changes, supportTimeZone: config.support.timeZone, now, logger };
  const curriculum = options.curriculum ?? shippedCurriculum();
  const trainingRepository = new TrainingRepository(prisma);
  const lessonChanges: LessonChangeDeps = { repository: trainingRepository, curriculum, publicUrl: config.publicUrl, mailDomain: mail.domain, logger, now };
  void dummyPasswordHash(); // computed now, so the first unknown address signing in is not slower than the rest
  return {
    context,
    changes,
    tickets,
    queue: new QueueService(new QueueRepository(prisma), tickets, presence, (text) => search.service.matchingTicketIds(text), now),
    search: search.service,
    searchSetup: search,
    presence,
    // Console streams end when the process stops (server.ts), so their clients reconnect to another replica.
    live: new LiveFeed({ listen: (onNotify) => context.db.listen(liveChannel, onNotify), logger }),
    recentChanges: new RecentChanges({ live: liveRepository, now }),
    conversation: new ConversationService({ tickets: ticketRepository, conversation: new ConversationRepository(prisma), attachments, changes, limiter, now }),
    attachments,
    savedReplies: new SavedReplyService({ config, replies: new SavedReplyRepository(prisma), tickets: ticketRepository, now }),
    accessLinks,
    addressConfirmation,
    autoClose,
    slaEscalations,
    slaReport: new SlaReportService({ reports: new SlaReportRepository(prisma), timeZone: config.support.timeZone, now }),
    training: new TrainingService({ config, repository: trainingRepository, curriculum, limiter, mailDomain: mail.domain, logger, now }),
    lessonChanges,
    pageFeedback: new PageFeedbackService({ feedback: new PageFeedbackRepository(prisma), limiter, publicUrl: config.publicUrl, now }),
    limiter,
    credentials: new CredentialRepository(prisma),
    auth: new AuthService(new AccountRepository(prisma), new LoginThrottle(limiter), config.sessionTtlHours, now),
    apiTokens: new ApiTokenService(new ApiTokenRepository(prisma), now),
    staff: new StaffService(new StaffRepository(prisma)),
    sla: new SlaService({ admin: new SlaAdminRepository(prisma), clocks: new SlaClockRepository(prisma), tickets: ticketRepository, now }),
    notificationSettings: new NotificationSettingsService(new NotificationSettingsRepository(prisma), now),
    outbox,
    outboxAdmin: new OutboxAdmin(new OutboxAdminRepository(prisma), outbox, now),
    mailbox: (): Mailbox => {
      if (config.mail.smtpUrl) throw new ProblemError('mailbox_disabled');
      return mailbox;
    },
  };
}

export type Services = ReturnType<typeof createServices>;
