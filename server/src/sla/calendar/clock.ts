import { addBusinessMs, businessMsBetween, type BusinessCalendar } from './business-time.js';

/** A stretch during which the SLA clock stood still; `to` absent while it still does. */
export type Pause = { from: Date; to?: Date | null };

/**
 * Working milliseconds in [from, to) outside every pause: the time a ticket's clock ran when it is rebuilt from its
 * history. Pauses may overlap or reach outside [from, to); each working millisecond is taken off once.
 */
export function businessMsExcluding(calendar: BusinessCalendar, from: Date, to: Date, pauses: readonly Pause[]): number {
  const [start, end] = [from.getTime(), to.getTime()];
  const clipped = pauses
    .map((pause) => ({ start: Math.max(pause.from.getTime(), start), end: Math.min(pause.to?.getTime() ?? end, end) }))
    .filter((pause) => pause.end > pause.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const pause of clipped) {
    const last = merged.at(-1);
    if (last && pause.start <= last.end) last.end = Math.max(last.end, pause.end);
    else merged.push({ ...pause });
  }
  const paused = merged.reduce((sum, pause) => sum + businessMsBetween(calendar, new Date(pause.start), new Date(pause.end)), 0);
  return businessMsBetween(calendar, from, to) - paused;
}

/**
 * The state an SLA clock keeps between a ticket's changes, the same for every target it measures (first response,
 * resolution): business time banked so far, and since when it runs, if it runs. The clock starts when a ticket is
 * filed, pauses while the ticket waits on the customer (`pending`), and resumes on the customer's reply. When the
 * ticket's policy (and so its calendar) changes, the time used so far is banked under the old calendar and the clock
 * runs on under the new one: time already used is kept, never measured again.
 */
export type SlaClock = { usedMs: number; runningSince: Date | null };

export const startClock = (at: Date): SlaClock => ({ usedMs: 0, runningSince: at });

/** Banks the time run since `runningSince` under `calendar` and stops. A paused clock stays as it is. */
export function pauseClock(clock: SlaClock, calendar: BusinessCalendar, at: Date): SlaClock {
  if (!clock.runningSince) return clock;
  return { usedMs: clock.usedMs + businessMsBetween(calendar, clock.runningSince, at), runningSince: null };
}

/** Runs again from `at`. A running clock stays as it is. */
export function resumeClock(clock: SlaClock, at: Date): SlaClock {
  return clock.runningSince ? clock : { ...clock, runningSince: at };
}

/** A policy change at `at`: the time run so far counts under the calendar it ran under; a running clock runs on. */
export function changeCalendar(clock: SlaClock, previous: BusinessCalendar, at: Date): SlaClock {
  if (!clock.runningSince) return clock;
  return { usedMs: clock.usedMs + businessMsBetween(previous, clock.runningSince, at), runningSince: at };
}

/** Business time used up to `now`. */
export function clockUsedMs(clock: SlaClock, calendar: BusinessCalendar, now: Date): number {
  return clock.usedMs + (clock.runningSince ? businessMsBetween(calendar, clock.runningSince, now) : 0);
}

/**
 * When a target of `targetMs` falls due. `dueAt` is null while the clock is paused (there is no due time while the
 * customer is awaited), and also when the banked time alone already exceeds the target (`remainingMs` <= 0): it was
 * missed before the clock last started, at a time the clock no longer knows; the breach was seen while it ran.
 */
export function clockDueAt(clock: SlaClock, calendar: BusinessCalendar, targetMs: number): { dueAt: Date | null; remainingMs: number } {
  const remainingMs = targetMs - clock.usedMs;
  if (!clock.runningSince || remainingMs <= 0) return { dueAt: null, remainingMs };
  return { dueAt: addBusinessMs(calendar, clock.runningSince, remainingMs), remainingMs };
}
