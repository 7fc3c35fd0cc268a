import { clockDueAt, nextWorkingInstant, type BusinessCalendar, type SlaClock } from './calendar/index.js';

export type SlaWarningKind = 'at_risk' | 'breached';

/** When each warning of a clock falls: at `share` of its target (at risk) and at the target itself (breached). */
export function warningInstants(clock: SlaClock, calendar: BusinessCalendar, targetMs: number, share: number): Record<SlaWarningKind, Date | null> {
  return {
    at_risk: clockDueAt(clock, calendar, Math.round(targetMs * share)).dueAt,
    breached: clockDueAt(clock, calendar, targetMs).dueAt,
  };
}

/**
 * When a staff SLA e-mail for a warning that falls at `at` goes out. P1 warnings page at any hour (the 7×24
 * promise). Every other warning waits for working time on `quietHours` (the business calendar the team works by),
 * so nobody is e-mailed at night, at the weekend or on a holiday: a warning inside working time, or at the very
 * end of a working day, goes at once; one at 02:00 goes at the next working morning's start.
 */
export function deliveryInstant(at: Date, priority: string, quietHours: BusinessCalendar): Date {
  if (priority === 'P1') return at;
  // Half-open working intervals: 18:00 is outside 09:00–18:00, but a warning due at 18:00 belongs to that day.
  const justBefore = new Date(at.getTime() - 1);
  if (nextWorkingInstant(quietHours, justBefore).getTime() === justBefore.getTime()) return at;
  return nextWorkingInstant(quietHours, at);
}
