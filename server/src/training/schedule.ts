import { CalendarNotCoveredError, workingIntervals, type BusinessCalendar } from '../sla/calendar/index.js';
import { isoWeekday, localDay, parsePlainDate, wallClockInstant, type DayNumber } from '../sla/calendar/plain-date.js';

/** A curriculum week is five working days: week N is due at the end of the cohort's 5·N-th working day. */
export const workingDaysPerWeek = 5;

export type WeekDeadlines = { dueAt: (Date | null)[]; attention: 'calendar_not_covered' | null };

const dayBounds = (day: DayNumber, timeZone: string) => ({ start: new Date(wallClockInstant(day, 0, timeZone)), end: new Date(wallClockInstant(day + 1, 0, timeZone)) });

/** The working periods of one local day: none on a weekend or holiday. Throws CalendarNotCoveredError past coverage. */
function workOf(calendar: BusinessCalendar, day: DayNumber, timeZone: string) {
  const { start, end } = dayBounds(day, timeZone);
  if ('alwaysOpen' in calendar) {
    // Around the clock, every weekday counts and the working day ends at midnight; weekends are still no school days.
    return isoWeekday(day) <= 5 ? [{ start, end }] : [];
  }
  return workingIntervals(calendar, start, end);
}

const zoneOf = (calendar: BusinessCalendar, fallback: string) => ('timeZone' in calendar ? calendar.timeZone : fallback);

/**
 * The due time of each of the five weeks, counted in working days from the cohort's first day. A week the calendar
 * does not cover has no due time (null) and the answer says why: it is never guessed from ordinary weekdays.
 */
export function weekDeadlines(calendar: BusinessCalendar, startsOn: string, fallbackZone: string): WeekDeadlines {
  const timeZone = zoneOf(calendar, fallbackZone);
  const first = parsePlainDate(startsOn);
  if (first === null) throw new RangeError(`not a plain date: ${startsOn}`);
  const dueAt: (Date | null)[] = [null, null, null, null, null];
  let working = 0;
  try {
    for (let day = first; working < 5 * workingDaysPerWeek && day < first + 366; day++) {
      const periods = workOf(calendar, day, timeZone);
      if (periods.length === 0) continue;
      working++;
      if (working % workingDaysPerWeek === 0) dueAt[working / workingDaysPerWeek - 1] = periods[periods.length - 1]!.end;
    }
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) return { dueAt, attention: 'calendar_not_covered' };
    throw error;
  }
  return { dueAt, attention: null };
}

/** Working days after `dueAt`'s day up to and including `now`'s day (0 when not past). Stops where coverage ends. */
export function workingDaysLate(calendar: BusinessCalendar, dueAt: Date, now: Date, fallbackZone: string): number {
  if (now <= dueAt) return 0;
  const timeZone = zoneOf(calendar, fallbackZone);
  const dayOf = (at: Date) => localDay(at.getTime(), timeZone);
  let count = 0;
  try {
    for (let day = dayOf(dueAt) + 1; day <= dayOf(now) && count < 400; day++) {
      if (workOf(calendar, day, timeZone).length > 0) count++;
    }
  } catch (error) {
    if (!(error instanceof CalendarNotCoveredError)) throw error;
  }
  return count;
}
