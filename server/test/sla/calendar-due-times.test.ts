import { describe, expect, it } from 'vitest';
import {
  addBusinessMs,
  alwaysOpenCalendar,
  businessMsBetween,
  CalendarNotCoveredError,
  CalendarSchema,
  CalendarWithoutWorkingTimeError,
  nextWorkingInstant,
  prcWorkingDaysCalendar,
  workingIntervals,
} from '../../src/sla/calendar/index.js';

const hours = (n: number) => n * 3_600_000;
/** Wall-clock time in Shanghai. */
const shanghai = (local: string) => new Date(`${local}+08:00`);
const prc = prcWorkingDaysCalendar();

describe('due times on the PRC working-day calendar', () => {
  it('when a P3 (4 business hours) is filed on Friday 2026-12-04 at 17:30, then it is due on Monday at 12:30', () => {
    expect(addBusinessMs(prc, shanghai('2026-12-04T17:30'), hours(4))).toEqual(shanghai('2026-12-07T12:30'));
  });

  it('when a P2 (8 business hours) is filed on 2026-09-30 at 17:00, then it is due after National Day, on 10-08 at 16:00', () => {
    // One hour on 09-30; 10-01…10-07 are holidays (10-03 and 10-04 a weekend inside them); 10-08 is a Thursday.
    expect(addBusinessMs(prc, shanghai('2026-09-30T17:00'), hours(8))).toEqual(shanghai('2026-10-08T16:00'));
  });

  it('when a P4 (40 business hours) runs across the make-up Saturday 2026-10-10, then that Saturday counts', () => {
    // Thu 10-08, Fri 10-09, Sat 10-10 (make-up), Mon 10-12: 36 hours; 4 more on Tue 10-13.
    expect(addBusinessMs(prc, shanghai('2026-10-08T09:00'), hours(40))).toEqual(shanghai('2026-10-13T13:00'));
    expect(businessMsBetween(prc, shanghai('2026-10-10T00:00'), shanghai('2026-10-11T00:00'))).toBe(hours(9));
  });

  it('when the time runs out exactly at 18:00, then it is due at 18:00, not the next morning', () => {
    expect(addBusinessMs(prc, shanghai('2026-12-04T09:00'), hours(9))).toEqual(shanghai('2026-12-04T18:00'));
  });

  it('when a ticket is filed outside working hours, then its clock starts at the next working morning', () => {
    expect(addBusinessMs(prc, shanghai('2026-12-05T10:00'), hours(1))).toEqual(shanghai('2026-12-07T10:00'));
    expect(addBusinessMs(prc, shanghai('2026-12-04T07:00'), hours(1))).toEqual(shanghai('2026-12-04T10:00'));
    expect(addBusinessMs(prc, shanghai('2026-12-05T10:00'), 0)).toEqual(shanghai('2026-12-07T09:00'));
  });

  it('the next working instant is the instant itself inside working time, else the next working morning', () => {
    expect(nextWorkingInstant(prc, shanghai('2026-12-04T17:59'))).toEqual(shanghai('2026-12-04T17:59'));
    expect(nextWorkingInstant(prc, shanghai('2026-12-04T18:00'))).toEqual(shanghai('2026-12-07T09:00'));
    expect(nextWorkingInstant(prc, shanghai('2026-02-13T20:00'))).toEqual(shanghai('2026-02-14T09:00')); // a make-up Saturday
    expect(nextWorkingInstant(prc, shanghai('2026-02-14T20:00'))).toEqual(shanghai('2026-02-24T09:00')); // after Spring Festival
  });

  it('lists the working intervals between two instants, clipped to them', () => {
    expect(workingIntervals(prc, shanghai('2026-12-04T17:00'), shanghai('2026-12-07T10:00'))).toEqual([
      { start: shanghai('2026-12-04T17:00'), end: shanghai('2026-12-04T18:00') },
      { start: shanghai('2026-12-07T09:00'), end: shanghai('2026-12-07T10:00') },
    ]);
  });

  it('when a computation reaches into 2027, which the calendar does not cover, then it throws CalendarNotCoveredError', () => {
    const reach = () => addBusinessMs(prc, shanghai('2026-12-28T09:00'), hours(40)); // Mon–Thu give 36 hours
    expect(reach).toThrow(CalendarNotCoveredError);
    expect(reach).toThrow(expect.objectContaining({ calendarId: 'cn-workdays', date: '2027-01-01', code: 'calendar_not_covered' }));
    expect(() => nextWorkingInstant(prc, shanghai('2026-12-31T18:00'))).toThrow(CalendarNotCoveredError);
    expect(() => businessMsBetween(prc, shanghai('2026-12-31T12:00'), shanghai('2027-01-04T12:00'))).toThrow(CalendarNotCoveredError);
    expect(() => businessMsBetween(prc, shanghai('2025-12-31T12:00'), shanghai('2026-01-05T12:00'))).toThrow(/does not cover 2025-12-31/);
  });

  it('when a measurement ends exactly at the last midnight of coverage, then it needs no day beyond it', () => {
    expect(businessMsBetween(prc, shanghai('2026-12-31T00:00'), shanghai('2027-01-01T00:00'))).toBe(hours(9));
  });
});

