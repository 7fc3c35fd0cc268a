import fc from 'fast-check';
import { CalendarSchema, type Calendar } from '../../src/sla/calendar/index.js';

/** Zones with daylight saving time (Lord Howe by half an hour; Santiago at midnight, so some days have no 00:00) and without. */
export const timeZones = ['Asia/Shanghai', 'UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago'] as const;

/** 2026's daylight-saving transitions in those zones, where the tests look hardest. */
const transitions = [
  '2026-03-29T01:00:00Z', // Berlin forward
  '2026-10-25T01:00:00Z', // Berlin back
  '2026-03-08T07:00:00Z', // New York forward
  '2026-11-01T06:00:00Z', // New York back
  '2026-04-04T15:00:00Z', // Lord Howe back
  '2026-10-03T15:30:00Z', // Lord Howe forward
  '2026-04-05T03:00:00Z', // Santiago back
  '2026-09-06T04:00:00Z', // Santiago forward
].map((iso) => Date.parse(iso));

const halfHour = 30 * 60_000;
const [yearStart, yearEnd] = [Date.parse('2026-01-01T00:00:00Z'), Date.parse('2026-12-01T00:00:00Z')];

/** Instants in 2026: anywhere, on the half hour (to land on interval boundaries), or within three days of a DST change. */
export const instant = fc
  .oneof(
    fc.integer({ min: yearStart, max: yearEnd }),
    fc.integer({ min: yearStart / halfHour, max: yearEnd / halfHour }).map((n) => n * halfHour),
    fc.tuple(fc.constantFrom(...transitions), fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 })).map(([at, offset]) => at + offset),
  )
  .map((ms) => new Date(ms));

const time = (halfHours: number) => (halfHours === 48 ? '24:00' : `${String(Math.floor(halfHours / 2)).padStart(2, '0')}:${halfHours % 2 ? '30' : '00'}`);

/** A day's hours: disjoint, possibly touching half-hour intervals, in no particular order. */
const dayHours = fc
  .uniqueArray(fc.integer({ min: 0, max: 48 }), { maxLength: 6 })
  .map((marks) => {
    const sorted = [...marks].sort((a, b) => a - b);
    const intervals = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) intervals.push({ start: time(sorted[i]!), end: time(sorted[i + 1]!) });
    return intervals.reverse();
  });

const dateIn2026 = (dayOfYear: number) => new Date(Date.UTC(2026, 0, 1 + dayOfYear)).toISOString().slice(0, 10);

const override = fc.record({
  day: fc.integer({ min: 0, max: 364 }),
  kind: fc.constantFrom('holiday', 'working', 'hours'),
  hours: dayHours,
});

/** Random calendars that the schema accepts, with at least one weekday of working time so forward searches end. */
export const calendar: fc.Arbitrary<Calendar> = fc
  .record({
    timeZone: fc.constantFrom(...timeZones),
    weekly: fc.array(dayHours, { minLength: 7, maxLength: 7 }),
    overrides: fc.uniqueArray(override, { maxLength: 40, selector: (entry) => entry.day }),
  })
  .filter(({ weekly }) => weekly.some((hours) => hours.length > 0))
  .map(({ timeZone, weekly, overrides }) =>
    CalendarSchema.parse({
      id: 'random',
      name: 'Random',
      timeZone,
      weekly: Object.fromEntries(weekly.map((hours, index) => [String(index + 1), hours])),
      overrides: overrides.map(({ day, kind, hours }) => {
        if (kind === 'holiday') return { date: dateIn2026(day), kind };
        if (kind === 'hours') return { date: dateIn2026(day), kind, intervals: hours.length ? hours : [{ start: '10:00', end: '11:00' }] };
        return { date: dateIn2026(day), kind, ...(hours.length ? { intervals: hours } : {}) };
      }),
      coverage: { from: '2025-01-01', until: '2027-12-31' },
    }),
  );
