import { toBusinessCalendar } from './calendar-records.js';
import type { Measure, SlaClockKind } from './clock-state.js';
import type { PolicyRow } from './repository.js';

const minuteMs = 60_000;

/** What a clock of `kind` is measured against under `policy`. */
export function measureOf(policy: PolicyRow, kind: SlaClockKind): Measure {
  const minutes = kind === 'first_response' ? policy.firstResponseMinutes : policy.resolutionMinutes;
  return { policyId: policy.id, calendar: toBusinessCalendar(policy.calendar), targetMs: minutes * minuteMs, warnShare: policy.warnShare };
}
