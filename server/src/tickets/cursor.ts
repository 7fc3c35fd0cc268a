import { z } from 'zod';
import { ProblemError } from '../http/errors.js';
import type { QueueSort } from './schemas.js';
import { ticketPriorities, type TicketPriority } from './workflow.js';

/**
 * Where a page ended, in the sort's own order. Keyset paging ("after this row") rather than offsets, so tickets
 * filed while someone pages through the queue neither repeat nor hide rows; `number` breaks ties.
 */
export type QueueKey =
  | { sort: 'priority'; priority: TicketPriority; createdAt: Date; number: number }
  | { sort: 'updated'; updatedAt: Date; number: number };

const Encoded = z.union([
  z.tuple([z.literal('p'), z.enum(ticketPriorities), z.iso.datetime(), z.int().positive()]),
  z.tuple([z.literal('u'), z.iso.datetime(), z.int().positive()]),
]);

export function keyOf(row: { priority: TicketPriority; createdAt: Date; updatedAt: Date; number: number }, sort: QueueSort): QueueKey {
  return sort === 'priority'
    ? { sort, priority: row.priority, createdAt: row.createdAt, number: row.number }
    : { sort, updatedAt: row.updatedAt, number: row.number };
}

/** Opaque to clients: base64url of a small JSON array. */
export function encodeCursor(key: QueueKey): string {
  const parts = key.sort === 'priority' ? ['p', key.priority, key.createdAt.toISOString(), key.number] : ['u', key.updatedAt.toISOString(), key.number];
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, sort: QueueSort): QueueKey {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor('is not a cursor this API gave out');
  }
  const parsed = Encoded.safeParse(decoded);
  if (!parsed.success) throw invalidCursor('is not a cursor this API gave out');
  const parts = parsed.data;
  if (parts[0] === 'p') {
    if (sort !== 'priority') throw invalidCursor('belongs to another sort order; start again without a cursor');
    return { sort, priority: parts[1], createdAt: new Date(parts[2]), number: parts[3] };
  }
  if (sort !== 'updated') throw invalidCursor('belongs to another sort order; start again without a cursor');
  return { sort, updatedAt: new Date(parts[1]), number: parts[2] };
}

function invalidCursor(message: string): ProblemError {
  return new ProblemError('validation_failed', { errors: [{ field: 'cursor', code: 'invalid_cursor', message }] });
}
