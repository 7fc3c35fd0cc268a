import { z } from 'zod';
import { CursorInt, CursorTime, decodeCursor, encodeCursor, invalidCursor } from '../http/cursor.js';
import type { QueueSort } from './schemas.js';
import { ticketPriorities, type TicketPriority } from './workflow.js';

/**
 * Where a page ended, in the sort's own order. Keyset paging ("after this row") rather than offsets, so tickets
 * filed while someone pages through the queue neither repeat nor hide rows; `number` breaks ties.
 */
export type QueueKey =
  | { sort: 'priority'; priority: TicketPriority; createdAt: Date; number: number }
  | { sort: 'updated'; updatedAt: Date; number: number }
  /** `slaDueAt` null: the rows without a running SLA clock, which come after every dated one. */
  | { sort: 'due'; slaDueAt: Date | null; number: number };

const Encoded = z.union([
  z.tuple([z.literal('p'), z.enum(ticketPriorities), CursorTime, CursorInt]),
  z.tuple([z.literal('u'), CursorTime, CursorInt]),
  z.tuple([z.literal('d'), CursorTime.nullable(), CursorInt]),
]);

export function keyOf(row: { priority: TicketPriority; createdAt: Date; updatedAt: Date; slaDueAt: Date | null; number: number }, sort: QueueSort): QueueKey {
  if (sort === 'due') return { sort, slaDueAt: row.slaDueAt, number: row.number };
  return sort === 'priority'
    ? { sort, priority: row.priority, createdAt: row.createdAt, number: row.number }
    : { sort, updatedAt: row.updatedAt, number: row.number };
}

export function encodeQueueCursor(key: QueueKey): string {
  if (key.sort === 'due') return encodeCursor(['d', key.slaDueAt?.toISOString() ?? null, key.number]);
  return encodeCursor(key.sort === 'priority' ? ['p', key.priority, key.createdAt.toISOString(), key.number] : ['u', key.updatedAt.toISOString(), key.number]);
}

export function decodeQueueCursor(cursor: string, sort: QueueSort): QueueKey {
  const parts = decodeCursor(cursor, Encoded);
  if (parts[0] === 'p') {
    if (sort !== 'priority') throw invalidCursor('belongs to another sort order; start again without a cursor');
    return { sort, priority: parts[1], createdAt: new Date(parts[2]), number: parts[3] };
  }
  if (parts[0] === 'd') {
    if (sort !== 'due') throw invalidCursor('belongs to another sort order; start again without a cursor');
    return { sort, slaDueAt: parts[1] === null ? null : new Date(parts[1]), number: parts[2] };
  }
  if (sort !== 'updated') throw invalidCursor('belongs to another sort order; start again without a cursor');
  return { sort, updatedAt: new Date(parts[1]), number: parts[2] };
}
