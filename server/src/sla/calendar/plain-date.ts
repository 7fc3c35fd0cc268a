import { tzOffset } from '@date-fns/tz';

/**
 * Calendar dates without a time or a zone, as day numbers (days since 1970-01-01). Counting and weekdays of
 * dates are plain arithmetic on the proleptic Gregorian calendar; only turning a date and a wall-clock time into an
 * instant needs the zone's offsets, which @date-fns/tz reads from the runtime's time zone data (wallClockInstant).
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
  return Math.floor((instant + offsetMs(timeZone, instant)) / msPerDay);
}

const offsetMs = (timeZone: string, instant: number) => tzOffset(timeZone, new Date(instant)) * 60_000;
const searchWindow = 36 * 3_600_000;

/**
 * The first instant at which the wall clock in `timeZone` shows `minutes` after midnight of `day` or later
 * (1440 is the next midnight). So an interval runs from the first time the clock shows its start to the first time
 * it shows its end: a time skipped in spring (02:30) begins at the jump (03:00), and a repeated hour in autumn
 * counts from its first pass on. Offsets come from @date-fns/tz (the runtime's time zone data); this only picks
 * among them, assuming at most one change of offset within 36 hours.
 */
export function wallClockInstant(day: DayNumber, minutes: number, timeZone: string): number {
  const wall = day * msPerDay + minutes * 60_000; // the wall reading, as if it were UTC
  const [before, after] = [offsetMs(timeZone, wall - searchWindow), offsetMs(timeZone, wall + searchWindow)];
  const valid = [wall - before, wall - after].filter((candidate) => offsetMs(timeZone, candidate) === wall - candidate);
  if (valid.length) return Math.min(...valid);
  // The reading is skipped: find the jump, the first instant on the later offset, to the minute (offsets change on
  // whole minutes) between where each offset would put the reading.
  let [low, high] = [Math.floor((wall - after) / 60_000), Math.ceil((wall - before) / 60_000)];
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetMs(timeZone, middle * 60_000) === after) high = middle;
    else low = middle;
  }
  return high * 60_000;
}
