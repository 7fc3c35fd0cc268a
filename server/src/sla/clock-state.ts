import {
  businessMsBetween,
  CalendarNotCoveredError,
  CalendarWithoutWorkingTimeError,
  clockUsedMs,
  type BusinessCalendar,
  type SlaClock,
} from './calendar/index.js';
import { warningInstants } from './escalation-schedule.js';

export type SlaClockKind = 'first_response' | 'resolution';
export const slaClockKinds: readonly SlaClockKind[] = ['first_response', 'resolution'];

/** Why a clock has no due time although it runs: the calendar cannot say (see the calendar library's errors). */
export type ClockAttention = 'calendar_not_covered' | 'calendar_without_working_time';

/** A stored clock, as the transitions read and write it (usedMs as a number: years of business time fit). */
export type ClockRow = {
  kind: SlaClockKind;
  policyId: string;
  startedAt: Date;
  usedMs: number;
  runningSince: Date | null;
  pausedAt: Date | null;
  stoppedAt: Date | null;
  dueAt: Date | null;
  atRiskAt: Date | null;
  metAt: Date | null;
  breachedAt: Date | null;
  attention: string | null;
};

/** What a clock is measured against: its policy's target for its kind, on the policy's calendar. */
export type Measure = { policyId: string; calendar: BusinessCalendar; targetMs: number; warnShare: number };

export type SlaState = 'on_track' | 'at_risk' | 'breached' | 'met' | 'paused';

function attentionOf(error: unknown): ClockAttention | null {
  if (error instanceof CalendarNotCoveredError) return 'calendar_not_covered';
  if (error instanceof CalendarWithoutWorkingTimeError) return 'calendar_without_working_time';
  return null;
}

/**
 * Runs a calendar computation; a calendar that cannot answer (a day it does not cover, no working time left)
 * gives null and the reason, so the change goes through and the clock is marked as needing attention.
 */
export function tryCalendar<T>(compute: () => T): { value: T; attention: null } | { value: null; attention: ClockAttention } {
  try {
    return { value: compute(), attention: null };
  } catch (error) {
    const attention = attentionOf(error);
    if (!attention) throw error;
    return { value: null, attention };
  }
}

const libraryClock = (row: ClockRow): SlaClock => ({ usedMs: row.usedMs, runningSince: row.runningSince });

/** Due and at-risk instants of a running clock; a clock past its at-risk share is at risk from the moment it runs. */
export function schedule(row: ClockRow, measure: Measure): ClockRow {
  if (!row.runningSince) return { ...row, dueAt: null, atRiskAt: null, attention: null };
  const runningSince = row.runningSince;
  const computed = tryCalendar(() => warningInstants(libraryClock(row), measure.calendar, measure.targetMs, measure.warnShare));
  if (computed.value === null) return { ...row, dueAt: null, atRiskAt: null, attention: computed.attention };
  const { at_risk: atRisk, breached: due } = computed.value;
  return {
    ...row,
    dueAt: due,
    // Already past the share (or the target) when it started running again: at risk from then on.
    atRiskAt: atRisk ?? runningSince,
    // Banked time alone already misses the target (a shorter target after a priority change): missed by then.
    breachedAt: row.breachedAt ?? (due === null ? runningSince : null),
    attention: null,
  };
}

/** Banks the time run until `at` under `calendar` and stops running; an unmeasurable stretch is flagged, not guessed. */
function bank(row: ClockRow, calendar: BusinessCalendar, at: Date): ClockRow {
  if (!row.runningSince) return row;
  const since = row.runningSince;
  const ran = tryCalendar(() => businessMsBetween(calendar, since, at));
  if (ran.value === null) return { ...row, runningSince: null, attention: ran.attention };
  return { ...row, usedMs: row.usedMs + ran.value, runningSince: null };
}

