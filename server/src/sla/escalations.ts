import type { Logger } from '../logger.js';
import { startPeriodic } from '../shared/periodic.js';
import type { TicketChanges, TimelineEvent } from '../tickets/pipeline.js';
import { TicketChangeRepository, type TicketRepository } from '../tickets/repository.js';
import { toBusinessCalendar } from './calendar-records.js';
import { CalendarNotCoveredError, CalendarWithoutWorkingTimeError } from './calendar/index.js';
import { deliveryInstant } from './escalation-schedule.js';
import { claimBreachNotice, claimWarning, type AlertCandidate, type SlaEscalationRepository } from './escalation-repository.js';

const batchSize = 100;

export type EscalationDeps = {
  escalations: SlaEscalationRepository;
  tickets: TicketRepository;
  changes: TicketChanges;
  /** The support calendar's zone: a due time on the 7×24 calendar (which has no zone of its own) is written in it. */
  supportTimeZone: string;
  now: () => Date;
  logger: Logger;
};

/**
 * When an alert found at `now` may be e-mailed: P1 at once; anything else in the working time of the clock's own
 * calendar (the team's hours), so an at-risk warning found at 02:00 goes at the next working morning's start. A
 * calendar that cannot say (a year it does not cover) sends at once: a late warning is worse than an early one,
 * and the coverage warning already asks for the missing year.
 */
function deliverAt(candidate: AlertCandidate, now: Date, logger: Logger): Date {
  try {
    return deliveryInstant(now, candidate.priority, toBusinessCalendar(candidate.calendar));
  } catch (error) {
    if (!(error instanceof CalendarNotCoveredError || error instanceof CalendarWithoutWorkingTimeError)) throw error;
    logger.warn({ calendar: candidate.calendar.id, err: error }, 'SLA warning sent at once: its calendar cannot say when working time starts');
    return now;
  }
}

type Alert = 'at_risk' | 'breached';

/** One alert, claimed and told through the ticket change pipeline (the e-mail subscriber queues its e-mails). */
async function raise(deps: EscalationDeps, candidate: AlertCandidate, alert: Alert, now: Date): Promise<boolean> {
  const timeZone = candidate.calendar.builtIn ? deps.supportTimeZone : candidate.calendar.timeZone;
  return deps.tickets.transaction(async (tx) => {
    const ticketRows = new TicketChangeRepository(tx);
    // The ticket's row first, as every change takes it: a change racing this alert waits, or this alert waits for it.
    await ticketRows.lock(candidate.ticketId);
    const events: TimelineEvent[] = [];
    const after = { kind: candidate.kind, dueAt: candidate.dueAt?.toISOString() ?? null };
    if (alert === 'at_risk') {
      if (!(await claimWarning(tx, candidate.id, now))) return false;
      events.push({ type: 'sla_at_risk', after });
    } else {
      const { claimed, noted } = await claimBreachNotice(tx, candidate.id, now);
      if (!claimed) return false;
      if (noted) events.push({ type: 'sla_breached', after: { ...after, breachedAt: after.dueAt } });
      events.push({ type: 'sla_escalated', after });
    }
    const ticket = await ticketRows.find(candidate.ticketId);
    const change = await deps.changes.apply(
      tx,
      ticket,
      { source: 'sla_alert', events, slaAlert: { alert, clock: candidate.kind, dueAt: candidate.dueAt, timeZone, deliverAt: deliverAt(candidate, now, deps.logger) } },
      'system',
      now,
    );
    return change !== null;
  });
}

/**
 * Warns about every clock at risk and tells administrators of every breach not yet told, in batches. Safe on many
 * replicas at once: each alert is a claim on its clock. Returns how many of each this call raised.
 */
export async function runSlaEscalations(deps: EscalationDeps): Promise<Record<Alert, number>> {
  const raised = { at_risk: 0, breached: 0 };
  const now = deps.now();
  for (const [alert, find] of [
    ['breached', (take: number) => deps.escalations.dueForBreachNotice(now, take)],
    ['at_risk', (take: number) => deps.escalations.dueForWarning(now, take)],
  ] as const) {
    const skipped = new Set<string>();
    for (;;) {
      const batch = (await find(batchSize + skipped.size)).filter((candidate) => !skipped.has(candidate.id));
      for (const candidate of batch) {
        if (await raise(deps, candidate, alert, now)) raised[alert] += 1;
        else skipped.add(candidate.id); // another replica took it, or the clock moved on; it no longer matches next time
      }
      if (batch.length < batchSize) break;
    }
  }
  return raised;
}

/** Runs the escalations now and then every `intervalMs` (default a minute) until stopped (see startPeriodic). */
export function startSlaEscalations(deps: EscalationDeps, intervalMs = 60_000): () => Promise<void> {
  return startPeriodic(
    async () => {
      const raised = await runSlaEscalations(deps);
      if (raised.at_risk + raised.breached > 0) deps.logger.info(raised, 'SLA warnings raised');
    },
    intervalMs,
    (error) => deps.logger.error({ err: error }, 'SLA escalation run failed'),
  );
}
