import { recordEvent } from '../tickets/repository.js';
import type { TicketEventType } from '../tickets/events.js';
import type { TicketChange, TicketSubscriber } from '../tickets/pipeline.js';
import { changePolicy, clockColumns, noteBreach, pause, resume, sameClock, slaClockKinds, startRow, stop, type ClockRow } from './clock-state.js';
import { measureOf } from './measure.js';
import { SlaClockRepository, type PolicyRow, type StoredClockRow } from './repository.js';

const finished = (status: string) => status === 'resolved' || status === 'closed';

/** What one change does to one clock, in the order it happens. */
function advance(row: ClockRow, change: TicketChange, policies: Map<string, PolicyRow>, current: PolicyRow): ClockRow {
  const { at, before, after } = change;
  const measure = measureOf(current, row.kind);
  let next = noteBreach(row, at);
  // A priority change, or an administrator's edit that reached this clock first: the time used is kept.
  if (!next.stoppedAt && next.policyId !== current.id) {
    const previous = policies.get(next.policyId);
    next = changePolicy(next, previous ? measureOf(previous, row.kind).calendar : measure.calendar, measure, at);
  }
  const statusChanged = before.status !== after.status;
  if (row.kind === 'first_response') {
    if (change.data.firstResponseAt || (statusChanged && finished(after.status))) next = stop(next, measure, at);
    return next;
  }
  if (!statusChanged) return next;
  if (change.reopened) {
    return resume(next.stoppedAt ? { ...next, policyId: current.id } : next, measure, at);
  }
  if (finished(after.status)) return stop(next, measure, at);
  if (after.status === 'pending') return pause(next, measure, at);
  if (before.status === 'pending') return resume(next, measure, at);
  return next;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The timeline entries a clock's move is told by: what changed, with its due time before and after. */
function eventsOf(was: ClockRow | null, now: ClockRow): { type: TicketEventType; before?: Record<string, unknown>; after: Record<string, unknown> }[] {
  const after = { kind: now.kind, dueAt: iso(now.dueAt), ...(now.attention ? { attention: now.attention } : {}) };
  if (!was) return [{ type: 'sla_started', after }];
  const before = { kind: was.kind, dueAt: iso(was.dueAt) };
  const events: ReturnType<typeof eventsOf> = [];
  if (!was.breachedAt && now.breachedAt) events.push({ type: 'sla_breached', before, after: { ...after, breachedAt: iso(now.breachedAt) } });
  if (!was.stoppedAt && now.stoppedAt && now.metAt) events.push({ type: 'sla_met', before, after: { ...after, metAt: iso(now.metAt) } });
  if (!was.pausedAt && now.pausedAt) events.push({ type: 'sla_paused', before, after });
  if (!was.runningSince && now.runningSince) events.push({ type: 'sla_resumed', before, after });
  if (was.policyId !== now.policyId) events.push({ type: 'sla_recomputed', before: { ...before, policyId: was.policyId }, after: { ...after, policyId: now.policyId } });
  if (!was.attention && now.attention) events.push({ type: 'sla_attention', before, after });
  return events;
}


/**
 * The SLA clocks as a subscriber of the ticket change pipeline: filing starts a first-response and a resolution
 * clock under the priority's policy; the first public staff reply stops the first; `pending` pauses the second
 * and leaving it (the customer's reply) resumes it; resolving stops it and reopening resumes it with the time used;
 * a priority change moves both to the new policy, keeping time used and pauses. Each move is on the timeline. A
 * calendar that cannot compute a due time marks the clock (`attention`) instead of failing the change.
 */
export function slaSubscriber(): TicketSubscriber {
  return {
    name: 'SLA clocks',
    async onTicketChange(tx, change) {
      const repository = new SlaClockRepository(tx);
      const policies = await repository.policies();
      const current = policies.find((policy) => policy.priority === change.after.priority);
      if (!current) return; // no policy for this priority: nothing is promised
      const byId = new Map(policies.map((policy) => [policy.id, policy]));
      const stored: StoredClockRow[] = change.source === 'filed' ? [] : await repository.clocksOf(change.ticket.id);
      if (change.source !== 'filed' && stored.length === 0) return; // filed before SLAs existed
      const events: ReturnType<typeof eventsOf> = [];
      let wrote = change.source === 'filed';
      if (change.source === 'filed') {
        for (const kind of slaClockKinds) {
          const row = startRow(kind, measureOf(current, kind), change.at);
          await repository.create(change.ticket.id, row, change.at);
          events.push(...eventsOf(null, row));
        }
      } else {
        for (const clock of stored) {
          const next = advance(clock, change, byId, current);
          if (sameClock(clockColumns(clock), next)) continue;
          // The ticket's row is locked by this change, so only an administrator's recompute can race this write.
          if (!(await repository.update(clock, next, change.at))) continue;
          wrote = true;
          events.push(...eventsOf(clock, next));
        }
      }
      for (const event of events) await recordEvent(tx, { ticketId: change.ticket.id, actor: 'system', ...event, at: change.at });
      if (wrote) await repository.refreshTicketDue(change.ticket.id);
    },
  };
}
