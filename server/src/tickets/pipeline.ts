import type { Actor } from '../auth/actor.js';
import type { TransactionClient } from '../db/transaction.js';
import { ProblemError } from '../http/errors.js';
import { planChange, type PlannedChange, type RequestedChange, type TicketState } from './changes.js';
import type { TicketEventType } from './events.js';
import { TicketChangeRepository, type TicketFacts, type TicketRecord } from './repository.js';
import { isReopen, type TicketStatus } from './workflow.js';

/** Where a change came from; subscribers may treat sources differently (an auto-close e-mail says so). */
export type ChangeSource =
  | 'filed'
  | 'staff_edit'
  | 'bulk'
  | 'reply'
  | 'customer_reply'
  | 'confirm'
  | 'reopen'
  | 'auto_close'
  | 'close_reminder'
  | 'address_confirmed'
  | 'sla_alert';

/**
 * An SLA warning the escalation run claimed for this change: a clock at its at-risk share (its assignee, or the
 * team, is warned) or past its target (administrators are told), and when the e-mail may go out (quiet hours).
 */
export type SlaAlert = { alert: 'at_risk' | 'breached'; clock: 'first_response' | 'resolution'; dueAt: Date | null; timeZone: string; deliverAt: Date };

/** A message written in the change's transaction, as subscribers need it. */
export type ChangeMessage = { id: string; visibility: 'public' | 'internal'; authorType: 'customer' | 'staff' | 'system'; body: string };

export type TimelineEvent = { type: TicketEventType; before?: Record<string, unknown>; after?: Record<string, unknown> };

/** What a change source asks for. Everything is optional: a reply may change nothing but its message. */
export type ChangeRequest = {
  source: ChangeSource;
  /** Fields staff or the workflow change; checked against the workflow, they bump the version. */
  fields?: RequestedChange;
  /** The customer's confirmation, a reopen and the auto-closer name their status change themselves. */
  statusEvent?: TicketEventType;
  /** The message this change is about (a reply or note), already written in the transaction. */
  message?: ChangeMessage;
  /** Facts the ticket records without a new version (a reminder sent, an address confirmed, a page sent). */
  facts?: TicketFacts;
  /** Conditions the ticket must still meet for `facts` to be written (a claim); unmet, the change is dropped. */
  claim?: Partial<Pick<TicketRecord, 'status'>> & { closeReminderAt?: null; addressTokenHash?: string };
  /** Timeline entries beyond the ones the fields produce. */
  events?: TimelineEvent[];
  /** Data for subscribers that no column holds: the filing's link and paging, the reminder's hours. */
  filing?: { trackingUrl: string; pageNow: boolean; confirmAddressUrl?: string; timeZone?: string };
  reminder?: { closesInHours: number };
  slaAlert?: SlaAlert;
};

/** A change as it was applied, inside its transaction: what every subscriber receives. */
export type TicketChange = {
  source: ChangeSource;
  ticket: TicketRecord;
  actor: Actor | 'system';
  at: Date;
  /** The ticket's version after the change: one more when its fields changed, the same for facts and messages. */
  version: number;
  /** The ticket's fields before and after (equal when only facts or a message changed). */
  before: TicketState;
  after: TicketState;
  /** The columns written: planned fields and facts. */
  data: PlannedChange['data'] & TicketFacts;
  /** Every timeline entry this change wrote. */
  events: TimelineEvent[];
  message?: ChangeMessage;
  filing?: ChangeRequest['filing'];
  reminder?: ChangeRequest['reminder'];
  slaAlert?: SlaAlert;
  /** The status moved from a finished ticket back to work. */
  reopened: boolean;
};

/**
 * Reacts to ticket changes inside their transaction: e-mail rules today, the SLA clock and search indexing next.
 * A subscriber that throws rolls the whole change back, so what it writes (an outbox row, an index change)
 * exists if and only if the change does.
 */
export interface TicketSubscriber {
  readonly name: string;
  onTicketChange(tx: TransactionClient, change: TicketChange): Promise<void>;
}

export function stateOf(ticket: TicketRecord): TicketState {
  const { status, priority, category, tags, subject, assignee } = ticket;
  return { status, priority, category, tags, subject, assignee: assignee ? { id: assignee.id, name: assignee.name } : null };
}

