import { ProblemError } from '../http/errors.js';
import { toBusinessCalendar } from './calendar-records.js';
import { clockUsedMs } from './calendar/index.js';
import { parsePlainDate, wallClockInstant } from './calendar/plain-date.js';
import { tryCalendar } from './clock-state.js';
import { complianceBy, complianceCsv, type ClockOutcome, type ComplianceRow, type SlaDimension, type SlaTarget } from './compliance.js';
import type { ReportClock, SlaReportRepository } from './report-repository.js';

/** The longest period one report covers: a year (and a leap day). */
const maxDays = 366;

export type SlaReport = {
  from: string;
  to: string;
  timeZone: string;
  by: SlaDimension;
  rows: ComplianceRow[];
  totals: Record<SlaTarget, { met: number; breached: number; open: number; compliance: number | null }>;
};

/** How a clock stands for the report: its business time used so far (a running one up to now) and how it ended. */
function outcomeOf(clock: ReportClock, now: Date): ClockOutcome {
  let usedMs = clock.usedMs;
  if (clock.runningSince) {
    const used = tryCalendar(() => clockUsedMs({ usedMs: clock.usedMs, runningSince: clock.runningSince }, toBusinessCalendar(clock.calendar), now));
    if (used.value !== null) usedMs = used.value;
  }
  // Past its due time while still running is a breach, whether or not a change or an escalation has noted it yet.
  const overdue = clock.runningSince !== null && clock.dueAt !== null && clock.dueAt.getTime() < now.getTime();
  const state = clock.breachedAt || overdue ? 'breached' : clock.metAt ? 'met' : 'open';
  return { priority: clock.priority, category: clock.category, agent: clock.agent, target: clock.kind, usedMs, state };
}

/**
 * SLA compliance over a period of days in the support calendar's zone: the clocks of the tickets filed in it, per
 * priority, category or agent, first response and resolution apart. A clock that still runs counts as open unless
 * it already missed its target.
 */
export class SlaReportService {
  constructor(
    private readonly deps: { reports: SlaReportRepository; timeZone: string; now: () => Date },
  ) {}

  async report(from: string, to: string, by: SlaDimension): Promise<SlaReport> {
    const [first, last] = [parsePlainDate(from), parsePlainDate(to)];
    if (first === null) throw new ProblemError('validation_failed', { errors: [{ field: 'from', code: 'invalid_date', message: 'must be a real date (YYYY-MM-DD)' }] });
    if (last === null) throw new ProblemError('validation_failed', { errors: [{ field: 'to', code: 'invalid_date', message: 'must be a real date (YYYY-MM-DD)' }] });
    if (first > last) throw new ProblemError('validation_failed', { errors: [{ field: 'from', code: 'after_to', message: 'must not be after `to`' }] });
    if (last - first + 1 > maxDays) throw new ProblemError('validation_failed', { errors: [{ field: 'to', code: 'period_too_long', message: `a report covers at most ${maxDays} days` }] });
    const { timeZone } = this.deps;
    const start = new Date(wallClockInstant(first, 0, timeZone));
    const end = new Date(wallClockInstant(last + 1, 0, timeZone));
    const now = this.deps.now();
    const outcomes = (await this.deps.reports.clocksStartedIn(start, end)).map((clock) => outcomeOf(clock, now));
    const totals = {} as SlaReport['totals'];
    for (const target of ['first_response', 'resolution'] as const) {
      const mine = outcomes.filter((outcome) => outcome.target === target);
      const met = mine.filter((outcome) => outcome.state === 'met').length;
      const breached = mine.filter((outcome) => outcome.state === 'breached').length;
      totals[target] = { met, breached, open: mine.length - met - breached, compliance: met + breached > 0 ? met / (met + breached) : null };
    }
    return { from, to, timeZone, by, rows: complianceBy(outcomes, by), totals };
  }

  async csv(from: string, to: string, by: SlaDimension, locale: 'zh-Hans' | 'en'): Promise<string> {
    return complianceCsv((await this.report(from, to, by)).rows, locale);
  }
}
