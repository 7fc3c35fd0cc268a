import { describe, expect, it } from 'vitest';
import { addBusinessMs, businessMsBetween, CalendarSchema, workingIntervals, type Calendar } from '../../src/sla/calendar/index.js';

const hour = 3_600_000;
const coverage = { from: '2026-01-01', until: '2026-12-31' };
const allWeek = (hours: { start: string; end: string }[]) => Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((day) => [day, hours]));
const calendar = (timeZone: string, hours: { start: string; end: string }[]): Calendar => CalendarSchema.parse({ id: 'dst', name: 'DST', timeZone, weekly: allWeek(hours), coverage });
const at = (iso: string) => new Date(iso);

describe('daylight saving time', () => {
  it('when Berlin springs forward, its working day from midnight to midnight is 23 hours; when it falls back, 25', () => {
    const berlin = calendar('Europe/Berlin', [{ start: '00:00', end: '24:00' }]);
    expect(businessMsBetween(berlin, at('2026-03-29T00:00:00+01:00'), at('2026-03-30T00:00:00+02:00'))).toBe(23 * hour);
    expect(businessMsBetween(berlin, at('2026-10-25T00:00:00+02:00'), at('2026-10-26T00:00:00+01:00'))).toBe(25 * hour);
  });

  it('when New York office hours span the transition weekends, each working day is still 9 hours', () => {
    const newYork = CalendarSchema.parse({ id: 'ny', name: 'New York', timeZone: 'America/New_York', coverage });
    // 1 hour from 17:00 EST on Friday, 8 from 09:00 EDT on Monday: 17:00 EDT.
    expect(addBusinessMs(newYork, at('2026-03-06T17:00:00-05:00'), 9 * hour)).toEqual(at('2026-03-09T17:00:00-04:00'));
    expect(businessMsBetween(newYork, at('2026-10-30T00:00:00-04:00'), at('2026-11-03T00:00:00-05:00'))).toBe(18 * hour);
  });

  it('when hours start at a time the clock skips (Berlin 02:30 on 2026-03-29), then they start at the jump, 03:00', () => {
    const night = calendar('Europe/Berlin', [{ start: '02:30', end: '04:00' }]);
    expect(workingIntervals(night, at('2026-03-29T00:00:00+01:00'), at('2026-03-30T00:00:00+02:00'))).toEqual([{ start: at('2026-03-29T03:00:00+02:00'), end: at('2026-03-29T04:00:00+02:00') }]);
  });

  it('when hours start in an hour the clock repeats (Berlin 02:30 on 2026-10-25), then they start at its first pass', () => {
    const night = calendar('Europe/Berlin', [{ start: '02:30', end: '03:30' }]);
    expect(workingIntervals(night, at('2026-10-25T00:00:00+02:00'), at('2026-10-26T00:00:00+01:00'))).toEqual([{ start: at('2026-10-25T02:30:00+02:00'), end: at('2026-10-25T03:30:00+01:00') }]);
  });

  it('when hours end in a repeated half hour (Lord Howe, 2026-04-05), then they end at its first pass', () => {
    const early = calendar('Australia/Lord_Howe', [{ start: '00:00', end: '01:30' }]);
    expect(workingIntervals(early, at('2026-04-05T00:00:00+11:00'), at('2026-04-06T00:00:00+10:30'))).toEqual([{ start: at('2026-04-05T00:00:00+11:00'), end: at('2026-04-05T01:30:00+11:00') }]);
  });

  it('when a day has no midnight (Santiago springs forward at 00:00 on 2026-09-06), then its hours from 00:00 start at 01:00', () => {
    const early = calendar('America/Santiago', [{ start: '00:00', end: '02:00' }]);
    expect(workingIntervals(early, at('2026-09-05T12:00:00-04:00'), at('2026-09-06T12:00:00-03:00'))).toEqual([{ start: at('2026-09-06T01:00:00-03:00'), end: at('2026-09-06T02:00:00-03:00') }]);
  });
});