describe('the built-in 7×24 calendar', () => {
  it('adds and measures wall-clock time, in any year, without ever throwing', () => {
    const start = new Date('2031-03-30T00:30:00Z');
    expect(addBusinessMs(alwaysOpenCalendar, start, hours(4))).toEqual(new Date('2031-03-30T04:30:00Z'));
    expect(businessMsBetween(alwaysOpenCalendar, new Date('1999-12-31T00:00:00Z'), new Date('2100-01-01T00:00:00Z'))).toBe(Date.UTC(2100, 0, 1) - Date.UTC(1999, 11, 31));
    expect(nextWorkingInstant(alwaysOpenCalendar, start)).toEqual(start);
    expect(workingIntervals(alwaysOpenCalendar, start, new Date('2031-03-31T00:00:00Z'))).toEqual([{ start, end: new Date('2031-03-31T00:00:00Z') }]);
  });
});

describe('a calendar that can have no more working time', () => {
  const coverage = { from: '2026-01-01', until: '2126-12-31' };

  it('when its weekly schedule is empty and it has no working days, then a forward search throws at once instead of looping', () => {
    const empty = CalendarSchema.parse({ id: 'empty', name: 'Empty', weekly: {}, coverage });
    expect(() => nextWorkingInstant(empty, shanghai('2026-03-02T10:00'))).toThrow(CalendarWithoutWorkingTimeError);
    expect(() => addBusinessMs(empty, shanghai('2026-03-02T10:00'), 1)).toThrow(/has no working time after 2026-03-02/);
    expect(businessMsBetween(empty, shanghai('2026-03-02T10:00'), shanghai('2026-04-02T10:00'))).toBe(0);
  });

  it('when its only working time is one make-up day, then the search finds it, and throws after it', () => {
    const oneDay = CalendarSchema.parse({ id: 'one-day', name: 'One day', weekly: {}, coverage, overrides: [{ date: '2026-03-07', kind: 'working', intervals: [{ start: '10:00', end: '12:00' }] }] });
    expect(addBusinessMs(oneDay, shanghai('2026-03-02T10:00'), hours(1))).toEqual(shanghai('2026-03-07T11:00'));
    expect(() => addBusinessMs(oneDay, shanghai('2026-03-02T10:00'), hours(3))).toThrow(CalendarWithoutWorkingTimeError);
  });

  it('refuses to add a negative or endless time', () => {
    expect(() => addBusinessMs(prc, shanghai('2026-03-02T10:00'), -1)).toThrow(RangeError);
    expect(() => addBusinessMs(prc, shanghai('2026-03-02T10:00'), Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => businessMsBetween(prc, new Date(Number.NaN), shanghai('2026-03-02T10:00'))).toThrow(RangeError);
  });
});
