import { describe, expect, it } from 'vitest';
import { ProblemError } from '../src/http/errors.js';
import { planChange, type TicketState } from '../src/tickets/changes.js';
import { decodeQueueCursor as decodeCursor, encodeQueueCursor as encodeCursor } from '../src/tickets/cursor.js';
import { assertTransition, canTransition, ticketStatuses, type TicketStatus } from '../src/tickets/workflow.js';

const legal: [TicketStatus, TicketStatus][] = [
  ['new', 'open'],
  ['new', 'pending'],
  ['new', 'resolved'],
  ['open', 'pending'],
  ['open', 'resolved'],
  ['pending', 'open'],
  ['pending', 'resolved'],
  ['resolved', 'closed'],
  ['resolved', 'open'],
  ['closed', 'open'],
];

describe('the ticket workflow', () => {
  it.each(legal)('lets a %s ticket become %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  const illegal = ticketStatuses.flatMap((from) =>
    ticketStatuses.filter((to) => !legal.some(([f, t]) => f === from && t === to)).map((to) => [from, to] as [TicketStatus, TicketStatus]),
  );

  it.each(illegal)('refuses to turn a %s ticket into %s, naming both', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    let error: unknown;
    try {
      assertTransition(from, to);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).code).toBe('invalid_transition');
    expect((error as ProblemError).detail).toContain(`A ${from} ticket cannot become ${to}`);
  });

  it('only reaches closed through resolved', () => {
    const into = ticketStatuses.filter((from) => canTransition(from, 'closed'));
    expect(into).toEqual(['resolved']);
  });
});

describe('planning a change', () => {
  const now = new Date('2026-12-01T08:00:00.000Z');
  const options = { now, trackingLinkTtlDays: 90 };
  const ticket: TicketState = {
    status: 'open',
    priority: 'P3',
    category: 'deployment',
    tags: ['登录', 'vpn'],
    subject: '无法登录',
    assignee: null,
  };

  it('records one event per changed field with the value before and after', () => {
    const plan = planChange(
      ticket,
      { priority: 'P1', subject: '全部用户无法登录 🔥', tags: ['vpn', '登录', '紧急'], assignee: { id: 'u1', name: '李雷' } },
      options,
    );
    expect(plan.events).toEqual([
      { type: 'priority_changed', before: { priority: 'P3' }, after: { priority: 'P1' } },
      { type: 'subject_changed', before: { subject: '无法登录' }, after: { subject: '全部用户无法登录 🔥' } },
      { type: 'tags_changed', before: { tags: ['登录', 'vpn'] }, after: { tags: ['vpn', '登录', '紧急'] } },
      { type: 'assignee_changed', before: { assignee: null }, after: { assignee: { id: 'u1', name: '李雷' } } },
    ]);
    expect(plan.data).toEqual({ priority: 'P1', subject: '全部用户无法登录 🔥', tags: ['vpn', '登录', '紧急'], assigneeId: 'u1' });
    expect(plan.linkExpiresAt).toBeUndefined();
  });

  it('treats a field asked to keep its value (tags in another order included) as no change', () => {
    const plan = planChange(ticket, { status: 'open', priority: 'P3', tags: ['vpn', '登录'], assignee: null }, options);
    expect(plan.events).toEqual([]);
    expect(plan.data).toEqual({});
  });

  it('stamps resolvedAt on resolving, closedAt on closing, and lets tracking links expire a TTL after closing', () => {
    const resolved = planChange(ticket, { status: 'resolved' }, options);
    expect(resolved.data).toEqual({ status: 'resolved', resolvedAt: now, closeReminderAt: null });
    const closed = planChange({ ...ticket, status: 'resolved' }, { status: 'closed' }, { ...options, statusEvent: 'auto_closed' });
    expect(closed.data).toEqual({ status: 'closed', closedAt: now });
    expect(closed.events).toEqual([{ type: 'auto_closed', before: { status: 'resolved' }, after: { status: 'closed' } }]);
    expect(closed.linkExpiresAt).toEqual(new Date('2027-03-01T08:00:00.000Z'));
  });

  it('clears the finish timestamps and the link expiry on reopening', () => {
    const plan = planChange({ ...ticket, status: 'closed' }, { status: 'open' }, { ...options, statusEvent: 'reopened' });
    expect(plan.data).toEqual({ status: 'open', resolvedAt: null, closedAt: null, closeReminderAt: null });
    expect(plan.linkExpiresAt).toBeNull();
    expect(plan.events[0]?.type).toBe('reopened');
  });

  it('refuses an illegal move before planning anything else', () => {
    expect(() => planChange({ ...ticket, status: 'new' }, { status: 'closed', priority: 'P1' }, options)).toThrow(ProblemError);
  });
});

describe('queue cursors', () => {
  it('round-trip the key of the sort they were made for', () => {
    const key = { sort: 'priority' as const, priority: 'P2' as const, createdAt: new Date('2026-12-01T08:00:00.123Z'), number: 1042 };
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'priority')).toEqual(key);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['JSON of the wrong shape', Buffer.from('{"a":1}').toString('base64url')],
    ['a cursor of the other sort', encodeCursor({ sort: 'updated', updatedAt: new Date(), number: 1 })],
  ])('refuse %s as a validation error on the cursor field', (_name, cursor) => {
    try {
      decodeCursor(cursor, 'priority');
      expect.unreachable();
    } catch (error) {
      expect((error as ProblemError).code).toBe('validation_failed');
      expect((error as ProblemError).errors?.[0]?.field).toBe('cursor');
    }
  });
});
