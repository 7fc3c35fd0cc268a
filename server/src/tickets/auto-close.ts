import type { AppContext } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import { ProblemError } from '../http/errors.js';
import { mailSettings, notifyAutoCloseReminder } from '../notifications/ticket-mail.js';
import { recordEvent } from './events.js';
import { TicketService } from './service.js';

const batchSize = 100;
const dayMs = 86_400_000;

/**
 * Closes every ticket that has stayed resolved for AUTO_CLOSE_DAYS: the customer had that long to reopen it.
 * Safe on many replicas at once: each close is conditional on the ticket's version, so a ticket another replica
 * (or the customer) changed meanwhile is left alone. Returns how many tickets this call closed.
 */
export async function closeStaleResolvedTickets(context: AppContext): Promise<number> {
  const service = new TicketService(context);
  const cutoff = new Date(context.now().getTime() - context.config.autoCloseDays * dayMs);
  const skipped: string[] = [];
  let closed = 0;
  for (;;) {
    const batch = await service.tickets.findResolvedBefore(cutoff, batchSize, skipped);
    for (const ticket of batch) {
      try {
        await service.changeTicket(ticket, { status: 'closed' }, 'system', 'auto_closed');
        closed += 1;
      } catch (error) {
        // Someone got there first; the next run sees the ticket as it is now.
        if (!(error instanceof ProblemError)) throw error;
        skipped.push(ticket.id);
      }
    }
    if (batch.length < batchSize) return closed;
  }
}

/** How long before the automatic close the customer is reminded: a day, or half the wait when that is shorter. */
export function reminderLeadMs(autoCloseDays: number): number {
  return Math.min(dayMs, (autoCloseDays * dayMs) / 2);
}

/**
 * E-mails the customer of every resolved ticket that closes by itself within the reminder lead and was not
 * reminded since it was resolved. Each reminder is claimed by a conditional update in the transaction that
 * queues the e-mail, so several replicas never send one twice. Returns how many reminders this call queued.
 */
export async function sendAutoCloseReminders(context: AppContext): Promise<number> {
  const { prisma } = context;
  const mail = mailSettings(context.config);
  const closeAfterMs = context.config.autoCloseDays * dayMs;
  const now = context.now();
  const cutoff = new Date(now.getTime() - (closeAfterMs - reminderLeadMs(context.config.autoCloseDays)));
  let reminded = 0;
  for (;;) {
    const due = await prisma.ticket.findMany({
      where: { status: 'resolved', resolvedAt: { lte: cutoff }, closeReminderAt: null },
      select: { id: true, resolvedAt: true },
      orderBy: { resolvedAt: 'asc' },
      take: batchSize,
    });
    for (const ticket of due) {
      const closesAt = ticket.resolvedAt!.getTime() + closeAfterMs;
      const closesInHours = Math.max(1, Math.ceil((closesAt - now.getTime()) / 3_600_000));
      const queued = await inTransaction(prisma, async (tx) => {
        const { count } = await tx.ticket.updateMany({ where: { id: ticket.id, status: 'resolved', closeReminderAt: null }, data: { closeReminderAt: now } });
        if (count === 0) return false; // reopened, closed or reminded by another replica meanwhile
        await recordEvent(tx, { ticketId: ticket.id, actor: 'system', type: 'close_reminder_sent', after: { closesAt: new Date(closesAt).toISOString() }, at: now });
        await notifyAutoCloseReminder(tx, mail, ticket.id, closesInHours, now);
        return true;
      });
      if (queued) reminded += 1;
    }
    if (due.length < batchSize) return reminded;
  }
}

/**
 * Runs the auto-closer now and then every `intervalMs` (default 15 minutes) until stopped. Runs never overlap.
 * The returned function stops the timer and waits for a run in progress, so shutdown can close the database after.
 */
export function startAutoCloser(context: AppContext, intervalMs = 15 * 60_000): () => Promise<void> {
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    // Close first: a ticket already past its time is closed, not reminded.
    running = closeStaleResolvedTickets(context)
      .then(async (count) => {
        if (count > 0) context.logger.info({ closed: count }, 'auto-closed resolved tickets');
        const reminded = await sendAutoCloseReminders(context);
        if (reminded > 0) context.logger.info({ reminded }, 'reminded customers of resolved tickets that close soon');
      })
      .then(
        () => undefined,
        (error: unknown) => context.logger.error({ err: error }, 'auto-closing resolved tickets failed'),
      )
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(run, intervalMs);
  // The timer alone must not keep the process alive; the HTTP server does.
  timer.unref();
  run();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
