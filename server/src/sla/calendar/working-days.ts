import { CalendarNotCoveredError, CalendarWithoutWorkingTimeError } from './errors.js';
import { formatPlainDate, isoWeekday, parsePlainDate, wallClockInstant, type DayNumber } from './plain-date.js';
import { weekdays, type Calendar, type CalendarOverride, type WorkingInterval } from './schema.js';

/** Half-open [start, end) in epoch milliseconds. */
export type Span = { start: number; end: number };

/** A calendar prepared for arithmetic: overrides by day number, and each day's working spans once computed. */
export type PreparedCalendar = {
  calendar: Calendar;
  /** Days with an override (holiday, make-up day, changed hours). */
  overrides: Map<DayNumber, CalendarOverride>;
  coverage: { from: DayNumber; until: DayNumber };
  /** After this day no day can have working time (only finite when the weekly schedule is empty). */
  lastWorkingDay: DayNumber;
  usualHours: WorkingInterval[];
  spans: Map<DayNumber, Span[]>;
};

const prepared = new WeakMap<Calendar, PreparedCalendar>();
// The day cache only saves time zone look-ups; a long-lived calendar that has seen many days starts afresh.
const maxCachedDays = 5_000;

/** Calendars are values: one is prepared once, by identity, so a changed calendar must be a new object. */
export function prepare(calendar: Calendar): PreparedCalendar {
  let ready = prepared.get(calendar);
  if (ready) return ready;
  const overrides = new Map(calendar.overrides.map((override) => [day(override.date), override]));
  const weeklyHasHours = weekdays.some((weekday) => calendar.weekly[weekday].length > 0);
  const workingOverrideDays = [...overrides].filter(([, override]) => override.kind !== 'holiday').map(([overrideDay]) => overrideDay);
  ready = {
    calendar,
    overrides,
    coverage: { from: day(calendar.coverage.from), until: day(calendar.coverage.until) },
    lastWorkingDay: weeklyHasHours ? Number.POSITIVE_INFINITY : Math.max(Number.NEGATIVE_INFINITY, ...workingOverrideDays),
    usualHours: usualWorkingHours(calendar),
    spans: new Map(),
  };
  prepared.set(calendar, ready);
  return ready;
}

function day(date: string): DayNumber {
  const parsed = parsePlainDate(date);
  if (parsed === null) throw new RangeError(`not a date: ${date}`);
  return parsed;
}

/**
 * The hours a make-up working day gets when its override names none: the weekly hours most weekdays share
 * (Monday–Friday 09:00–18:00 in the default), the earliest weekday winning a tie.
 */
export function usualWorkingHours(calendar: Calendar): WorkingInterval[] {
  const counts = new Map<string, { hours: WorkingInterval[]; count: number }>();
  for (const weekday of weekdays) {
    const hours = calendar.weekly[weekday];
    if (!hours.length) continue;
    const key = JSON.stringify([...hours].sort((a, b) => a.start.localeCompare(b.start)));
    const entry = counts.get(key) ?? { hours, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  let best: { hours: WorkingInterval[]; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.hours ?? [];
}

function hoursOf(ready: PreparedCalendar, dayNumber: DayNumber): WorkingInterval[] {
  const override = ready.overrides.get(dayNumber);
  if (override?.kind === 'holiday') return [];
  if (override?.kind === 'working') return override.intervals?.length ? override.intervals : ready.usualHours;
  if (override?.kind === 'hours') return override.intervals ?? [];
  return ready.calendar.weekly[String(isoWeekday(dayNumber)) as (typeof weekdays)[number]];
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The working spans of one day as instants, sorted and merged. Throws when the day is outside coverage, or when
 * no later day can have working time (so that a forward search ends with a reason instead of running on).
 */
export function daySpans(ready: PreparedCalendar, dayNumber: DayNumber): Span[] {
  const cached = ready.spans.get(dayNumber);
  if (cached) return cached;
  const { calendar, coverage } = ready;
  if (dayNumber < coverage.from || dayNumber > coverage.until) throw new CalendarNotCoveredError(calendar.id, formatPlainDate(dayNumber));
  const spans: Span[] = [];
  const hours = [...hoursOf(ready, dayNumber)].sort((a, b) => a.start.localeCompare(b.start));
  for (const { start, end } of hours) {
    const span = { start: wallClockInstant(dayNumber, minutesOf(start), calendar.timeZone), end: wallClockInstant(dayNumber, minutesOf(end), calendar.timeZone) };
    // Hours inside a daylight-saving jump can come out empty (02:00–02:30 on a spring-forward night).
    if (span.end <= span.start) continue;
    const last = spans.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else spans.push(span);
  }
  if (ready.spans.size >= maxCachedDays) ready.spans.clear();
  ready.spans.set(dayNumber, spans);
  return spans;
}

/** Days from `first` on, stopping with an error where no working time can follow (see daySpans). */
export function* daysFrom(ready: PreparedCalendar, first: DayNumber): Generator<{ day: DayNumber; spans: Span[] }> {
  for (let current = first; ; current++) {
    if (current > ready.lastWorkingDay) throw new CalendarWithoutWorkingTimeError(ready.calendar.id, formatPlainDate(Math.max(first, ready.lastWorkingDay)));
    yield { day: current, spans: daySpans(ready, current) };
  }
}
