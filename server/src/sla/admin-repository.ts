import type { PrismaClient } from '../db/database.js';
import type { Prisma } from '../db/generated/client.js';
import { inTransaction, type TransactionClient } from '../db/transaction.js';
import type { TicketPriority } from '../tickets/workflow.js';
import { calendarRowSelect, dateColumn, type CalendarRow } from './calendar-records.js';
import type { Calendar } from './calendar/index.js';
import { policySelect, type PolicyRow } from './repository.js';

const calendarColumns = (calendar: Calendar) => ({
  name: calendar.name,
  timeZone: calendar.timeZone,
  weekly: calendar.weekly as Prisma.InputJsonValue,
  overrides: [...calendar.overrides].sort((a, b) => a.date.localeCompare(b.date)) as Prisma.InputJsonValue,
  coverageFrom: dateColumn(calendar.coverage.from),
  coverageUntil: dateColumn(calendar.coverage.until),
});

/** Calendars and policies as administrators edit them. */
export class SlaAdminRepository {
  constructor(private readonly prisma: PrismaClient) {}

  calendars(): Promise<CalendarRow[]> {
    return this.prisma.slaCalendar.findMany({ select: calendarRowSelect, orderBy: [{ builtIn: 'desc' }, { id: 'asc' }] });
  }

  calendar(id: string): Promise<CalendarRow | null> {
    return this.prisma.slaCalendar.findUnique({ where: { id }, select: calendarRowSelect });
  }

  createCalendar(calendar: Calendar, at: Date): Promise<CalendarRow> {
    return this.prisma.slaCalendar.create({ data: { id: calendar.id, ...calendarColumns(calendar), createdAt: at, updatedAt: at }, select: calendarRowSelect });
  }

  /** Replaces a calendar that is not built in (and still at `version`, when given); null when there is none such. */
  async replaceCalendar(calendar: Calendar, at: Date, version?: number): Promise<CalendarRow | null> {
    const { count } = await this.prisma.slaCalendar.updateMany({
      where: { id: calendar.id, builtIn: false, ...(version === undefined ? {} : { version }) },
      data: { ...calendarColumns(calendar), updatedAt: at, version: { increment: 1 } },
    });
    return count === 1 ? this.calendar(calendar.id) : null;
  }

  async deleteCalendar(id: string): Promise<boolean> {
    const { count } = await this.prisma.slaCalendar.deleteMany({ where: { id, builtIn: false } });
    return count === 1;
  }

  policiesUsing(calendarId: string): Promise<PolicyRow[]> {
    return this.prisma.slaPolicy.findMany({ where: { calendarId }, select: policySelect });
  }

  policies(): Promise<PolicyRow[]> {
    return this.prisma.slaPolicy.findMany({ select: policySelect, orderBy: { priority: 'asc' } });
  }

  policy(priority: TicketPriority): Promise<PolicyRow | null> {
    return this.prisma.slaPolicy.findUnique({ where: { priority }, select: policySelect });
  }

  /** Sets a priority's policy if it is still at `version`; null when someone saved it meanwhile. */
  async savePolicyAt(priority: TicketPriority, version: number, policy: { firstResponseMinutes: number; resolutionMinutes: number; calendarId: string; warnShare: number }, at: Date): Promise<PolicyRow | null> {
    const { count } = await this.prisma.slaPolicy.updateMany({ where: { priority, version }, data: { ...policy, updatedAt: at, version: { increment: 1 } } });
    return count === 1 ? this.policy(priority) : null;
  }

  /** Sets a priority's policy (creating it if an operator removed it). */
  savePolicy(priority: TicketPriority, policy: { firstResponseMinutes: number; resolutionMinutes: number; calendarId: string; warnShare: number }, at: Date): Promise<PolicyRow> {
    return this.prisma.slaPolicy.upsert({
      where: { priority },
      create: { priority, ...policy, updatedAt: at },
      update: { ...policy, updatedAt: at, version: { increment: 1 } },
      select: policySelect,
    });
  }

  /** Clocks needing attention (no due time the calendar can give), for the metrics. */
  countAttention(): Promise<number> {
    return this.prisma.slaClock.count({ where: { attention: { not: null }, stoppedAt: null } });
  }

  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return inTransaction(this.prisma, work);
  }
}
