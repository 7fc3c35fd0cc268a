import type { TicketEventType } from './events.js';
import { assertTransition, isReopen, type TicketPriority, type TicketStatus } from './workflow.js';

export type AssigneeRef = { id: string; name: string };

/** The fields of a ticket that staff and the workflow change. */
export type TicketState = {
  status: TicketStatus;
  priority: TicketPriority;
  category: string;
  tags: string[];
  subject: string;
  assignee: AssigneeRef | null;
};

export type RequestedChange = Partial<TicketState>;

export type PlannedChange = {
  data: {
    status?: TicketStatus;
    priority?: TicketPriority;
    category?: string;
    tags?: string[];
    subject?: string;
    assigneeId?: string | null;
    resolvedAt?: Date | null;
    closedAt?: Date | null;
    /** Cleared whenever the ticket is resolved anew or reopened: the next resolution earns its own reminder. */
    closeReminderAt?: Date | null;
  };
  /** One timeline entry per changed field, each with the value before and after. */
  events: { type: TicketEventType; before: Record<string, unknown>; after: Record<string, unknown> }[];
  /** Absent: leave the tracking links alone; a date: they stop working then; null: they no longer expire. */
  linkExpiresAt?: Date | null;
};

type PlanOptions = {
  now: Date;
  trackingLinkTtlDays: number;
  /** The customer's confirmation, a reopen and the auto-closer name their status change themselves. */
  statusEvent?: TicketEventType;
};

const dayMs = 86_400_000;

/**
 * Works out, without touching the database, what a requested change does to a ticket: the columns to write, the
 * events to record and what happens to its tracking links. Fields asked to keep their value are not changes.
 * Throws `invalid_transition` when the workflow forbids the status move.
 */
export function planChange(current: TicketState, requested: RequestedChange, options: PlanOptions): PlannedChange {
  const plan: PlannedChange = { data: {}, events: [] };
  const { now } = options;

  if (requested.status !== undefined && requested.status !== current.status) {
    const from = current.status;
    const to = requested.status;
    assertTransition(from, to);
    plan.data.status = to;
    plan.events.push({ type: options.statusEvent ?? 'status_changed', before: { status: from }, after: { status: to } });
    if (to === 'resolved') {
      plan.data.resolvedAt = now;
      plan.data.closeReminderAt = null;
    }
    if (to === 'closed') {
      plan.data.closedAt = now;
      // Customers keep reading a closed ticket for a while; then its link stops working (DESIGN: links expire).
      plan.linkExpiresAt = new Date(now.getTime() + options.trackingLinkTtlDays * dayMs);
    }
    if (isReopen(from, to)) {
      plan.data.resolvedAt = null;
      plan.data.closedAt = null;
      plan.data.closeReminderAt = null;
      plan.linkExpiresAt = null;
    }
  }

  const simple = [
    ['priority', 'priority_changed'],
    ['category', 'category_changed'],
    ['subject', 'subject_changed'],
  ] as const;
  for (const [field, type] of simple) {
    const value = requested[field];
    if (value !== undefined && value !== current[field]) {
      (plan.data as Record<string, unknown>)[field] = value;
      plan.events.push({ type, before: { [field]: current[field] }, after: { [field]: value } });
    }
  }

  if (requested.tags !== undefined && !sameSet(requested.tags, current.tags)) {
    plan.data.tags = requested.tags;
    plan.events.push({ type: 'tags_changed', before: { tags: current.tags }, after: { tags: requested.tags } });
  }

  if (requested.assignee !== undefined && (requested.assignee?.id ?? null) !== (current.assignee?.id ?? null)) {
    plan.data.assigneeId = requested.assignee?.id ?? null;
    // Names are kept with the ids so the timeline still reads right after someone is renamed or leaves.
    plan.events.push({ type: 'assignee_changed', before: { assignee: current.assignee }, after: { assignee: requested.assignee } });
  }

  return plan;
}

function sameSet(a: string[], b: string[]): boolean {
  const left = new Set(a);
  return left.size === new Set(b).size && b.every((item) => left.has(item));
}
