import { staffOf, type Actor } from '../auth/actor.js';
import { ProblemError } from '../http/errors.js';
import { zodIssueCode } from '../http/problem.js';
import { formatTicketNumber, parseTicketNumber } from '../tickets/number.js';
import { recordEvent } from '../tickets/repository.js';
import type { TicketRepository } from '../tickets/repository.js';
import type { TicketPriority } from '../tickets/workflow.js';
import type { SlaAdminRepository } from './admin-repository.js';
import { toBusinessCalendar, toCalendar, type CalendarRow } from './calendar-records.js';
import { CalendarSchema, coverageWarning, type BusinessCalendar, type Calendar } from './calendar/index.js';
import { changePolicy, clockColumns, noteBreach, sameClock, schedule } from './clock-state.js';
import { measureOf } from './measure.js';
import { SlaClockRepository, type PolicyRow } from './repository.js';
import { VersionRead, type CalendarBody, type CalendarDaysBody, type CalendarSaved, type CalendarView, type PolicyBody, type PolicySaved, type PolicyView, type TicketSla } from './schemas.js';
import { toCalendarView, toClockView, toPolicyView } from './views.js';

/** Open clocks are computed again this many per transaction, so a calendar change never holds one huge one. */
export const recomputeBatchSize = 500;

export type CoverageReport = { status: 'ok' | 'warning'; calendars: { id: string; coverageEnds: string | null; daysLeft: number | null; warn: boolean }[] };

/** Calendars and policies as administrators keep them, the clocks of a ticket as staff read them. */
export class SlaService {
  constructor(private readonly deps: { admin: SlaAdminRepository; clocks: SlaClockRepository; tickets: TicketRepository; now: () => Date; batchSize?: number }) {}

  async listCalendars(): Promise<CalendarView[]> {
    const now = this.deps.now();
    return (await this.deps.admin.calendars()).map((row) => toCalendarView(row, now));
  }

  async getCalendar(id: string): Promise<CalendarView> {
    return toCalendarView(await this.calendarRow(id), this.deps.now());
  }

  async createCalendar(calendar: CalendarBody): Promise<CalendarSaved> {
    const row = await this.deps.admin.createCalendar(calendar, this.deps.now());
    return { ...toCalendarView(row, this.deps.now()), recomputed: 0 };
  }

  /** Replaces a calendar; the open clocks of every policy on it get due times under the new one. */
  async replaceCalendar(id: string, body: unknown): Promise<CalendarSaved> {
    const { version: givenVersion, ...given } = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    if (given.id !== undefined && given.id !== id) {
      throw new ProblemError('validation_failed', { errors: [{ field: 'id', code: 'id_mismatch', message: `must be ${id}, the calendar of the path, or left out` }] });
    }
    const version = VersionRead.safeParse(givenVersion);
    if (!version.success) throw new ProblemError('validation_failed', { errors: [{ field: 'version', code: 'invalid_type', message: 'must be the whole number last read, at least 1' }] });
    const calendar = CalendarSchema.parse({ ...given, id });
    return this.saveCalendar(await this.calendarRow(id), calendar, version.data);
  }

  /**
   * Adds days (next year's holidays and make-up days) and extends the coverage. A date given replaces the one
   * stored; field errors name `days.N` as sent, not their place among the stored days.
   */
  async addDays(id: string, body: CalendarDaysBody): Promise<CalendarSaved> {
    const row = await this.calendarRow(id);
    const current = this.editable(row);
    const given = new Set(body.days.map((day) => day.date));
    const kept = current.overrides.filter((day) => !given.has(day.date));
    const merged = CalendarSchema.safeParse({
      ...current,
      overrides: [...kept, ...body.days],
      coverage: { from: current.coverage.from, until: body.coverageUntil ?? current.coverage.until },
    });
    if (!merged.success) {
      const errors = merged.error.issues.map((issue) => {
        const [head, index, ...rest] = issue.path.map(String);
        const field =
          head === 'overrides' && Number(index) >= kept.length ? ['days', Number(index) - kept.length, ...rest].join('.') : head === 'coverage' ? 'coverageUntil' : issue.path.join('.');
        return { field, code: zodIssueCode(issue), message: issue.message };
      });
      throw new ProblemError('validation_failed', { errors });
    }
    return this.saveCalendar(row, merged.data);
  }

  async deleteCalendar(id: string): Promise<void> {
    const row = await this.calendarRow(id);
    this.editable(row);
    const using = await this.deps.admin.policiesUsing(id);
    if (using.length) throw new ProblemError('calendar_in_use', { detail: `The policies of ${using.map((p) => p.priority).join(', ')} count on it; move them to another calendar first.` });
    await this.deps.admin.deleteCalendar(id);
  }

  async listPolicies(): Promise<PolicyView[]> {
    return (await this.deps.admin.policies()).map(toPolicyView);
  }

  /** Sets a priority's targets and calendar; its open clocks keep the time used and get new due times. */
  async savePolicy(priority: TicketPriority, body: PolicyBody): Promise<PolicySaved> {
    const calendar = await this.deps.admin.calendar(body.calendarId);
    if (!calendar) throw new ProblemError('validation_failed', { errors: [{ field: 'calendarId', code: 'unknown_calendar', message: `there is no calendar ${body.calendarId}` }] });
    const before = await this.deps.admin.policy(priority);
    const { version, ...policy } = body;
    const saved = version === undefined ? await this.deps.admin.savePolicy(priority, policy, this.deps.now()) : await this.deps.admin.savePolicyAt(priority, version, policy, this.deps.now());
    if (!saved) {
      const current = await this.deps.admin.policy(priority);
      throw new ProblemError('version_conflict', { detail: `The ${priority} policy changed since version ${version}; it is now at version ${current?.version ?? '?'}. Reload it and apply your change again.` });
    }
    const previous = before && before.calendar.id !== saved.calendar.id ? new Map([[saved.id, toBusinessCalendar(before.calendar)]]) : undefined;
    const recomputed = await this.recompute([saved.id], 'policy_changed', previous);
    return { ...toPolicyView(saved), recomputed };
  }

