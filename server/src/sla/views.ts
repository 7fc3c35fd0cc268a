import { coverageWarning, workingIntervals, type BusinessCalendar } from './calendar/index.js';
import { clockUsedMs } from './calendar/index.js';
import { plainDateOf, toBusinessCalendar, type CalendarRow } from './calendar-records.js';
import { stateOf, tryCalendar } from './clock-state.js';
import { measureOf } from './measure.js';
import type { PolicyRow, StoredClockRow } from './repository.js';
import type { CalendarView, ClockView, PolicyView } from './schemas.js';

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const maxIntervals = 100;

export function toCalendarView(row: CalendarRow, now: Date): CalendarView {
  const calendar = toBusinessCalendar(row);
  const warning = coverageWarning(calendar, now);
  const parsed = 'alwaysOpen' in calendar ? null : calendar;
  return {
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    weekly: parsed ? parsed.weekly : (row.weekly as CalendarView['weekly']),
    overrides: parsed ? parsed.overrides : [],
    coverage: {
      from: row.coverageFrom ? plainDateOf(row.coverageFrom) : null,
      until: row.coverageUntil ? plainDateOf(row.coverageUntil) : null,
      ends: iso(warning.coverageEnds),
      daysLeft: warning.daysLeft,
      warn: warning.warn,
    },
    builtIn: row.builtIn,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toPolicyView(row: PolicyRow): PolicyView {
  return {
    priority: row.priority,
    firstResponseMinutes: row.firstResponseMinutes,
    resolutionMinutes: row.resolutionMinutes,
    calendarId: row.calendar.id,
    warnShare: row.warnShare,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * A clock as staff see it, with how its due time was computed: the business time banked before it last started,
 * and the working intervals of its calendar from then to the due time, which the rest of the target fills.
 */
export function toClockView(clock: StoredClockRow, policy: PolicyRow, now: Date): ClockView {
  const measure = measureOf(policy, clock.kind);
  const calendar: BusinessCalendar = measure.calendar;
  const used = tryCalendar(() => clockUsedMs(clock, calendar, now)).value ?? clock.usedMs;
  const { runningSince, dueAt } = clock;
  const intervals = runningSince && dueAt ? (tryCalendar(() => workingIntervals(calendar, runningSince, dueAt)).value ?? []) : [];
  return {
    kind: clock.kind,
    state: stateOf(clock, now),
    priority: policy.priority,
    targetMinutes: Math.round(measure.targetMs / 60_000),
    usedMs: Math.round(used),
    startedAt: clock.startedAt.toISOString(),
    dueAt: iso(clock.dueAt),
    atRiskAt: iso(clock.atRiskAt),
    pausedAt: iso(clock.pausedAt),
    stoppedAt: iso(clock.stoppedAt),
    metAt: iso(clock.metAt),
    breachedAt: iso(clock.breachedAt),
    warnedAt: iso(clock.warnedAt),
    breachNotifiedAt: iso(clock.breachNotifiedAt),
    attention: clock.attention,
    computation: {
      calendar: { id: policy.calendar.id, name: policy.calendar.name, timeZone: policy.calendar.builtIn ? null : policy.calendar.timeZone },
      bankedMs: Math.round(clock.usedMs),
      runningSince: iso(runningSince),
      remainingMs: Math.round(measure.targetMs - clock.usedMs),
      intervals: intervals.slice(0, maxIntervals).map((interval) => ({ start: interval.start.toISOString(), end: interval.end.toISOString() })),
    },
  };
}
