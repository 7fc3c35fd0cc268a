import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calendarRefusals, CalendarSchema, type CalendarInput } from '../../src/sla/calendar/index.js';

const valid = (): CalendarInput => ({ id: 'office', name: 'Office', coverage: { from: '2026-01-01', until: '2026-12-31' } });

/** The refusals of a calendar, as `path: reason-or-code`. */
function refusals(input: unknown): string[] {
  const result = CalendarSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const reason = issue.code === 'custom' ? (issue.params as { reason?: string } | undefined)?.reason : undefined;
    return `${issue.path.join('.')}: ${reason ?? issue.code}`;
  });
}

describe('a calendar as data', () => {
  it('when only id, name and coverage are given, then it works Monday to Friday 09:00–18:00 in Asia/Shanghai', () => {
    const calendar = CalendarSchema.parse(valid());
    expect(calendar.timeZone).toBe('Asia/Shanghai');
    expect(calendar.weekly[1]).toEqual([{ start: '09:00', end: '18:00' }]);
    expect(calendar.weekly[5]).toEqual([{ start: '09:00', end: '18:00' }]);
    expect(calendar.weekly[6]).toEqual([]);
    expect(calendar.weekly[7]).toEqual([]);
    expect(calendar.overrides).toEqual([]);
  });

  it('when a weekly schedule is given, then the weekdays it leaves out have no hours', () => {
    const calendar = CalendarSchema.parse({ ...valid(), weekly: { 6: [{ start: '10:00', end: '12:00' }, { start: '12:00', end: '24:00' }] } });
    expect(calendar.weekly[1]).toEqual([]);
    expect(calendar.weekly[6]).toHaveLength(2); // touching intervals are fine, and 24:00 ends the day
  });

  it('when an interval ends before it starts, or where it starts, then it is refused at its end', () => {
    expect(refusals({ ...valid(), weekly: { 2: [{ start: '18:00', end: '09:00' }] } })).toEqual([`weekly.2.0.end: ${calendarRefusals.invertedInterval}`]);
    expect(refusals({ ...valid(), weekly: { 2: [{ start: '09:00', end: '09:00' }] } })).toEqual([`weekly.2.0.end: ${calendarRefusals.invertedInterval}`]);
  });

  it('when two intervals of a day overlap, then the later one is refused', () => {
    const weekly = { 3: [{ start: '13:00', end: '18:00' }, { start: '09:00', end: '13:30' }] };
    expect(refusals({ ...valid(), weekly })).toEqual([`weekly.3.0: ${calendarRefusals.overlappingIntervals}`]);
  });

  it('when a time or a weekday is malformed, then it is refused with its field', () => {
    expect(refusals({ ...valid(), weekly: { 1: [{ start: '9:00', end: '18:00' }] } })).toEqual(['weekly.1.0.start: invalid_format']);
    expect(refusals({ ...valid(), weekly: { 1: [{ start: '09:00', end: '24:30' }] } })).toEqual(['weekly.1.0.end: invalid_format']);
    expect(refusals({ ...valid(), weekly: { 1: [{ start: '09:60', end: '18:00' }] } })).toEqual(['weekly.1.0.start: invalid_format']);
    expect(refusals({ ...valid(), weekly: { 8: [] } })).toEqual(['weekly: unrecognized_keys']);
  });

  it('when the time zone is not a known IANA zone, then it is refused (a fixed offset too: it knows no DST)', () => {
    expect(refusals({ ...valid(), timeZone: 'Asia/Beijing' })).toEqual([`timeZone: ${calendarRefusals.unknownTimeZone}`]);
    expect(refusals({ ...valid(), timeZone: '+08:00' })).toEqual([`timeZone: ${calendarRefusals.unknownTimeZone}`]);
    expect(refusals({ ...valid(), timeZone: 'Europe/Berlin' })).toEqual([]);
  });

  it('when a date is both a holiday and a make-up day, then the second is refused as a duplicate date', () => {
    const overrides = [
      { date: '2026-10-10', kind: 'holiday' },
      { date: '2026-10-10', kind: 'working' },
    ];
    expect(refusals({ ...valid(), overrides })).toEqual([`overrides.1.date: ${calendarRefusals.duplicateDate}`]);
  });

  it('when an override is outside coverage, then its date is refused', () => {
    expect(refusals({ ...valid(), overrides: [{ date: '2027-01-01', kind: 'holiday' }] })).toEqual([`overrides.0.date: ${calendarRefusals.outsideCoverage}`]);
  });

  it('when coverage ends before it starts, then its until is refused', () => {
    expect(refusals({ ...valid(), coverage: { from: '2026-12-31', until: '2026-01-01' } })).toEqual([`coverage.until: ${calendarRefusals.coverageInverted}`]);
  });

  it('when a date does not exist or is malformed, then it is refused', () => {
    expect(refusals({ ...valid(), coverage: { from: '2026-02-30', until: '2026-12-31' } })).toEqual([`coverage.from: ${calendarRefusals.invalidDate}`]);
    expect(refusals({ ...valid(), coverage: { from: '2026-1-1', until: '2026-12-31' } })).toEqual(['coverage.from: invalid_format']);
  });

  it('when an override’s hours do not fit its kind, then its intervals are refused', () => {
    const hours = [{ start: '09:00', end: '12:00' }];
    expect(refusals({ ...valid(), overrides: [{ date: '2026-05-01', kind: 'holiday', intervals: hours }] })).toEqual([`overrides.0.intervals: ${calendarRefusals.holidayWithHours}`]);
    expect(refusals({ ...valid(), overrides: [{ date: '2026-05-01', kind: 'hours' }] })).toEqual([`overrides.0.intervals: ${calendarRefusals.hoursWithoutIntervals}`]);
    expect(refusals({ ...valid(), weekly: {}, overrides: [{ date: '2026-05-09', kind: 'working' }] })).toEqual([`overrides.0.intervals: ${calendarRefusals.noUsualHours}`]);
    expect(refusals({ ...valid(), weekly: {}, overrides: [{ date: '2026-05-09', kind: 'working', intervals: hours }] })).toEqual([]);
  });

  it('when an override’s intervals overlap, then the path leads into the override', () => {
    const intervals = [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }];
    expect(refusals({ ...valid(), overrides: [{ date: '2026-12-24', kind: 'hours', intervals }] })).toEqual([`overrides.0.intervals.1: ${calendarRefusals.overlappingIntervals}`]);
  });

  it('converts to JSON Schema the way the OpenAPI document converts route schemas, for request and response', () => {
    for (const io of ['input', 'output'] as const) {
      const json = z.toJSONSchema(CalendarSchema, { target: 'draft-2020-12', io, unrepresentable: 'any', reused: 'inline' }) as { properties: Record<string, unknown> };
      expect(Object.keys(json.properties)).toEqual(['id', 'name', 'timeZone', 'weekly', 'overrides', 'coverage']);
    }
  });

  it('never throws on malformed input, only refuses it', () => {
    const piece = fc.oneof(fc.anything(), fc.constantFrom('2026-02-30', '25:00', '24:00', 'Asia/Shanghai', [], {}, [{ start: '09:00', end: 5 }]));
    const shaped = fc.record({ id: piece, name: piece, timeZone: piece, weekly: fc.oneof(piece, fc.dictionary(fc.constantFrom('1', '6', '8'), piece)), overrides: fc.oneof(piece, fc.array(fc.record({ date: piece, kind: fc.constantFrom('holiday', 'working', 'hours', 'x'), intervals: piece }))), coverage: fc.oneof(piece, fc.record({ from: piece, until: piece })) }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(fc.anything(), shaped), (input) => void CalendarSchema.safeParse(input)));
  });
});
