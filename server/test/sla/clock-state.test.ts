import { describe, expect, it } from 'vitest';
import { alwaysOpenCalendar, prcWorkingDaysCalendar } from '../../src/sla/calendar/index.js';
import { changePolicy, pause, resume, startRow, stateOf, stop, type Measure } from '../../src/sla/clock-state.js';

const hours = (n: number) => n * 3_600_000;
const shanghai = (local: string) => new Date(`${local}+08:00`);
const prc = prcWorkingDaysCalendar();
const p3: Measure = { policyId: 'p3', calendar: prc, targetMs: hours(4), warnShare: 0.8 };
const p1: Measure = { policyId: 'p1', calendar: alwaysOpenCalendar, targetMs: hours(1), warnShare: 0.8 };

describe('the moves of one SLA clock', () => {
  it('a clock paused after its due time records the breach at the due time, and stays breached when it stops', () => {
    const started = startRow('resolution', p3, shanghai('2026-12-07T09:00'));
    const paused = pause(started, p3, shanghai('2026-12-07T15:00'));
    expect(paused).toMatchObject({ breachedAt: shanghai('2026-12-07T13:00'), usedMs: hours(6), runningSince: null, dueAt: null });
    const stopped = stop(resume(paused, p3, shanghai('2026-12-08T09:00')), p3, shanghai('2026-12-08T10:00'));
    expect(stopped).toMatchObject({ metAt: null, breachedAt: shanghai('2026-12-07T13:00'), usedMs: hours(7) });
    expect(stateOf(stopped, shanghai('2026-12-08T10:00'))).toBe('breached');
  });

  it('is on track, then at risk at the warn share, then breached after the due time', () => {
    const started = startRow('first_response', p3, shanghai('2026-12-07T09:00'));
    expect(started.atRiskAt).toEqual(shanghai('2026-12-07T12:12'));
    expect(stateOf(started, shanghai('2026-12-07T12:00'))).toBe('on_track');
    expect(stateOf(started, shanghai('2026-12-07T12:12'))).toBe('at_risk');
    expect(stateOf(started, shanghai('2026-12-07T13:00'))).toBe('at_risk');
    expect(stateOf(started, shanghai('2026-12-07T13:01'))).toBe('breached');
    expect(stateOf(pause(started, p3, shanghai('2026-12-07T10:00')), shanghai('2026-12-07T14:00'))).toBe('paused');
  });

  it('a move to a shorter target that the time used already exceeds is breached at once', () => {
    const started = startRow('resolution', p3, shanghai('2026-12-07T09:00'));
    const moved = changePolicy(started, prc, p1, shanghai('2026-12-07T11:00'));
    expect(moved).toMatchObject({ policyId: 'p1', usedMs: hours(2), runningSince: shanghai('2026-12-07T11:00'), dueAt: null, breachedAt: shanghai('2026-12-07T11:00') });
  });

  it('a move to the 7×24 calendar keeps business hours used and counts wall-clock time from then on', () => {
    const started = startRow('resolution', p3, shanghai('2026-12-04T17:00')); // Friday
    const moved = changePolicy(started, prc, { ...p1, targetMs: hours(4) }, shanghai('2026-12-05T10:00'));
    // One business hour on Friday, three more around the clock from Saturday 10:00.
    expect(moved).toMatchObject({ usedMs: hours(1), dueAt: shanghai('2026-12-05T13:00') });
  });
});
