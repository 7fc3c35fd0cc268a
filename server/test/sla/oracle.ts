import type { Calendar } from '../../src/sla/calendar/index.js';

/**
 * Whether an instant is working time, worked out independently of the module: wall-clock readings come from
 * Intl.DateTimeFormat (not @date-fns/tz), and a day's hours straight from the calendar's data.
 *
 * The rule it checks: an interval runs from the first time the wall clock shows its start to the first time it shows
 * its end. So what counts is the latest reading the clock has shown so far — during a repeated hour in autumn, the
 * reading just before the clock went back — and a reading skipped in spring is passed at the jump.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const minute = 60_000;

/** The wall reading at `at`, as if it were a UTC instant (so readings compare as numbers). */
function reading(at: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(at)).map((part) => [part.type, Number(part.value)]));
  const ms = ((at % 1000) + 1000) % 1000;
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) + ms;
}

/** The latest reading shown up to `at`: it differs from the current one only just after the clock went back. */
function latestReading(at: number, timeZone: string): number {
  const offset = (t: number) => reading(t, timeZone) - t;
  const [earlier, now] = [offset(at - 120 * minute), offset(at)];
  if (earlier <= now) return reading(at, timeZone);
  let [low, high] = [Math.floor((at - 120 * minute) / minute), Math.ceil(at / minute)]; // the change is on a whole minute
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offset(middle * minute) === earlier) low = middle;
    else high = middle;
  }
  return Math.max(reading(at, timeZone), reading(high * minute - 1, timeZone));
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

function usualHours(calendar: Calendar) {
  const lists = Object.values(calendar.weekly).filter((hours) => hours.length);
  const key = (hours: { start: string }[]) => JSON.stringify([...hours].sort((a, b) => a.start.localeCompare(b.start)));
  const count = (hours: { start: string }[]) => lists.filter((other) => key(other) === key(hours)).length;
  return lists.reduce((best, hours) => (count(hours) > count(best) ? hours : best), lists[0] ?? []);
}

export function hoursOn(calendar: Calendar, date: string) {
  const override = calendar.overrides.find((entry) => entry.date === date);
  if (override?.kind === 'holiday') return [];
  if (override?.kind === 'working') return override.intervals?.length ? override.intervals : usualHours(calendar);
  if (override) return override.intervals ?? [];
  const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return calendar.weekly[String(weekday) as keyof Calendar['weekly']];
}

export function isWorkingAt(calendar: Calendar, at: Date): boolean {
  const shown = latestReading(at.getTime(), calendar.timeZone);
  const date = new Date(shown).toISOString().slice(0, 10);
  const now = (shown - Date.parse(`${date}T00:00:00Z`)) / minute;
  return hoursOn(calendar, date).some((interval) => minutes(interval.start) <= now && now < minutes(interval.end));
}
