import { z } from 'zod';
import { ProblemError } from './errors.js';

/**
 * Keyset cursors, opaque to clients: base64url of a small JSON array whose first item names the kind of list.
 * Every value a cursor carries goes back into a query, so each is checked against what the database can hold:
 * a forged cursor is a field error, never a 500.
 */

/** A time the database can store and this API can have given out: a plain UTC ISO instant, years 1970–9999. */
export const CursorTime = z.iso.datetime().refine((value) => {
  const year = Number(value.slice(0, 4));
  return year >= 1970 && year <= 9999 && Number.isFinite(Date.parse(value));
}, 'is out of range');

/** A key that fits PostgreSQL's `integer`. */
export const CursorInt = z.int().positive().max(2 ** 31 - 1);

export function encodeCursor(parts: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/** The cursor's parts, or a `validation_failed` problem naming `field` (with `message`) when it is not one of ours. */
export function decodeCursor<T extends z.ZodType>(cursor: string, schema: T, field = 'cursor', message = 'is not a cursor this API gave out'): z.output<T> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const parsed = schema.safeParse(decoded);
  if (!parsed.success) throw invalidCursor(message, field);
  return parsed.data;
}

export function invalidCursor(message: string, field = 'cursor'): ProblemError {
  return new ProblemError('validation_failed', { errors: [{ field, code: 'invalid_cursor', message }] });
}
