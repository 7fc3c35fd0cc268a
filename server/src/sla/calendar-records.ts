import { alwaysOpenCalendar, CalendarSchema, type BusinessCalendar, type Calendar } from './calendar/index.js';

/** A calendar row as the repositories select it. */
export type CalendarRow = {
  id: string;
  name: string;
  timeZone: string;
  weekly: unknown;
  overrides: unknown;
  coverageFrom: Date | null;
  coverageUntil: Date | null;
  builtIn: boolean;
  version: number;
  updatedAt: Date;
};

export const calendarRowSelect = {
  id: true,
  name: true,
  timeZone: true,
  weekly: true,
  overrides: true,
  coverageFrom: true,
  coverageUntil: true,
  builtIn: true,
  version: true,
  updatedAt: true,
} as const;

/** `YYYY-MM-DD` of a `date` column (Prisma reads it as UTC midnight). */
export const plainDateOf = (date: Date) => date.toISOString().slice(0, 10);
export const dateColumn = (plain: string) => new Date(`${plain}T00:00:00Z`);

/**
 * The calendar a row holds, for the calendar library. The built-in row is the always-open 7×24 calendar; any other
 * is parsed through the calendar schema again, so a row edited by hand into nonsense fails loudly, never silently.
 */
export function toBusinessCalendar(row: CalendarRow): BusinessCalendar {
  if (row.builtIn) return alwaysOpenCalendar;
  return toCalendar(row);
}

export function toCalendar(row: CalendarRow): Calendar {
  return CalendarSchema.parse({
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    weekly: row.weekly,
    overrides: row.overrides,
    coverage: { from: row.coverageFrom ? plainDateOf(row.coverageFrom) : '', until: row.coverageUntil ? plainDateOf(row.coverageUntil) : '' },
  });
}
