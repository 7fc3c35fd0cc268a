import type { PrismaClient } from '../db/database.js';
import type { Prisma } from '../db/generated/client.js';
import type { TransactionClient } from '../db/transaction.js';
import type { TicketPriority } from '../tickets/workflow.js';
import { calendarRowSelect, type CalendarRow } from './calendar-records.js';
import type { ClockRow, SlaClockKind } from './clock-state.js';

export const policySelect = {
  id: true,
  priority: true,
  firstResponseMinutes: true,
  resolutionMinutes: true,
  warnShare: true,
  version: true,
  updatedAt: true,
  calendar: { select: calendarRowSelect },
} as const satisfies Prisma.SlaPolicySelect;
export type PolicyRow = Prisma.SlaPolicyGetPayload<{ select: typeof policySelect }>;

const clockSelect = {
  id: true,
  ticketId: true,
  kind: true,
  policyId: true,
  startedAt: true,
  usedMs: true,
  runningSince: true,
  pausedAt: true,
  stoppedAt: true,
  dueAt: true,
  atRiskAt: true,
  metAt: true,
  breachedAt: true,
  warnedAt: true,
  breachNotifiedAt: true,
  attention: true,
  version: true,
} as const satisfies Prisma.SlaClockSelect;
type StoredClock = Prisma.SlaClockGetPayload<{ select: typeof clockSelect }>;
export type StoredClockRow = ClockRow & { id: string; ticketId: string; version: number; warnedAt: Date | null; breachNotifiedAt: Date | null };

const fromStored = (clock: StoredClock): StoredClockRow => ({ ...clock, usedMs: Number(clock.usedMs) });

function columnsOf(row: ClockRow) {
  return {
    policyId: row.policyId,
    usedMs: BigInt(Math.round(row.usedMs)),
    runningSince: row.runningSince,
    pausedAt: row.pausedAt,
    stoppedAt: row.stoppedAt,
    dueAt: row.dueAt,
    atRiskAt: row.atRiskAt,
    metAt: row.metAt,
    breachedAt: row.breachedAt,
    attention: row.attention,
  };
}

type Db = PrismaClient | TransactionClient;

/** SLA clocks, policies and calendars; inside a ticket change it is given the change's transaction. */
export class SlaClockRepository {
  constructor(private readonly db: Db) {}

  policies(): Promise<PolicyRow[]> {
    return this.db.slaPolicy.findMany({ select: policySelect, orderBy: { priority: 'asc' } });
  }

  clocksOf(ticketId: string): Promise<StoredClockRow[]> {
    return this.db.slaClock.findMany({ where: { ticketId }, select: clockSelect, orderBy: { kind: 'asc' } }).then((rows) => rows.map(fromStored));
  }

  async create(ticketId: string, row: ClockRow, at: Date): Promise<void> {
    await this.db.slaClock.create({ data: { ticketId, kind: row.kind, startedAt: row.startedAt, ...columnsOf(row), updatedAt: at }, select: { id: true } });
  }

  /** Writes a clock if it is still at `version`; false when someone else wrote it first. */
  async update(clock: { id: string; version: number }, row: ClockRow, at: Date): Promise<boolean> {
    const { count } = await this.db.slaClock.updateMany({
      where: { id: clock.id, version: clock.version },
      data: { ...columnsOf(row), updatedAt: at, version: { increment: 1 } },
    });
    return count === 1;
  }

  /**
   * The ticket's earliest running due time, kept on the ticket for the queue's order. Plain SQL: the Prisma
   * client would move the ticket's `updated_at`, and an SLA computation is not a change anyone made to it.
   */
  async refreshTicketDue(ticketId: string): Promise<void> {
    await this.db.$executeRaw`UPDATE tickets SET sla_due_at = (SELECT min(due_at) FROM sla_clocks WHERE ticket_id = ${ticketId}::uuid AND running_since IS NOT NULL) WHERE id = ${ticketId}::uuid`;
  }

  /** Open clocks (not stopped) whose policy is among `policyIds`, after `afterId` in id order: one batch. */
  openClocksOf(policyIds: string[], afterId: string | null, take: number): Promise<StoredClockRow[]> {
    return this.db.slaClock
      .findMany({
        where: { policyId: { in: policyIds }, stoppedAt: null, ...(afterId ? { id: { gt: afterId } } : {}) },
        select: clockSelect,
        orderBy: { id: 'asc' },
        take,
      })
      .then((rows) => rows.map(fromStored));
  }
}

export type PolicyByPriority = Map<TicketPriority, PolicyRow>;
export type ClockKey = { ticketId: string; kind: SlaClockKind };
export type { CalendarRow };