export function versionConflict(current?: number): ProblemError {
  const now = current === undefined ? '' : ` It is now at version ${current}.`;
  return new ProblemError('version_conflict', { detail: `The ticket changed since you read it.${now} Reload it and apply your change again.` });
}

/**
 * The one change path for tickets. Every source (staff edits, bulk, replies, confirm, reopen, auto-close, the
 * close reminder, filing, address confirmation) calls `apply` inside its transaction: it checks the workflow,
 * writes the ticket and its timeline, then calls each subscriber in that same transaction.
 */
export class TicketChanges {
  private readonly subscribers: TicketSubscriber[];

  constructor(
    subscribers: TicketSubscriber[],
    private readonly options: { trackingLinkTtlDays: number },
  ) {
    this.subscribers = [...subscribers];
  }

  /** Adds a subscriber (the composition root wires them; tests add their own). */
  subscribe(subscriber: TicketSubscriber): void {
    this.subscribers.push(subscriber);
  }

  /**
   * Applies `request` to `ticket` as read in this transaction (lock it first with `TicketChangeRepository.lock`
   * when the read and the write must not race). Returns the applied change, or null when it changed nothing or
   * its claim was no longer met. Throws `invalid_transition` or `version_conflict`.
   */
  async apply(tx: TransactionClient, ticket: TicketRecord, request: ChangeRequest, actor: Actor | 'system', at: Date): Promise<TicketChange | null> {
    const fields: RequestedChange = { ...request.fields };
    const facts: TicketFacts = { ...request.facts };
    const { message } = request;
    // The customer answered what staff were waiting for: the ticket is back in the team's court.
    if (message?.authorType === 'customer' && ticket.status === 'pending' && fields.status === undefined) fields.status = 'open';
    // The SLA's first-response clock stops at the first reply the customer can see, not at an internal note.
    if (message?.authorType === 'staff' && message.visibility === 'public' && ticket.firstResponseAt === null) facts.firstResponseAt = at;

    const plan = planChange(stateOf(ticket), fields, { now: at, trackingLinkTtlDays: this.options.trackingLinkTtlDays, statusEvent: request.statusEvent });
    const events: TimelineEvent[] = [...plan.events, ...(request.events ?? [])];
    const changesSomething = events.length > 0 || Object.keys(facts).length > 0 || message !== undefined;
    if (!changesSomething && request.source !== 'filed') return null;

    const repository = new TicketChangeRepository(tx);
    if (request.source !== 'filed') {
      const written = await repository.write(ticket, {
        data: { ...plan.data, ...facts },
        bumpVersion: plan.events.length > 0,
        claim: request.claim,
        at,
        linkExpiresAt: plan.linkExpiresAt,
      });
      if (!written) {
        if (request.claim && plan.events.length === 0) return null; // the claim was taken meanwhile
        throw versionConflict();
      }
    }
    await repository.recordEvents(ticket.id, events, actor, at);

    const to: TicketStatus | undefined = plan.data.status;
    const change: TicketChange = {
      source: request.source,
      ticket,
      actor,
      at,
      version: ticket.version + (plan.events.length > 0 ? 1 : 0),
      before: stateOf(ticket),
      after: { ...stateOf(ticket), ...fieldsOf(plan, fields) },
      data: { ...plan.data, ...facts },
      events,
      message,
      filing: request.filing,
      reminder: request.reminder,
      slaAlert: request.slaAlert,
      reopened: to !== undefined && isReopen(ticket.status, to),
    };
    for (const subscriber of this.subscribers) await subscriber.onTicketChange(tx, change);
    return change;
  }
}

function fieldsOf(plan: PlannedChange, requested: RequestedChange): Partial<TicketState> {
  const out: Partial<TicketState> = {};
  for (const key of ['status', 'priority', 'category', 'subject', 'tags'] as const) {
    if (plan.data[key] !== undefined) (out as Record<string, unknown>)[key] = plan.data[key];
  }
  if (plan.data.assigneeId !== undefined) out.assignee = requested.assignee ?? null;
  return out;
}
