import type { Logger } from '../logger.js';
import { ProblemError } from '../http/errors.js';
import { startPeriodic } from '../shared/periodic.js';
import type { TicketChanges } from './pipeline.js';
import { TicketChangeRepository, type TicketRepository } from './repository.js';
import type { TicketService } from './service.js';

const batchSize = 100;
const dayMs = 86_400_000;

export type AutoCloseDeps = {
  tickets: TicketService;
  repository: TicketRepository;
  changes: TicketChanges;
  autoCloseDays: number;
  now: () => Date;
  logger: Logger;
};

/**
 * Closes every ticket that has stayed resolved for AUTO_CLOSE_DAYS: the customer had that long to reopen it.
 * Safe on many replicas at once: each close is conditional on the ticket's version, so a ticket another replica
 * (or the customer) changed meanwhile is left alone. Returns how many tickets this call closed.
 */
export async function closeStaleResolvedTickets(deps: AutoCloseDeps): Promise<number> {
  const cutoff = new Date(deps.now().getTime() - deps.autoCloseDays * dayMs);
  const skipped: string[] = [];
  let closed = 0;
  for (;;) {
    const batch = await deps.repository.findResolvedBefore(cutoff, batchSize, skipped);
    for (const ticket of batch) {
      try {
        await deps.tickets.changeTicket(ticket, { status: 'closed' }, 'system', { source: 'auto_close', statusEvent: 'auto_closed' });
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
 * Reminds the customer of every resolved ticket that closes by itself within the reminder lead and was not
 * reminded since it was resolved: a change through the pipeline (the e-mail subscriber sends it), claimed by a
 * condition on the ticket, so several replicas never remind twice. Returns how many reminders this call made.
 */
export async function sendAutoCloseReminders(deps: AutoCloseDeps): Promise<number> {
  const closeAfterMs = deps.autoCloseDays * dayMs;
  const now = deps.now();
  const cutoff = new Date(now.getTime() - (closeAfterMs - reminderLeadMs(deps.autoCloseDays)));
  let reminded = 0;
  for (;;) {
    const due = await deps.repository.findDueForReminder(cutoff, batchSize);
    for (const { id, resolvedAt } of due) {
      const closesAt = resolvedAt!.getTime() + closeAfterMs;
      const closesInHours = Math.max(1, Math.ceil((closesAt - now.getTime()) / 3_600_000));
      const applied = await deps.repository.transaction(async (tx) => {
        const ticket = await new TicketChangeRepository(tx).find(id);
        return deps.changes.apply(
          tx,
          ticket,
          {
            source: 'close_reminder',
            facts: { closeReminderAt: now },
            claim: { status: 'resolved', closeReminderAt: null }, // reopened, closed or reminded by another replica meanwhile
            events: [{ type: 'close_reminder_sent', after: { closesAt: new Date(closesAt).toISOString() } }],
            reminder: { closesInHours },
          },
          'system',
          now,
        );
      });
      if (applied) reminded += 1;
    }
    if (due.length < batchSize) return reminded;
  }
}

/**
 * Runs the auto-closer now and then every `intervalMs` (default 15 minutes) until stopped. Runs never overlap.
 * The returned function stops the timer and waits for a run in progress, so shutdown can close the database after.
 */
export function startAutoCloser(deps: AutoCloseDeps, intervalMs = 15 * 60_000): () => Promise<void> {
  return startPeriodic(
    async () => {
      // Close first: a ticket already past its time is closed, not reminded.
      const count = await closeStaleResolvedTickets(deps);
      if (count > 0) deps.logger.info({ closed: count }, 'auto-closed resolved tickets');
      const reminded = await sendAutoCloseReminders(deps);
      if (reminded > 0) deps.logger.info({ reminded }, 'reminded customers of resolved tickets that close soon');
    },
    intervalMs,
    (error) => deps.logger.error({ err: error }, 'auto-closing resolved tickets failed'),
  );
}
