import { localDay } from './plain-date.js';
import type { Calendar } from './schema.js';
import { daySpans, daysFrom, prepare, type Span } from './working-days.js';

/** The built-in calendar of P1 (emergency) tickets: every instant is working time, and it covers all time. */
export const alwaysOpenCalendar = Object.freeze({ id: '7x24', name: '7×24', alwaysOpen: true as const });
export type AlwaysOpenCalendar = typeof alwaysOpenCalendar;
export type BusinessCalendar = Calendar | AlwaysOpenCalendar;

/** Working time from `start` (inclusive) to `end` (exclusive). */
export type WorkingPeriod = { start: Date; end: Date };

const isAlwaysOpen = (calendar: BusinessCalendar): calendar is AlwaysOpenCalendar => 'alwaysOpen' in calendar;

function instant(value: Date, name: string): number {
  const ms = value.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`${name} is not a valid date`);
  return ms;
}

/** The working spans of [from, to), clipped to it. Needs every day from `from` to `to` in the calendar's zone. */
function spansBetween(calendar: Calendar, from: number, to: number): Span[] {
  if (to <= from) return [];
  const ready = prepare(calendar);
  const [first, last] = [localDay(from, calendar.timeZone), localDay(to - 1, calendar.timeZone)];
  const spans: Span[] = [];
  for (let day = first; day <= last; day++) {
    for (const span of daySpans(ready, day)) {
      const clipped = { start: Math.max(span.start, from), end: Math.min(span.end, to) };
      if (clipped.end > clipped.start) spans.push(clipped);
    }
  }
  return spans;
}

/** The working intervals between two instants, in order, clipped to [from, to). */
export function workingIntervals(calendar: BusinessCalendar, from: Date, to: Date): WorkingPeriod[] {
  const [start, end] = [instant(from, 'from'), instant(to, 'to')];
  if (isAlwaysOpen(calendar)) return end > start ? [{ start: new Date(start), end: new Date(end) }] : [];
  return spansBetween(calendar, start, end).map((span) => ({ start: new Date(span.start), end: new Date(span.end) }));
}

/** Working milliseconds in [from, to); 0 when `to` is not after `from`. */
export function businessMsBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  const [start, end] = [instant(from, 'from'), instant(to, 'to')];
  if (isAlwaysOpen(calendar)) return Math.max(0, end - start);
  return spansBetween(calendar, start, end).reduce((sum, span) => sum + span.end - span.start, 0);
}

/** `at` itself when it is working time, else the start of the next working interval ("the next working morning"). */
export function nextWorkingInstant(calendar: BusinessCalendar, at: Date): Date {
  const ms = instant(at, 'at');
  if (isAlwaysOpen(calendar)) return new Date(ms);
  for (const { spans } of daysFrom(prepare(calendar), localDay(ms, calendar.timeZone))) {
    const span = spans.find((candidate) => candidate.end > ms);
    if (span) return new Date(Math.max(span.start, ms));
  }
  throw new Error('unreachable: daysFrom ends by throwing');
}

/**
 * The instant when `ms` working milliseconds have passed since `start`: the due time of a target. A start outside
 * working hours begins at the next working interval; a due time that falls exactly at the end of an interval
 * stays there (18:00 on Friday, not 09:00 on Monday). With `ms` 0 it is nextWorkingInstant(start).
 */
export function addBusinessMs(calendar: BusinessCalendar, start: Date, ms: number): Date {
  const from = instant(start, 'start');
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`business time to add must be a finite number >= 0, not ${ms}`);
  if (isAlwaysOpen(calendar)) return new Date(from + ms);
  if (ms === 0) return nextWorkingInstant(calendar, start);
  let remaining = ms;
  for (const { spans } of daysFrom(prepare(calendar), localDay(from, calendar.timeZone))) {
    for (const span of spans) {
      if (span.end <= from) continue;
      const begin = Math.max(span.start, from);
      if (remaining <= span.end - begin) return new Date(begin + remaining);
      remaining -= span.end - begin;
    }
  }
  throw new Error('unreachable: daysFrom ends by throwing');
}
