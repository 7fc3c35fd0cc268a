import type { BusinessCalendar } from './business-time.js';
import { parsePlainDate, wallClockInstant } from './plain-date.js';

export type CoverageWarning = {
  /** The instant coverage ends (midnight after its last day, in the calendar's zone); null when it never does. */
  coverageEnds: Date | null;
  /** Whole days from `now` until then; negative once it has passed; null when coverage never ends. */
  daysLeft: number | null;
  /** True within `days` of the end, after it, and before coverage starts. */
  warn: boolean;
};

const msPerDay = 86_400_000;

/**
 * How soon a calendar runs out of known days, for the staff console, `/ready` and metrics: the next year's
 * holidays are published late in the year (the PRC notice in November), and someone must enter them in time.
 */
export function coverageWarning(calendar: BusinessCalendar, now: Date, days = 60): CoverageWarning {
  if ('alwaysOpen' in calendar) return { coverageEnds: null, daysLeft: null, warn: false };
  const [from, until] = [parsePlainDate(calendar.coverage.from), parsePlainDate(calendar.coverage.until)];
  if (from === null || until === null) throw new RangeError(`calendar ${calendar.id} has an invalid coverage`);
  const starts = wallClockInstant(from, 0, calendar.timeZone);
  const ends = wallClockInstant(until + 1, 0, calendar.timeZone);
  const daysLeft = Math.floor((ends - now.getTime()) / msPerDay);
  return { coverageEnds: new Date(ends), daysLeft, warn: daysLeft <= days || now.getTime() < starts };
}