  /** A ticket's clocks, their state now, and how each due time came about. */
  async ticketSla(actor: Actor, reference: string): Promise<TicketSla> {
    staffOf(actor);
    const number = parseTicketNumber(reference);
    const ticket = number === null ? null : await this.deps.tickets.findRef(number);
    if (!ticket) throw new ProblemError('not_found', { detail: 'There is no ticket with this number.' });
    const [clocks, policies] = await Promise.all([this.deps.clocks.clocksOf(ticket.id), this.deps.clocks.policies()]);
    const byId = new Map(policies.map((policy) => [policy.id, policy]));
    const now = this.deps.now();
    return { number: formatTicketNumber(ticket.number), clocks: clocks.flatMap((clock) => (byId.has(clock.policyId) ? [toClockView(clock, byId.get(clock.policyId)!, now)] : [])) };
  }

  /** Which calendars policies count on run out of known days within 60 days (or have): `/ready` and metrics. */
  async coverage(): Promise<CoverageReport> {
    const now = this.deps.now();
    const used = new Set((await this.deps.admin.policies()).map((policy) => policy.calendar.id));
    const calendars = (await this.deps.admin.calendars())
      .filter((row) => used.has(row.id) && !row.builtIn)
      .map((row) => {
        const warning = coverageWarning(toBusinessCalendar(row), now);
        return { id: row.id, coverageEnds: warning.coverageEnds?.toISOString() ?? null, daysLeft: warning.daysLeft, warn: warning.warn };
      });
    return { status: calendars.some((calendar) => calendar.warn) ? 'warning' : 'ok', calendars };
  }

  countAttention(): Promise<number> {
    return this.deps.admin.countAttention();
  }

  private async saveCalendar(row: CalendarRow, calendar: Calendar, version?: number): Promise<CalendarSaved> {
    this.editable(row);
    const saved = await this.deps.admin.replaceCalendar(calendar, this.deps.now(), version);
    if (!saved) {
      const current = await this.deps.admin.calendar(calendar.id);
      if (!current) throw new ProblemError('not_found');
      throw new ProblemError('version_conflict', { detail: `The calendar ${calendar.id} changed since version ${version}; it is now at version ${current.version}. Reload it and apply your change again.` });
    }
    const policies = await this.deps.admin.policiesUsing(calendar.id);
    const recomputed = await this.recompute(policies.map((policy) => policy.id), 'calendar_changed');
    return { ...toCalendarView(saved, this.deps.now()), recomputed };
  }

  private async calendarRow(id: string): Promise<CalendarRow> {
    const row = await this.deps.admin.calendar(id);
    if (!row) throw new ProblemError('not_found', { detail: `There is no calendar ${id}.` });
    return row;
  }

  private editable(row: CalendarRow): Calendar {
    if (row.builtIn) throw new ProblemError('calendar_built_in', { detail: 'The 7×24 calendar is always working time; create a calendar of your own instead.' });
    return toCalendar(row);
  }

  /**
   * Computes the open clocks of `policyIds` again, a batch per transaction, in id order. A clock a ticket change
   * wrote meanwhile is skipped: that change already read the new calendar and policy. Returns how many changed.
   */
  private async recompute(policyIds: string[], reason: 'calendar_changed' | 'policy_changed', previous?: Map<string, BusinessCalendar>): Promise<number> {
    if (!policyIds.length) return 0;
    const size = this.deps.batchSize ?? recomputeBatchSize;
    let afterId: string | null = null;
    let changed = 0;
    for (;;) {
      const at = this.deps.now();
      const batch: { last: string | null; count: number; changed: number } = await this.deps.admin.transaction(async (tx) => {
        const repository = new SlaClockRepository(tx);
        const policies = new Map((await repository.policies()).map((policy: PolicyRow) => [policy.id, policy]));
        const clocks = await repository.openClocksOf(policyIds, afterId, size);
        const touched = new Set<string>();
        // One parse of each calendar per batch, not one per clock.
        const measures = new Map<string, ReturnType<typeof measureOf>>();
        for (const clock of clocks) {
          const policy = policies.get(clock.policyId);
          if (!policy) continue;
          const key = `${policy.id}:${clock.kind}`;
          const measure = measures.get(key) ?? measures.set(key, measureOf(policy, clock.kind)).get(key)!;
          const was = clockColumns(clock);
          const before = previous?.get(clock.policyId);
          const next = before ? changePolicy(was, before, measure, at) : schedule(noteBreach(was, at), measure);
          if (sameClock(was, next) || !(await repository.update(clock, next, at))) continue;
          touched.add(clock.ticketId);
          if (was.dueAt?.getTime() !== next.dueAt?.getTime() || was.attention !== next.attention) {
            const after = { kind: next.kind, dueAt: next.dueAt?.toISOString() ?? null, reason, ...(next.attention ? { attention: next.attention } : {}) };
            await recordEvent(tx, { ticketId: clock.ticketId, actor: 'system', type: 'sla_recomputed', before: { kind: was.kind, dueAt: was.dueAt?.toISOString() ?? null }, after, at });
          }
        }
        for (const ticketId of touched) await repository.refreshTicketDue(ticketId);
        return { last: clocks.at(-1)?.id ?? null, count: clocks.length, changed: touched.size };
      });
      changed += batch.changed;
      if (batch.count < size || !batch.last) return changed;
      afterId = batch.last;
    }
  }
}
