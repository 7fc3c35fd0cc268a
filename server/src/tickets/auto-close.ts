import type { AppContext } from '../context.js';
import { ProblemError } from '../http/errors.js';
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

/**
 * Runs the auto-closer now and then every `intervalMs` (default 15 minutes) until stopped. Runs never overlap.
 * The returned function stops the timer and waits for a run in progress, so shutdown can close the database after.
 */
export function startAutoCloser(context: AppContext, intervalMs = 15 * 60_000): () => Promise<void> {
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = closeStaleResolvedTickets(context)
      .then(
        (count) => {
          if (count > 0) context.logger.info({ closed: count }, 'auto-closed resolved tickets');
        },
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
