import type { PrismaClient } from '../db/database.js';
import { calendarRowSelect, type CalendarRow } from './calendar-records.js';
import type { SlaClockKind } from './clock-state.js';

/** A clock of a ticket filed in the report's period, with what the report groups it by. */
export type ReportClock = {
  kind: SlaClockKind;
  usedMs: number;
  runningSince: Date | null;
  dueAt: Date | null;
  metAt: Date | null;
  breachedAt: Date | null;
  priority: string;
  category: string;
  agent: string | null;
  calendar: CalendarRow;
};

/** The clocks the SLA compliance report counts: those started in [from, until), whatever became of them since. */
export class SlaReportRepository {
  constructor(private readonly db: PrismaClient) {}

  async clocksStartedIn(from: Date, until: Date): Promise<ReportClock[]> {
    const rows = await this.db.slaClock.findMany({
      where: { startedAt: { gte: from, lt: until } },
      select: {
        kind: true,
        usedMs: true,
        runningSince: true,
        dueAt: true,
        metAt: true,
        breachedAt: true,
        ticket: { select: { priority: true, category: true, assignee: { select: { name: true } } } },
        policy: { select: { calendar: { select: calendarRowSelect } } },
      },
    });
    return rows.map((row) => ({
      kind: row.kind,
      usedMs: Number(row.usedMs),
      runningSince: row.runningSince,
      dueAt: row.dueAt,
      metAt: row.metAt,
      breachedAt: row.breachedAt,
      priority: row.ticket.priority,
      category: row.ticket.category,
      agent: row.ticket.assignee?.name ?? null,
      calendar: row.policy.calendar,
    }));
  }
}
