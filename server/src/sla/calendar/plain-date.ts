import { TZDate } from '@date-fns/tz';

/**
 * Calendar dates without a time or a zone, as day numbers (days since 1970-01-01). Counting and weekdays of
 * dates are plain arithmetic on the proleptic Gregorian calendar; only turning a date and a wall-clock time into an
 * instant needs the zone, and that is @date-fns/tz's job (wallClockInstant).
 */
export type DayNumber = number;

const msPerDay = 86_400_000;

/** `2026-10-01` as a day number, or null when it is not a real date. */
export function parsePlainDate(value: string): DayNumber | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round(date.getTime() / msPerDay);
}

export function formatPlainDate(day: DayNumber): string {
  const date = new Date(day * msPerDay);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  return `${year}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** ISO weekday: 1 is Monday, 7 Sunday. */
export function isoWeekday(day: DayNumber): number {
  return ((new Date(day * msPerDay).getUTCDay() + 6) % 7) + 1;
}

/** The date on the wall calendar in `timeZone` at `instant`. */
export function localDay(instant: number, timeZone: string): DayNumber {
  const local = new TZDate(instant, timeZone);
  return Math.round(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / msPerDay);
}

/**
 * The instant when the wall clock in `timeZone` shows `minutes` after midnight of `day` (1440 is the next midnight).
 * A time skipped by daylight saving time (02:30 on a spring-forward night) moves forward to the first instant that
 * exists; a repeated one (autumn) takes one of its two instants, as @date-fns/tz resolves it.
 */
export function wallClockInstant(day: DayNumber, minutes: number, timeZone: string): number {
  const date = new Date(day * msPerDay);
  return new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 0, minutes, timeZone).getTime();
}
