import type { Calendar } from '../../src/sla/calendar/index.js';

/**
 * Whether an instant is working time, worked out independently of the module: the wall clock comes from
 * Intl.DateTimeFormat (not @date-fns/tz), and the day's hours straight from the calendar's data.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(at: Date, timeZone: string) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const ms = ((at.getTime() % 1000) + 1000) % 1000;
  return { date, minutes: Number(parts.hour) * 60 + Number(parts.minute) + (Number(parts.second) + ms / 1000) / 60 };
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
  const { date, minutes: now } = wallClock(at, calendar.timeZone);
  return hoursOn(calendar, date).some((interval) => minutes(interval.start) <= now && now < minutes(interval.end));
}