/** A running clock whose due time has passed by `at` records its breach (at the due time itself). */
export function noteBreach(row: ClockRow, at: Date): ClockRow {
  if (row.breachedAt || !row.runningSince || !row.dueAt || at.getTime() <= row.dueAt.getTime()) return row;
  return { ...row, breachedAt: row.dueAt };
}

export const startRow = (kind: SlaClockKind, measure: Measure, at: Date): ClockRow =>
  schedule(
    { kind, policyId: measure.policyId, startedAt: at, usedMs: 0, runningSince: at, pausedAt: null, stoppedAt: null, dueAt: null, atRiskAt: null, metAt: null, breachedAt: null, attention: null },
    measure,
  );

/** The ticket waits on the customer: the time so far is banked and no due time stands. */
export function pause(row: ClockRow, measure: Measure, at: Date): ClockRow {
  if (!row.runningSince) return row;
  return { ...bank(noteBreach(row, at), measure.calendar, at), pausedAt: at, dueAt: null, atRiskAt: null };
}

/** Runs again from `at` with the time already used (the customer answered, or the ticket was reopened). */
export function resume(row: ClockRow, measure: Measure, at: Date): ClockRow {
  if (row.runningSince) return row;
  return schedule({ ...row, runningSince: at, pausedAt: null, stoppedAt: null, metAt: null, attention: null }, measure);
}

/** The target's end: met when the time used is within it, else breached (at its due time when it was known). */
export function stop(row: ClockRow, measure: Measure, at: Date): ClockRow {
  if (row.stoppedAt) return row;
  const before = noteBreach(row, at);
  const used = before.runningSince ? tryCalendar(() => clockUsedMs(libraryClock(before), measure.calendar, at)) : { value: before.usedMs, attention: null };
  const banked = bank(before, measure.calendar, at);
  const stopped = { ...banked, pausedAt: null, stoppedAt: at, dueAt: null, atRiskAt: null };
  if (used.value === null) return { ...stopped, attention: used.attention };
  if (before.breachedAt || used.value > measure.targetMs) return { ...stopped, breachedAt: before.breachedAt ?? before.dueAt ?? at };
  return { ...stopped, metAt: at };
}

/**
 * Another policy (the priority changed, or an administrator edited it): the time used so far counts under the
 * calendar it ran under, and the clock goes on under the new one. Pauses and stops stay as they were.
 */
export function changePolicy(row: ClockRow, previous: BusinessCalendar, measure: Measure, at: Date): ClockRow {
  if (row.stoppedAt) return row;
  const wasRunning = row.runningSince !== null;
  const banked = bank(noteBreach(row, at), previous, at);
  return schedule({ ...banked, policyId: measure.policyId, runningSince: wasRunning ? at : null }, measure);
}

/** The state staff see: a stopped clock met or breached its target; a running one is on track, at risk or breached. */
export function stateOf(row: Pick<ClockRow, 'runningSince' | 'pausedAt' | 'stoppedAt' | 'dueAt' | 'atRiskAt' | 'breachedAt'>, now: Date): SlaState {
  if (row.breachedAt) return 'breached';
  if (row.stoppedAt) return 'met';
  if (!row.runningSince) return 'paused';
  if (row.dueAt && now.getTime() > row.dueAt.getTime()) return 'breached';
  if (row.atRiskAt && now.getTime() >= row.atRiskAt.getTime()) return 'at_risk';
  return 'on_track';
}

/** The clock's own columns of a row that carries more (its id, its version). */
export function clockColumns(row: ClockRow): ClockRow {
  const { kind, policyId, startedAt, usedMs, runningSince, pausedAt, stoppedAt, dueAt, atRiskAt, metAt, breachedAt, attention } = row;
  return { kind, policyId, startedAt, usedMs, runningSince, pausedAt, stoppedAt, dueAt, atRiskAt, metAt, breachedAt, attention };
}

export const sameClock = (a: ClockRow, b: ClockRow) =>
  (Object.keys(a) as (keyof ClockRow)[]).every((key) => {
    const [x, y] = [a[key], b[key]];
    return x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : x === y;
  });
