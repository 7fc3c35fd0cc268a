import type { PrismaClient } from '../db/database.js';
import type { TransactionClient } from '../db/transaction.js';
import { calendarRowSelect, type CalendarRow } from './calendar-records.js';
import type { SlaClockKind } from './clock-state.js';

/** A clock an escalation run may have to warn about, with what the e-mail and its quiet hours need. */
export type AlertCandidate = {
  id: string;
  ticketId: string;
  kind: SlaClockKind;
  dueAt: Date | null;
  breachedAt: Date | null;
  priority: string;
  calendar: CalendarRow;
};

const candidateSelect = {
  id: true,
  ticketId: true,
  kind: true,
  dueAt: true,
  breachedAt: true,
  policy: { select: { priority: true, calendar: { select: calendarRowSelect } } },
} as const;

type Row = { id: string; ticketId: string; kind: SlaClockKind; dueAt: Date | null; breachedAt: Date | null; policy: { priority: string; calendar: CalendarRow } };
const candidateOf = ({ policy, ...clock }: Row): AlertCandidate => ({ ...clock, priority: policy.priority, calendar: policy.calendar });

/**
 * The reads and claims of the SLA escalation run. A claim is a conditional update in the alert's own transaction:
 * of several replicas (or a run after a restart) only one finds the column still empty, so each warning is sent
 * once per clock.
 */
export class SlaEscalationRepository {
  constructor(private readonly db: PrismaClient) {}

  /** Running clocks past their at-risk instant, not yet warned and not yet due (a due clock is a breach instead). */
  async dueForWarning(now: Date, take: number): Promise<AlertCandidate[]> {
    const rows = await this.db.slaClock.findMany({
      where: { runningSince: { not: null }, warnedAt: null, atRiskAt: { lte: now }, dueAt: { gt: now } },
      select: candidateSelect,
      orderBy: [{ atRiskAt: 'asc' }, { id: 'asc' }],
      take,
    });
    return rows.map(candidateOf);
  }

  /** Clocks that missed their target (noted when a change stopped them late, or running past their due time) and whose administrators were not told. */
  async dueForBreachNotice(now: Date, take: number): Promise<AlertCandidate[]> {
    const rows = await this.db.slaClock.findMany({
      where: { breachNotifiedAt: null, OR: [{ breachedAt: { not: null } }, { runningSince: { not: null }, dueAt: { lt: now } }] },
      select: candidateSelect,
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      take,
    });
    return rows.map(candidateOf);
  }
}

/** Takes the at-risk warning of a clock that still runs; false when another run (or a pause, a stop) got there first. */
export async function claimWarning(tx: TransactionClient, clockId: string, now: Date): Promise<boolean> {
  const { count } = await tx.slaClock.updateMany({ where: { id: clockId, warnedAt: null, runningSince: { not: null }, dueAt: { gt: now } }, data: { warnedAt: now } });
  return count === 1;
}

/**
 * Takes the breach notice of a clock and records the breach at its due time if no change has noted it yet.
 * Returns whether the claim was taken and whether this run is the one that noted the breach. `version` is left
 * alone: the breach is what any later change would note the same way (at the due time), so it races nothing.
 */
export async function claimBreachNotice(tx: TransactionClient, clockId: string, now: Date): Promise<{ claimed: boolean; noted: boolean }> {
  const clock = await tx.slaClock.findUnique({ where: { id: clockId }, select: { breachedAt: true, dueAt: true } });
  if (!clock) return { claimed: false, noted: false };
  const noted = clock.breachedAt === null;
  const { count } = await tx.slaClock.updateMany({
    where: { id: clockId, breachNotifiedAt: null, OR: [{ breachedAt: { not: null } }, { runningSince: { not: null }, dueAt: { lt: now } }] },
    data: { breachNotifiedAt: now, ...(noted ? { breachedAt: clock.dueAt } : {}) },
  });
  return { claimed: count === 1, noted: count === 1 && noted };
}
