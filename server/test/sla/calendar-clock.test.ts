import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alwaysOpenCalendar,
  businessMsExcluding,
  changeCalendar,
  clockDueAt,
  clockUsedMs,
  coverageWarning,
  pauseClock,
  prcWorkingDaysCalendar,
  resumeClock,
  startClock,
} from '../../src/sla/calendar/index.js';

const hours = (n: number) => n * 3_600_000;
const shanghai = (local: string) => new Date(`${local}+08:00`);
const prc = prcWorkingDaysCalendar();

describe('an SLA clock with pauses', () => {
  it('when a ticket waits on the customer, then its clock stands still until the reply, and the due time moves with it', () => {
    let clock = startClock(shanghai('2026-12-07T09:00')); // filed on a Monday
    expect(clockDueAt(clock, prc, hours(4)).dueAt).toEqual(shanghai('2026-12-07T13:00'));
    clock = pauseClock(clock, prc, shanghai('2026-12-07T11:00')); // set to pending: 2 hours used
    expect(clockDueAt(clock, prc, hours(4))).toEqual({ dueAt: null, remainingMs: hours(2) });
    expect(clockUsedMs(clock, prc, shanghai('2026-12-08T12:00'))).toBe(hours(2));
    clock = resumeClock(clock, shanghai('2026-12-08T15:00')); // the customer replies on Tuesday
    expect(clockDueAt(clock, prc, hours(4)).dueAt).toEqual(shanghai('2026-12-08T17:00'));
    expect(clockUsedMs(clock, prc, shanghai('2026-12-08T16:00'))).toBe(hours(3));
  });

  it('when the policy changes (escalated to P1, 7×24), then the time used so far is kept and the rest runs on the new calendar', () => {
    let clock = startClock(shanghai('2026-12-04T17:00')); // Friday: one business hour before 18:00
    clock = changeCalendar(clock, prc, shanghai('2026-12-05T10:00')); // Saturday morning counted nothing under the old calendar
    expect(clock.usedMs).toBe(hours(1));
    expect(clockDueAt(clock, alwaysOpenCalendar, hours(8)).dueAt).toEqual(shanghai('2026-12-05T17:00'));
  });

  it('when the banked time already exceeds a target, then it has no due time ahead and says by how much it was missed', () => {
    const clock = pauseClock(startClock(shanghai('2026-12-07T09:00')), prc, shanghai('2026-12-07T15:00'));
    expect(resumeClock(clock, shanghai('2026-12-08T09:00'))).toMatchObject({ usedMs: hours(6) });
    expect(clockDueAt(resumeClock(clock, shanghai('2026-12-08T09:00')), prc, hours(4))).toEqual({ dueAt: null, remainingMs: -hours(2) });
  });

  it('pausing a paused clock or resuming a running one changes nothing', () => {
    const running = startClock(shanghai('2026-12-07T09:00'));
    expect(resumeClock(running, shanghai('2026-12-07T10:00'))).toBe(running);
    const paused = pauseClock(running, prc, shanghai('2026-12-07T10:00'));
    expect(pauseClock(paused, prc, shanghai('2026-12-07T12:00'))).toBe(paused);
    expect(changeCalendar(paused, prc, shanghai('2026-12-07T12:00'))).toBe(paused);
  });
});

describe('business time outside pauses, rebuilt from a history', () => {
  it('is what the clock counted while it ran: any run of pauses and replies gives the same time used', () => {
    const filedAt = shanghai('2026-11-02T08:00').getTime();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3 * 24 * 60 }), { maxLength: 8 }), fc.integer({ min: 0, max: 3 * 24 * 60 }), (gaps, tail) => {
        // Each gap (in minutes) ends with a change: pending, then the customer's reply, then pending again …
        let [clock, at] = [startClock(new Date(filedAt)), filedAt];
        const pauses: { from: Date; to?: Date }[] = [];
        gaps.forEach((gap, index) => {
          at += gap * 60_000;
          if (index % 2 === 0) {
            clock = pauseClock(clock, prc, new Date(at));
            pauses.push({ from: new Date(at) });
          } else {
            clock = resumeClock(clock, new Date(at));
            pauses.at(-1)!.to = new Date(at);
          }
        });
        const now = new Date(at + tail * 60_000);
        expect(clockUsedMs(clock, prc, now)).toBe(businessMsExcluding(prc, new Date(filedAt), now, pauses));
      }),
    );
  });

  it('takes off only the working part of each pause, once where pauses overlap, and an open pause up to the end', () => {
    const [from, to] = [shanghai('2026-12-07T09:00'), shanghai('2026-12-08T18:00')]; // 18 business hours
    const pause = { from: shanghai('2026-12-07T11:00'), to: shanghai('2026-12-08T15:00') }; // 7 + 6 working hours
    expect(businessMsExcluding(prc, from, to, [pause])).toBe(hours(5));
    expect(businessMsExcluding(prc, from, to, [pause, { from: shanghai('2026-12-07T12:00'), to: shanghai('2026-12-07T20:00') }])).toBe(hours(5));
    expect(businessMsExcluding(prc, from, to, [{ from: shanghai('2026-12-08T17:00') }])).toBe(hours(17));
    expect(businessMsExcluding(prc, from, to, [{ from: shanghai('2026-12-01T00:00'), to: shanghai('2026-12-07T10:00') }])).toBe(hours(17));
  });
});

describe('coverage warnings', () => {
  it('when coverage ends within 60 days, then it warns, with the end in the calendar’s zone and the days left', () => {
    expect(coverageWarning(prc, new Date('2026-12-03T08:00:00Z'))).toEqual({ coverageEnds: shanghai('2027-01-01T00:00'), daysLeft: 28, warn: true });
  });

  it('when coverage ends later than that, then it does not warn, unless asked to look further ahead', () => {
    expect(coverageWarning(prc, shanghai('2026-06-01T00:00'))).toMatchObject({ daysLeft: 214, warn: false });
    expect(coverageWarning(prc, shanghai('2026-06-01T00:00'), 250)).toMatchObject({ warn: true });
  });

  it('when coverage has ended or not yet begun, then it warns; days left are negative once it has ended', () => {
    expect(coverageWarning(prc, shanghai('2027-01-03T00:00'))).toMatchObject({ daysLeft: -2, warn: true });
    expect(coverageWarning(prc, shanghai('2025-06-01T00:00'))).toMatchObject({ warn: true });
  });

  it('the 7×24 calendar never runs out', () => {
    expect(coverageWarning(alwaysOpenCalendar, new Date())).toEqual({ coverageEnds: null, daysLeft: null, warn: false });
  });
});
