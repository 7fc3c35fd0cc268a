import { describe, expect, it } from 'vitest';
import { alwaysOpenCalendar, prcWorkingDaysCalendar, startClock } from '../../src/sla/calendar/index.js';
import { deliveryInstant, warningInstants } from '../../src/sla/escalation-schedule.js';

const prc = prcWorkingDaysCalendar();
const shanghai = (local: string) => new Date(`${local}+08:00`);
const hours = (n: number) => n * 3_600_000;

describe('when SLA warnings fall and when their e-mails go out', () => {
  it('puts a P3 first-response warning at 80 % of 4 business hours and the breach at 4, both inside working time', () => {
    // Filed Friday 17:30: 30 minutes on Friday, the rest on Monday morning.
    const clock = startClock(shanghai('2026-12-04T17:30:00'));
    const { at_risk, breached } = warningInstants(clock, prc, hours(4), 0.8);
    expect(at_risk).toEqual(shanghai('2026-12-07T11:42:00'));
    expect(breached).toEqual(shanghai('2026-12-07T12:30:00'));
  });

  it('pages a P1 at once, whatever the hour', () => {
    const at = shanghai('2026-12-05T23:00:00');
    expect(deliveryInstant(at, 'P1', prc)).toEqual(at);
    const clock = startClock(at);
    expect(warningInstants(clock, alwaysOpenCalendar, 15 * 60_000, 0.8).at_risk).toEqual(shanghai('2026-12-05T23:12:00'));
  });

  it('holds a P3 warning computed for 02:00 until 09:00, and one on a holiday until the next working morning', () => {
    expect(deliveryInstant(shanghai('2026-12-08T02:00:00'), 'P3', prc)).toEqual(shanghai('2026-12-08T09:00:00'));
    // National Day: 10-01…10-07 are holidays; 10-08 is the next working day.
    expect(deliveryInstant(shanghai('2026-10-03T10:00:00'), 'P2', prc)).toEqual(shanghai('2026-10-08T09:00:00'));
    // A Saturday that is a make-up working day (调休) is a working morning.
    expect(deliveryInstant(shanghai('2026-10-10T07:30:00'), 'P4', prc)).toEqual(shanghai('2026-10-10T09:00:00'));
  });

  it('sends at once inside working time and at the very end of a working day', () => {
    expect(deliveryInstant(shanghai('2026-12-07T11:42:00'), 'P3', prc)).toEqual(shanghai('2026-12-07T11:42:00'));
    expect(deliveryInstant(shanghai('2026-12-07T18:00:00'), 'P3', prc)).toEqual(shanghai('2026-12-07T18:00:00'));
    expect(deliveryInstant(shanghai('2026-12-07T18:00:01'), 'P3', prc)).toEqual(shanghai('2026-12-08T09:00:00'));
  });
});
