import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMs,
  businessMsBetween,
  businessMsExcluding,
  CalendarNotCoveredError,
  nextWorkingInstant,
  prcWorkingDaysCalendar,
  workingIntervals,
} from '../../src/sla/calendar/index.js';
import { calendar as anyCalendar, instant } from './arbitraries.js';
import { isWorkingAt } from './oracle.js';

const hour = 3_600_000;
const prc = prcWorkingDaysCalendar();
/** Random calendars, and the PRC one (holidays and make-up days) as often as any other. */
const calendar = fc.oneof(anyCalendar, fc.constant(prc));
const businessTime = fc.integer({ min: 0, max: 40 * hour });
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);
const span = fc.integer({ min: 0, max: 21 * 24 * hour });

/** A computation that ran out of coverage proves nothing here; the example tests check that it throws. */
function covered<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) fc.pre(false);
    throw error;
  }
}

const runs = { numRuns: 150 };

describe('business time, for any calendar and instants', () => {
  it('adding a business duration and measuring it back gives the duration', () => {
    fc.assert(
      fc.property(calendar, instant, businessTime, (cal, start, ms) => {
        const due = covered(() => addBusinessMs(cal, start, ms));
        expect(businessMsBetween(cal, start, due)).toBe(ms);
        expect(due.getTime()).toBeGreaterThanOrEqual(start.getTime());
      }),
      runs,
    );
  });

  it('measured time is at most wall time, and counts only working time by the calendar’s own data (no nights, weekends or holidays; make-up days yes)', () => {
    fc.assert(
      fc.property(calendar, instant, span, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (cal, from, length, where) => {
        const to = later(from, length);
        const intervals = covered(() => workingIntervals(cal, from, to));
        const total = intervals.reduce((sum, interval) => sum + interval.end.getTime() - interval.start.getTime(), 0);
        expect(businessMsBetween(cal, from, to)).toBe(total);
        expect(total).toBeLessThanOrEqual(length);
        let previousEnd = from.getTime();
        for (const { start, end } of intervals) {
          expect(start.getTime()).toBeGreaterThanOrEqual(previousEnd); // in order, disjoint, inside [from, to)
          expect(end.getTime()).toBeGreaterThan(start.getTime());
          for (const probe of [start.getTime(), end.getTime() - 1, start.getTime() + Math.floor((end.getTime() - start.getTime()) * where)]) {
            expect(isWorkingAt(cal, new Date(probe)), new Date(probe).toISOString()).toBe(true);
          }
          // Between intervals nothing is working time.
          if (start.getTime() > previousEnd) {
            expect(isWorkingAt(cal, new Date(Math.floor((previousEnd + start.getTime()) / 2)))).toBe(false);
          }
          previousEnd = end.getTime();
        }
        expect(to.getTime()).toBeGreaterThanOrEqual(previousEnd);
      }),
      runs,
    );
  });

  it('a millisecond counts exactly when the calendar’s data says it is working time, around DST changes too', () => {
    fc.assert(
      fc.property(calendar, instant, (cal, at) => {
        expect(covered(() => businessMsBetween(cal, at, later(at, 1)))).toBe(isWorkingAt(cal, at) ? 1 : 0);
      }),
      { numRuns: 400 },
    );
  });

  it('splitting an interval in two: the parts sum to the whole', () => {
    fc.assert(
      fc.property(calendar, instant, span, span, (cal, a, first, second) => {
        const [b, c] = [later(a, first), later(a, first + second)];
        const whole = covered(() => businessMsBetween(cal, a, c));
        expect(businessMsBetween(cal, a, b) + businessMsBetween(cal, b, c)).toBe(whole);
      }),
      runs,
    );
  });

  it('pauses take off exactly their working part: the time between the pauses is what remains', () => {
    const pause = fc.tuple(span, fc.integer({ min: 0, max: 5 * 24 * hour }));
    fc.assert(
      fc.property(calendar, instant, span, fc.array(pause, { maxLength: 4 }), (cal, from, length, offsets) => {
        const to = later(from, length);
        const pauses = offsets.map(([offset, duration]) => ({ from: later(from, offset - 24 * hour), to: later(from, offset - 24 * hour + duration) }));
        const remaining = covered(() => businessMsExcluding(cal, from, to, pauses));
        // Independently: walk [from, to) and add up the stretches no pause covers.
        const cuts = [...new Set([from, to, ...pauses.flatMap((p) => [p.from, p.to])].map((d) => d.getTime()))]
          .filter((t) => t >= from.getTime() && t <= to.getTime())
          .sort((x, y) => x - y);
        let expected = 0;
        for (let i = 0; i + 1 < cuts.length; i++) {
          const [s, e] = [cuts[i]!, cuts[i + 1]!];
          if (!pauses.some((p) => p.from.getTime() <= s && e <= p.to.getTime())) expected += covered(() => businessMsBetween(cal, new Date(s), new Date(e)));
        }
        expect(remaining).toBe(expected);
      }),
      runs,
    );
  });

  it('the next working instant is working time, idempotent, and nothing before it counts', () => {
    fc.assert(
      fc.property(calendar, instant, (cal, at) => {
        const next = covered(() => nextWorkingInstant(cal, at));
        expect(next.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(nextWorkingInstant(cal, next)).toEqual(next);
        expect(isWorkingAt(cal, next)).toBe(true);
        expect(businessMsBetween(cal, next, later(next, 1))).toBe(1);
        expect(businessMsBetween(cal, at, next)).toBe(0);
      }),
      runs,
    );
  });

  it('a start outside working hours counts from the next working instant; more time is never due sooner', () => {
    fc.assert(
      fc.property(calendar, instant, businessTime, businessTime, (cal, start, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const dueSmall = covered(() => addBusinessMs(cal, start, small));
        const dueLarge = covered(() => addBusinessMs(cal, start, large));
        expect(dueLarge.getTime()).toBeGreaterThanOrEqual(dueSmall.getTime());
        if (small > 0) expect(addBusinessMs(cal, nextWorkingInstant(cal, start), small)).toEqual(dueSmall);
      }),
      runs,
    );
  });
});
